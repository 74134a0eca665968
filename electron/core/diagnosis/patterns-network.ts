/**
 * Connection and TLS failures: Node's error codes, nodemailer's (EAUTH, ECONNECTION, ETLS,
 * ESOCKET…), proxies, and the words .NET, Java, PHP, Python and Windows use for the same things.
 * The port in the message (587 SMTP, 993 IMAP, 443 sign-in) stays in the evidence excerpt.
 */
import { codeTable, eitherOrder, enhanced, p, pattern, phrase, type CodeEntry, type Rule, type RuleHit } from './pattern-kit.js';

/** Microsoft 365's SMTP host names a client connects to. */
const MICROSOFT_SMTP_HOST = /\b(?:smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.office365\.us|smtp\.partner\.outlook\.cn)\b/i;
/** The host name in an SMTP greeting ("220 host ESMTP …", "220-host ESMTP Exim …"); a name has a letter (not "220 2.0.0 SMTP server ready"). */
const GREETING = /\b220[ -]((?=[A-Za-z0-9.-]{0,99}[A-Za-z])[A-Za-z0-9][A-Za-z0-9.-]{2,99}) (?:Microsoft )?E?SMTP\b/;
/** Greetings of Microsoft 365's own servers (…outlook.office365.com, …PROD.OUTLOOK.COM, …protection.outlook.com). */
const MICROSOFT_GREETING_HOST = /outlook\.com$|office365\.(?:com|us)$|outlook\.cn$|microsoft\.com$/i;

/**
 * Another server greeted where Exchange Online should have. When the client asked for smtp.office365.com, a hosting
 * provider or firewall intercepts outgoing port 587/25 (e.g. "Connection: opening to smtp.office365.com:587 …
 * 220-ns17.example.net ESMTP Exim"), so every sign-in fails there whatever the settings. Without that host in the
 * text, the client was pointed at another server (the local MTA, an antivirus proxy, an on-premises Exchange), or the product
 * is meant to use that server: alone the greeting names the wrong server; what that server answers next (an auth failure, a
 * refusal) is its own reply and names its own cause first (development texts with another server's greeting: the greeting's
 * reading was right for 3 of 10, the server's refusal for 5 — the greeting now comes second, 0.5).
 */
const otherServerGreetingRule: Rule = {
  id: 'smtp-intercepted',
  scan(view): RuleHit[] {
    const greeting = GREETING.exec(view);
    const host = greeting?.[1];
    if (!greeting || !host || MICROSOFT_GREETING_HOST.test(host)) return [];
    const intercepted = MICROSOFT_SMTP_HOST.test(view);
    return [{
      ruleId: intercepted ? 'smtp-intercepted' : 'smtp-other-server-greeting', family: 'network', specificity: 3,
      index: greeting.index, length: greeting[0].length, protocolSensitive: false,
      proposals: intercepted
        ? [p('network_blocked', 0.9), p('unexpected_server_reply', 0.6)]
        : [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3)],
    }];
  },
};

const net = (weight: number, specificity: 1 | 2 | 3 = 3): CodeEntry => ({ proposals: [p('network_blocked', weight)], specificity });

/** Upper-case error codes of Node, nodemailer and OpenSSL-via-Node. */
const ERROR_CODES: Readonly<Record<string, CodeEntry>> = {
  ECONNREFUSED: net(0.9), ENOTFOUND: net(0.92), EAI_AGAIN: net(0.88), EHOSTUNREACH: net(0.9), ENETUNREACH: net(0.9),
  ETIMEDOUT: net(0.85), ENETDOWN: net(0.88), EDNS: net(0.85), ECONNECTION: net(0.7, 2), ECONNRESET: net(0.6, 2),
  // nodemailer's ESOCKET wraps whatever the socket layer said, a TLS failure as often as not (its development texts were
  // fixed in the TLS set-up 5 times in 5).
  ESOCKET: { proposals: [p('network_blocked', 0.45), p('tls_problem', 0.4)], specificity: 1 }, EPIPE: net(0.4, 1), ECONNABORTED: net(0.6, 2),
  ETLS: { proposals: [p('tls_problem', 0.7)], family: 'tls', specificity: 2 },
  // nodemailer's code for any failed AUTH: the reply that came with it says more.
  EAUTH: { proposals: [p('smtp_auth_failed_generic', 0.4)], family: 'smtp-auth', specificity: 1 },
  SELF_SIGNED_CERT_IN_CHAIN: { proposals: [p('tls_problem', 0.92)], family: 'tls' },
  DEPTH_ZERO_SELF_SIGNED_CERT: { proposals: [p('tls_problem', 0.92)], family: 'tls' },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { proposals: [p('tls_problem', 0.92)], family: 'tls' },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  CERT_HAS_EXPIRED: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_TLS_CERT_ALTNAME_INVALID: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_SSL_WRONG_VERSION_NUMBER: { proposals: [p('tls_problem', 0.88)], family: 'tls' },
  ERR_PROXY_CONNECTION_FAILED: net(0.9), ERR_TUNNEL_CONNECTION_FAILED: net(0.9),
  // Chromium's net errors as a browser sign-in page, Electron or WebView2 print them ("net::ERR_NAME_NOT_RESOLVED"),
  // from chromium net/base/net_error_list.h: the name did not resolve, the connection was refused, reset or timed out,
  // the machine is offline; the SSL_*/CERT_* ones are TLS (a TLS-inspecting proxy, an old TLS stack, a wrong clock).
  ERR_NAME_NOT_RESOLVED: net(0.9), ERR_NAME_RESOLUTION_FAILED: net(0.88), ERR_INTERNET_DISCONNECTED: net(0.9),
  ERR_CONNECTION_REFUSED: net(0.88), ERR_CONNECTION_TIMED_OUT: net(0.85), ERR_ADDRESS_UNREACHABLE: net(0.88),
  ERR_CONNECTION_FAILED: net(0.8), ERR_NETWORK_ACCESS_DENIED: net(0.85), ERR_NETWORK_CHANGED: net(0.7),
  ERR_CONNECTION_RESET: { proposals: [p('network_blocked', 0.6), p('tls_problem', 0.35)], specificity: 2 },
  ERR_CONNECTION_CLOSED: { proposals: [p('network_blocked', 0.55), p('tls_problem', 0.35)], specificity: 2 },
  ERR_TIMED_OUT: net(0.75, 2),
  ERR_SSL_PROTOCOL_ERROR: { proposals: [p('tls_problem', 0.85)], family: 'tls' },
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_CERT_AUTHORITY_INVALID: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_CERT_COMMON_NAME_INVALID: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_CERT_DATE_INVALID: { proposals: [p('tls_problem', 0.9)], family: 'tls' },
  ERR_CERT_INVALID: { proposals: [p('tls_problem', 0.88)], family: 'tls' },
  ERR_CERT_REVOKED: { proposals: [p('tls_problem', 0.88)], family: 'tls' },
  // nodemailer: ETIMEOUT (greeting/socket timeout), EPROTOCOL (a reply that is not SMTP, see probes/classify.ts),
  // EENVELOPE (sender or recipients refused).
  ETIMEOUT: net(0.8), EPROTOCOL: { proposals: [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3), p('tls_problem', 0.3)], specificity: 2 },
  EENVELOPE: { proposals: [p('send_as_denied', 0.35), p('not_authenticated', 0.25)], family: 'smtp-submit', specificity: 1 },
};

/** Every connection and TLS rule. */
export const NETWORK_RULES: readonly Rule[] = [
  // Jakarta Mail's "Could not connect to SMTP host: …, port: 465, response: -1": the connection closed before any greeting, as
  // when plain SMTP is spoken to the implicit-TLS port 465 (mail.smtp.ssl.enable not set; a development text fixed by the SSL
  // socket factory).
  pattern('javamail-465-no-greeting', 'tls', 3, ['\\bport: ?465, response: ?-1\\b'], [p('tls_problem', 0.8), p('network_blocked', 0.3)]),
  // hMailServer's "Temporary error 249 (temporary MX resolution error) resolving …" and other servers' failed MX lookups: the
  // name of the receiving domain did not resolve — DNS on the sending side (a development text).
  pattern('mx-resolution-failed', 'network', 3, [phrase('MX resolution error'), phrase('MX lookup failed')], [p('network_blocked', 0.75)]),
  otherServerGreetingRule,
  // A POP3/IMAP greeting of a proxy instead of Exchange's ("+OK AVG POP3 Proxy Server 7.5 …", "* OK … IMAP4 Proxy"): an
  // antivirus mail shield or a gateway answers in Microsoft's place and speaks its own dialect (no XOAUTH2, its own errors).
  // A form-encoded text turns "+OK" into " OK", so a bare "OK" at a word start counts too.
  pattern('pop-imap-proxy-greeting', 'network', 3, ['(?:\\+|\\* |(?<![^\\s]))OK\\b[^\\n]{0,80}?\\b(?:POP3|IMAP4?)[^\\n]{0,20}? Proxy\\b'], [
    p('unexpected_server_reply', 0.8), p('network_blocked', 0.35),
  ]),
  // imapflow's error codes for a connection that closed or never came up.
  pattern('imapflow-connection', 'network', 3, ['\\b(?:NoConnection|EConnectionClosed|ClosedAfterConnect(?:TLS|Text))\\b'], [
    p('network_blocked', 0.7), p('tls_problem', 0.2),
  ], { flags: '' }),
  codeTable('errno', 'network', 3, '\\b(E[A-Z_]{3,14}|[A-Z]+(?:_[A-Z]+){2,7})\\b', ERROR_CODES, 'g'),
  // MSAL's native broker (msal-node-extensions) logs an offline machine as "StatusInternal::NoNetwork".
  pattern('msal-no-network', 'network', 3, ['StatusInternal::NoNetwork', '\\bNoNetwork\\b'], [p('network_blocked', 0.8)], { flags: '' }),
  pattern('proxy', 'network', 3, [
    phrase('Proxy Authentication Required'), phrase('tunneling socket could not be established'),
    phrase('proxy connection failed'), phrase('Proxy-Authentifizierung erforderlich'),
  ], [p('network_blocked', 0.9)]),
  // PHPMailer's "Connection: Failed to connect to server. Error number 2." / "SMTP ERROR: Failed to connect to server" wraps
  // whatever stream_socket_client() said — a refused or timed-out connection, or a TLS failure ("Peer certificate CN=… did
  // not match expected CN=…", "Failed to enable crypto"; PHPMailer/PHPMailer#1458): the TLS error, when there, decides.
  pattern('connect-failed-wrapper', 'network', 3, [phrase('failed to connect to server')], [p('network_blocked', 0.85)], { yieldsTo: ['tls', 'server-reply'] }),
  // nodemailer's "Greeting never received" (lib/smtp-connection: no 220 greeting within greetingTimeout): the connection stood,
  // but nothing came — most often a plain connection to an implicit-TLS port (465 with secure: false) where the server waits for
  // the TLS handshake, else a filter that holds the session. The encryption setting first (development texts: TLS 5 of 9, the
  // network 4; until the twenty-fifth session it was read as a refused connection).
  pattern('smtp-greeting-never-received', 'tls', 3, [phrase('greeting never received')], [p('tls_problem', 0.6), p('network_blocked', 0.55)]),
  pattern('connect-refused-words', 'network', 3, [
    phrase('connection refused'), phrase('name or service not known'), phrase('no such host is known'),
    phrase('network is unreachable'), phrase('connected party did not properly respond'),
    phrase('Verbindung abgelehnt'), phrase('Verbindung wurde abgelehnt'),
    phrase('Host nicht gefunden'), phrase('Der angegebene Host ist unbekannt'), phrase('could not resolve host'),
    // Postfix's SMTP client when the recipient domain's MX or its address does not resolve (postfix src/smtp/smtp_addr.c:
    // "no MX host for %s has a valid address record"; its DSN text "Host or domain name not found. Name service error for
    // name=… type=…") — a DNS problem on the sending side or of the domain.
    'no MX host for [^\\s]{1,255} has a valid address record', phrase('Host or domain name not found. Name service error'),
  ], [p('network_blocked', 0.85)]),
  // What libraries say when anything between connecting and signing in failed; the reason follows
  // ("nested exception is: …SSLHandshakeException", "---> SocketException", the server's 535). PHPMailer's
  // smtpConnect() reports a refused AUTH as "SMTP connect() failed." too (PHPMailer.php, lang 'connect_host';
  // github.com/PHPMailer/PHPMailer/wiki/Troubleshooting), javax.mail wraps TLS failures in "Could not connect
  // to SMTP host", .NET in "Unable to connect to the remote server". Alone they mean the connection;
  // beside a server reply or a TLS error they are dropped (match.ts).
  pattern('connect-wrapper', 'network', 2, [
    phrase('SMTP connect() failed'), phrase('Could not connect to SMTP host'), phrase('unable to connect to the remote server'),
    phrase("Couldn't connect to host"), phrase('Could not connect to host'), phrase('cannot connect to host'), phrase('MailConnectException'),
    phrase('Connection could not be established with host'),
  ], [p('network_blocked', 0.8)], { yieldsTo: ['server-reply', 'tls'] }),
  // Thunderbird dialogs: cannot connect to the server (Outlook's numbers for it are in vocab-outlook-codes.ts).
  pattern('mail-client-connect', 'network', 3, [
    phrase('is refusing SMTP connections'), phrase('server may be unavailable'),
    phrase('server address is not valid'),
    // Thunderbird: "An error occurred sending mail: <host> is unknown. The server may be incorrectly configured."
    phrase('is unknown. The server may be incorrectly configured'),
  ], [p('network_blocked', 0.8)]),
  pattern('timeout-words', 'network', 2, [
    phrase('connection timeout'), phrase('connection timed out'), phrase('timed out'), 'Zeitüberschreitung', 'getaddrinfo',
    phrase('socket hang up'), `${phrase('connection unexpectedly closed')}:? ?${phrase('timed out')}`,
    // Rust's tokio timeout ("deadline has elapsed") and gRPC/Go's "deadline exceeded".
    phrase('deadline has elapsed'), phrase('deadline exceeded'),
    // A client waiting for a greeting that never comes is as often the TLS mode that does not fit the port (implicit TLS on
    // 587, STARTTLS on 465): development texts with these words were fixed there 4 times in 16.
  ], [p('network_blocked', 0.6), p('tls_problem', 0.3)]),
  // .NET's System.UriFormatException "Invalid URI: The hostname could not be parsed." — the host setting holds what is no host
  // name (a scheme, a space, a path); a development text from Ombi through MailKit.
  pattern('dotnet-invalid-host', 'network', 3, [phrase('Invalid URI: The hostname could not be parsed')], [p('network_blocked', 0.7)]),
  // Python smtplib's SMTPServerDisconnected("Connection unexpectedly closed") without a timeout: the server closed the session —
  // most often a plain SMTP() to an implicit-TLS port (465 needs SMTP_SSL), else a provider that drops the connection on a
  // refused sign-in (QQ Mail without its authorization code). Development texts: TLS 4, the sign-in 3, a limit, the server's
  // side and the network 1 each ("…: timed out" is the network's, timeout-words above). Not when the port named just before it is
  // 587 (Ansible's "Helo failed for host smtp.office365.com:587: Connection unexpectedly closed"): on the STARTTLS port no
  // implicit-TLS mismatch makes the server close at once, and the product's own rule reads it.
  pattern('smtplib-disconnected', 'tls', 2, [`(?<!:587: ?)${phrase('connection unexpectedly closed')}(?!:? ?timed out)`], [
    p('tls_problem', 0.5), p('smtp_auth_failed_generic', 0.4), p('network_blocked', 0.35),
  ]),
  // Microsoft 365 does not offer SMTP on 465 (implicit TLS): clients configured for it time out or fail TLS.
  pattern('port-465', 'network', 1, ['(?:office365\\.com|outlook\\.com|\\bport)[: ]{1,2}465\\b'], [
    p('network_blocked', 0.45), p('tls_problem', 0.3),
  ]),
  // Implicit TLS spoken to port 587: Exchange Online offers only STARTTLS there (a Microsoft engineer in
  // mattermost/mattermost#954: "we only support STARTTLS for SMTP connections"; Microsoft's SMTP AUTH settings: port 587
  // STARTTLS). PHP's ssl:// and tls:// stream transports and Python's SMTP_SSL start TLS at once, so the client waits for
  // a handshake while the server sends its greeting: a timeout or a TLS failure that only the mode explains.
  pattern('implicit-tls-on-587', 'tls', 3, [
    '\\b(?:ssl|tls)://[A-Za-z0-9.-]{1,120}:587\\b', '\\bSMTP_SSL\\b[^\\n]{0,120}?\\b587\\b', '\\b587\\b[^\\n]{0,120}?\\bSMTP_SSL\\b',
    // …and the other way round: MailKit's protocol log "Connected to smtp://host:465/?starttls=always" (STARTTLS asked of the
    // implicit-TLS port; a development text from a Chinese provider).
    '\\bsmtp://[A-Za-z0-9.-]{1,120}:465/\\?starttls=always\\b',
  ], [p('tls_problem', 0.92), p('network_blocked', 0.3)]),
  pattern('tls-cert-words', 'tls', 3, [
    phrase('self signed certificate'), phrase('self-signed certificate'), phrase('unable to get local issuer certificate'),
    phrase('certificate has expired'), phrase("does not match certificate's altnames"), phrase('hostname mismatch'),
    phrase('unable to verify the first certificate'), phrase('certificate verify failed'),
    phrase('remote certificate is invalid'), phrase('PKIX path building failed'), phrase('Zertifikat ist abgelaufen'),
    phrase('Zertifikatkette'),
    // WinRM/PowerShell to outlook.office365.com, Exchange's NDR 450 4.4.317 "[Message=UntrustedRoot]", curl's CA bundle.
    phrase('server certificate on the destination computer'), 'UntrustedRoot', phrase('error setting certificate verify locations'),
    // PHP's OpenSSL stream when its configured CA file cannot be read (ext/openssl/xp_ssl.c: "failed loading cafile stream:
    // `%s'"; Symfony/Swift wrap it in "Connection could not be established with host …").
    phrase('failed loading cafile stream'),
    // Java's certificate path check (java.security.cert.CertPathValidatorException, "CertPathValidator" cut from it: a
    // development text from a Java notifier against a self-signed certificate).
    '\\bCertPathValidator',
    // Windows (WinINet) as Outlook shows it: "There is a problem with the proxy server's security certificate. The security
    // certificate is not from a trusted certifying authority." / "The name on the security certificate is invalid or does not
    // match the name of the target site" (Microsoft support: error-when-outlook-uses-rpc-https-connect-server).
    phrase('not from a trusted certifying authority'), phrase('name on the security certificate is invalid'),
    phrase("problem with the proxy server's security certificate"),
  ], [p('tls_problem', 0.9)]),
  pattern('tls-protocol-words', 'tls', 3, [
    phrase('wrong version number'), phrase('handshake failure'), 'handshake_failure', phrase('tls handshake eof'), phrase('unsupported protocol'),
    phrase('no protocols available'), phrase('alert protocol version'), phrase('SSL connection could not be established'),
    phrase('does not support the connection encryption type'), phrase('Failed to establish appropriate TLS channel'),
    // Exchange's transport logs and NDRs: "TLS negotiation failed with error UnknownCredentials" (Microsoft support:
    // outbound-email-messages-are-not-sent — the connector's certificate).
    phrase('TLS negotiation failed'),
    // Ruby's OpenSSL binding raising SSLError "SSL_connect returned=1 errno=0 state=… : unknown protocol" (ruby/openssl
    // ext/openssl/ossl_ssl.c: ossl_raise(eSSLError, "%s returned=%d errno=%d state=%s", funcname, …), newer versions with
    // " SYSCALL" and peeraddr) and
    // libetpan's MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED (src/low_level/smtp/mailsmtp.c: the server's EHLO offered no STARTTLS).
    // The development texts with OpenSSL's SSL_connect or "SSL routines": 30 of 32 fixed by TLS (port and TLS mode).
    'SSL_connect returned=\\d', 'STARTTLS_NOT_SUPPORTED',
    // Go's crypto/tls as servers log it (net/http's "http: TLS handshake error from <addr>: <err>", the Proton Mail Bridge's
    // "TLS handshake error for <addr>: local error: tls: bad record MAC"; crypto/tls alert.go: alertBadRecordMAC "bad record MAC"):
    // the TLS set-up failed (development texts: 2 of 2 fixed by TLS).
    phrase('TLS handshake error'), 'tls: bad record MAC',
    // Java's SSLSocket reading a plain-text greeting ("javax.net.ssl.SSLException: Unrecognized SSL message, plaintext
    // connection?", sun.security.ssl): implicit TLS spoken to a STARTTLS or plain port (development texts: 4 of 4).
    phrase('Unrecognized SSL message'),
    // OpenSSL's packed error codes of its SSL library ("error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
    // OpenSSL 3's "error:0A00010B:SSL routines::wrong version number"): the library number 20 (ERR_LIB_SSL) sits in the top
    // bits — 0x14 in OpenSSL 1.x (lib << 24), 0x0A in 3.x (lib << 23; include/openssl/err.h ERR_PACK) — so any such code is
    // the TLS layer, also when an app prints the code without "SSL routines" (development texts with one: 34 of 36 fixed by TLS).
    String.raw`\berror:(?:14|0A)[0-9A-F]{6}\b`,
  ], [p('tls_problem', 0.86)]),
  // The server accepted STARTTLS ("220 2.0.0 SMTP server ready") and the connection failed right after it:
  // the TLS handshake failed. PHPMailer reports a failed startTLS() as its generic 'connect_host' text
  // (PHPMailer.php smtpConnect: `if (!$this->smtp->startTLS()) { throw new Exception($this->lang('connect_host')); }`
  // = "SMTP Error: Could not connect to SMTP host."), which alone would read as a blocked network.
  pattern('starttls-then-failed', 'tls', 3, [
    '220 2\\.0\\.0 SMTP server ready.{0,160}?(?:Could not connect to SMTP host|SMTP connect\\(\\) failed|Connection (?:closed|reset)|handshake)',
  ], [p('tls_problem', 0.9)]),
  // Exchange's "421 4.4.2 Connection dropped due to SocketError": Microsoft's support article send-receive-emails-socketerror
  // gives TLS 1.0/1.1 on the other side as the cause (fix: TLS 1.2); a firewall cutting the connection says the same.
  // (phrase() makes the space optional, so "SocketError" and "socket error" both match.)
  // The code with Exchange's own token in any language ("421 4.4.2 连接由于 SocketError 而丢弃" in the Chinese article).
  pattern('exchange-socketerror', 'tls', 2, [phrase('connection dropped due to socket error'), '(?<![\\d.])421[ -]4\\.4\\.2\\b[^\\n]{0,40}?\\bSocketError\\b'], [
    p('tls_problem', 0.55), p('network_blocked', 0.45),
  ]),
  // A TLS ClientHello read by a plain-text server (normalize.ts marks the record header 16 03 0x).
  pattern('tls-bytes-in-plain-text', 'tls', 3, [phrase('[TLS handshake bytes]')], [p('tls_problem', 0.8)]),
  // Perl's IO::Socket::SSL ("local error: SSL write error", imapsync's FAQ.SSL_errors) and OpenSSL's routines; PHP's stream
  // layer when the handshake fails ("stream_socket_client(): Failed to enable crypto", "stream_socket_enable_crypto(): SSL
  // operation failed", PHPMailer/PHPMailer#1458).
  pattern('tls-ssl-routines', 'tls', 1, [
    phrase('SSL routines'), phrase('SSL operation failed'), phrase('SSL write error'), phrase('SSL read error'), phrase('Failed to enable crypto'),
  ], [p('tls_problem', 0.5)]),
  // PHP refusing to open a URL at all: "file_get_contents(): https:// wrapper is disabled in the server configuration by
  // allow_url_fopen=0", then "file_get_contents(https://login.microsoftonline.com/…): Failed to open stream: no suitable wrapper
  // could be found" (php-src main/streams/streams.c php_stream_locate_url_wrapper(); Dolibarr/dolibarr#32284 against the token
  // endpoint): the server's PHP settings forbid the outgoing request (allow_url_fopen, or no openssl extension for https).
  pattern('php-url-wrapper-disabled', 'network', 3, [
    phrase('wrapper is disabled in the server configuration by allow_url_fopen'), phrase('Failed to open stream: no suitable wrapper could be found'),
    '\\bUnable to find the wrapper "https"',
  ], [p('network_blocked', 0.6), p('tls_problem', 0.35)]),
  // What nodemailer and imapflow say when a server's reply breaks their limits or the protocol:
  // something other than Exchange answered (a proxy page, a flood of lines, an endless line).
  pattern('not-exchange-reply', 'network', 3, [
    phrase('Server response exceeds maximum allowed size'), phrase('Invalid greeting'), 'LiteralTooLarge', 'LineTooLarge',
    // The category's title in an older report of this assistant, and now.
    'ResponseTooLarge', 'TooManyTokens', phrase('the server answered something that is not Exchange'),
    phrase('The server and the app do not understand each other'), phrase('Server und Anwendung verstehen sich nicht'),
    // Thunderbird: "Mail server … is not an IMAP4 server" (kb.mozillazine.org/Not_an_IMAP4_server).
    phrase('is not an IMAP4 server'), phrase('SMTP proxy detected'),
  ], [p('unexpected_server_reply', 0.85)]),
  // The same kind of failure in other clients' words: msmtp's "the server sent an invalid reply"
  // (exit code EX_PROTOCOL), "unexpected reply/response", and Exchange's "500 5.3.3 Unrecognized command"
  // when a proxy or client sends something that is not SMTP.
  pattern('protocol-reply-words', 'network', 2, [
    phrase('sent an invalid reply'), phrase('invalid reply from server'), phrase('unexpected reply'), phrase('unexpected server response'),
    'EX_PROTOCOL', phrase('Unrecognized command'), enhanced('5.3.3'),
    // A client that broke the protocol's order, or spoke to a server of another kind: "503 5.5.2 Send hello first" (MAIL
    // before EHLO), "502 … AUTH … not implemented" (a server without SMTP AUTH — Exchange Online offers AUTH after
    // STARTTLS and refuses with 504 5.7.4 otherwise), a POP3 server's "-ERR Protocol error" to an IMAP command, Ruby
    // Net::IMAP's ResponseParseError.
    '\\b502\\b[^\\n]{0,200}?\\bnot implemented\\b', '-ERR Protocol error', 'ResponseParseError',
  ], [p('unexpected_server_reply', 0.7), p('network_blocked', 0.2)]),
  // The same order broken, in the SMTP server's own reply ("503 5.5.2 Send hello first": MAIL or STARTTLS before EHLO). A server
  // reply: a client's own sentence around it ("Server does not support STARTTLS (503 5.5.2 Send hello first)", the wrapper of
  // GNOME Online Accounts and shoutrrr) gives way to it (pattern-kit.ts yieldsTo).
  pattern('smtp-send-hello-first', 'smtp-submit', 2, [phrase('Send hello first')], [p('unexpected_server_reply', 0.7), p('network_blocked', 0.2)]),
  // POP3/IMAP banners of servers that are not Exchange Online (which greets "The Microsoft Exchange IMAP4/POP3 service
  // is ready."): Dovecot's default login_greeting "Dovecot ready.", Courier-IMAP's banner, Exchange Server 2000/2003
  // "Microsoft Exchange Server 2003 POP3 server version 6.5…".
  pattern('other-mail-server-banner', 'network', 3, [
    phrase('Dovecot ready'), 'Courier-IMAP', '\\bMicrosoft Exchange Server 200[03] (?:POP3|IMAP4) server version\\b',
  // As with another server's SMTP greeting ('smtp-other-server-greeting'): alone it names the wrong server, beside that
  // server's own refusal it comes second (a development text: Dovecot refusing the password, fixed by the credentials).
  ], [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3)]),
  // Roundcube's IMAP client (program/lib/Roundcube/rcube_imap_generic.php, "Connected to wrong port or connection error?"):
  // "Empty startup greeting (host:993)" — nothing readable came, as when plain IMAP is spoken to the TLS port 993 (TLS
  // first, then a connection cut); "Wrong startup greeting (host:port): <line>" — another server or protocol answered.
  pattern('roundcube-empty-greeting', 'tls', 2, [phrase('Empty startup greeting')], [p('tls_problem', 0.6), p('network_blocked', 0.45)]),
  pattern('roundcube-wrong-greeting', 'network', 2, [phrase('Wrong startup greeting')], [p('unexpected_server_reply', 0.7), p('tls_problem', 0.3)]),
  // An SMTP client pointed at an IMAP/POP port (993/995; Microsoft: SMTP is smtp.office365.com:587,
  // "POP, IMAP, and SMTP settings", support.microsoft.com/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353):
  // the server greets in another protocol. Bounded gap keeps it linear.
  pattern('smtp-on-imap-port', 'network', 2, [
    `\\bSMTP[^]{0,200}?\\bport\\b:? ?99[35]\\b`, `\\bport\\b:? ?99[35]\\b[^]{0,200}?SMTP`,
  ], [p('unexpected_server_reply', 0.6), p('network_blocked', 0.25)]),
  // The same for an IMAP client set to POP3's port 995 (IMAP is outlook.office365.com:993, same page): the POP3 server's greeting
  // is not IMAP's, and the client waits until it times out (chirag04/mail-listener2#48: "Timed out while authenticating with
  // server" with port 995; the fix was 993).
  pattern('imap-on-pop-port', 'network', 2, eitherOrder('\\bIMAP', `\\bport\\b["']?[:=]? ?995\\b`, 300), [
    p('unexpected_server_reply', 0.8), p('network_blocked', 0.25),
  ]),
  // CDO (CDOSYS) error 0x80040213 "The transport failed to connect to the server": CDO speaks implicit TLS
  // only (smtpusessl), so port 587 with STARTTLS fails as a connection failure.
  // CDO 0x80040217 (CDO_E_LOGON_FAILURE, "The transport was unable to log on to the server"; some versions say
  // "The server response was not available"): CDO signs in with a password only, which Exchange Online refuses.
  pattern('cdo-logon-failure', 'smtp-auth', 2, ['(?:0x)?80040217'], [p('not_authenticated', 0.6), p('basic_auth_used', 0.5)]),
  pattern('cdo-transport-failed', 'network', 2, [
    '80040213', phrase("transport couldn't establish a connection"), phrase('transport failed to connect'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.45)]),
];
