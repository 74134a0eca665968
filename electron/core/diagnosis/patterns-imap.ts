/**
 * IMAP replies → categories: Exchange Online's ("NO AUTHENTICATE failed.", "BAD User is
 * authenticated but not connected.", "NO LOGIN failed.", "NO Request is throttled"), Dovecot's
 * and what IMAP libraries and mail clients make of them (Java strips the "NO", imapflow sets
 * authenticationFailed, Thunderbird says "Login to server … failed").
 */
import { eitherOrder, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Exchange's POP3 words for a refused sign-in, after USER/PASS ("Logon failure: …") or AUTH ("Authentication failure: …"). */
const BAD_PASSWORD = phrase('unknown user name or bad password');

/** Every IMAP rule. */
export const IMAP_RULES: readonly Rule[] = [
  // Gmail's answer to an XOAUTH2 string it cannot read ("BAD Invalid SASL argument", also NO): most often the string
  // base64-encoded twice — imaplib, the imap crate and async-imap encode what the callback returns, so a pre-encoded string
  // reaches Google encoded twice (the clients' own source comments, e.g. "do not pre-encode or Gmail returns Invalid SASL
  // argument"; a development text from node-imap). The token's wrapping, not the account.
  pattern('gmail-invalid-sasl-argument', 'token', 3, [phrase('Invalid SASL argument')], [
    p('token_expired_or_invalid', 0.8), p('wrong_scope_or_resource', 0.25),
  ]),
  // Dovecot refusing a password login on a connection without TLS (disable_plaintext_auth = yes, the default): the log's
  // "Disconnected (tried to use disallowed plaintext auth)" and the client's "[PRIVACYREQUIRED] Plaintext authentication
  // disallowed on non-secure (SSL/TLS) connections." (Dovecot's login-common.h AUTH_PLAINTEXT_DISABLED_MSG; a development text:
  // fixed by TLS).
  pattern('dovecot-plaintext-disallowed', 'tls', 3, [phrase('tried to use disallowed plaintext auth'), phrase('Plaintext authentication disallowed')], [
    p('tls_problem', 0.85), p('imap_auth_failed_generic', 0.3),
  ]),
  // RFC 5530's response codes for a server-side state: UNAVAILABLE "temporary failure because a subsystem is down" (Dovecot's
  // "[UNAVAILABLE] Temporary authentication failure." when its user database does not answer; development texts: a limit 2, the
  // server 1 — a subsystem down is the server's side first) and POP3's IN-USE (RFC 2449 §8.1.1: "the mailbox is in use by
  // another session", "-ERR [IN-USE] Mailbox Locked"): the server's state, most often another session or too many at once — not
  // the account's password.
  pattern('imap-unavailable', 'throttle', 3, ['\\[UNAVAILABLE\\]'], [p('unexpected_server_reply', 0.5), p('throttled', 0.45)]),
  pattern('pop3-in-use', 'throttle', 3, ['\\[IN-USE\\]', phrase('Mailbox Locked')], [p('throttled', 0.6), p('unexpected_server_reply', 0.3)]),
  // Dovecot's own sign-in back end failing ("auth: Error: passwd-file(user,ip): stat(/etc/exim4/domains//passwd) failed: No such
  // file or directory" — its user database is missing or unreadable) and Cyrus's LMTP refusing a recipient ("lmtp[…]:
  // verify_user(user) failed: Over quota"): the server's configuration, and the mailbox full (development texts).
  pattern('dovecot-auth-backend-error', 'imap', 3, [String.raw`\bauth: Error: (?:passwd-file|sql|ldap|pam|passwd)\(`], [
    p('unexpected_server_reply', 0.55), p('imap_auth_failed_generic', 0.45),
  ]),
  pattern('cyrus-lmtp-verify-user', 'smtp-submit', 3, [String.raw`\bverify_user\([^)\n]{1,300}\) failed: ?>? ?(?:Over quota|Mailbox does not exist|User unknown)`], [
    p('recipient_rejected', 0.75),
  ]),
  // RFC 5530's SERVERBUG: "the server encountered a bug in itself or violated one of its own invariants" (as imapsync quotes an
  // APPEND's "NO [SERVERBUG] Internal error occurred. Refer to server log for more information."): the server's fault
  // (development texts: 2 of 2).
  pattern('imap-serverbug', 'imap', 3, ['\\[SERVERBUG\\]'], [p('unexpected_server_reply', 0.8)]),
  // A folder that cannot be opened (Dovecot's "NO Mailbox isn't selectable": a \Noselect name such as a namespace root): the
  // client asked for something the server does not hold — not the sign-in (a development text from imapsync).
  pattern('imap-not-selectable', 'imap', 3, [phrase("Mailbox isn't selectable")], [p('unexpected_server_reply', 0.6), p('mailbox_permission_missing', 0.3)]),
  // Dovecot's log line for a client that disconnected before it tried to sign in ("imap-login: Disconnected (no auth attempts in
  // 0 secs): user=<>"): most often a TLS mode the client did not speak (implicit TLS against STARTTLS or the reverse), else a
  // client that never sent its credentials (development texts: TLS 2, the sign-in 1).
  pattern('dovecot-no-auth-attempts', 'tls', 2, ['\\bno auth attempts in \\d{1,6} secs\\b'], [p('tls_problem', 0.55), p('imap_auth_failed_generic', 0.35)]),
  // XOAUTH2 named with Gmail's "Invalid credentials" ("XOAUTH2 authentication failed: [AUTHENTICATIONFAILED] Invalid
  // credentials", offlineimap): the token was refused, not a password (Google's XOAUTH2 page: a failed AUTHENTICATE with a
  // token; a development text fixed by a new token). Not the server's capability list ("AUTH=XOAUTH2"), which says only what
  // it offers.
  pattern('imap-xoauth2-invalid-credentials', 'token', 3, ['(?<!AUTH=)\\bXOAUTH2\\b[^\\n]{0,80}?(?:\\[AUTHENTICATIONFAILED\\]|\\bInvalid credentials\\b)'], [
    p('token_expired_or_invalid', 0.9),
  ]),
  // The LOGIN command sends a password: Exchange Online refuses it for every account. Where basic authentication
  // was still allowed, security defaults or Conditional Access refuse it the same way (second in the development
  // corpora: 10 basic authentication, 3 a policy).
  // Exchange Online refuses every IMAP password LOGIN since basic authentication was turned off, so that comes first; the
  // threads that quote "LOGIN failed" were otherwise fixed by the account's own sign-in data (IMAP's generic failure: 13 of 50
  // development texts) more often than by a policy (5 of 50).
  // Exchange's tagged reply is "NO LOGIN failed."; a client or a capture that upper-cases the line ("LOGIN FAILED") says the same.
  // The command stays upper-case: an application's own "Login failed" (SQL Server, a web form) is another thing.
  pattern('imap-login-failed', 'imap', 3, ['\\bNO ?LOGIN (?:failed|FAILED)\\b', '\\bLOGIN (?:failed|FAILED)\\b'], [
    p('basic_auth_used', 0.85), p('imap_auth_failed_generic', 0.5), p('security_policy_blocks', 0.45),
  ], { flags: '' }),
  pattern('imap-not-connected', 'imap', 3, [
    // Clients quote Exchange's "User is authenticated but not connected." shortened.
    phrase('user is authenticated but not connected'), phrase('authenticated but not connected'),
  ], [
    p('imap_disabled_or_not_connected', 0.85), p('mailbox_permission_missing', 0.5, 'app-only'),
  ]),
  // Outlook.com's IMAP server refusing an account that has no mailbox there ("2 NO [AUTHORIZATIONFAILED] Account does not have a
  // valid mailbox. Login to your account via a web browser.", MailCore/mailcore2#1314, an alias signed in): the sign-in names
  // an account without a mailbox to open — the server's own words; signing in on the web once (or the account's own address)
  // clears it.
  pattern('imap-no-valid-mailbox', 'imap', 3, [phrase('Account does not have a valid mailbox')], [
    p('imap_disabled_or_not_connected', 0.8), p('security_policy_blocks', 0.35),
  ]),
  // A password SASL mechanism (AUTHENTICATE PLAIN / LOGIN) against Exchange Online: Microsoft turned Basic
  // authentication off for IMAP/POP ("Deprecation of Basic authentication in Exchange Online",
  // https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online),
  // so only AUTHENTICATE XOAUTH2 signs in. PHP's imap_open (UW c-client, no XOAUTH2) says "Retrying PLAIN
  // authentication after AUTHENTICATE failed" when its password attempt is refused; imapflow and Horde log
  // the command itself ("executedCommand": "3 AUTHENTICATE PLAIN", "C: 2 AUTHENTICATE PLAIN").
  // c-client's own refusal "Can not authenticate to IMAP server: %.80s" quotes the server's reply text without its tag
  // ("…: AUTHENTICATE failed"); php-imap2, which signs in with XOAUTH2 and imitates that message, keeps the tag
  // ("…: A0001 NO AUTHENTICATE failed.") and is not matched here (the development corpora: 4 texts without a tag,
  // all a password sign-in; 3 with a tag, all OAuth set-ups). Not the client's command as Email OAuth 2.0 Proxy logs it
  // ("--> b'A002 AUTHENTICATE PLAIN [[ Credentials removed from proxy log ]]'", emailproxy.py's CENSOR_MESSAGE): there the
  // password goes to the proxy by design, and the proxy signs in to Microsoft with XOAUTH2.
  pattern('imap-password-sasl', 'imap', 3, [
    'Retrying PLAIN authentication', '(?<![A-Za-z])AUTHENTICATE (?:PLAIN|LOGIN)\\b(?! ?\\[\\[ Credentials removed from proxy log)', 'Can not authenticate to IMAP server: AUTHENTICATE failed',
  ], [
    p('basic_auth_used', 0.8), p('imap_auth_failed_generic', 0.45),
  ], { flags: '' }),
  // "NO AUTHENTICATE failed." says nothing more; the usual causes follow the catalogue's text. App-only, the
  // token is fine but Exchange does not know the app: the service principal is not registered or has no
  // FullAccess on the mailbox (New-ServicePrincipal / Add-MailboxPermission, "Authenticate an IMAP, POP or
  // SMTP connection using OAuth", learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth).
  // Also in Japanese, as a translated article quotes it for imaplib with an OAuth token ("「AUTHENTICATE に失敗しました」エラー",
  // tempmail.us.com's Japanese page on Python 3 IMAP access to Outlook).
  pattern('imap-authenticate-failed', 'imap', 2, ['\\bAUTHENTICATE ?failed\\b', 'AUTHENTICATE ?に失敗しました'], [
    p('imap_auth_failed_generic', 0.8), p('wrong_scope_or_resource', 0.35), p('consent_missing', 0.3), p('token_expired_or_invalid', 0.3),
    p('service_principal_missing_or_wrong_id', 0.55, 'app-only'), p('mailbox_permission_missing', 0.5, 'app-only'),
  ]),
  // After a successful sign-in the mailbox cannot be opened: the token's user has no rights on it (development texts: the
  // mailbox right fixed 3 of 5, IMAP switched on 1), or the mailbox is not connected for IMAP.
  pattern('imap-no-folders', 'imap', 2, [
    'no IMAP folders? found', phrase('cannot change folder'), phrase('cannot select INBOX'), phrase("couldn't open the folder"),
    phrase('could not open the folder'),
  ], [
    p('mailbox_permission_missing', 0.5), p('imap_disabled_or_not_connected', 0.45),
  ]),
  // A password LOGIN in an IMAP trace (tag, LOGIN, user): Exchange Online accepts only OAuth.
  // Not when the server took it ("A00000001 OK LOGIN completed", MailKit's log of an Exchange 2003 server, jstedfast/MailKit#1512).
  pattern('imap-login-command', 'imap', 1, ['(?:^|[ >])([A-Za-z]{0,6}\\d{1,8}) LOGIN [^ ]{1,200} [^ ]{1,200}(?![^]{0,300}?\\1 OK LOGIN)'], [
    p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.35),
  ]),
  // Exchange's IMAP4/POP3 proxy when the mailbox behind it cannot be served after the sign-in: "NO Server Unavailable. 15"
  // (SELECT/STATUS, OfflineIMAP/offlineimap#291, thunderbird/thunderbird-android#3574), "-ERR Server Unavailable. 21" (POP3,
  // simonrob/email-oauth2-proxy#379: intermittent with many messages, Microsoft's side). Microsoft documents 15 for a user
  // over the store's session limit (learn.microsoft.com/exchange/troubleshoot/client-connectivity/cannot-connect-to-mailbox-via-owa);
  // Exchange Server also answered 21 after a setup bug (jaapwesselius.com, 2012-03). The mailbox is unreachable behind a
  // successful sign-in, like "User is authenticated but not connected"; too many sessions second.
  pattern('imap-server-unavailable', 'imap', 1, [`${phrase('Server Unavailable.')} ?\\d{1,3}\\b`], [
    p('imap_disabled_or_not_connected', 0.5), p('throttled', 0.45),
  ]),
  // Replies a client could not parse, in its own words: imap-backup (Ruby Net::IMAP through DavMail, joeyates/imap-backup#213:
  // "failed with error unparsable response"), em-imap's parser ("Required space character missing", ConradIrwin/em-imap#13) —
  // the server (or what answers in its place) does not speak IMAP as the client expects.
  pattern('imap-unparsable-response', 'imap', 2, [phrase('unparsable response'), phrase('unparseable response'), phrase('Required space character missing')], [
    p('unexpected_server_reply', 0.55), p('network_blocked', 0.2),
  ]),
  // An IMAP server that has no XOAUTH2 (Dovecot without its OAuth 2.0 set-up): "AUTHENTICATE XOAUTH2: A0002 NO no mechanism
  // available" (roundcube/roundcubemail#8735) — the server refuses the mechanism, not the token.
  pattern('imap-no-mechanism', 'imap', 2, [`\\bNO ${phrase('no mechanism available')}`], [
    p('imap_auth_failed_generic', 0.55), p('unexpected_server_reply', 0.35),
  ]),
  // A provider's own refusal of a sign-in it finds risky (NetEase 163/126/188: "NO EXAMINE Unsafe Login. Please contact
  // kefu@188.com for help", joeyates/imap-backup#217): the provider's security policy, not the password.
  pattern('imap-unsafe-login', 'imap', 3, [phrase('Unsafe Login. Please contact')], [p('security_policy_blocks', 0.7)]),
  // Webklex php-imap (FreeScout, Laravel apps) throws ConnectionFailedException("connection setup failed") from Client::connect(),
  // which also wraps a refused sign-in (freescout-help-desk/freescout#4079 points at vendor/webklex/php-imap/src/Client.php
  // (391); that connect() wraps authenticate() is read from the library as remembered, not confirmed in a stored copy). The
  // development threads with it: a password sign-in to Microsoft 365 after Basic authentication was turned off (2), a closed
  // port (1), a refused sign-in (1), a Graph token used for IMAP (1) — so the password sign-in first, the network second.
  pattern('webklex-connection-setup-failed', 'imap', 1, [phrase('connection setup failed')], [
    p('basic_auth_used', 0.4), p('network_blocked', 0.35), p('imap_auth_failed_generic', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // The same wrapper where the text shows Webklex's OAuth configuration ('authentication' => "oauth": the password field holds
  // an access token, sent with XOAUTH2 — Webklex/php-imap README, "Basic usage" with OAuth): no password sign-in, so the token
  // is what Exchange refused — most often one for Graph instead of https://outlook.office365.com/IMAP.AccessAsUser.All
  // (development threads: Webklex/php-imap#50 and the "Can't connect to Outlook OAuth IMAP" report, both fixed by the scope).
  pattern('webklex-oauth-setup-failed', 'imap', 2, [
    ...eitherOrder(`['"]authentication['"] ?=> ?['"]oauth['"]`, phrase('connection setup failed'), 2000),
  ], [p('wrong_scope_or_resource', 0.5), p('token_expired_or_invalid', 0.3), p('imap_auth_failed_generic', 0.3)], { yieldsTo: ['server-reply'] }),
  // POP3's USER/PASS commands send a password (RFC 1939 §7): in a POP3 trace (PASS then -ERR) the sign-in was a password
  // one, which Exchange Online refuses like IMAP's LOGIN.
  pattern('pop-pass-command', 'imap', 3, ['\\bPASS [^\\n]{1,200}\\n?[^\\n]{0,40}?-ERR\\b'], [
    p('basic_auth_used', 0.85), p('security_policy_blocks', 0.35),
  ], { flags: '' }),
  // RFC 5530's response code (also when a log cut its opening bracket: "outlook - AUTHENTICATIONFAILED] Invalid username or
  // password", frappe/frappe#2712), and Gmail's reply text with it ("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"), which
  // clients also print without the code (Delta Chat: "Response from imap.gmail.com: Invalid credentials (Failure)"; development
  // texts with that text: 6 of 7 fixed by the login's user name, password or token).
  pattern('imap-dovecot-authenticationfailed', 'imap', 2, ['\\[?AUTHENTICATIONFAILED\\]', phrase('Invalid credentials (Failure)')], [
    p('imap_auth_failed_generic', 0.75),
  ]),
  // An IMAP server refusing a login by the client's country (imapsync's FAQ.OnlineUI.txt: "NO [ALERT] LOGIN DENIED -- COUNTRY IS
  // BLACKLISTED", fixed by allowing the country or connecting from another one): a sign-in policy, then the network's route.
  pattern('imap-login-country-blocked', 'imap', 3, [`${phrase('LOGIN DENIED')} ?-{1,2} ?${phrase('COUNTRY IS BLACKLISTED')}`], [
    p('security_policy_blocks', 0.7), p('network_blocked', 0.4),
  ]),
  pattern('imapflow-authentication-failed', 'imap', 1, ['\\bauthenticationFailed\\b'], [p('imap_auth_failed_generic', 0.55)], { flags: '' }),
  // Thunderbird's "Login to server … failed." (English and German) is in vocab-thunderbird.ts.
  // A command before a successful AUTHENTICATE (the client went on after a failed sign-in, or never signed in; RFC 3501 §6: BAD
  // for a command not valid in the current state). Development texts with Exchange's reply: the sign-in was what failed (the
  // login 2, the password refused as basic authentication 1, the token 1, TLS 1), so the failed sign-in comes first.
  pattern('imap-invalid-state', 'imap', 2, [phrase('Command received in Invalid state')], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35), p('not_authenticated', 0.2),
  ]),
  // Exchange's IMAP4 service refusing a command it cannot parse: "BAD Command Error. 10" / "BAD Command Argument Error. 11"
  // (mscdex/node-imap issue 44, a client sending a command Exchange does not read): the client and the server are out of step.
  pattern('imap-exchange-command-error', 'imap', 2, ['\\bCommand (?:Argument )?Error\\. ?\\d{1,3}\\b'], [p('unexpected_server_reply', 0.6)]),
  // An IMAP server's limit on the length of one command line ("BAD … command line limit exceeded", Exchange answering a MailKit
  // APPEND or a long UID set, jstedfast/MailKit#1493; Dovecot: "BAD Error in IMAP command received by server: Too long argument"):
  // the client must send shorter commands — a client and server out of step, not a sign-in.
  pattern('imap-command-line-too-long', 'imap', 2, [phrase('command line limit exceeded'), phrase('Too long argument')], [
    p('unexpected_server_reply', 0.6), p('message_too_large', 0.3),
  ]),
  pattern('imap-request-throttled', 'throttle', 3, [phrase('request is throttled')], [p('throttled', 0.92)]),
  // POP3's refusal of a sign-in (Exchange: "-ERR Authentication failure: unknown user name or bad password.",
  // "-ERR Logon failure: …") and fetchmail's summary of a refused IMAP/POP sign-in ("Authorization failure on
  // user@host", "Query status=3 (AUTHFAIL)", fetchmail(1) EXIT CODES: 3 = authentication failed).
  // Exchange answers a refused USER/PASS with "-ERR Logon failure: …" and a refused AUTH (XOAUTH2) with "-ERR Authentication
  // failure: …" (email-oauth2-proxy#244 and #238 show the AUTH XOAUTH2 form; rust-pop3#17 and node-poplib#34 the USER/PASS
  // one): "Logon failure" is a password sign-in, which Exchange Online no longer accepts.
  pattern('pop-logon-failure', 'imap', 3, ['-ERR Logon failure', `Logon failure: ?${BAD_PASSWORD}`], [p('basic_auth_used', 0.6), p('imap_auth_failed_generic', 0.45)]),
  pattern('pop-auth-failed', 'imap', 3, [
    '-ERR Authentication failure', `(?<!Logon failure: ?)${BAD_PASSWORD}`, phrase('Authorization failure on'),
    'status=3 \\(AUTHFAIL\\)', '\\(AUTHFAIL\\)',
  ], [p('imap_auth_failed_generic', 0.75)]),
  // IMAP's LOGINDISABLED capability: the server refuses LOGIN until the client has started TLS (RFC 3501 §6.2.3,
  // §7.2.1), so a LOGIN there is a missing STARTTLS (port 143 without TLS), not a wrong password.
  pattern('imap-logindisabled', 'tls', 2, ['\\bLOGINDISABLED\\b'], [p('tls_problem', 0.7)], { flags: '' }),
];
