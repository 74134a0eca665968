/**
 * Exchange Online SMTP replies (and the wrappers SMTP libraries put around them) → categories.
 * Weights say how sure the message alone makes the category; the flow-specific proposals of
 * "535 5.7.3" carry the DESIGN.md note (app-only: service principal / consent; delegated: a
 * Graph token instead of an Outlook one).
 */
import { eitherOrder, enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A password AUTH command (not the EHLO capability line "250-AUTH LOGIN XOAUTH2"). */
const PASSWORD_AUTH = '(?<!25\\d[- ])AUTH ?(?:LOGIN|PLAIN)\\b(?! ?(?:XOAUTH2|OAUTHBEARER|PLAIN|LOGIN)\\b)';

/** SMTP AUTH replies: who may sign in. */
const SMTP_AUTH: readonly Rule[] = [
  pattern('smtp-5.7.139-mailbox', 'smtp-auth', 3, [`${phrase('smtp client')} ?(?:authentication ?)?${phrase('is disabled for the mailbox')}`], [
    p('smtp_auth_disabled_mailbox', 0.97),
  ]),
  // Relays and clients shorten Exchange's 5.7.139 text ("SMTPclient is disabled for the tenant"): the
  // word "authentication" is optional.
  pattern('smtp-5.7.139-tenant', 'smtp-auth', 3, [`${phrase('smtp client')} ?(?:authentication ?)?${phrase('is disabled for the tenant')}`], [
    p('smtp_auth_disabled_tenant', 0.97),
  ]),
  // The same text cut off by a narrow dialog or a log column ("…SmtpClientAuthentication is disabled for the Tena…",
  // "…is disab"): the first letters of "Mailbox"/"Tenant" still say which; without them, SMTP AUTH is off for one of the two.
  pattern('smtp-5.7.139-mailbox-cut', 'smtp-auth', 3, [`${phrase('smtp client')} ?(?:authentication ?)?${phrase('is disabled for the')} ?Ma(?!ilbox)`], [
    p('smtp_auth_disabled_mailbox', 0.9),
  ]),
  pattern('smtp-5.7.139-tenant-cut', 'smtp-auth', 3, [`${phrase('smtp client')} ?(?:authentication ?)?${phrase('is disabled for the')} ?Te(?!nant)`], [
    p('smtp_auth_disabled_tenant', 0.9),
  ]),
  pattern('smtp-5.7.139-disabled-cut', 'smtp-auth', 3, [`${phrase('smtp client authentication')} ?${phrase('is dis')}(?! ?abled ?for ?the ?(?:Ma|Te))`], [
    p('smtp_auth_disabled_mailbox', 0.6), p('smtp_auth_disabled_tenant', 0.5),
  ]),
  pattern('smtp-5.7.139-basic-disabled', 'smtp-auth', 3, [
    phrase('basic authentication is disabled'), phrase('basic authentication disabled'),
    // Cut off after "basic auth…" (a narrow dialog, a log column): nothing else of Exchange's follows these words.
    phrase('Authentication unsuccessful, basic auth'),
    // In Japanese, as a translated article explains 5.7.139 ("基本認証方法が無効になっている", tempmail.us.com's Japanese page on
    // MailKit and Outlook).
    '基本認証(?:方法)?が無効',
  ], [
    p('basic_auth_used', 0.95),
  ]),
  pattern('smtp-5.7.30-basic-not-supported', 'smtp-auth', 3, [enhanced('5.7.30'), phrase('basic authentication is not supported')], [
    p('basic_auth_used', 0.95),
  ]),
  pattern('smtp-5.7.139-security-defaults', 'smtp-auth', 3, [phrase('security defaults policy')], [p('security_policy_blocks', 0.95)]),
  pattern('smtp-5.7.139-org-config', 'smtp-auth', 3, [
    phrase("organization configuration doesn't allow"), phrase('organization configuration does not allow'),
    phrase('did not meet the criteria to be authenticated'),
    // The same reply cut off after "criteria" (as a contact form's notes quote it, Craig-solis/frostbyte-inc SMTP_AUTH_FIX.md).
    phrase('Authentication unsuccessful, the request did not meet the criteria'),
  ], [p('security_policy_blocks', 0.9)]),
  pattern('smtp-5.7.139-account-blocked', 'smtp-auth', 3, [
    phrase('user account is disabled'), phrase('account is locked'), phrase('user is locked'), phrase('Authentication unsuccessful, account locked'),
    // The same lock in a sign-in page's or app's words ("This account has been locked due to too many failed sign-in attempts";
    // AADSTS50053's "Your account is locked because you've tried to sign in too many times"): the lock, not a rate limit.
    phrase('account has been locked'), phrase('account was locked'),
  ], [p('security_policy_blocks', 0.8)]),
  // The same block as IMAP/POP servers and Exchange's access policies word it ("LOGIN failed. Account is
  // blocked.", "Your email access has been blocked … your IT department has blocked your email access"):
  // Conditional Access / access policy, learn.microsoft.com/entra/identity/conditional-access/overview.
  // The block is the stated reason, so it outranks what the bare "LOGIN failed." suggests (basic auth).
  pattern('access-blocked-words', 'smtp-auth', 3, [
    // Not Exchange Online Protection's restricted sender ("your account has been blocked for sending too much spam", the 5.1.8
    // NDR page), which the outbound-sender rule has.
    phrase('account is blocked'), `${phrase('account has been blocked')}(?! for sending)`, phrase('access has been blocked'),
  ], [p('security_policy_blocks', 0.9)]),
  pattern('smtp-5.7.139-credentials', 'smtp-auth', 3, [phrase('the user credentials were incorrect')], [
    p('basic_auth_used', 0.7), p('not_authenticated', 0.3),
  ]),
  pattern('smtp-5.7.139', 'smtp-auth', 2, [enhanced('5.7.139')], [
    p('smtp_auth_failed_generic', 0.5), p('smtp_auth_disabled_mailbox', 0.45), p('smtp_auth_disabled_tenant', 0.4),
    p('security_policy_blocks', 0.35),
  ]),
  // "451 4.7.0 Temporary server error. Please try again later. PRX4" from smtp.office365.com for client submission: Microsoft's
  // Alchemy Insights article of that title (German translation isabella232/OfficeDocs-AlchemyInsights-pr.de-DE
  // AlchemyInsights/451-470-temporary-server-error.md): "mostly temporary" — the temporary refusal's words keep it first —, and when
  // it persists a licensed mailbox, not a shared one; SMTP AUTH on for it (Set-CASMailbox -SmtpClientAuthenticationDisabled
  // $false); then security defaults and per-user MFA.
  pattern('smtp-prx4-client-submission', 'smtp-auth', 3, ['(?<![\\d.])4\\.7\\.0\\b[^\\n]{0,160}?\\bPRX4\\b'], [
    p('smtp_auth_disabled_mailbox', 0.55), p('shared_mailbox_smtp_login', 0.45), p('security_policy_blocks', 0.3),
  ]),
  pattern('smtp-5.7.3', 'smtp-auth', 2, [enhanced('5.7.3')], [
    p('smtp_auth_failed_generic', 0.55),
    // Microsoft's own answer to a bare "535 5.7.3 Authentication unsuccessful" is to turn on SMTP AUTH for
    // the mailbox (answers.microsoft.com "535: 5.7.3 Authentication unsuccessful" links to "Enable or
    // disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online",
    // learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission,
    // as cited in duplicati/duplicati#3813); over XOAUTH2 a disabled mailbox answers 5.7.3, not 5.7.139
    // (nextcloud/mail#13668). It is the likeliest specific cause whatever the flow.
    p('smtp_auth_disabled_mailbox', 0.45),
    // Delegated: Exchange accepts only the signed-in user as user= (issue 8 item 3.1).
    p('shared_mailbox_smtp_login', 0.3, 'delegated'),
    p('service_principal_missing_or_wrong_id', 0.6, 'app-only'), p('consent_missing', 0.5, 'app-only'),
    p('mailbox_permission_missing', 0.2, 'app-only'),
    p('wrong_scope_or_resource', 0.5, 'delegated'), p('consent_missing', 0.35, 'delegated'),
    p('token_expired_or_invalid', 0.3, 'delegated'),
  ]),
  // 5.7.3 beside a shared mailbox: SMTP XOAUTH2 accepts only the signed-in user as user=, while IMAP
  // accepts the shared mailbox ("Authenticate an IMAP, POP or SMTP connection using OAuth",
  // learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth).
  // Bounded look-around (300 characters) keeps it linear.
  pattern('smtp-5.7.3-shared-mailbox', 'smtp-auth', 2, [
    ...eitherOrder(enhanced('5.7.3'), `${phrase('shared')}[ -]?mailbox`, 300),
    `${phrase('shared')}[ -]?mailbox[^]{0,300}?${phrase('authentication unsuccessful')}`,
  ], [p('shared_mailbox_smtp_login', 0.7)]),
  // 5.7.3/5.7.4 answered to a password mechanism (nodemailer's command: 'AUTH LOGIN' / 'AUTH PLAIN'): Exchange
  // Online refuses basic authentication for SMTP AUTH where security defaults or an authentication policy
  // block it ("Deprecation of Basic authentication in Exchange Online",
  // learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online).
  // PASSWORD_AUTH is the command, not the server's capability line ("250-AUTH LOGIN XOAUTH2").
  // Both specific causes rank before the generic 5.7.3 reading.
  pattern('smtp-password-mechanism-refused', 'smtp-auth', 2, [
    ...eitherOrder(PASSWORD_AUTH, enhanced('5.7.3'), 300),
    ...eitherOrder(PASSWORD_AUTH, enhanced('5.7.4'), 300),
  ], [p('basic_auth_used', 0.65), p('security_policy_blocks', 0.58)], { flags: '' }),
  pattern('smtp-5.7.8', 'smtp-auth', 2, [enhanced('5.7.8')], [p('smtp_auth_failed_generic', 0.5)]),
  // A password sign-in refused at its password step: Postfix/Cyrus SASL log the server's last challenge in base64 —
  // "SASL LOGIN authentication failed: UGFzc3dvcmQ6" is "Password:" (and "VXNlcm5hbWU6" "Username:"), as the reply
  // "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6" passes it on. The user name or password was wrong: the generic
  // sign-in check first (development texts with the reply: 4 of 6 labelled so, 2 "not authenticated" — until the twenty-fifth
  // session the order was the other way round, from the first 4 texts).
  pattern('sasl-password-step-failed', 'smtp-auth', 3, ['authentication failed: ?(?:UGFzc3dvcmQ6|VXNlcm5hbWU6)'], [
    p('smtp_auth_failed_generic', 0.6), p('not_authenticated', 0.45),
  ], { flags: '' }),
  // Google's web-login challenge, "534-5.7.14 <https://accounts.google.com/signin/continue?…> Please log in via your web browser
  // and then try again. Learn more at https://support.google.com/mail/answer/78754" (IMAP: "[ALERT] Please log in via your web
  // browser: …78754 (Failure)"): Google's security check refused the account's password. PHPMailer's troubleshooting wiki
  // names it among the refusals of a password sign-in (its fix: XOAUTH2 or an app password); the development thread's fix was
  // the account's security prompt in the browser. So Google's block first, the password sign-in second.
  // The reply's code and the challenge's address say it too when the sentence is cut or its lines interleave ("Please log
  // 534-5.7.14 in via your web browser", as nodemailer and Jakarta Mail quote the multi-line reply; development texts: 6 of 6
  // labelled Google's block).
  pattern('google-web-login-required', 'smtp-auth', 3, [
    phrase('Please log in via your web browser'), phrase('Please log in with your web browser'),
    String.raw`(?<![\d.])534[- ]5\.7\.14(?!\d)`, phrase('accounts.google.com/signin/continue'),
  ], [
    p('security_policy_blocks', 0.6), p('basic_auth_used', 0.45),
  ]),
  // 504 5.7.4: the AUTH mechanism is not offered — before STARTTLS (Exchange offers AUTH only after
  // it), a mechanism Exchange Online does not list (it offers "AUTH LOGIN XOAUTH2": Go's smtp.PlainAuth sends AUTH PLAIN),
  // or a password mechanism where basic authentication is off. The second reading is the generic cause's last check
  // ("the authentication type is XOAUTH2"), which is what fixed most development threads (16 of 25 texts with this reply,
  // STARTTLS 6), so it ranks first in a pasted text; STARTTLS stays a close second. The assistant's own probe does not
  // depend on this order: it knows whether TLS was up and decides in probes/classify.ts (AUTH before STARTTLS = TLS).
  // British spelling too ("unrecognised authentication type", Ruby's Net::SMTP via Exchange Online, adamcooke/staytus#269).
  pattern('smtp-5.7.4-unrecognized-auth', 'smtp-auth', 2, [enhanced('5.7.4'), 'unrecogni[sz]ed ?authentication ?type'], [
    p('smtp_auth_failed_generic', 0.55), p('tls_problem', 0.52), p('basic_auth_used', 0.5), p('smtp_auth_disabled_tenant', 0.3),
  ]),
  // Other servers' words for a wrong user name or password: Exim's "535 Incorrect authentication data",
  // "535 5.7.8 … Authentication credentials invalid" (RFC 4954 §6: 535 5.7.8 = credentials invalid).
  // The user name or password is what the server refused (development texts with either reply: the password or the generic
  // check fixed 5, authenticating at all 2).
  pattern('smtp-credentials-invalid', 'smtp-auth', 3, [phrase('Incorrect authentication data'), phrase('authentication credentials invalid')], [
    p('smtp_auth_failed_generic', 0.65), p('not_authenticated', 0.45),
  ]),
  // A server that takes no AUTH on that listener: Postfix without SASL (transcripts "220 … ESMTP Postfix … AUTH LOGIN → 503 5.5.1
  // Error: authentication not enabled"; docker-mailserver's tests expect it on port 25), and simplesmtp when neither
  // requireAuthentication nor enableAuthentication is set. The app talks to a relay that takes no sign-in: the wrong server or
  // port, not a wrong password.
  // The same where the server does not know the AUTH command at all ("500 Error: command \"AUTH\" not recognized", a development
  // text: a mail proxy without SASL; Postfix answers an unknown command "502 5.5.2 Error: command not recognized").
  pattern('smtp-auth-not-enabled', 'smtp-auth', 3, [phrase('Error: authentication not enabled'), 'command "?AUTH"? not recognized'], [
    p('unexpected_server_reply', 0.55), p('smtp_auth_failed_generic', 0.3),
  ]),
  // Sendmail refusing a sender address without a domain ("553 5.5.4 <me>... Domain name required for sender address ElastAlert";
  // a sendmail transcript: "MAIL FROM: martinav → 553 5.5.4 martinav... Domain name required for sender address martinav", and
  // sendmail's cf/m4/proto.m4 has the "Real domain name required for sender address" variant): the From is not a valid address.
  pattern('smtp-sender-domain-required', 'smtp-submit', 3, [phrase('Domain name required for sender address')], [
    p('send_as_denied', 0.55), p('unexpected_server_reply', 0.3),
  ]),
  pattern('smtp-authentication-unsuccessful', 'smtp-auth', 1, [phrase('authentication unsuccessful')], [
    p('smtp_auth_failed_generic', 0.45),
  ]),
  pattern('auth-failed-words', 'smtp-auth', 1, [
    phrase('could not authenticate'), phrase('invalid login'), phrase('authentication failed'), phrase('authentication failure'),
    'SMTPAuthenticationError', 'SMTPAuthentificationError',
    'AuthenticationFailedException', phrase('Authentifizierung fehlgeschlagen'), phrase('Anmeldung fehlgeschlagen'),
    phrase('username and password not accepted'),
    // MailCore (Apple clients): "Unable to authenticate with the current session's credentials".
    phrase('unable to authenticate'),
    // The short form ("SASL auth failed", "535 auth failed"); not "OAuth failed" nor "XOAUTH2 auth failed", a token's failure
    // (the guess layer reads those).
    '(?<![A-Za-z])(?<!\\bX?OAUTH(?:2|BEARER)? ?)auth ?failed\\b',
  ], [p('smtp_auth_failed_generic', 0.4)], { protocolSensitive: true }),
];

/** Replies after a successful sign-in: mailbox, sender, authentication state. */
/** Exchange's resolver refusing a sender that did not sign in: "RESOLVER.RST.AuthRequired", "RESOLVER.RST.SenderNotAuthenticatedForGroup". */
const RESOLVER_AUTH_REQUIRED = 'RESOLVER\\.RST\\.(?:AuthRequired|SenderNotAuthenticatedFor(?:Group|Recipient))';

const SMTP_SUBMIT: readonly Rule[] = [
  pattern('smtp-4.2.0-mailbox-logon', 'smtp-submit', 3, [
    phrase('mailbox logon failure'), 'MapiExceptionLogonFailed', `(?<!opened\\.,? ?)${phrase('cannot open mailbox')}`,
  ], [p('mailbox_permission_missing', 0.92)]),
  pattern('smtp-4.2.0-storedrv', 'smtp-submit', 2, [`${enhanced('4.2.0')} ?STOREDRV`], [p('mailbox_permission_missing', 0.6)]),
  // Exchange's store driver refused to submit the message for the signed-in account ("Failed to process message due
  // to a permanent exception with message Cannot submit message"): typically a From the account may not send as.
  pattern('storedrv-cannot-submit', 'smtp-submit', 2, [phrase('Cannot submit message')], [
    p('send_as_denied', 0.55), p('mailbox_permission_missing', 0.45),
  ]),
  // Also cut off before "as this sender" ("550 5.7.1 Client does not have permissions to send a…").
  pattern('smtp-5.7.60-send-as', 'smtp-submit', 3, [enhanced('5.7.60'), phrase('permissions to send as this sender'), `${phrase('Client does not have permissions to send')} ?a`], [
    p('send_as_denied', 0.95),
  ]),
  // The From header the app writes is not one Exchange Online takes (its NDR table, learn.microsoft.com/exchange/troubleshoot/
  // email-delivery/ndr/non-delivery-reports-in-exchange-online): 5.7.512 "Access denied, message must be RFC 5322 section 3.6.2
  // compliant" (no valid address in From; angle brackets needed) and 5.1.20 "Multiple From addresses are not allowed without
  // Sender address". No category of its own: the fix is the sender address the app puts in, next to what Send As covers.
  pattern('smtp-from-header-invalid', 'smtp-submit', 3, [
    enhanced('5.7.512'), phrase('message must be RFC 5322 section 3.6.2 compliant'), enhanced('5.1.20'),
    phrase('Multiple From addresses are not allowed'),
  ], [p('send_as_denied', 0.55)]),
  // 5.6.11 "Invalid characters" / SMTPSEND.BareLinefeedsAreIllegal: the sending program wrote bare line feeds instead of CRLF
  // (same table; "Fix email delivery issues for error code 5.6.11 in Exchange Online") — the app breaks the protocol.
  pattern('smtp-bare-linefeeds', 'smtp-submit', 3, [enhanced('5.6.11'), 'BareLinefeedsAreIllegal', phrase('bare line feed')], [
    p('unexpected_server_reply', 0.55),
  ]),
  // The server refuses the name the client greets with: Postfix's reject_non_fqdn_helo_hostname / reject_invalid_helo_hostname
  // ("504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", postconf(5) and smtpd_check.c) and other
  // MTAs' "550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)" (a hoster's list, netbit.com.br's mail
  // FAQ). The sending program's or relay's host name setting fixes it — the client's greeting, not the account.
  pattern('smtp-helo-name-refused', 'smtp-submit', 3, [
    phrase('Helo command rejected'), `\\b(?:HELO|EHLO)\\b ?${phrase('should be a FQDN')}`,
  ], [p('unexpected_server_reply', 0.6), p('not_authenticated', 0.2)]),
  // Also Exchange Server's 5.7.1 wording ("Client does not have permission to send as this sender") and Postfix's
  // reject_sender_login_mismatch ("Sender address rejected: not owned by user …", postconf(5)).
  pattern('smtp-send-as-denied', 'smtp-submit', 3, [
    'SendAsDenied', phrase('not allowed to send as'), phrase('permission to send as this sender'), phrase('not owned by user'),
    // Outlook's words when the signed-in user may not send from the address chosen in From.
    phrase("don't have permission to send from this address"), phrase("don't have permissions to send from this address"),
    phrase('do not have permission to send from this address'),
    // Exchange's 5.7.1 reply as a Portuguese (Brazil) Windows gives it inside System.Net.Mail's message ("o cliente 5.7.1 não
    // tem permissões para enviar como esse remetente", an SSRS log in a development text).
    phrase('não tem permissões para enviar como esse remetente'),
    // A relay service refusing a From address of another domain ("5.1.0 Sender is not allowed to send from gmail.com (R2)", a
    // development text from MailKit): the sender address, as Send As.
    phrase('Sender is not allowed to send from'),
    // Servers that require From to be the signed-in user ("501 mail from address must be same as authorization user").
    phrase('must be same as authorization user'),
    // The same rule by domain: "550 From domain must match authenticated domain" (a Windows hoster's knowledge-base article,
    // aspnethosting.co.uk: the From field's domain must be the signed-in mailbox's).
    phrase('From domain must match authenticated domain'),
    // Exchange's German "Send on Behalf" refusal, as Microsoft's German documentation prints it (technet.microsoft.com/de-de/library/dd298031):
    // "Sie sind nicht berechtigt, im Auftrag des angegebenen Benutzers zu senden."
    phrase('nicht berechtigt, im Auftrag des angegebenen Benutzers zu senden'),
    // The 5.7.1 wording in French, as System.Net.Mail passes it on (Microsoft's French SQL Server documentation, "Surveiller les
    // abonnements Reporting Services": "5.7.1 Le client n'est pas autorisé à envoyer en tant que cet expéditeur").
    phrase("n'est pas autorisé à envoyer en tant que cet expéditeur"),
    // Outlook's refusal of "Send on Behalf" without the right, in Japanese as office-qa.com/Outlook/ol113.htm quotes it
    // ("代理送信のためのアクセス許可を持たずに、別の送信者の代わりにメッセージを送信することはできません。…"; the fix there: the
    // mailbox owner grants Send on Behalf), and its English original "You can't send a message on behalf of this user unless
    // you have permission to do so" (the English wording from memory: not checked against a stored source this session).
    '代理送信のためのアクセス許可を持たずに', phrase("can't send a message on behalf of this user unless you have permission"),
    phrase('cannot send a message on behalf of this user unless you have permission'),
  ], [p('send_as_denied', 0.95)]),
  // A relay in front of the mailboxes that refuses the sender's address: "550 ExchangeDefender is not allowed to send mail on
  // behalf of your email address" (an ExchangeDefender status notice, quoted on anythingdown.com: it no longer relays for
  // sender domains it does not protect). The sender address, not the password: Send As first, the relay's sender policy second.
  pattern('smtp-relay-sender-not-allowed', 'smtp-submit', 2, [`${phrase('is not allowed to send')} (?:mail |e-?mail |messages )?${phrase('on behalf of')}`], [
    p('send_as_denied', 0.6), p('outbound_sender_blocked', 0.45),
  ]),
  // Not System.Net.Mail's own sentence around every refusal, "The SMTP server requires a secure connection or the client was not
  // authenticated. The server response was: …" (the dotnet-secure-connection rule below): the reply after it decides ("5.7.0
  // Must issue a STARTTLS command first" is TLS; of eight development texts with that sentence, the one about STARTTLS was).
  pattern('smtp-5.7.57-not-authenticated', 'smtp-submit', 3, [
    enhanced('5.7.57'), phrase('client not authenticated to send'), `(?<!secure ?connection ?(?:or|of) ?the ?)${phrase('client was not authenticated')}`,
  ], [p('not_authenticated', 0.92)]),
  // Other servers' words for mail sent without signing in: "530 5.7.1 Authentication required", Postfix's "Client host
  // rejected: Access denied".
  pattern('smtp-authentication-required', 'smtp-submit', 3, [
    // An SMTP reply code in front: "Device authentication is required" (AADSTS50097) is not this.
    // Postfix and others also say "530 SMTP authentication is required." / "530 Authentication is required".
    '\\b[45]\\d\\d[ -](?:[45]\\.\\d{1,2}\\.\\d{1,3} )?(?:SMTP )?Authentication (?:is )?required',
    // PHPMailer's SMTP class puts the server's text after its own "MAIL FROM command failed," without the code ("The following
    // From address failed: … : MAIL FROM command failed,Authentication Required.", a development text: SMTPAuth misspelt).
    `${phrase('MAIL FROM command failed,')} ?Authentication (?:is )?required`,
    // Gmail's "530-5.5.1 Authentication Required. Learn more at … ?p=WantAuthError", also as Python prints it ("(530, b'5.5.1
    // Authentication Required…'") with the code apart from the text (development texts: 7 of 7).
    '\\b5\\.5\\.1 Authentication Required\\b', '\\bWantAuthError\\b',
    phrase('Client host rejected: Access denied'),
    // Postfix's reject_sender_login_mismatch for a client that did not sign in: "553 5.7.1 <…>: Sender address rejected: not
    // logged in" (postfix/src/smtpd/smtpd_check.c; Proton's submission relay answers the same). "… not logged in as owner" and
    // "… not owned by user" are a signed-in client using another's address, not this.
    `${phrase('Sender address rejected')}: ${phrase('not logged in')}(?! as)`,
    // MAIL FROM before AUTH: emersion/go-smtp's ErrAuthRequired "502 5.7.0 Please authenticate first" (server_test.go; Brevo's
    // relay answers the same), Tencent's QQ / Exmail servers' "503 Error: need EHLO and AUTH first !" (fixed by turning the
    // client's SMTP authentication on, e.g. Jakarta Mail's mail.smtp.auth=true).
    phrase('Please authenticate first'), phrase('need EHLO and AUTH first'),
    // SendGrid's SMTP relay to a client that did not sign in: "550 Unauthenticated senders not allowed" (as sendmail's bounce
    // quotes it, sisimai/set-of-emails maildir/bsd/lhost-sendmail-53.eml).
    phrase('Unauthenticated senders not allowed'),
    // Mail.ru's relay to a client of its domain that did not sign in: "503 Administrative prohibition -- authorization required.
    // Users in your domain are not allowed to send email without authorization." (as a pasted SMTP session shows it,
    // pastebin.com/xDPN2fTF).
    phrase('not allowed to send email without authorization'),
  ], [p('not_authenticated', 0.85)]),
  // Exchange's resolver: the recipient (a group, a public folder, a mailbox) takes mail only from authenticated senders —
  // "RESOLVER.RST.AuthRequired; authentication required", 5.7.133/5.7.134 "RESOLVER.RST.SenderNotAuthenticatedForGroup /
  // …ForRecipient". An app of the same organization that sent without signing in is fixed by signing in; a sender of another
  // organization only by the recipient's admin ("Fix error code 550 5.7.1 in Exchange Online", learn.microsoft.com/troubleshoot/
  // exchange/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online; "external user cannot send email to distribution group").
  pattern('smtp-resolver-auth-required', 'smtp-submit', 3, [RESOLVER_AUTH_REQUIRED], [p('not_authenticated', 0.85), p('recipient_rejected', 0.5)]),
  // The same refusal quoted by Exchange Online's NDR ("Remote Server returned '… RESOLVER.RST.AuthRequired …'") or said of a
  // group, a distribution list or a public folder: the recipient's delivery restriction refuses outside senders, and its owner
  // lifts it (Microsoft's "AuthRequired NDR when external users send to a mail-enabled public folder", learn.microsoft.com/
  // exchange/troubleshoot/public-folders/authrequired-ndr; "Fix error code 5.7.133 in Exchange Online": "Delivery restriction
  // check failed because the sender was not authenticated when sending to this group"). Development texts so quoted: 4 of 4
  // fixed on the recipient's side.
  pattern('smtp-resolver-auth-required-recipient', 'smtp-submit', 3, [
    ...eitherOrder("Remote Server returned '", RESOLVER_AUTH_REQUIRED, 120),
    ...eitherOrder(RESOLVER_AUTH_REQUIRED, `(?:${phrase('public folder')}|${phrase('distribution group')}|${phrase('distribution list')}|${phrase('sending to this group')})`, 300),
  ], [p('recipient_rejected', 0.88), p('not_authenticated', 0.5)]),
  // Greylisting (postgrey and other policy servers: "450 4.2.0 <…>: Recipient address rejected: Greylisted, see
  // http://postgrey.schweikert.ch/…"): a first attempt refused on purpose, to be retried later — a limit that passes, not the
  // recipient (development texts: 3 of 3).
  pattern('smtp-greylisted', 'throttle', 3, ['\\bGreylist(?:ed|ing)\\b', phrase('greylisted, please try again')], [p('throttled', 0.85)]),
  // Postfix's reply when a lookup table or policy service it needs fails ("451 4.3.5 <…>: Recipient address rejected: Server
  // configuration problem", postfix smtpd_check.c; development texts from Modoboa's policy daemon: 2 of 2) and a relay's "451
  // 4.3.2 Internal server error": the receiving server's own fault, not the recipient and not a limit.
  pattern('smtp-server-configuration-problem', 'smtp-submit', 3, [phrase('Server configuration problem'), `${enhanced('4.3.2')} ?${phrase('Internal server error')}`], [
    p('unexpected_server_reply', 0.85),
  ]),
  // A sender domain that does not resolve ("450 4.1.8 <…>: Sender address rejected: Domain not found", Postfix's
  // reject_unknown_sender_domain): the sending side's domain set-up (DNS for the From domain; development texts: 3 of 3).
  pattern('smtp-sender-domain-not-found', 'smtp-submit', 3, [`${phrase('Sender address rejected:')} ?${phrase('Domain not found')}`], [
    p('outbound_sender_blocked', 0.75), p('network_blocked', 0.3),
  ]),
  // A sender refused by the server's access rules before any sign-in ("554 5.7.1 Sender address rejected: Access denied",
  // Postfix's check_sender_access; Exim's "550 \"You are not allowed to send email\""): the client must sign in to send
  // through that server (development texts: 3 of 3).
  pattern('smtp-sender-access-denied', 'smtp-submit', 3, [
    `${phrase('Sender address rejected:')} ?${phrase('Access denied')}`, phrase('You are not allowed to send email'),
  ], [p('not_authenticated', 0.6), p('send_as_denied', 0.35)]),
  // Receiving gateways refusing the sending server by policy: Symantec/Broadcom Email Security's "501 Connection rejected by
  // policy [7.7]" and Gmail's "5.7.0 This message was blocked because its content presents a potential security issue": the
  // sender's side (its IP or what it sends).
  pattern('smtp-gateway-policy-block', 'smtp-submit', 3, [
    phrase('Connection rejected by policy'),
    // Gmail wraps its reply with the code on every line ("… a potential 5.7.0 security issue").
    `${phrase('content presents a potential')} ?(?:[45]\\.7\\.0 )?${phrase('security issue')}`,
  ], [p('outbound_sender_blocked', 0.75), p('recipient_rejected', 0.2)]),
  // The From address the signed-in account may not use, in other servers' words: Postfix's smtpd_sender_login_maps as a
  // provider words it ("Recipient address rejected: Username <user> and sender doesn't match") and SendGrid's "550 The from
  // address does not match a verified Sender Identity" (development texts: the sender address 4 of 5).
  pattern('smtp-sender-identity-mismatch', 'smtp-submit', 3, [
    `${phrase('Username')} [^\\s]{1,254} ${phrase("and sender doesn't match")}`, phrase('does not match a verified Sender Identity'),
  ], [p('send_as_denied', 0.9), p('outbound_sender_blocked', 0.3)]),
  // A sending tool's own refusal of a From address it may not use ('--from address "user@domain" is not verified', gog's Gmail
  // CLI for an alias not verified in Gmail's "Send mail as"; a development text): the From address, as Exchange's Send As.
  pattern('from-address-not-verified', 'smtp-submit', 2, [String.raw`\bfrom address "?[^"\s]{1,254}"? is not verified\b`], [
    p('send_as_denied', 0.6), p('outbound_sender_blocked', 0.35),
  ]),
  // Exim's sender verification: "550-Verification failed for <sender> 550-Unrouteable address 550 Sender verify failed" (Exim's
  // spec, "verify = sender": the envelope sender's domain does not route) — the From or envelope address the app uses, not the
  // recipient (a development text through SMTP2GO, fixed by a real sender address).
  pattern('smtp-sender-verify-failed', 'smtp-submit', 3, [phrase('Sender verify failed'), phrase('unable to verify sender address')], [
    p('send_as_denied', 0.6), p('outbound_sender_blocked', 0.4),
  ]),
  // A server's own failure in RFC 5321's words ("451 4.3.0 Requested action aborted: local error in processing", Mailpit's log
  // of its relay), and go-smtp's wrapper "554 5.0.0 Error: transaction failed, blame it on the weather" when no reason follows it
  // (the reason after the colon, when there, is read by its own rule): the server's side, a passing fault second (development
  // texts, 2 of 2).
  pattern('smtp-server-local-error', 'smtp-submit', 3, [
    phrase('Requested action aborted: local error in processing'), `${phrase('Error: transaction failed, blame it on the')}(?! ?weather: ?\\S)`,
  ], [p('unexpected_server_reply', 0.7), p('throttled', 0.3)]),
  // A server that does not know the AUTH parameter of MAIL FROM (RFC 4954 §5: "MAIL FROM:<…> AUTH=<>"; smtp4dev's "501 Parameter
  // AUTH is not recognised", as sendmail's DSN quotes it): the client's and the server's extensions do not match — the server's
  // side, not a refused sign-in (a development text).
  pattern('smtp-auth-parameter-unknown', 'smtp-submit', 3, [`${phrase('Parameter AUTH is not')} ?recogni[sz]ed`], [
    p('unexpected_server_reply', 0.65), p('tls_problem', 0.25),
  ]),
  // MailEnable's "501: Error decoding Username parameter." — the AUTH LOGIN user name it got was not base64 (the client's side
  // of the exchange, not a wrong password; a development text from nopCommerce).
  pattern('smtp-username-not-decoded', 'smtp-auth', 3, [phrase('Error decoding Username parameter')], [
    p('unexpected_server_reply', 0.55), p('smtp_auth_failed_generic', 0.4),
  ]),
  // Amazon SES: "554 Message rejected: Email address is not verified. The following identities failed the check in region
  // <region>: <identities>" (AWS Knowledge Center "ses-554-400-message-rejected-error"; the API says it with a 400). An
  // unverified From/Source/Sender/Return-Path identity, or — while the account is in the SES sandbox — an unverified recipient
  // (docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains). Development texts: the sandbox or the account's standing
  // 5 of 9, the From identity 4 — both named.
  pattern('ses-identity-not-verified', 'smtp-submit', 3, [
    phrase('The following identities failed the check in region'), `${phrase('Message rejected:')} ?${phrase('Email address is not verified')}`,
  ], [p('outbound_sender_blocked', 0.6), p('send_as_denied', 0.55)]),
  // Exim's "451 Temporary local problem - please try later" (its ACL or a lookup failed on the receiving server) and Gmail's
  // "421-4.7.0 Try again later, closing connection. (EHLO)" (Gmail refusing the session at EHLO — a relay or a host name it does
  // not accept): the server's side of the session first — its "try again later" reads as a limit too, second (development texts:
  // the server 4 of 5). Gmail's "421 4.3.0 Temporary System Problem. Try again later" too — Gmail's own passing fault, as its reply
  // is quoted in itznotabug/ghosler#14 (linking support.google.com/a/answer/3221692) and by a development text from a helpdesk's
  // mail queue; Google's code list (support.google.com/a/answer/3726730) exists, its row for this code not checked here.
  pattern('smtp-server-session-refused', 'smtp-submit', 3, [
    phrase('Temporary local problem'), `${phrase('Try again later, closing connection.')} ?\\((?:EHLO|HELO)\\)`,
    phrase('Temporary System Problem. Try again later'),
  ], [p('unexpected_server_reply', 0.85)]),
  // Zoho Mail's refusal of a From address the signed-in account does not own: "553 Relaying disallowed as <address>" (the
  // address it refused after "as"; development texts from ERPNext and Mattermost to smtp.zoho.com, fixed by sending from the
  // account's own address or an alias: 2 of 2).
  pattern('smtp-relaying-disallowed-as', 'smtp-submit', 3, [`${phrase('Relaying disallowed as')}\\b`], [
    p('send_as_denied', 0.85), p('not_authenticated', 0.3),
  ]),
  // A relay that refuses to pass mail on for a client that did not sign in: Postfix's "554 5.7.1 <…>: Relay access
  // denied", Exchange's "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", and Exchange Online's
  // "550 5.7.64 TenantAttribution; Relay Access Denied" (no connector matches the sending server — Microsoft's NDR page
  // learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/tenantattribution-ndr; its German version translates the
  // reply as "Relayzugriff verweigert"). Signing in with SMTP AUTH (or a matching connector) fixes it.
  pattern('smtp-relay-denied', 'smtp-submit', 3, [
    // Haraka's refusal when no plugin allowed the relay ("No plugin determined if relaying was allowed", then 550 "I cannot
    // deliver mail for <rcpt>", haraka/Haraka connection.js): sign in, or make the recipient's domain local (development texts:
    // 3 of 4 "not authenticated").
    phrase('I cannot deliver mail for'),
    // hMailServer's "550 Delivery is not allowed to this address." (its IP ranges require SMTP authentication for external
    // recipients; development texts from nopCommerce through MailKit, 2 of 2 "not authenticated").
    phrase('Delivery is not allowed to this address'),
    phrase('Relay access denied'), phrase('Relayzugriff verweigert'), phrase('Unable to relay'), phrase('Relaying denied'),
    // Older sendmail-style servers: "553 Relaying disallowed" (as Odoo logged it, odoo/odoo#1493). Not Zoho's "Relaying
    // disallowed as <address>", which names the From address ('smtp-relaying-disallowed-as' below).
    `${phrase('Relaying disallowed')}(?! as\\b)`,
    // qmail's relay refusal: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" (qmail-smtpd.c; relaying
    // needs SMTP AUTH or an allowed client).
    phrase("isn't in my list of allowed rcpthosts"),
    // cPanel-style Exim hosting: "550-550 relay through this server without authentication." (hoasted.com's article on
    // debugging mail errors: sign in before sending).
    phrase('relay through this server without authentication'),
    // Exchange Online's NDR heading for it ("Sender not authorized for relay", "… is not authorized to relay messages through
    // the server that reported this error").
    phrase('not authorized for relay'), phrase('not authorized to relay messages'),
    enhanced('5.7.64'), phrase('TenantAttribution'), enhanced('5.7.54'),
  ], [p('not_authenticated', 0.8), p('outbound_sender_blocked', 0.25)]),
  // Exchange Online with Direct Send turned off (Set-OrganizationConfig -RejectDirectSend $true): "550 5.7.68
  // TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources" — an anonymous message
  // from the organization's own domain that matches no inbound connector (MicrosoftDocs/office-docs-powershell
  // Set-OrganizationConfig.md, RejectDirectSend; the reply as quoted by help.salesforce.com article 005133045). Sending with
  // SMTP AUTH (or through a connector) fixes it. Second, the organization's own refusal of the sender (the Exchange Team's
  // post as translated in jpmessaging/blog "introducing-more-control-over-direct-send-in-exchange-online": a partner inbound
  // connector that authenticates the sender).
  pattern('smtp-direct-send-rejected', 'smtp-submit', 3, [
    enhanced('5.7.68'), phrase('TenantInboundAttribution'), phrase('Direct Send not allowed'),
  ], [p('not_authenticated', 0.85), p('outbound_sender_blocked', 0.4), p('recipient_rejected', 0.3)]),
  // DATA refused because no RCPT TO was accepted: "503 5.5.2 Need rcpt command" (the server's wording as the thread quotes it; a
  // Symfony/SwiftMailer app prints it as "Expected response code 354 but got code "503"", grokability/snipe-it#7236) — the
  // recipients were refused just before, so the recipient first; a client that skipped a step second.
  pattern('smtp-need-rcpt', 'smtp-submit', 3, [phrase('Need rcpt command')], [
    p('recipient_rejected', 0.6), p('unexpected_server_reply', 0.45),
  ]),
  // A message refused for its size in bytes without a size code ("554 Message rejected: Stream is more than 10485760 bytes
  // long.", a development text from FreeScout): RFC 3463's X.3.4 in words.
  pattern('smtp-size-in-bytes', 'smtp-submit', 3, [
    String.raw`\b(?:message|stream|mail|data|e-?mail)\b[^\n]{0,30}?\b(?:is )?(?:more|larger|bigger|greater) than \d{5,} bytes\b`,
  ], [p('message_too_large', 0.8)]),
  // A client that expected the go-ahead or a code of the same kind and got a success for a step it had not reached ("expected
  // 354 after sending DATA, got 250 OK", tokiwa-software/fuzion#7580 — the client and the server out of step): neither a refusal
  // nor the sign-in; the server's or the client's side of the protocol.
  pattern('smtp-out-of-step-success', 'smtp-submit', 3, [
    String.raw`\bexpected [23]\d\d (?:after|for|in response to) (?:sending )?(?:DATA|MAIL FROM|RCPT TO|EHLO|HELO|AUTH|STARTTLS|QUIT|RSET)\b[^\n]{0,20}?\bgot [23]\d\d\b`,
    // Swift/Symfony Mailer's wording of it: 'Expected response code "354" but got code "250", with message "250 2.1.5 Ok"' (the
    // reply to an earlier RCPT TO read as the reply to DATA — a development text from a Laravel shop).
    `${phrase('Expected response code')} ?"?354"? ?${phrase('but got code')} ?"?250\\b`,
  ], [p('unexpected_server_reply', 0.7)]),
  pattern('dotnet-secure-connection', 'smtp-submit', 2, [`${phrase('requires a secure connection')} ?(?:or|of) ?${phrase('the client was not authenticated')}`], [
    p('not_authenticated', 0.55), p('tls_problem', 0.3),
  ]),
  // Continuous-error throttling of SMTP AUTH: 5.2.252 is "SendAsDenied" repeated, the cause is Send As
  // (learn.microsoft.com/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions).
  pattern('smtp-5.2.252-send-as-throttled', 'smtp-submit', 3, [enhanced('5.2.252'), phrase('Senden als verweigert')], [
    p('send_as_denied', 0.8), p('throttled', 0.55),
  ]),
  pattern('smtp-5.2.25x-throttled', 'smtp-submit', 2, ['(?<![\\d.])5\\.2\\.25[13-5](?!\\d)'], [p('throttled', 0.8)]),
  // The message is larger than a limit: "552 5.3.4 Message size exceeds fixed maximum message size" / "… exceeds fixed limit",
  // Exchange's "550 5.2.12 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization" (and .Sender, RecipSizeLimit),
  // its NDR's "Your message wasn't delivered to anyone because it's too large. The limit is … MB", RFC 3463's 5.2.3 / 5.3.4
  // ("Message length exceeds administrative limit", "Message too big for system"), Graph/EWS ErrorMessageSizeExceeded.
  // Exchange Online: 35 MB by default, up to 150 MB (learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/
  // exchange-online-limits#message-limits; Set-Mailbox -MaxSendSize); Graph attachments over 3 MB need an upload session
  // (learn.microsoft.com/graph/outlook-large-attachments). Other servers word it "max message size exceeded" (nodemailer/nodemailer#1047).
  pattern('smtp-message-too-large', 'smtp-submit', 3, [
    enhanced('5.3.4'), enhanced('5.2.3'), phrase('Message size exceeds'), 'SendSizeLimit', 'RecipSizeLimit', phrase('message too large'),
    `(?:max(?:imum)? )?${phrase('message size exceeded')}`,
    phrase("because it's too large"), phrase('exceeds the maximum message size'), 'ErrorMessageSizeExceeded', phrase('message file too big'),
    // Orange's "5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514" (sisimai's bounce
    // reason "mesgtoobig" for it; a development text).
    phrase('Maximum size of the message reached'), phrase('Taille limite du message atteinte'),
  ], [p('message_too_large', 0.85)]),
  // A client that logs only the reply code after the message: mailsend's "Expected smtp code 250, got 552" (muquit/mailsend
  // smtp.c, after the final "."; its comment: "if mail is too big, it can mail with 552 message too large"). RFC 5321 §4.2.3:
  // 552 "Requested mail action aborted: exceeded storage allocation".
  pattern('smtp-got-552', 'smtp-submit', 2, ['\\bgot 552\\b'], [p('message_too_large', 0.6)]),
  // The recipient side refused the message (Exchange Online's NDR table, MicrosoftDocs/SupportArticles-docs
  // Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md): the address does not exist
  // (5.1.1 "Bad destination mailbox address", 5.1.10 "Recipient not found", Exchange's RESOLVER.ADR.RecipNotFound /
  // RecipientNotFound, 5.5.0 "Requested action not taken: mailbox unavailable" for Outlook.com, other servers' "User unknown"),
  // or the recipient accepts mail only from its organization or allowed senders (5.7.12 "Sender was not authenticated by
  // organization", 5.7.124 "Sender not in allowed-senders list", 5.7.133–5.7.136 "Sender (was) not authenticated for
  // group / mailbox / public folder", 5.7.1 "Delivery not authorized"), or the tenant's own recipient block list (5.7.703).
  // Sign-in and sending work. A bare 5.1.1 counts only after a reply code ("550 5.1.1"), not in a version number.
  pattern('smtp-recipient-rejected', 'smtp-submit', 3, [
    '(?<![\\d.])5[05]\\d[ -]5\\.1\\.1(?!\\d)', enhanced('5.1.10'), phrase('Bad destination mailbox address'), phrase('Recipient not found'),
    'RESOLVER\\.ADR\\.Recip(?:ient)?NotFound', phrase('Requested action not taken: mailbox unavailable'), phrase('User unknown'),
    enhanced('5.7.124'), phrase('Sender not in allowed-senders list'), phrase('Delivery not authorized'), enhanced('5.7.703'),
    phrase('tenant recipient block policy'),
    // Directory-Based Edge Blocking: "550 5.4.1 Recipient address rejected: Access denied" (German "Empfängeradresse abgelehnt:
    // Zugriff verweigert"), the recipient does not exist in the receiving tenant (support.microsoft.com "NDR error code 550
    // 5.4.1"); Postfix's "Recipient address rejected: …" likewise names the recipient — unless what follows is "Relay access
    // denied" (the client did not sign in: the relay rule).
    // Nor greylisting or Postfix's own configuration trouble behind the same words (the rules below).
    'Recipient address rejected(?![: ]{0,3}(?:Relay|Greylist|Server configuration problem|Username [^\\s]{1,254} and sender))', phrase('Empfängeradresse abgelehnt'),
    // Postfix's own delivery log: local(8)'s "status=bounced (unknown user: \"ewan\")" and any "dsn=5.1.1" (RFC 3463 X.1.1, bad
    // destination mailbox; development texts: 5 of 5 the recipient).
    '\\bdsn=5\\.1\\.1\\b', `${phrase('unknown user:')} ?"`,
    // Italian, as Microsoft's Italian article on 5.4.1 quotes the NDR: "550 5.4.1 Indirizzo del destinatario rifiutato: Accesso
    // negato" (support.microsoft.com/it-it/topic/…-c0e98a8e-81db-49c2-9bf1-32a1734d3e77).
    phrase('Indirizzo del destinatario rifiutato'),
    // Graph's sendMail with a recipient it cannot resolve: "At least one recipient is not valid., Recipient '…' is not resolved.
    // All recipients must be resolved before a message can be submitted" (Azure/Microsoft365R#119).
    phrase('All recipients must be resolved'), phrase('At least one recipient is not valid'),
    // Gmail refusing the message itself at the recipient's side: "550 5.7.1 Messages missing a valid messageId header are not
    // accepted" (as ossec-hids#2069 and a Magento mail-log module's comment quote Gmail's reply; Google's own list of SMTP errors
    // was not reachable here to confirm), and VPOP3's "550
    // 5.7.1 Recipient Prohibited (x)" of an SMTP rule rejecting the recipient (wiki.pscs.co.uk how_to:550_5.7.1_recipient_prohibited_x).
    phrase('Messages missing a valid messageId header'), phrase('Recipient Prohibited'),
    // RFC 3463 X.1.3 "Bad destination mailbox address syntax": Exchange's "501 5.1.3 Invalid address" for a recipient it cannot
    // parse (NLog/NLog#989 through System.Net.Mail; K-9 Mail's "501 5.1.3 Bad recipient address syntax").
    enhanced('5.1.3'),
  ], [p('recipient_rejected', 0.85)]),
  // A recipient that takes mail only from inside its organization (5.7.12, 5.7.133–5.7.136): a sender of another organization
  // is refused there, and so is an app of the same organization that sends without signing in (direct send) — Exchange's
  // RESOLVER.RST.SenderNotAuthenticatedFor… code says the latter (the not-authenticated rule above).
  pattern('smtp-recipient-internal-only', 'smtp-submit', 2, [
    enhanced('5.7.12'), phrase('Sender was not authenticated by organization'), '(?<![\\d.])5\\.7\\.13[3-6](?!\\d)',
    phrase('not authenticated for group'), phrase('was not authenticated for mailbox'), phrase('not authenticated for public folder'),
    // A mail-enabled public folder without CreateItems for Anonymous: "550 5.7.13 STOREDRV.AuthenticationRequiredForPublicFolder"
    // (learn.microsoft.com/troubleshoot/exchange/public-folders/cannot-send-emails-to-mail-enabled-public-folder: the folder's
    // permissions decide who may post).
    phrase('AuthenticationRequiredForPublicFolder'), enhanced('5.7.13'),
  ], [p('recipient_rejected', 0.6), p('not_authenticated', 0.5)]),
  // The receiving server refusing the message because the sender's domain failed SPF, DKIM or DMARC, or its IPv6 address has no
  // reverse DNS (its own rule, split from 'smtp-outbound-blocked'): the sending domain's records must pass — the catalogue's
  // SPF/DKIM/DMARC step, so the sender's side first. It is the recipient's server that refuses, and the development texts label
  // it so more often than not (the receiving side's DMARC/SPF wording: 5 of 6 the recipient), so that comes second rather than a
  // limit.
  pattern('smtp-sender-authentication-refused', 'smtp-submit', 3, [
    // The recipient's server refusing the sender's domain by its DMARC policy: Exchange Online's "550 5.7.509 Access denied,
    // sending domain <domain> does not pass DMARC verification and has a DMARC policy of reject." (its NDR list), Gmail's
    // "550 5.7.26 … sender is unauthenticated" / "Unauthenticated email from <domain> is not accepted due to domain's DMARC
    // policy" (support.google.com/mail/answer/2451690), mail.ru's "not accepted due to domain (…) owner DMARC policy",
    // qmail-dmarc's "554 Failed DMARC test": the sending domain's SPF/DKIM must pass (the catalogue's SPF/DKIM/DMARC step).
    enhanced('5.7.509'), phrase('does not pass DMARC verification'), enhanced('5.7.26'), phrase("is not accepted due to domain's"),
    phrase('owner DMARC policy'), phrase('Failed DMARC test'),
    // The same NDR table's SPF and reverse-DNS refusals: 5.7.23 "The message was rejected because of Sender Policy Framework
    // violation", 4.7.26 "… a message sent over IPv6 … must pass either SPF or DKIM validation", 5.7.25 "… the sending IPv6
    // address … must have a reverse DNS record".
    enhanced('5.7.23'), phrase('Sender Policy Framework violation'), enhanced('4.7.26'), phrase('must pass either SPF or DKIM validation'),
    enhanced('5.7.25'), phrase('must have a reverse DNS record'),
    // Other servers' SPF refusals: Zoho's "550 5.7.23 Sender's SPF Policy Failure", MailChannels' "550 5.7.1 [BFD] Sender
    // prohibited by SPF" (development texts).
    phrase("Sender's SPF Policy Failure"), phrase('Sender prohibited by SPF'), phrase('Unauthenticated email from'),
  ], [p('outbound_sender_blocked', 0.9), p('recipient_rejected', 0.5)]),
  // maddy's default configuration refuses mail from its own domains on the MX port (maddy.conf, the smtp endpoint on port 25:
  // source $(local_domains) { reject 501 5.1.8 "Use Submission for outgoing SMTP" }): the client sent to port 25 without signing
  // in; the submission port (587/465) with SMTP AUTH is the fix (development texts: 2 of 2, one through SnappyMail).
  pattern('smtp-use-submission', 'smtp-submit', 3, [phrase('Use Submission for outgoing SMTP')], [
    p('not_authenticated', 0.8), p('network_blocked', 0.35),
  ]),
  // Outbound spam protection: the tenant's sending IP or account is blocked (Exchange Online NDR list,
  // learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online).
  pattern('smtp-outbound-blocked', 'smtp-submit', 3, [
    enhanced('5.7.708'), phrase('traffic not accepted from this IP'), phrase('bad outbound sender'), enhanced('5.7.705'),
    // learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-1-8-in-exchange-online:
    // "550 5.1.8 Access denied, bad outbound sender" — "your account has been blocked for sending too much spam".
    // Not maddy's "501 5.1.8 Use Submission for outgoing SMTP" ('smtp-use-submission' below).
    `${enhanced('5.1.8')}(?![^\\n]{0,30}?Use Submission)`, phrase('blocked for sending too much spam'),
    enhanced('5.7.750'), phrase('tenant has exceeded threshold'), phrase('spam abuse detected'),
    // Outbound spam policy: 5.7.520 "Your organization does not allow external forwarding"
    // (learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding) and the
    // submission-side "STOREDRV.Submission.Exception:OutboundSpamException" of a restricted sender.
    enhanced('5.7.520'), phrase('does not allow external forwarding'), 'OutboundSpamException',
    // Outlook.com's rule for high-volume senders: "550 5.7.515 Access denied, sending domain <domain> does not meet the required
    // authentication level." (support.microsoft.com "Fix NDR error 550 5.7.515 in Outlook.com": SPF, DKIM and DMARC must pass;
    // the German NDR as a German page quotes it: "… erfüllt nicht das erforderliche Authentifizierungsniveau").
    enhanced('5.7.515'), phrase('does not meet the required authentication level'), phrase("doesn't meet the required authentication level"),
    phrase('erfüllt nicht das erforderliche Authentifizierungsniveau'),
    // Banned senders and sending IPs and the 5.1.8 NDR's wording ("Email non-delivery reports and SMTP errors in
    // Exchange Online", MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md:
    // 5.7.501 "Access denied, spam abuse detected", 5.7.502/503/511 "Access denied, banned sender",
    // 5.7.606-649 "Access denied, banned sending IP").
    enhanced('5.7.501'), enhanced('5.7.502'), enhanced('5.7.503'), enhanced('5.7.511'), '(?<![\\d.])5\\.7\\.6[0-4]\\d(?!\\d)',
    phrase('banned sending IP'), phrase('banned sender'), phrase('not recognized as a valid sender'), phrase('suspected of sending spam'),
    // The same NDR page: "554 5.7.1 Service unavailable; Client host [IP] blocked using …" and "5.7.350 … detected as spam";
    // Outlook.com's "messages from [IP] weren't sent … part of their network is on our block list (AS3140)"; other
    // servers' "Sender IP … is blacklisted".
    'Client host \\[[^\\]\\s]{1,60}\\] blocked', phrase('detected as spam'),
    // Comcast's ES000001 bounce: "You have been blocked from sending to the Comcast network because we have determined that you
    // are sending email from a dynamic/residential IP address" (es.xfinity.com/support/articles/email-errors, a development text).
    phrase('You have been blocked from sending'), 'dynamic/residential IP',
    // Postfix's reject_rbl_client reply names the block list ("Service unavailable; Client host [IP] blocked using
    // zen.spamhaus.org", postfix smtpd_check.c "%s [%s] blocked using %s"); other servers shorten it ("client [IP] blocked
    // using zen.spamhaus.org", a development text from nodemailer).
    '\\bblocked using [a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,6}\\b', phrase('is on our block list'),
    // A receiving server's short reply "This IP [77.68.x.x] is blocked." (gophish/gophish#2659: the sending IP was blocked).
    'This IP \\[[^\\]\\s]{1,60}\\] is blocked',
    // Other servers' content filter: "571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)" (the German hoster
    // bytecamp.net's FAQ on delivery errors, www.bytecamp.net/de/faq/email/zustellen.html).
    phrase('classified as spam'), phrase('als Spam eingestuft'),
    // Not an IMAP server's geo block of a login ("NO [ALERT] LOGIN DENIED -- COUNTRY IS BLACKLISTED", imapsync's FAQ.OnlineUI;
    // imap-login-country-blocked reads that); GMX's "IP address is block listed" (two words) is one.
    '(?<!\\bcountry )is blacklisted', phrase('is block listed'),
    // A receiving server refusing a sending IP without reverse DNS: 1&1 / IONOS's "554-No SMTP service 554-Bad DNS PTR resource
    // record. … help.1and1.com/smtp-error-messages" (as an Exchange NDR quotes it, pastebin.com/rgjcnYmZ).
    phrase('Bad DNS PTR resource record'),
    // Outlook.com's own refusal codes, alone in a relay's log ("host mx1.hotmail.com[…] said: 550 SC-001") or in brackets after
    // 5.7.1 ("… on our block list (OU-002)"): SC-00x "Mail rejected by Outlook.com for policy reasons", DY-00x, OU-00x a
    // blocked sending IP (the codes of Outlook.com's postmaster troubleshooting page mail.live.com/mail/troubleshooting.aspx, which
    // the bounces link; knowledge.broadcom.com article 158195 quotes one). The page itself is not stored here: wording unconfirmed.
    '\\b55\\d (?:SC|DY|OU)-00\\d\\b', '\\((?:SC|DY|OU)-00\\d\\)',
  ], [p('outbound_sender_blocked', 0.95), p('throttled', 0.3)]),
  // 4.7.500-699 and 4.7.850-899 "Access denied, please try again later", also cut off after "Access denied": IP throttling
  // (graylisting) of a sending server whose volume changed a lot; it lifts by itself as the sending history builds up, or at
  // once with a connector from the organization's own mail server. A restricted sender is the second reading.
  // learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online
  pattern('smtp-4.7.5xx-restricted', 'smtp-submit', 3, ['(?<![\\d.])4\\.7\\.(?:[56]\\d\\d|8[5-9]\\d)(?!\\d)[^]{0,40}?Access denied'], [
    p('throttled', 0.85), p('outbound_sender_blocked', 0.5),
  ]),
  // Exchange Online's own failure after accepting the message: 550 5.7.103 "UserMailboxSentItemsAgent; Sent items copy failed due
  // to a permanent error", whose NDR says "This message couldn't be delivered to a group mailbox. Though this is likely a temporary
  // service error … an Office 365 service technician" (an NDR pasted at pastebin.com/jXWmz90k). Microsoft's NDR page list has no
  // 5.7.103 article (not confirmed beyond the NDR's own words): the service's fault, not the sender's set-up.
  pattern('exo-5.7.103-service-error', 'smtp-submit', 3, [
    'UserMailboxSentItemsAgent', phrase('Sent items copy failed due to a permanent error'),
    `${phrase("couldn't be delivered to a group mailbox")}[^]{0,40}?${phrase('likely a temporary service error')}`,
  ], [p('unexpected_server_reply', 0.7)]),
];

/** Limits and transient server states. */
const SMTP_THROTTLE: readonly Rule[] = [
  // EWS and IMAP say it in words: "You have exceeded the available concurrent connections for your account."
  pattern('smtp-4.3.2-concurrent', 'throttle', 3, [
    phrase('concurrent connections limit exceeded'), `${enhanced('4.3.2')}(?! ?Internal server error)`, phrase('exceeded the available concurrent connections'),
    // EWS's wording of the same store limit: "Too many concurrent connections opened., Cannot open mailbox. Server = …"
    // (OfficeDev/ews-managed-api#256, gautamsi/ews-javascript-api#357, mustang-im/mustang#94) — the mailbox opens again once
    // the client holds fewer connections; its "Cannot open mailbox" is no missing right.
    phrase('Too many concurrent connections opened'),
  ], [
    p('throttled', 0.92),
  ]),
  pattern('smtp-quota', 'throttle', 3, [
    // 5.1.90 "… you've reached your daily limit for message recipients" is the recipient rate limit (Microsoft's NDR table).
    // "SubmissionQuota" alone: the code is often cut off after it ("STOREDRV.Submission.Exception:SubmissionQuotaEx…").
    'SubmissionQuota', phrase('Submission quota exceeded'), phrase('sending quota exceeded'), enhanced('5.1.90'),
    phrase('daily limit for message recipients'), phrase('rate limit exceeded'), phrase('message rate limit'),
    phrase('recipient rate limit'), phrase('sending limit'), phrase('Message submission rate'), phrase('exceeded the configured limit'),
    // The same table: 5.2.121/5.2.122 "Recipient's per hour message receive limit (from specific sender) exceeded" (an automated
    // sender mailing one recipient too often) and 5.7.508 "… has exceeded permitted limits within … range" (IPv6 senders).
    enhanced('5.2.121'), enhanced('5.2.122'), phrase('per hour message receive limit'), enhanced('5.7.508'), phrase('has exceeded permitted limits'),
    // Outlook.com's "421 RP-001 … Unfortunately, some messages from [IP] weren't sent. Please try again. We have limits for how
    // many messages can be sent per hour and per day." (the reply states the reason; as logged in postfix queues, e.g.
    // pastebin.com/dW4JrGn7).
    phrase('limits for how many messages can be sent'),
    // cPanel/Exim hosting's hourly cap on outgoing mail, as Exim logs the discarded message: "Domain <domain> has exceeded the
    // max emails per hour (500/500 (100%)) allowed. Message discarded." (pastebin.com/sKkVeT1U; cPanel's "Max hourly emails
    // per domain" setting), and its cap on failed or deferred messages, "… has exceeded the max defers and failures per hour
    // (5/5 (100%)) allowed" (cPanel's support article 360049231233, "The exceeded the max defers and failures per hour message").
    phrase('has exceeded the max emails per hour'), phrase('exceeded the max defers and failures per hour'),
    // Microsoft's receiving side limiting a sending server: "451 4.7.650 The mail server [IP] has been temporarily rate limited
    // due to IP reputation" (as logged in postfix queues, pastebin.com/aW9rxeVy; sisimai/p5-sisimai#469) and "451 4.7.652 The
    // mail server [IP] has exceeded the maximum number of connections" (postfix-users, 2020): "Fix error code 451 4.7.500-699
    // (ASxxx) in Exchange Online" names the range.
    enhanced('4.7.650'), enhanced('4.7.652'), phrase('has been temporarily rate limited'), phrase('has exceeded the maximum number of connections'),
    // A provider's or gateway's own cap on outgoing mail: "554 5.7.1 <…>: Recipient address rejected: You have exceeded your
    // Outmail quota" (Prolateral's outMail, its article "What does SMTP 554 5.7.1 mean"), Sophos Email's "554 5.7.28 Mail flood
    // detected" (its community article on outbound mail bounced with it).
    `${phrase('exceeded your')} ?(?:outmail|sending|outgoing|outbound|daily|hourly|message|email|mail) ?quota`, phrase('Mail flood detected'),
  ], [p('throttled', 0.88)]),
  // A server refusing one more connection ("421 Too many concurrent SMTP connections from this IP address; please try again
  // later", "SMTPConnectError: (421, b'Too many connections')", Exchange's "421 4.3.2 The maximum number of concurrent
  // connections has exceeded a limit"): a limit, not a network that is in the way — the client library's "could not connect"
  // around it gives way (development texts naming too many connections: 12 of 12 fixed by sending fewer at once).
  pattern('smtp-too-many-connections', 'throttle', 3, [String.raw`\btoo many (?:concurrent |simultaneous |open )?(?:SMTP |IMAP |POP3? )?connections\b`], [
    p('throttled', 0.85),
  ]),
  // "451 4.7.500 Server busy. Please try again later from [IP]. (S77719)" (as logged in gitlab.com/lightmeter/controlcenter
  // issue 319, with Microsoft's "Fix error code 451 4.7.500-699 (ASxxx) in Exchange Online"), also cut off before "later".
  // Not the EWS scripts' own function names ("ERROR (ThrottledFolderBind): … (401) Unauthorized", David-Barrett-MS/PowerShell-EWS-Scripts)
  // nor their start-up line "Office 365 mailbox, throttling delay set to 100ms" (a setting, not a refusal).
  pattern('throttled-word', 'throttle', 2, ['throttl(?!ed(?:Folder|Item)Bind)(?!ing delay set to)', phrase('too many requests'), phrase('try again later'), phrase('Server busy')], [p('throttled', 0.6)]),
  // A server locking out a client after failed logins: "535 5.7.0 (#AUTH005) Too many bad auth attempts" (Yahoo's and AOL's
  // submission servers; jgyates/genmon#452: wait, then sign in with the right password), "too many failed login attempts".
  pattern('auth-attempts-limit', 'throttle', 3, ['\\b[Tt]oo many (?:bad|failed|invalid|unsuccessful) (?:auth(?:entication)?|login|sign-?in) attempts'], [
    p('throttled', 0.65), p('smtp_auth_failed_generic', 0.4),
  ]),
  // Not Postfix's own "dsn=4.7.0, status=deferred (SASL authentication failed; …)": the status Postfix gives its failed SASL
  // sign-in, not a reply of the server (a server's 4.7.0 is quoted after "said:" and matches there).
  pattern('smtp-4.7.0-temporary', 'throttle', 1, [`(?<!dsn=)${enhanced('4.7.0')}`, phrase('temporary server error'), phrase('service not available')], [
    p('throttled', 0.45),
  ]),
  // A server's own temporary failure, not a limit the client hit: "451 4.4.4 Temporary server error. Please try again later
  // ATTR3" (Kerio's article "Unable to Email O365 Domain due to SMTP Error 451 4.4.4 Temporary Server Error": Microsoft's end
  // for some sending subnets), Exchange Online's "421 4.7.0 … Exchange Online is temporarily unavailable" and EWS's "(503)
  // Service Unavailable" (OfficeDev/ews-java-api#701). The server's side first (an outage or the host the client reached: the
  // development texts with these words, 4 of 5), a limit to wait out second.
  pattern('server-temporary-failure', 'throttle', 2, [
    // Not the front end's PRXn deferrals (a mailbox setting or a hybrid connector: the PRX4 and hybrid rules).
    `${phrase('Temporary server error')}(?![^\\n]{0,40}\\bPRX\\d)`, phrase('Exchange Online is temporarily unavailable'), '\\(503\\) ?Service Unavailable',
  ], [p('unexpected_server_reply', 0.45), p('throttled', 0.35)]),
];

/** TLS-related SMTP replies (the rest of TLS is in patterns-network.ts). */
const SMTP_TLS: readonly Rule[] = [
  pattern('smtp-4.7.66-old-tls', 'tls', 3, [enhanced('4.7.66'), phrase('TLS 1.0 and 1.1 are not supported')], [p('tls_problem', 0.97)]),
  // Exchange Online also answers a MAIL FROM before STARTTLS with "5.7.3 STARTTLS is required to send mail"
  // (the 5.7.3 code of a refused sign-in, reused): the words decide.
  // The same reply in the clients' and servers' other languages ("451 5.7.3 发送邮件需要 STARTTLS" from 21Vianet).
  pattern('smtp-starttls-first', 'tls', 3, [
    // "(Must) issue a STARTTLS command first" — with or without "Must" (Postfix, Exchange, older servers).
    phrase('issue a STARTTLS command first'), phrase('STARTTLS is required to send mail'),
    '(?:需要|erforderlich|requis|requerido|necessario|nodig) ?STARTTLS', 'STARTTLS ?(?:需要|erforderlich|requis|requerido)',
    // The code with STARTTLS in any language around it ("451 5.7.3 必须先发出 STARTTLS 命令" in Microsoft's Chinese TLS
    // article). (Exchange's other 451 5.7.3, "Cannot achieve Exchange Server authentication", is a hybrid connector's.)
    '(?<![\\d.])451[ -]5\\.7\\.3\\b[^\\n]{0,40}?\\bSTARTTLS\\b',
  ], [p('tls_problem', 0.85)]),
  pattern('smtp-auth-not-offered', 'tls', 2, [phrase('SMTP AUTH extension not supported'), phrase('authentication not supported')], [
    p('tls_problem', 0.5),
  ]),
];

/** Every SMTP rule. */
export const SMTP_RULES: readonly Rule[] = [...SMTP_AUTH, ...SMTP_SUBMIT, ...SMTP_THROTTLE, ...SMTP_TLS];
