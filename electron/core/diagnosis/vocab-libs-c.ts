/**
 * Mail libraries' own sentences that the other library vocabularies (patterns-libraries.ts, vocab-mail-libraries*.ts,
 * vocab-mail-runtimes.ts, vocab-relay-clients.ts, vocab-unix-clients.ts) did not know yet: Go's go-mail and go-imap,
 * Rust's lettre (with rustls's certificate text), node-imap, imap_tools, Ruby's Net::SMTP, Net::IMAP and the mail gem,
 * Angus/Jakarta Mail (SMTP, IMAP and POP3 texts not yet known) and MailKit's IMAP sign-in texts. Only texts read in the
 * libraries' own source are here; each group cites its files. None of these libraries translates its messages, so all
 * are English.
 *
 * Exchange Online offers AUTH on smtp.office365.com:587 only after STARTTLS (then LOGIN and XOAUTH2), and its IMAP
 * on port 143 lists LOGINDISABLED until STARTTLS: a library that "sees no AUTH" or "may not log in" did not start TLS.
 *
 * A sentence that wraps the server's reply gives way to that reply (`yieldsTo`); alone it stays weak. A sentence that
 * is the only text names its cause by itself.
 *
 * Checked with decode() and read right already (so not listed): go-mail's "SMTP AUTH failed: 535 …", "sending SMTP MAIL
 * FROM command: 530 5.7.57 …" and "smtp: EHLO/HELO exchange failed … EOF"; gomail's "gomail: could not send email 1: …"
 * and "gomail: unencrypted connection"; go-imap's "imap: NO AUTHENTICATE failed."; lettre's "permanent error (535): …",
 * "STARTTLS is not supported on this server", "network error: …" and "tls error: <OpenSSL reason>"; the imap crate's
 * "No Response: …" and "StartTls is not available on the server"; async-imap's "no response: code: None, info:
 * Some(\"AUTHENTICATE failed.\")"; node-imap's timeouts; imap-simple's ConnectionTimeoutError; IMAPClient's LoginError and
 * CapabilityError; yagmail's "STARTTLS failed: …"; Net::SMTP's "could not get 3xx (535: …)"; Mail::IMAPClient's "Unable
 * to connect to …" and "Unable to start TLS: …"; Jakarta Mail's "STARTTLS is required but host does not support STARTTLS",
 * "No authentication mechanisms supported by both server and client"; MailKit's "No compatible authentication mechanisms
 * found.".
 *
 * Not here: gomail's "wrong host name" (its Dialer passes the same host to both sides, so it does not occur), lettre's
 * "Unrecognized challenge" / "Unexpected number of challenges", Net::SMTP's "wrong authentication type xoauth2" and
 * Authen::SASL's "No SASL mechanism found" (a missing XOAUTH2 plug-in of the library — no category names that), go-sasl's
 * OAUTHBEARER error (Exchange Online offers XOAUTH2 only); FluentEmail and red-mail add no text of their own (they pass
 * on System.Net.Mail's, MailKit's or smtplib's message); Limilabs Mail.dll, Aspose.Email and Chilkat: no error wording of
 * their own for Microsoft 365 was read in their documentation in this session.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Go: wneessen/go-mail (commit 46f4d6f7) auth.go (ErrPlainAuthNotSupported … ErrNoSupportedAuthDiscovered: "server does
 * not support SMTP AUTH type: <MECH>", "SMTP Auth autodiscover was not able to detect a supported authentication
 * mechanism") and client.go auth() ("server does not support SMTP AUTH" when the EHLO reply has no AUTH; tls(): "STARTTLS
 * mode set to: %q, but target host does not support STARTTLS"; DialAndSend wraps them in "dial failed: …").
 * Autodiscover drops PLAIN and LOGIN on an unencrypted connection, so it too fails before STARTTLS.
 * emersion/go-imap v2 (commit f4383550) imapclient/client.go ("connection closed before greeting").
 */
const GO: readonly Rule[] = [
  // No AUTH in the EHLO reply: TLS policy NoTLS (or the MX host instead of smtp.office365.com).
  pattern('go-mail-no-smtp-auth', 'tls', 2, [`${phrase('server does not support SMTP AUTH')}(?! ?type)`], [
    p('tls_problem', 0.6), p('basic_auth_used', 0.2),
  ]),
  pattern('go-mail-autodiscover', 'tls', 2, [phrase('SMTP Auth autodiscover was not able to detect a supported authentication mechanism')], [
    p('tls_problem', 0.6), p('smtp_auth_failed_generic', 0.25),
  ]),
  // AUTH listed, but not the configured mechanism: Exchange Online offers only LOGIN and XOAUTH2.
  pattern('go-mail-mechanism-not-offered', 'smtp-auth', 2, [
    `${phrase('server does not support SMTP AUTH type:')} ?(?:PLAIN|CRAM-MD5|NTLM|SCRAM-SHA-(?:1|256)(?:-PLUS)?)\\b`,
  ], [p('smtp_auth_failed_generic', 0.5), p('tls_problem', 0.3)]),
  // XOAUTH2 not listed: not Exchange Online's submission endpoint (another host or relay), or AUTH before STARTTLS.
  pattern('go-mail-xoauth2-not-offered', 'smtp-auth', 2, [`${phrase('server does not support SMTP AUTH type:')} ?XOAUTH2\\b`], [
    p('unexpected_server_reply', 0.45), p('tls_problem', 0.35),
  ]),
  pattern('go-mail-no-starttls', 'tls', 3, [`${phrase('STARTTLS mode set to:')} ?"?[A-Za-z]{1,30}"?, ?${phrase('but target host does not support STARTTLS')}`], [
    p('tls_problem', 0.65), p('unexpected_server_reply', 0.25),
  ]),
  // The server closed before its greeting: most often plain text against port 993 (or TLS against 143).
  pattern('go-imap-closed-before-greeting', 'network', 1, [phrase('connection closed before greeting')], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Rust: lettre/lettre (commit fa402db5) src/transport/smtp/error.rs (Display: "tls error: <source>") and rustls's
 * Error Display "invalid peer certificate: <reason>" (rustls src/error.rs, read as code-search excerpts; lettre with the
 * rustls feature shows it after "tls error:").
 */
const RUST: readonly Rule[] = [
  pattern('rustls-invalid-peer-certificate', 'tls', 2, [`${phrase('invalid peer certificate:')} ?[A-Za-z]`], [p('tls_problem', 0.75)]),
];

/**
 * Node: mscdex/node-imap (the npm package "imap", commit 9918f08b) lib/Connection.js connect(): "Logging in is disabled
 * on this server" (LOGINDISABLED and autotls not 'always' — Exchange lists it on port 143 before STARTTLS), "No
 * supported authentication method(s) available. Unable to login." (neither a password nor an xoauth2 token configured,
 * or AUTH=XOAUTH2 not offered), and _resUntagged(): "Received negative welcome: <text>" (the greeting was NO/BAD).
 */
const NODE_IMAP: readonly Rule[] = [
  pattern('node-imap-login-disabled', 'tls', 3, [phrase('Logging in is disabled on this server')], [
    p('tls_problem', 0.65), p('imap_auth_failed_generic', 0.2),
  ]),
  pattern('node-imap-no-auth-method', 'client', 3, [phrase('No supported authentication method(s) available. Unable to login')], [
    p('not_authenticated', 0.55), p('tls_problem', 0.3),
  ]),
  pattern('node-imap-negative-welcome', 'imap', 1, [phrase('Received negative welcome:')], [
    p('unexpected_server_reply', 0.4), p('imap_disabled_or_not_connected', 0.25),
  ], { yieldsTo: ['server-reply'] }),
];

/** Python: ikvk/imap_tools (commit f2290be3) imap_tools/mailbox.py MailBoxStartTls: refuses port 993 (implicit TLS). */
const PYTHON: readonly Rule[] = [
  pattern('imap-tools-port-993', 'tls', 3, [phrase('Port 993 requires IMAP4_SSL')], [p('tls_problem', 0.8)]),
];

/**
 * Ruby: ruby/net-smtp (commit a0075eb8) lib/net/smtp/authenticator.rb ("SMTP-AUTH requested but missing user name" /
 * "… missing secret phrase": authentication set, credentials empty — e.g. Rails' smtp_settings without the password);
 * ruby/net-imap (commit 7cc1dd0a) lib/net/imap/errors.rb LoginDisabledError "Remote server has disabled the LOGIN
 * command" and lib/net/imap/sasl/xoauth2_authenticator.rb ("missing oauth2_token"); mikel/mail lib/mail/network/
 * delivery_methods/smtp.rb and retriever_methods/imap.rb (STARTTLS and implicit TLS both switched on).
 */
const RUBY: readonly Rule[] = [
  pattern('ruby-smtp-missing-credentials', 'client', 3, [
    phrase('SMTP-AUTH requested but missing user name'), phrase('SMTP-AUTH requested but missing secret phrase'),
  ], [p('not_authenticated', 0.65)]),
  pattern('ruby-imap-login-disabled', 'tls', 3, [phrase('Remote server has disabled the LOGIN command')], [
    p('tls_problem', 0.65), p('imap_auth_failed_generic', 0.2),
  ]),
  pattern('ruby-imap-missing-token', 'client', 3, [phrase('missing oauth2_token')], [p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.35)]),
  pattern('mail-gem-tls-exclusive', 'tls', 3, [phrase(':enable_starttls and :tls are mutually exclusive'), phrase(':enable_starttls and :enable_ssl are mutually exclusive')], [
    p('tls_problem', 0.75),
  ]),
];

/**
 * Angus/Jakarta Mail (eclipse-ee4j/angus-mail, commit eca8e08b): providers/smtp/…/SMTPTransport.java openServer()
 * ("Could not start protocol to SMTP host: <host>, port: <port>, response: <code>" — no 220 greeting; -1 = the
 * connection closed first); providers/imap/…/IMAPStore.java login() ("No login methods supported!" — no usable AUTH= and
 * LOGINDISABLED: port 143 without mail.imap.starttls.enable); providers/pop3/…/POP3Store.java protocolConnect() ("STLS
 * required but not supported" / "STLS required but failed").
 */
const JAKARTA: readonly Rule[] = [
  pattern('jakarta-smtp-no-greeting', 'network', 2, [`${phrase('Could not start protocol to SMTP host:')} ?[^\\n]{0,255}?${phrase('response:')} ?-1\\b`], [
    p('network_blocked', 0.45), p('tls_problem', 0.4),
  ], { yieldsTo: ['tls'] }),
  pattern('jakarta-smtp-bad-start', 'network', 1, [`${phrase('Could not start protocol to SMTP host:')}(?![^\\n]{0,255}?${phrase('response:')} ?-1\\b)`], [
    p('unexpected_server_reply', 0.4), p('network_blocked', 0.35),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('jakarta-imap-no-login-methods', 'tls', 3, [phrase('No login methods supported!')], [
    p('tls_problem', 0.6), p('imap_auth_failed_generic', 0.25),
  ]),
  pattern('jakarta-pop3-stls', 'tls', 3, [phrase('STLS required but not supported'), phrase('STLS required but failed')], [
    p('tls_problem', 0.65), p('network_blocked', 0.2),
  ]),
  // POP3 with no reply where one was due (the server closed the connection, or the write timed out): Angus Mail's Protocol
  // dereferences the missing response — "Cannot read field "ok" because "this.resp" is null" (a NullPointerException; eclipse-ee4j/
  // angus-mail#20, PR #21 "POP3 Protocol error handling can throw NPE"; eclipse-ee4j/angus-mail#164 against outlook.office365.com:995).
  pattern('jakarta-pop3-no-response', 'client', 3, [`${phrase('Cannot read field "ok" because "this.resp" is null')}`], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.35),
  ]),
];

/**
 * MailKit (jstedfast/MailKit, commit d1f7aa76) MailKit/Net/Imap/ImapClient.cs CheckCanLogin() ("The LOGIN command is
 * disabled." — LOGINDISABLED, i.e. SecureSocketOptions.None on port 143) and Authenticate(ICredentials) ("No credentials
 * could be found for the IMAP server." / "… POP3 server."); MailKit/Net/Proxy/Socks5Client.cs ("Failed to authenticate
 * with SOCKS5 proxy server.").
 */
const MAILKIT: readonly Rule[] = [
  pattern('mailkit-login-disabled', 'tls', 3, [phrase('The LOGIN command is disabled.')], [p('tls_problem', 0.65), p('imap_auth_failed_generic', 0.2)]),
  pattern('mailkit-no-credentials', 'client', 3, [phrase('No credentials could be found for the IMAP server'), phrase('No credentials could be found for the POP3 server')], [
    p('not_authenticated', 0.65),
  ]),
  pattern('mailkit-socks5-auth', 'network', 3, [phrase('Failed to authenticate with SOCKS5 proxy server')], [p('network_blocked', 0.75)]),
  // The TLS mode does not fit the port in the Connect() call the text quotes: SecureSocketOptions.StartTls ("Elevates the
  // connection to use TLS encryption immediately after reading the greeting and capabilities of the server", MailKit's
  // SecureSocketOptions.cs) on a port that starts with TLS (465, 993, 995: RFC 8314 implicit TLS) waits for a greeting the
  // server never sends in clear, until the timeout; SslOnConnect on 587, 143 or 110 sends a TLS hello to a server that
  // speaks plain text first (MailKit #972: Pop3Client on outlook.office365.com:995 with StartTls hung "after 2 minutes").
  // The timeout's own sentence, where quoted, still counts for the network, so this comes first or second.
  pattern('mailkit-tls-mode-port', 'tls', 3, [
    '\\b(?:465|993|995) ?, ?(?:MailKit\\.Security\\.)?SecureSocketOptions\\.StartTls\\b',
    '\\b(?:587|143|110) ?, ?(?:MailKit\\.Security\\.)?SecureSocketOptions\\.SslOnConnect\\b',
  ], [p('tls_problem', 0.85)], { flags: '' }),
];

/** Every rule of this file (patterns.ts). */
export const LIBS_C_VOCABULARY_RULES: readonly Rule[] = [...GO, ...RUST, ...NODE_IMAP, ...PYTHON, ...RUBY, ...JAKARTA, ...MAILKIT];
