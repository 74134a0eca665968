/**
 * What mail, TLS and HTTP libraries of less common languages say when they talk to smtp.office365.com,
 * outlook.office365.com or login.microsoftonline.com, besides vocab-mail-runtimes.ts (Python, .NET, Ruby's Net::SMTP,
 * Go's net/smtp) and patterns-libraries.ts. Read from the libraries' own source and from issues that quote them:
 * - Swift/Obj-C: MailCore/mailcore2 src/core/abstract/MCErrorMessage.cpp (the descriptions), src/objc/abstract/
 *   MCOConstants.h (the MCOErrorDomain codes), src/core/smtp/MCSMTPSession.cpp (which SMTP reply gives which error);
 *   issues mailcore2#1652 (Code=1 with port 993 and a STARTTLS connection type), #2007 (Code=5 against Outlook).
 * - Rust: rustls/rustls rustls/src/error/mod.rs ("received corrupt message of type …", "peer is incompatible: …");
 *   lettre/lettre src/transport/smtp/error.rs (its "Connection error: …" wrapper); lldap/lldap#968 ("Connection error:
 *   received corrupt message"); Deno's "InvalidData: received corrupt message" (manyuanrong/deno-smtp#18, Office 365 on
 *   port 587 with TLS from the start).
 * - Go: net/http ("net/http: TLS handshake timeout", "Client.Timeout exceeded while awaiting headers"), crypto/tls's
 *   alerts ("remote error: tls: protocol version not supported"), emersion/go-imap v1.2.1 client/cmd_noauth.go
 *   (ErrLoginDisabled "Login is disabled in current state": the server advertised LOGINDISABLED, which Exchange Online
 *   does on port 143 before STARTTLS — mscdex/node-imap#685 shows its capability line).
 * - C: curl/curl lib/smtp.c, lib/imap.c, lib/pop3.c ("STARTTLS not supported.", "STARTTLS denied, code %d"),
 *   lib/strerror.c ("Failure when receiving data from the peer", "Failed sending data to the peer").
 * - Qt: QSslError::errorString() (qt/qtbase src/network/ssl/qsslerror.cpp; the index holds copies of the table, e.g.
 *   qtnetworkng's SslError::errorString) and QNetworkReply's "SSL handshake failed".
 * - Erlang/Elixir: OTP ssl's alert texts ("TLS client: In state certify at ssl_handshake.erl:2125 generated CLIENT ALERT:
 *   Fatal - Unknown CA", processone/tsung#408; "… received SERVER ALERT: Fatal - Certificate Unknown", erlang/otp#7264).
 *   gen_smtp's {missing_requirement, …, tls}, {temporary_failure, …, tls_failed} and auth_failed are already read by
 *   other rules (gen-smtp/gen_smtp#114, #352), so they are tested here but not listed again.
 * - Dart: kaisellgren/mailer lib/src/smtp/smtp_client.dart, connection.dart (and "Incorrect username / password /
 *   credentials" of the releases before commit 305a4c8); Enough-Software/enough_mail lib/src/mail/mail_client.dart
 *   ("Unable to refresh token").
 * - Perl: IO::Socket::SSL's "hostname verification failed" (noxxi/p5-io-socket-ssl#128: Net::SMTPS against
 *   smtp.office365.com). Ruby: OpenSSL::SSL.verify_certificate_identity's "hostname \"…\" does not match the server
 *   certificate".
 * - Kotlin/Android: OkHttp's CertificatePinner ("Certificate pinning failure!").
 * Not listed: vmime's exceptions (only their generic what() texts, "Authentication error.", were found — no quote of
 * one from a Microsoft 365 connection), libetpan's numeric codes, Delphi/Indy's texts (other rules already read them).
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/** MCOErrorDomain codes (MCOConstants.h) whose meaning decides the cause without the description. */
const MAILCORE_CODES: Readonly<Record<string, CodeEntry>> = {
  1: { proposals: [p('tls_problem', 0.45), p('network_blocked', 0.45)] },
  2: { family: 'tls', proposals: [p('tls_problem', 0.7)] },
  4: { family: 'tls', proposals: [p('tls_problem', 0.85)] },
  25: { family: 'tls', proposals: [p('tls_problem', 0.75)] },
  27: { family: 'smtp-submit', proposals: [p('message_too_large', 0.65)] },
  31: { family: 'smtp-submit', proposals: [p('not_authenticated', 0.65)] },
  45: { family: 'throttle', proposals: [p('throttled', 0.7)] },
};

/** MailCore2's descriptions (MCErrorMessage.cpp) and the MCOErrorDomain codes (MCOConstants.h). */
const MAILCORE: readonly Rule[] = [
  // MCOErrorConnection (1): the stream broke or never came up. mailcore2#1652: port 993 with MCOConnectionTypeStartTLS,
  // i.e. the encryption mode does not fit the port — or the connection is blocked.
  pattern('mailcore-connection', 'network', 3, [phrase('A stable connection to the server could not be established')], [
    p('tls_problem', 0.5), p('network_blocked', 0.45),
  ]),
  // MCOErrorTLSNotAvailable (2): the server offered no TLS on this connection — wrong port or encryption mode.
  pattern('mailcore-tls-unavailable', 'tls', 3, [phrase('The server does not support TLS/SSL connections')], [
    p('tls_problem', 0.75), p('network_blocked', 0.2),
  ]),
  // MCOErrorParse (3): a reply MailCore could not read — another server, a proxy, or a TLS/plain mix-up.
  pattern('mailcore-parse', 'network', 2, [phrase('Unable to parse response from server')], [
    p('unexpected_server_reply', 0.55), p('tls_problem', 0.3),
  ]),
  // MCOErrorCertificate (4).
  pattern('mailcore-certificate', 'tls', 3, [phrase('The certificate for this server is invalid')], [p('tls_problem', 0.88)]),
  // MCOErrorSendMessageNotAllowed (28): a 550 reply (MAILSMTP_ERROR_MAILBOX_UNAVAILABLE, or one starting "5.7.1") —
  // on Exchange Online most often the sender the app may not send as, else a refused recipient.
  pattern('mailcore-send-not-allowed', 'smtp-submit', 2, [phrase('Sending messages is not allowed on this server')], [
    p('send_as_denied', 0.45), p('recipient_rejected', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // MCOErrorAuthenticationRequired (31): MAILSMTP_ERROR_AUTH_REQUIRED, the 530 reply ("5.7.57 Client not authenticated").
  pattern('mailcore-auth-required', 'smtp-submit', 3, [phrase('Authentication is required for this SMTP server')], [
    p('not_authenticated', 0.75),
  ]),
  // MCOErrorStorageLimit (27): MAILSMTP_ERROR_EXCEED_STORAGE_ALLOCATION, the 552 reply.
  pattern('mailcore-storage-limit', 'smtp-submit', 3, [phrase('The SMTP storage limit was hit while trying to send a large message')], [
    p('message_too_large', 0.75),
  ]),
  // MCOErrorYahooSendMessageDailyLimitExceeded (45).
  pattern('mailcore-daily-limit', 'throttle', 3, [phrase('User is over the limit for messages allowed to be sent in a single day')], [
    p('throttled', 0.8),
  ]),
  // MCOErrorNoValidServerFound (42): the account check reached none of the servers it tried.
  pattern('mailcore-no-valid-server', 'network', 2, [phrase('No valid server found')], [p('network_blocked', 0.5), p('tls_problem', 0.3)]),
  // The same errors by number, as NSError prints them ("Error Domain=MCOErrorDomain Code=1", "(MCOErrorDomain error 1.)").
  codeTable('mailcore-error-code', 'network', 2, '\\bMCOErrorDomain(?: Code=| error )(\\d{1,2})(?!\\d)', MAILCORE_CODES),
];

/** Rust's rustls (directly, through lettre, reqwest or Deno) and Go's net/http, crypto/tls and go-imap. */
const RUST_GO: readonly Rule[] = [
  // rustls Error::InvalidMessage ("received corrupt message of type InvalidContentType"; older releases print "received
  // corrupt message"): the answer is not TLS at all — TLS from the start against port 587, which wants STARTTLS.
  pattern('rustls-corrupt-message', 'tls', 3, ['\\breceived corrupt message(?: of type [A-Za-z]{1,40})?'], [
    p('tls_problem', 0.8), p('network_blocked', 0.15),
  ]),
  // rustls Error::PeerIncompatible ("peer is incompatible: Tls12NotOffered", …): no TLS version or cipher in common.
  pattern('rustls-peer-incompatible', 'tls', 3, ['\\bpeer is incompatible: ?[A-Za-z0-9]{2,60}'], [p('tls_problem', 0.85)]),
  // Go crypto/tls: an alert the server sent, "remote error: tls: <alert>" (handshake failure has its own rule).
  pattern('go-tls-remote-alert', 'tls', 3, ['\\bremote error: tls: (?:protocol version not supported|bad certificate|unknown certificate authority|insufficient security level|illegal parameter|internal error|access denied)'], [
    p('tls_problem', 0.85),
  ]),
  // Go net/http: the TLS handshake did not finish in time — mostly a firewall or proxy holding the connection
  // ("Outbound 443 blocked causing TLS handshake timeout error" in the index's triage samples), else TLS itself.
  pattern('go-http-tls-timeout', 'network', 3, [phrase('net/http: TLS handshake timeout')], [p('network_blocked', 0.55), p('tls_problem', 0.4)]),
  pattern('go-http-client-timeout', 'network', 3, [
    '\\bClient\\.Timeout exceeded while awaiting headers', phrase('net/http: request canceled while waiting for connection'),
  ], [p('network_blocked', 0.7)]),
  // reqwest's (and Deno fetch's) wrapper, Kind::Request: "error sending request for url (…)" — the request never got an
  // answer (connect, DNS, TLS or timeout); the cause it quotes after the URL decides.
  pattern('reqwest-sending-request', 'network', 1, [`${phrase('error sending request for url')} ?\\(`], [
    p('network_blocked', 0.45), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // go-imap v1 ErrLoginDisabled: the server said LOGINDISABLED — Exchange Online does on port 143 before STARTTLS.
  pattern('go-imap-login-disabled', 'tls', 3, [phrase('Login is disabled in current state')], [p('tls_problem', 0.65), p('basic_auth_used', 0.2)]),
];

/** libcurl's texts for SMTP/IMAP/POP3 (lib/smtp.c, lib/imap.c, lib/pop3.c, lib/strerror.c). */
const CURL: readonly Rule[] = [
  // The server's EHLO/CAPA had no STARTTLS while --ssl-reqd asked for it: something in between answers (an antivirus
  // or firewall mail proxy), or the port is not Exchange Online's 587/143.
  pattern('curl-starttls-unsupported', 'tls', 2, ['(?<![\\w-])(?:STARTTLS|STLS) not supported\\.'], [
    p('tls_problem', 0.55), p('network_blocked', 0.35),
  ]),
  pattern('curl-starttls-denied', 'tls', 2, ['\\bSTARTTLS denied(?:, code \\d{3})?'], [p('tls_problem', 0.6), p('network_blocked', 0.25)]),
  // CURLE_RECV_ERROR / CURLE_SEND_ERROR: the connection broke while reading or writing (often a TLS session a
  // middlebox cut, or the server closing on a wrong encryption mode).
  pattern('curl-recv-send-error', 'network', 2, [phrase('Failure when receiving data from the peer'), phrase('Failed sending data to the peer')], [
    p('network_blocked', 0.45), p('tls_problem', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/** Qt's QSslError texts and QNetworkReply's handshake error. */
const QT: readonly Rule[] = [
  // A certificate chain the computer does not trust — on a Microsoft 365 connection a firewall or antivirus
  // that replaces Microsoft's certificate, or a missing root store.
  pattern('qt-ssl-certificate', 'tls', 3, [
    phrase('The issuer certificate could not be found'), phrase('The certificate is self-signed, and untrusted'),
    phrase('The root certificate of the certificate chain is self-signed, and untrusted'),
    phrase('The issuer certificate of a locally looked up certificate could not be found'), phrase('No certificates could be verified'),
    phrase('One of the CA certificates is invalid'), phrase('The root CA certificate is not trusted for this purpose'),
    phrase('The root CA certificate is marked to reject the specified purpose'), phrase('The peer did not present any certificate'),
    phrase('The host name did not match any of the valid hosts for this certificate'), phrase('The certificate is not yet valid'),
  ], [p('tls_problem', 0.85)]),
  pattern('qt-ssl-handshake', 'tls', 2, ['\\bSSL handshake failed\\b'], [p('tls_problem', 0.75), p('network_blocked', 0.2)]),
];

/** Erlang/OTP ssl alerts (as Elixir's Swoosh/gen_smtp, HTTPoison and Req show them). */
const ERLANG: readonly Rule[] = [
  pattern('erlang-ssl-alert', 'tls', 3, [
    '\\b(?:TLS|DTLS) (?:client|server): In state [a-z_]{1,40}(?: at [\\w.]{1,40}:\\d{1,6})? (?:generated|received) (?:CLIENT|SERVER|UNDEFINED) ALERT: Fatal - ',
    '\\{:?tls_alert, ?\\{:?[a-z_]{3,40},',
  ], [p('tls_problem', 0.85)]),
];

/** Dart/Flutter: mailer and enough_mail. */
const DART: readonly Rule[] = [
  // mailer found no AUTH method it knows in the EHLO answer — Exchange Online lists AUTH only after STARTTLS, so the
  // session was not encrypted (or another server answered).
  pattern('dart-mailer-no-xoauth2', 'tls', 2, [phrase('The server does not support XOAUTH2 authentication method')], [
    p('tls_problem', 0.5), p('unexpected_server_reply', 0.3),
  ]),
  pattern('dart-mailer-no-login-plain', 'tls', 2, [phrase('The server does not support LOGIN or PLAIN authentication method')], [
    p('tls_problem', 0.5), p('basic_auth_used', 0.3),
  ]),
  // Connection.verifySecuredConnection(): the session is not encrypted and allowInsecure is off.
  pattern('dart-mailer-insecure', 'tls', 3, [phrase('Aborting because connection is not secure')], [p('tls_problem', 0.75)]),
  // Older mailer's SmtpClientAuthenticationException: the AUTH reply was not 2xx (with a password: basic
  // authentication, which Exchange Online refuses).
  pattern('dart-mailer-incorrect-credentials', 'smtp-auth', 2, [phrase('Incorrect username / password / credentials')], [
    p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.45),
  ], { yieldsTo: ['server-reply'] }),
  // enough_mail MailClient: the refresh of the OAuth token failed — sign in again (a quoted AADSTS error decides).
  pattern('enough-mail-refresh-token', 'token', 2, [phrase('Unable to refresh token')], [p('token_expired_or_invalid', 0.7)], {
    yieldsTo: ['sign-in'],
  }),
];

/** Perl, Ruby and Android: certificate checks, and Ruby's EOFError. */
const CERT_CHECKS: readonly Rule[] = [
  // IO::Socket::SSL: the certificate does not name the host it was asked for (p5-io-socket-ssl#128: Net::SMTPS passed
  // no host name; Net::SMTP with starttls works).
  pattern('perl-hostname-verification', 'tls', 3, [phrase('hostname verification failed')], [p('tls_problem', 0.85)]),
  // Ruby OpenSSL::SSL::SSLError from verify_certificate_identity.
  pattern('ruby-hostname-mismatch', 'tls', 3, ['\\bhostname "[^"\\n]{1,255}" does not match the server certificate'], [p('tls_problem', 0.88)]),
  // Ruby net-protocol's EOFError while Net::SMTP waits for the greeting: the server closed the connection — mostly the
  // encryption does not fit the port (mastodon/mastodon#14290: fixed with `ssl: true` on port 465); the SMTP reply a
  // server sent before closing decides (rails/rails#27298).
  pattern('ruby-eof-error', 'network', 2, ['\\bEOFError\\)?:? ?\\(?end of file reached', '\\bend of file reached \\(EOFError\\)'], [
    p('tls_problem', 0.5), p('network_blocked', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // OkHttp CertificatePinner: the chain is not the pinned one — a proxy that re-signs TLS.
  pattern('okhttp-pinning-failure', 'tls', 3, [phrase('Certificate pinning failure!')], [p('tls_problem', 0.8)]),
];

/** Every rule of this vocabulary. */
export const RUNTIMES_MORE_VOCABULARY_RULES: readonly Rule[] = [...MAILCORE, ...RUST_GO, ...CURL, ...QT, ...ERLANG, ...DART, ...CERT_CHECKS];
