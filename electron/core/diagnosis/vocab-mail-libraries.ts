/**
 * What mail libraries say themselves, besides what patterns-libraries.ts / patterns-network.ts
 * already know: nodemailer and imapflow codes and texts, PHPMailer's language strings (English and
 * German), MailKit's exception texts and javax/Jakarta Mail's. Each group cites its source.
 * A library's wrapper around a server reply ("SMTP Error: data not accepted.", SendFailedException,
 * "No recipients were accepted.") only says which step failed, so it stays weak (specificity 1, low
 * weights) and the server reply beside it decides.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/**
 * nodemailer 10.x error codes missing from patterns-network.ts (node_modules/nodemailer/dist/cjs/errors.js
 * ERROR_CODES: EOAUTH2 "OAuth2 token generation or refresh error", ENOAUTH "Authentication credentials not
 * provided", EPROXY "Proxy connection error", EREQUIRETLS "REQUIRETLS not supported by server", EMESSAGE
 * "Message delivery error") and imapflow 2.x's ETHROTTLE (dist/cjs/errors.js ImapFlowErrorCode: Microsoft 365
 * answers a throttled command with BAD, tools.js).
 */
const LIBRARY_CODES: Readonly<Record<string, CodeEntry>> = {
  EOAUTH2: { proposals: [p('token_expired_or_invalid', 0.6)], family: 'token', specificity: 2 },
  ENOAUTH: { proposals: [p('not_authenticated', 0.5), p('token_expired_or_invalid', 0.3)], family: 'client', specificity: 2 },
  EPROXY: { proposals: [p('network_blocked', 0.85)], family: 'network', specificity: 3 },
  EREQUIRETLS: { proposals: [p('tls_problem', 0.4)], family: 'tls', specificity: 2 },
  EMESSAGE: { proposals: [p('send_as_denied', 0.2), p('outbound_sender_blocked', 0.15)], family: 'smtp-submit', specificity: 1 },
  ETHROTTLE: { proposals: [p('throttled', 0.85)], family: 'throttle', specificity: 3 },
};

/** Every mail-library vocabulary rule. */
export const MAIL_LIBRARY_VOCABULARY_RULES: readonly Rule[] = [
  codeTable('mail-lib-code', 'client', 2, '\\b(EOAUTH2|ENOAUTH|EPROXY|EREQUIRETLS|EMESSAGE|ETHROTTLE)\\b', LIBRARY_CODES, 'g'),
  // nodemailer's XOAUTH2 provider could not get a token (dist/cjs/xoauth2/index.js: "Can't create new access
  // token for user", "No access token"), or no credentials were set (smtp-connection: 'Missing credentials
  // for "XOAUTH2"', shared: "Authentication info was not provided").
  pattern('nodemailer-no-token', 'token', 3, [phrase("Can't create new access token for user"), phrase('No access token')], [
    p('token_expired_or_invalid', 0.7),
  ]),
  // nodemailer's own HTTP client refusing the token endpoint's answer: 'Invalid status code 400' thrown from its fetch module
  // (dist/cjs/fetch/index.js; lib/fetch in older releases), which its XOAUTH2 provider uses for the token request — a 400/401
  // there is the refresh token or the client refused (invalid_grant, invalid_client; a development text with a Google refresh
  // token). Its attachments by URL use the same module, so only with the fetch module's path in the stack.
  pattern('nodemailer-token-fetch-refused', 'token', 2, [
    String.raw`${phrase('Invalid status code')} ?40[01]\b[^\n]{0,300}?nodemailer[\\/](?:lib|dist[\\/](?:cjs|esm))[\\/]fetch\b`,
  ], [p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.35)]),
  pattern('nodemailer-missing-credentials', 'client', 2, [phrase('Missing credentials for'), phrase('Authentication info was not provided')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.3),
  ]),
  // nodemailer's EENVELOPE text when every RCPT TO was refused (smtp-connection/index.js).
  // Alone (the server's reply not pasted), the recipients' addresses first: development texts 2 of 5, the others one each.
  pattern('nodemailer-all-recipients-rejected', 'smtp-submit', 1, [phrase("Can't send mail - all recipients were rejected")], [
    p('recipient_rejected', 0.3), p('not_authenticated', 0.25),
  ]),
  // nodemailer's TLS upgrade failed (smtp-connection/index.js "Error initiating TLS - …", "Error upgrading connection
  // with STARTTLS", "EHLO failed but HELO does not support required STARTTLS").
  pattern('nodemailer-tls-upgrade', 'tls', 3, [
    phrase('Error initiating TLS'), phrase('Error upgrading connection with STARTTLS'), phrase('HELO does not support required STARTTLS'),
  ], [p('tls_problem', 0.75)]),
  // nodemailer's HTTP proxy tunnel failed (smtp-connection/http-proxy-client: "Proxy closed the connection before the
  // tunnel was established", "Invalid response from proxy", "Proxy socket timed out").
  pattern('nodemailer-proxy', 'network', 3, [
    phrase('Proxy closed the connection before the tunnel was established'), phrase('Invalid response from proxy'), phrase('Proxy socket timed out'),
  ], [p('network_blocked', 0.85)]),
  // "Connection closed unexpectedly" / "Server terminates connection. response=…": the connection ended; the
  // response it quotes (421 4.x.x) decides.
  pattern('nodemailer-closed', 'network', 1, [phrase('Connection closed unexpectedly'), phrase('Server terminates connection')], [
    p('network_blocked', 0.4), p('tls_problem', 0.2),
  ]),
  // AUTH LOGIN got an answer other than the expected 334/235 ("Invalid login sequence while waiting for …"): a
  // password mechanism, whose reply decides.
  pattern('nodemailer-login-sequence', 'smtp-auth', 1, [phrase('Invalid login sequence while waiting for')], [
    p('basic_auth_used', 0.35), p('smtp_auth_failed_generic', 0.3),
  ]),
  // imapflow could not open its proxy (dist/cjs/proxy-connection.js "Failed to setup proxy connection"; ProxyError code).
  pattern('imapflow-proxy', 'network', 3, [phrase('Failed to setup proxy connection'), '\\bProxyError\\b'], [p('network_blocked', 0.85)]),
  // PHPMailer language strings (PHPMailer/PHPMailer src/PHPMailer.php $PHPMAILER_LANG and
  // language/phpmailer.lang-de.php). English 'authenticate', 'connect_host', 'smtp_connect_failed' are in
  // patterns-smtp.ts / patterns-network.ts; here the German ones with the same weights, and the wrappers.
  pattern('phpmailer-de-connect', 'network', 3, [
    phrase('Konnte keine Verbindung zum SMTP-Host herstellen'), phrase('Verbindung zum SMTP-Server fehlgeschlagen'),
  ], [p('network_blocked', 0.8)]),
  pattern('phpmailer-step-failed', 'smtp-submit', 1, [
    phrase('SMTP Error: data not accepted'), phrase('Daten werden nicht akzeptiert'),
    phrase('The following From address failed'), phrase('Die folgende Absenderadresse ist nicht korrekt'),
    phrase('The following recipients failed'), phrase('Die folgenden Empfänger sind nicht korrekt'),
  ], [p('send_as_denied', 0.3), p('not_authenticated', 0.25)]),
  // PHPMailer's SMTP class (src/SMTP.php: setError("$command command failed"), authenticate()): STARTTLS refused,
  // no AUTH mechanism in common (Exchange offers AUTH only after STARTTLS), and the password steps of AUTH LOGIN
  // ("Username command failed" beside patterns-libraries.ts's "Password command failed", same weights).
  pattern('phpmailer-starttls-failed', 'tls', 2, [phrase('STARTTLS command failed')], [p('tls_problem', 0.65)]),
  pattern('phpmailer-no-auth-method', 'tls', 2, [
    phrase('No supported authentication methods found'), '[Tt]he requested authentication method "?[A-Z0-9-]{1,20}"? is not supported by the server',
  ], [p('tls_problem', 0.55), p('basic_auth_used', 0.3)]),
  // XOAUTH2 answered with 334 and the server's error challenge instead of 235 ("SMTP ERROR: AUTH command failed: 334", a
  // development text): the token was refused (RFC 7628 §3.2.2: the server sends an error challenge, then fails the exchange).
  pattern('phpmailer-xoauth2-challenge', 'token', 3, [phrase('AUTH command failed: 334')], [
    p('token_expired_or_invalid', 0.6), p('wrong_scope_or_resource', 0.3),
  ]),
  pattern('phpmailer-username-failed', 'client', 2, [phrase('Username command failed')], [
    p('not_authenticated', 0.5), p('basic_auth_used', 0.45),
  ], { protocolSensitive: true }),
  // league/oauth2-client (PHPMailer's OAuth and most PHP apps: src/Provider/AbstractProvider.php getAccessToken() throws
  // UnexpectedValueException 'Invalid response received from Authorization Server. Expected JSON.' when the token endpoint
  // answered with something else — an HTML page of a wrong endpoint or tenant URL, or of a proxy in the way).
  pattern('league-oauth2-not-json', 'token', 2, [phrase('Invalid response received from Authorization Server')], [
    p('unexpected_server_reply', 0.6), p('wrong_tenant_or_app', 0.4),
  ]),
  // The same in other runtimes, beside a token or OAuth request: Python's json ("JSONDecodeError('Expecting value: line 3
  // column 1 (char 4)')" — email-oauth2-proxy with token_url set to the /authorize page, simonrob/email-oauth2-proxy#240) and
  // JavaScript's JSON.parse ("Unexpected token '<' … is not valid JSON", "Unexpected token < in JSON at position 0").
  pattern('token-response-not-json', 'token', 2, [
    `(?:token|OAuth)[^]{0,200}?(?:JSONDecodeError|Expecting value: line \\d|Unexpected token '?<'?,? (?:in JSON|"<)|is not valid JSON)`,
    `(?:JSONDecodeError|Expecting value: line \\d|Unexpected token '?<'? in JSON)[^]{0,200}?(?:token|OAuth)`,
  ], [p('unexpected_server_reply', 0.55), p('wrong_tenant_or_app', 0.4)]),
  // email-oauth2-proxy's log when the token request itself failed ("Caught exception while requesting OAuth 2.0 credentials
  // [for account …]: <HTTPError 401: 'Unauthorized'>", emailproxy.py get_oauth2_credentials): the token endpoint answers 401
  // to a client it could not authenticate — invalid_client, a wrong or expired client secret (RFC 6749 §5.2: "The authorization
  // server MAY return an HTTP 401 (Unauthorized) status code" for invalid_client; simonrob/email-oauth2-proxy#19: the secret's
  // ID had been entered instead of its value). A 400 is a refused grant or scope.
  pattern('emailproxy-token-request-401', 'token', 3, ['requesting OAuth 2\\.0 credentials[^\\n]{0,200}?HTTPError 401'], [
    p('bad_client_secret', 0.65), p('wrong_tenant_or_app', 0.3),
  ]),
  pattern('emailproxy-token-request-400', 'token', 2, ['requesting OAuth 2\\.0 credentials[^\\n]{0,200}?HTTPError 400'], [
    p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.4), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // EWS with an app-only token names no mailbox: "ExchangeImpersonation SOAP header must be present for this type of OAuth
  // token." (OfficeDev/ews-managed-api#245; learn.microsoft.com/exchange/client-developer/exchange-web-services/
  // how-to-authenticate-an-ews-application-by-using-oauth: app-only access impersonates a mailbox, ImpersonatedUserId).
  pattern('ews-app-only-needs-impersonation', 'client', 3, [phrase('ExchangeImpersonation SOAP header must be present for this type of OAuth token')], [
    p('mailbox_permission_missing', 0.65), p('wrong_scope_or_resource', 0.3),
  ]),
  // MailKit (jstedfast/MailKit): SslHandshakeException's specific explanations (MailKit/Security/SslHandshakeException.cs)
  // and the plain-text port hint. Its generic paragraph ("This usually means that the SSL certificate presented by the
  // server is not trusted …") is printed for any handshake failure, a timeout too, so it is not a sign.
  pattern('mailkit-ssl-certificate', 'tls', 3, [
    phrase("did not match the name given in the server's SSL certificate"), phrase("did not match any of the names given in the server's SSL certificate"),
    phrase("The server's SSL certificate could not be validated"), phrase('is typically reserved for plain-text connections'),
  ], [p('tls_problem', 0.88)]),
  pattern('mailkit-no-certificate', 'tls', 2, [phrase('The SSL certificate for the server was not available')], [p('tls_problem', 0.6)]),
  // The server offers no AUTH or no STARTTLS (MailKit SmtpClient.cs / ImapClient.cs): Exchange offers AUTH only
  // after STARTTLS (smtp.office365.com:587), so this is a TLS setting of the client.
  pattern('mailkit-no-auth-or-starttls', 'tls', 2, [
    phrase('The SMTP server does not support authentication'), phrase('server does not support the STARTTLS extension'),
  ], [p('tls_problem', 0.55), p('basic_auth_used', 0.2)]),
  // Jakarta Mail's XOAUTH2 when the server answered with a challenge instead of success ("AuthenticationFailedException: OAUTH2
  // asked for more", com.sun.mail's OAuth2 authenticator: the server's error challenge, RFC 7628 §3.2.2): the token was refused —
  // for Gmail most often a token without the mail scope (a development text), else an expired one.
  pattern('javamail-oauth2-asked-for-more', 'token', 3, [phrase('OAUTH2 asked for more')], [
    p('wrong_scope_or_resource', 0.5), p('token_expired_or_invalid', 0.45),
  ]),
  // MailKit's POP3 client when the server answered -ERR to the sign-in ("POP3 server did not respond with a +OK response to the
  // AUTH command.", MailKit Net/Pop3/Pop3Engine.cs CreatePop3Exception: "… to the {0} command."; USER, PASS, APOP likewise): the
  // mailbox's sign-in over POP was refused.
  pattern('mailkit-pop3-login-refused', 'imap', 3, [String.raw`\bPOP3 server did not respond with a \+OK response to the (?:AUTH|USER|PASS|APOP)\b`], [
    p('imap_auth_failed_generic', 0.7), p('basic_auth_used', 0.3),
  ]),
  // The connection went away; alone it says little (MailKit SmtpClient/ImapEngine, ProtocolException family).
  pattern('mailkit-unexpectedly-disconnected', 'network', 1, [
    phrase('server has unexpectedly disconnected'), phrase('IMAP server unexpectedly refused the connection'),
  ], [p('unexpected_server_reply', 0.4), p('network_blocked', 0.35), p('tls_problem', 0.25)]),
  // MailKit could not parse what the server sent (ImapEngine.UnexpectedToken: "Unexpected token in IMAP response: {0}" /
  // "… in IMAP greeting: {0}"; ImapCommand: "Syntax error in tagged response. {0}"): not an IMAP server's answer — a proxy,
  // an antivirus scanner, another server on the port, or a server breaking the protocol.
  pattern('mailkit-imap-parse-error', 'network', 2, [
    phrase('Unexpected token in IMAP response'), phrase('Unexpected token in IMAP greeting'), phrase('Syntax error in tagged response'),
    phrase('Syntax error in untagged response'),
  ], [p('unexpected_server_reply', 0.6), p('network_blocked', 0.25)], { yieldsTo: ['server-reply'] }),
  // IMAP's reply wrapped by MailKit ImapCommandException: "The IMAP server replied to the 'AUTHENTICATE'
  // command with a 'NO' response". LOGIN is a password login (Exchange Online accepts only OAuth).
  pattern('mailkit-imap-authenticate-no', 'imap', 2, [`replied to the '?AUTHENTICATE'? command with a '?(?:NO|BAD)\\b`], [
    p('imap_auth_failed_generic', 0.65),
  ]),
  pattern('mailkit-imap-login-no', 'imap', 2, [`replied to the '?LOGIN'? command with a '?(?:NO|BAD)\\b`], [
    p('basic_auth_used', 0.65), p('imap_auth_failed_generic', 0.4),
  ]),
  // Not listed: MailKit's ServiceNotAuthenticatedException ("The ImapClient is not authenticated."): the app went
  // on after a sign-in that failed for some other reason, so it names no cause; the failed sign-in's reply does.
  // MailKit.Security.AuthenticationException carries the server's reply as its message; the class name alone
  // is a loose "sign-in failed" (the reply decides). System.Security.Authentication.AuthenticationException is
  // .NET's TLS failure instead (vocab-os-tls.ts).
  pattern('mailkit-authentication-exception', 'smtp-auth', 1, ['MailKit\\.Security\\.AuthenticationException'], [
    p('smtp_auth_failed_generic', 0.4),
  ], { protocolSensitive: true }),
  pattern('mailkit-no-recipients', 'smtp-submit', 1, [phrase('No recipients were accepted')], [
    p('not_authenticated', 0.25), p('send_as_denied', 0.2),
  ]),
  // javax/Jakarta Mail (jakartaee/mail-api javax.mail.Service.connect: "failed to connect, no password
  // specified?"; eclipse-ee4j/angus-mail SMTPTransport.java: "Unknown SMTP host", "Got bad greeting from SMTP
  // host", "Can't send command to SMTP host", "Exception reading response"; SendFailedException).
  pattern('javamail-no-password', 'client', 3, [phrase('no password specified?'), phrase('failed to connect, no password')], [
    p('not_authenticated', 0.5), p('token_expired_or_invalid', 0.4),
  ]),
  pattern('javamail-unknown-host', 'network', 3, [phrase('Unknown SMTP host'), phrase('Unknown IMAP host')], [p('network_blocked', 0.9)]),
  pattern('javamail-bad-greeting', 'network', 2, [phrase('Got bad greeting from SMTP host')], [
    p('unexpected_server_reply', 0.55), p('network_blocked', 0.3),
  ]),
  pattern('javamail-io', 'network', 2, [phrase("Can't send command to SMTP host"), phrase('Exception reading response')], [
    p('network_blocked', 0.45), p('tls_problem', 0.25),
  ]),
  // IMAP (angus-mail iap/ResponseInputStream.java: IOException "Connection dropped by server?").
  pattern('javamail-dropped', 'network', 2, [phrase('Connection dropped by server?')], [p('network_blocked', 0.45), p('tls_problem', 0.2)]),
  // JavaMail's SendFailedException also carries a failed STARTTLS or handshake as its nested exception (its development texts
  // were fixed in the TLS set-up 5 times in 5), which the TLS rules read when it is quoted.
  pattern('javamail-send-failed', 'smtp-submit', 1, ['SendFailedException'], [p('send_as_denied', 0.25), p('tls_problem', 0.22), p('not_authenticated', 0.2)]),
];
