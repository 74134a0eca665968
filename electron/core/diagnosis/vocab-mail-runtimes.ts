/**
 * What language runtimes and relays say about a mail connection, besides patterns-libraries.ts:
 * Python's smtplib/imaplib/ssl, .NET System.Net.Mail (SmtpException, SmtpStatusCode names), Go's
 * net/smtp, Ruby's Net::SMTP, msmtp, Postfix's smtp client, the sasl-xoauth2 plugin's log lines and Email OAuth 2.0 Proxy's
 * reasons. Each group cites its source.
 * Exceptions that only name the SMTP step (SMTPSenderRefused, SMTPRecipientsRefused, SMTPDataError,
 * MailboxUnavailable, TransactionFailed) stay weak: the server reply they carry decides.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Python (python/cpython Lib/smtplib.py, Lib/imaplib.py, Modules/_ssl.c reason names). */
const PYTHON: readonly Rule[] = [
  // smtplib.starttls(): SMTPNotSupportedError("STARTTLS extension not supported by server."); login():
  // SMTPException("No suitable authentication method found.") — Exchange offers AUTH only after STARTTLS.
  pattern('py-starttls-not-supported', 'tls', 2, [phrase('STARTTLS extension not supported by server')], [p('tls_problem', 0.6)]),
  pattern('py-no-auth-method', 'tls', 2, [phrase('No suitable authentication method found')], [
    p('tls_problem', 0.5), p('basic_auth_used', 0.3),
  ]),
  // SMTPServerDisconnected("please run connect() first") / SMTPConnectError: the connection is gone or never came up.
  pattern('py-smtp-disconnected', 'network', 1, [phrase('please run connect() first'), 'SMTPServerDisconnected'], [
    p('network_blocked', 0.35), p('tls_problem', 0.2),
  ]),
  pattern('py-smtp-connect-error', 'network', 2, ['SMTPConnectError'], [p('network_blocked', 0.6)]),
  // SMTPSenderRefused (MAIL FROM), SMTPRecipientsRefused (RCPT TO, every recipient refused), SMTPDataError (DATA): the reply
  // inside decides. Alone, RCPT TO refused is the recipient first (FeeiCN/Cobra#377: "(550, 'Mailbox not found or access
  // denied')"), then a client that sent without signing in (relaying refused at RCPT TO).
  pattern('py-smtp-step-refused', 'smtp-submit', 1, ['SMTPSenderRefused', 'SMTPDataError'], [
    p('send_as_denied', 0.3), p('not_authenticated', 0.25),
  ]),
  pattern('py-smtp-recipients-refused', 'smtp-submit', 1, ['SMTPRecipientsRefused'], [
    p('recipient_rejected', 0.3), p('not_authenticated', 0.25),
  ]),
  // imaplib.IMAP4.abort("socket error: EOF") — the server or something between closed the connection.
  // imaplib's state check: "command LIST illegal in state NONAUTH, only allowed in states AUTH, SELECTED" — the client went on
  // although its LOGIN/AUTHENTICATE did not succeed (offlineimap3#187: XOAUTH2 against outlook.office365.com; aioimaplib
  // and imaplib2 carry the same sentence). An IMAP sign-in that failed, the reply of which was swallowed.
  pattern('py-imap-nonauth', 'imap', 2, ['\\billegal in state NONAUTH\\b'], [p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.3)]),
  // The same check in a state after the sign-in ("command SEARCH illegal in state AUTH, only allowed in states SELECTED",
  // home-assistant/core#90750): the client sent a command before SELECT — its own protocol order, or a server that dropped
  // the selected folder.
  pattern('py-imap-wrong-state', 'imap', 2, ['\\billegal in state (?:AUTH|SELECTED|LOGOUT)\\b'], [p('unexpected_server_reply', 0.55), p('network_blocked', 0.25)]),
  // imaplib's abort: the server closed the connection in the middle of a command ("command: FETCH => socket error: EOF"). The
  // server's side first — it dropped the session on a command (a large FETCH or APPEND, an idle limit) — the network second
  // (development texts with "socket error: EOF": the server 3 of 5, the network 1, TLS 1).
  pattern('py-imap-abort', 'network', 2, [phrase('socket error: EOF'), 'IMAP4\\.abort'], [
    p('unexpected_server_reply', 0.45), p('network_blocked', 0.4), p('tls_problem', 0.25),
  ]),
  // ssl module: SSLEOFError "EOF occurred in violation of protocol" / OpenSSL 3 UNEXPECTED_EOF_WHILE_READING
  // (a middlebox or the server dropped the TLS session), SSLZeroReturnError (TLS closed cleanly mid-exchange),
  // and OpenSSL reason names as Python prints them ([SSL: CERTIFICATE_VERIFY_FAILED], [SSL: WRONG_VERSION_NUMBER],
  // [SSL: TLSV1_ALERT_PROTOCOL_VERSION]).
  pattern('py-ssl-eof', 'tls', 2, [phrase('EOF occurred in violation of protocol'), 'UNEXPECTED_EOF_WHILE_READING', 'SSLEOFError', 'SSLZeroReturnError'], [
    p('tls_problem', 0.65), p('network_blocked', 0.3),
  ]),
  pattern('py-ssl-reason', 'tls', 3, ['\\bCERTIFICATE_VERIFY_FAILED\\b', '\\bWRONG_VERSION_NUMBER\\b', '\\bTLSV1_ALERT_PROTOCOL_VERSION\\b'], [
    p('tls_problem', 0.88),
  ], { flags: '' }),
];

/**
 * .NET System.Net.Mail: SmtpStatusCode names as SmtpException.StatusCode prints them
 * (learn.microsoft.com/dotnet/api/system.net.mail.smtpstatuscode) and the SmtpException texts of
 * dotnet/runtime src/libraries/System.Net.Mail/src/Resources/Strings.resx ("Mailbox unavailable. The
 * server response was: …", "Transaction failed. …", "Syntax error, command unrecognized. …").
 */
const DOTNET: readonly Rule[] = [
  // 530 is MustIssueStartTlsFirst to .NET, but Exchange answers 530 5.7.57 for a client that did not sign in.
  pattern('dotnet-status-530', 'smtp-submit', 1, ['\\bMustIssueStartTlsFirst\\b'], [p('not_authenticated', 0.4), p('tls_problem', 0.35)]),
  pattern('dotnet-status-454', 'smtp-auth', 1, ['\\bClientNotPermitted\\b'], [p('smtp_auth_failed_generic', 0.35), p('throttled', 0.2)]),
  pattern('dotnet-status-submit', 'smtp-submit', 1, [
    '\\bMailboxUnavailable\\b', phrase('Mailbox unavailable. The server response was'), '\\bTransactionFailed\\b',
    phrase('Transaction failed. The server response was'),
  ], [p('send_as_denied', 0.25), p('outbound_sender_blocked', 0.15)]),
  // GeneralFailure (-1): no SMTP reply at all — the host was not found or the connection failed.
  pattern('dotnet-status-general', 'network', 2, ['\\bGeneralFailure\\b'], [p('network_blocked', 0.55), p('tls_problem', 0.2)]),
  pattern('dotnet-command-unrecognized', 'network', 1, ['\\bCommandUnrecognized\\b', phrase('Syntax error, command unrecognized')], [
    p('unexpected_server_reply', 0.35), p('tls_problem', 0.2),
  ]),
  // The same refusal with an empty reply while connecting ("Syntax error, command unrecognized. The server response was:" and
  // nothing after it, or straight into SmtpConnection.ConnectAndHandshake): what answered was no SMTP greeting — the port is
  // wrong (Microsoft's Dynamics 365 article KB 4092733, "An unknown error occurred while sending the email message": correct the
  // outgoing port, e.g. 587 for STARTTLS; System.Net.Mail speaks no implicit TLS, so 465 answers it with TLS bytes).
  pattern('dotnet-command-unrecognized-on-connect', 'network', 2, [
    `${phrase('Syntax error, command unrecognized. The server response was:')}[ \\t]*(?:\\r?\\n|$|at System\\.Net\\.Mail\\.SmtpConnection\\.ConnectAndHandshake)`,
  ], [p('unexpected_server_reply', 0.6), p('tls_problem', 0.35)]),
  // German .NET Framework language pack: "Fehler beim Senden von Mail." = "Failure sending mail." (a wrapper, weak;
  // the wording as German users quote it — not confirmed against the language pack itself in this session).
  pattern('dotnet-de-failure-sending', 'network', 1, [phrase('Fehler beim Senden von Mail')], [p('network_blocked', 0.3), p('tls_problem', 0.2)]),
];

/**
 * Ruby: ruby/net-smtp lib/net/smtp.rb (Net::SMTP#do_start raises SMTPUnsupportedCommand "STARTTLS is not supported on
 * this server"; the same words are Rust lettre's client error), net-protocol's Net::OpenTimeout (the TCP connection did
 * not come up in time) and Net::ReadTimeout (no answer on an open connection — a server waiting for TLS first, or
 * something in between holding it). The classes GitLab, Redmine, Discourse and Zammad log.
 */
const RUBY: readonly Rule[] = [
  pattern('ruby-starttls-unsupported', 'tls', 2, [phrase('STARTTLS is not supported on this server')], [
    p('tls_problem', 0.6), p('network_blocked', 0.25),
  ]),
  pattern('ruby-open-timeout', 'network', 3, ['\\bNet::OpenTimeout\\b'], [p('network_blocked', 0.85)]),
  pattern('ruby-read-timeout', 'network', 2, ['\\bNet::ReadTimeout\\b'], [p('network_blocked', 0.55), p('tls_problem', 0.3)]),
  // Net::SMTPServerBusy is raised for any 4xx reply: the reply inside decides; alone it is a temporary refusal.
  pattern('ruby-smtp-server-busy', 'throttle', 1, ['\\bNet::SMTPServerBusy\\b'], [p('throttled', 0.45)]),
];

/** Go (golang/go src/net/smtp/smtp.go, auth.go; src/net lookup errors). */
const GO: readonly Rule[] = [
  // Client.Auth: "smtp: server doesn't support AUTH" — Exchange offers AUTH only after STARTTLS; another server (a local test
  // server, a relay without SASL) may offer none at all (a development text), so that comes second.
  pattern('go-smtp-no-auth', 'tls', 2, [phrase("smtp: server doesn't support AUTH")], [p('tls_problem', 0.6), p('unexpected_server_reply', 0.35)]),
  // PlainAuth's "unencrypted connection" is in patterns-libraries.ts.
  pattern('go-dns', 'network', 3, ['\\blookup [^\\s:]{1,255}(?: on [^\\s]{1,80})?: no such host\\b'], [p('network_blocked', 0.88)]),
  pattern('go-io-timeout', 'network', 2, [phrase('i/o timeout')], [p('network_blocked', 0.7)]),
  // io.EOF as Go's net/smtp returns it ("error=EOF" in logfmt, "…: EOF"): the server closed the connection while the
  // client waited for a reply — most often the encryption does not fit the port (STARTTLS vs. TLS from the start).
  // io.ErrUnexpectedEOF ("unexpected EOF", Go's io/io.go) is the same connection closed in the middle of a reply.
  // The end of a quoted line counts too (a Python bytes repr: "…: EOF'").
  pattern('go-smtp-eof', 'network', 1, ['\\berror="?EOF\\b', ': EOF(?:$|[\\s"\'),])', '\\bunexpected EOF\\b'], [p('tls_problem', 0.45), p('network_blocked', 0.4)], {
    flags: 'm', yieldsTo: ['server-reply', 'tls'],
  }),
];

/**
 * msmtp (marlam/msmtp src/smtp.c, src/mtls-*.c, src/net.c gettext strings): TLS failures, no usable
 * AUTH (Exchange offers AUTH only after STARTTLS), a missing password/token (for XOAUTH2 the
 * "password" is the token, e.g. from passwordeval), and name lookup failures.
 */
const MSMTP: readonly Rule[] = [
  pattern('msmtp-tls', 'tls', 3, [phrase('TLS handshake failed'), phrase('TLS certificate verification failed'), phrase('TLS certificate check failed'),
    phrase('the certificate owner does not match hostname'),
  ], [p('tls_problem', 0.82)]),
  pattern('msmtp-tls-io', 'tls', 2, [phrase('cannot read from TLS connection'), phrase('cannot write to TLS connection')], [
    p('tls_problem', 0.5), p('network_blocked', 0.35),
  ]),
  // msmtp's and mpop's sentence for XOAUTH2 or OAUTHBEARER, which Exchange Online offers over TLS on SMTP, IMAP and POP: the
  // client read the capability list before TLS, or misread it (marlam/mpop#14: mpop 1.4.20's capability parser missed a
  // token at the end of the line; fixed in the next release) — not the set-up of the account.
  pattern('msmtp-no-oauth-method', 'tls', 3, [
    `(?:POP3|SMTP|IMAP|the) ${phrase('server does not support authentication method')} (?:XOAUTH2|OAUTHBEARER)\\b`,
  ], [p('unexpected_server_reply', 0.5), p('tls_problem', 0.45)]),
  pattern('msmtp-no-auth-method', 'tls', 2, [
    phrase('cannot find a usable authentication method'), phrase('the server does not support authentication method'),
  ], [p('tls_problem', 0.55), p('basic_auth_used', 0.3)]),
  // msmtp refusing to send a password over a connection it cannot protect ("cannot use a secure authentication method"): what
  // fixed the development texts with it was the account's sign-in settings 2, TLS 1 — both stay in the first two.
  pattern('msmtp-no-secure-auth-method', 'tls', 2, [phrase('cannot use a secure authentication method')], [
    p('smtp_auth_failed_generic', 0.5), p('tls_problem', 0.45),
  ]),
  pattern('msmtp-needs-password', 'client', 2, ['authentication method [A-Z0-9-]{1,20} needs a password'], [
    p('token_expired_or_invalid', 0.45), p('not_authenticated', 0.4),
  ]),
  pattern('msmtp-host', 'network', 3, [phrase('cannot locate host'), phrase('host not found (authoritative)'), phrase('host not found (nonauthoritative)')], [
    p('network_blocked', 0.88),
  ]),
  pattern('msmtp-no-greeting', 'network', 2, [phrase('cannot get initial OK message from server')], [
    p('network_blocked', 0.5), p('unexpected_server_reply', 0.3),
  ]),
];

/**
 * Postfix's smtp client (postfix smtp/smtp_sasl_glue.c, smtp_proto.c, tls/tls_verify.c) and the
 * sasl-xoauth2 plugin (tarickb/sasl-xoauth2 src/token_store.cc, client.cc). The reply Postfix quotes
 * ("… said: 535 5.7.3 …") decides; "SASL authentication failed" is already the loose "authentication
 * failed" of patterns-smtp.ts, so it is not listed again.
 */
const POSTFIX: readonly Rule[] = [
  // Not listed: Cyrus SASL's "no mechanism available" (SASL_NOMECH: the client has no plugin for any offered
  // mechanism, e.g. sasl-xoauth2 not loaded) — a relay setup fault no catalogue category names; patterns-libraries.ts
  // reads the "cannot authenticate to server" around it.
  pattern('postfix-tls', 'tls', 3, [phrase('certificate verification failed for'), phrase('Cannot start TLS')], [p('tls_problem', 0.8)]),
  pattern('sasl-xoauth2-token-store', 'token', 2, [
    phrase('TokenStore::Read: missing refresh_token'), phrase('TokenStore::Refresh: exceeded maximum attempts'),
    phrase("TokenStore::Refresh: response doesn't contain access_token"), phrase('TokenStore::Read: failed to open file'),
    phrase('TokenStore::Write: failed to open file'),
  ], [p('token_expired_or_invalid', 0.6)]),
  pattern('sasl-xoauth2-http-error', 'network', 2, [phrase('TokenStore::Refresh: http error')], [
    p('network_blocked', 0.45), p('token_expired_or_invalid', 0.3),
  ]),
];

/**
 * Email OAuth 2.0 Proxy, the relay that keeps password-only mail clients working with Microsoft 365's OAuth
 * (simonrob/email-oauth2-proxy emailproxy.py, commit 5682d75, OAuth2Helper.get_oauth2_credentials and
 * get_oauth2_authorisation_code). It answers its client with its own "535 5.7.8  Authentication credentials
 * invalid." / "NO AUTHENTICATE" plus one of these reasons; the reason decides.
 */
const EMAIL_OAUTH2_PROXY: readonly Rule[] = [
  // Its catch-all for a failed token request: network errors, and also the token endpoint's 400 answers
  // (its code comment); a quoted AADSTS error decides.
  pattern('oauth2-proxy-login-failed', 'token', 2, [phrase('please check your internet connection and retry')], [
    p('network_blocked', 0.45), p('token_expired_or_invalid', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Nobody finished the sign-in in the browser (or the terminal) in time.
  pattern('oauth2-proxy-auth-timeout', 'token', 2, [
    phrase('No-GUI authorisation request failed or timed out'), phrase('Authorisation request timed out'),
    phrase('No OAuth 2.0 authorisation code returned for account'),
  ], [p('user_cancelled_or_consent_declined', 0.7), p('redirect_uri_mismatch', 0.2)]),
  // The browser's answer never reached the proxy's redirect address, or came back to another address than `redirect_uri`
  // (emailproxy.py get_oauth2_authorisation_code: "OAuth 2.0 authorisation response is missing or does not match
  // `redirect_uri`", since 2024.5 "… response for account <user> is missing or does not match`redirect_uri`"): the
  // redirect URI configured in the proxy is not the one the browser lands on (or not registered in Entra).
  pattern('oauth2-proxy-redirect-mismatch', 'token', 3, [
    'OAuth 2\\.0 authorisation response (?:for account [^\\s]{1,200} )?is missing or does not match ?`?redirect_uri',
  ], [p('redirect_uri_mismatch', 0.8), p('user_cancelled_or_consent_declined', 0.2)]),
  // The proxy has no section for the account the client signs in as (emailproxy.py: "No config file entry found for account
  // <user> - please add a new section with values for client_id, client_secret, …"): the proxy, not Microsoft, refused.
  pattern('oauth2-proxy-no-account', 'token', 3, [phrase('No config file entry found for account')], [
    p('smtp_auth_failed_generic', 0.7), p('not_authenticated', 0.3),
  ]),
  // The same refusal as the proxy's own log line ("Proxy config file entry missing for account <user> - aborting login",
  // emailproxy.py): the proxy has no section with the app's values (client_id, tenant's token_url, scope) for that name —
  // the app's set-up for the account, whatever the protocol (the maintainer's advice in simonrob/email-oauth2-proxy#223:
  // start again with a fresh account section).
  pattern('oauth2-proxy-no-account-log', 'token', 3, [phrase('Proxy config file entry missing for account')], [
    p('wrong_tenant_or_app', 0.6), p('not_authenticated', 0.3),
  ]),
  // The password the client sends unlocks the proxy's stored tokens; another password cannot, and with its default
  // settings the proxy drops them and asks for a new sign-in.
  pattern('oauth2-proxy-password', 'token', 2, [phrase('Login failed - the password for account')], [
    p('token_expired_or_invalid', 0.5), p('not_authenticated', 0.25),
  ]),
];

/** Every runtime and relay vocabulary rule. */
export const MAIL_RUNTIME_VOCABULARY_RULES: readonly Rule[] = [...PYTHON, ...DOTNET, ...RUBY, ...GO, ...MSMTP, ...POSTFIX, ...EMAIL_OAUTH2_PROXY];
