/**
 * Operating-system and TLS-stack vocabularies, besides what patterns-network.ts / patterns-libraries.ts
 * already know: OpenSSL reason strings, Node's TLS codes, GnuTLS error texts, Windows Schannel (SEC_E_*, CERT_E_*) codes and texts, .NET's
 * SslStream / WebException texts, Java's and Go's TLS texts, Windows socket errors (WSAE*), Windows' DPAPI text for stored
 * secrets it cannot read, and Linux errno texts in English and German. Each group cites its source; what could not be confirmed is marked.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * OpenSSL reason strings (openssl/openssl crypto/err/openssl.txt, ssl/ssl_err.c; as printed by Node,
 * Python, PHP, curl and Postfix: "SSL routines:…:<reason>").
 */
const OPENSSL: readonly Rule[] = [
  pattern('openssl-cert-reason', 'tls', 3, [
    phrase('tlsv1 alert unknown ca'), 'TLSV1_ALERT_UNKNOWN_CA', phrase('sslv3 alert bad certificate'), phrase('sslv3 alert certificate expired'),
    phrase('ee key too small'), phrase('ca md too weak'), phrase('legacy sigalg disallowed or unsupported'),
  ], [p('tls_problem', 0.85)]),
  pattern('openssl-protocol-reason', 'tls', 3, [
    ':unknown ?protocol', phrase('no shared cipher'), phrase('packet length too long'), phrase('record layer failure'),
    phrase('tlsv1 alert internal error'), phrase('tlsv1 unrecognized name'), phrase('unexpected eof while reading'),
  ], [p('tls_problem', 0.75)]),
  // SSL_ERROR_SYSCALL: the TCP connection broke during TLS (a firewall or proxy that cuts TLS, or a reset).
  pattern('openssl-syscall', 'tls', 2, ['SSL_ERROR_SYSCALL'], [p('tls_problem', 0.5), p('network_blocked', 0.4)]),
];

/**
 * Node.js: the X509 certificate error codes of nodejs.org/api/tls.html#x509-certificate-error-codes not yet in
 * patterns-network.ts, ERR_TLS_HANDSHAKE_TIMEOUT (nodejs.org/api/errors.html), and the ERR_SSL_<REASON> codes
 * Node derives from OpenSSL's "SSL routines" reasons.
 */
const NODE_TLS: readonly Rule[] = [
  pattern('node-x509-code', 'tls', 3, [
    '\\b(?:UNABLE_TO_GET_CRL|UNABLE_TO_DECRYPT_CERT_SIGNATURE|UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY|CERT_SIGNATURE_FAILURE|CERT_NOT_YET_VALID|'
      + 'ERROR_IN_CERT_NOT_(?:BEFORE|AFTER)_FIELD|CERT_CHAIN_TOO_LONG|CERT_REVOKED|INVALID_CA|PATH_LENGTH_EXCEEDED|INVALID_PURPOSE|'
      + 'CERT_REJECTED|HOSTNAME_MISMATCH)\\b',
  ], [p('tls_problem', 0.88)], { flags: '' }),
  pattern('node-ssl-code', 'tls', 2, ['\\bERR_SSL_[A-Z0-9_]{3,60}\\b'], [p('tls_problem', 0.7)], { flags: '' }),
  pattern('node-tls-timeout', 'tls', 2, ['\\bERR_TLS_HANDSHAKE_TIMEOUT\\b'], [p('tls_problem', 0.45), p('network_blocked', 0.45)], { flags: '' }),
];

/**
 * GnuTLS error texts (gnutls lib/errors.c ERROR_ENTRY list; used by msmtp, curl/git on Debian, wget,
 * FileZilla) and the certificate status text of gnutls_certificate_verification_status_print.
 */
const GNUTLS: readonly Rule[] = [
  pattern('gnutls-handshake', 'tls', 3, [
    phrase('An unexpected TLS packet was received'), phrase('A TLS fatal alert has been received'),
    phrase('A record packet with illegal version was received'), phrase('A TLS packet with unexpected length was received'),
    phrase('Could not negotiate a supported cipher suite'), phrase('No supported cipher suites have been found'),
    phrase('gnutls_handshake() failed'),
  ], [p('tls_problem', 0.8)]),
  pattern('gnutls-cert', 'tls', 3, [phrase('The certificate is NOT trusted'), phrase('The certificate issuer is unknown')], [p('tls_problem', 0.88)]),
  // GNUTLS_E_PREMATURE_TERMINATION / GNUTLS_E_PULL_ERROR: the connection broke during TLS.
  pattern('gnutls-terminated', 'tls', 2, [phrase('The TLS connection was non-properly terminated'), phrase('Error in the pull function')], [
    p('tls_problem', 0.55), p('network_blocked', 0.35),
  ]),
];

/**
 * Windows Schannel / CryptoAPI (learn.microsoft.com/windows/win32/secauthn/schannel-error-codes-for-tls-and-ssl-alerts,
 * learn.microsoft.com/windows/win32/secauthn/sspi-status-codes and its de-de page). English texts are
 * the Windows message texts of the codes; German: "Der Zielprinzipalname ist falsch" (learn.microsoft.com de-de
 * SQL Server TLS troubleshooting), "Die lokale Sicherheitsautorität kann nicht kontaktiert werden" (Indy's German
 * SSPI strings), the certificate texts from the de-de SSPI page; "Die empfangene Nachricht war unerwartet oder
 * wies ein falsches Format auf" is not confirmed against a German Windows in this session.
 */
const SCHANNEL: readonly Rule[] = [
  pattern('schannel-cert', 'tls', 3, [
    'SEC_E_CERT_UNKNOWN', '0x80090327', '0x80090328', 'CERT_E_UNTRUSTEDROOT', '0x800B0109', 'CERT_E_CN_NO_MATCH', '0x800B010F',
    'CERT_E_EXPIRED', '0x800B0101', 'CRYPT_E_REVOKED', '0x80092010', 'CRYPT_E_REVOCATION_OFFLINE', '0x80092013',
    'CRYPT_E_NO_REVOCATION_CHECK', '0x80092012', phrase('target principal name is incorrect'), phrase('Zielprinzipalname ist falsch'),
    // The same, as users write it ("Der Zielprinzipname ist falsch", voiceoverit.de), and Outlook Anywhere's "Mutual authentication
    // could not be established" / "Die gegenseitige Authentifizierung konnte nicht eingerichtet werden": the server's certificate
    // does not name the host Outlook connects to (learn.microsoft.com exchange/troubleshoot/administration/
    // mutual-authentication-could-not-be-established-error-if-testing-outlook-anywhere).
    phrase('Zielprinzipname ist falsch'), phrase('Mutual authentication could not be established'),
    phrase('gegenseitige Authentifizierung konnte nicht eingerichtet werden'),
    phrase('terminated in a root certificate which is not trusted'), phrase('unknown error occurred while processing the certificate'),
    phrase('Verarbeitung des Zertifikats ist ein unbekannter Fehler'), phrase('empfangene Zertifikat ist abgelaufen'),
  ], [p('tls_problem', 0.88)]),
  pattern('schannel-handshake', 'tls', 3, [
    'SEC_E_ILLEGAL_MESSAGE', '0x80090326', phrase('message received was unexpected or badly formatted'),
    phrase('empfangene Nachricht war unerwartet oder wies ein falsches Format auf'),
    'SEC_E_UNSUPPORTED_FUNCTION', '0x80090302', 'SEC_E_INTERNAL_ERROR', '0x80090304',
    phrase('Local Security Authority cannot be contacted'), phrase('lokale Sicherheitsautorität kann nicht kontaktiert werden'),
    'SEC_E_DECRYPT_FAILURE', '0x80090330', 'SEC_E_MESSAGE_ALTERED', '0x8009030F', 'SEC_E_INVALID_TOKEN', '0x80090308',
    phrase('token supplied to the function is invalid'),
  ], [p('tls_problem', 0.8)]),
];

/**
 * .NET TLS (dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx: net_auth_SSPI,
 * net_ssl_io_cert_custom_validation, net_frame_read_size, net_io_eof) and .NET Framework's WebException
 * texts (System.Net: net_webstatus_TrustFailure, net_webstatus_SecureChannelFailure, net_webstatus_SendFailure,
 * net_webstatus_NameResolutionFailure).
 */
const DOTNET_TLS: readonly Rule[] = [
  // SslStream's AuthenticationException "Authentication failed, see inner exception." is a TLS failure,
  // not a sign-in failure (the word "Authentication" here is the TLS handshake).
  pattern('dotnet-ssl-auth-failed', 'tls', 2, [
    phrase('Authentication failed, see inner exception'), 'System\\.Security\\.Authentication\\.AuthenticationException',
    // The same exception's other text, "A call to SSPI failed, see inner exception." (Microsoft Learn, "Troubleshooting TLS 1.2
    // and certificate issues": client-side "System.Security.Authentication.AuthenticationException: A call to SSPI failed, see
    // inner exception."; Mono's SslStream throws it with this text), and HttpClient's German "Es konnte keine
    // SSL-Verbindung hergestellt werden, siehe interne Ausnahme." (its English is in patterns-network.ts).
    phrase('A call to SSPI failed'), phrase('Es konnte keine SSL-Verbindung hergestellt werden'),
  ], [p('tls_problem', 0.65)]),
  // German: "Es konnte keine Vertrauensstellung für den sicheren SSL/TLS-Kanal hergestellt werden" / "Für den geschützten
  // SSL/TLS-Kanal konnte keine Vertrauensstellung hergestellt werden" (both quoted in Microsoft's German documentation).
  pattern('dotnet-ssl-cert', 'tls', 3, [
    phrase('rejected by the provided RemoteCertificateValidationCallback'), phrase('Could not establish trust relationship for the SSL/TLS secure channel'),
    'Vertrauensstellung[^.\\n]{0,60}?SSL/TLS', 'SSL/TLS[^.\\n]{0,60}?Vertrauensstellung',
  ], [p('tls_problem', 0.9)]),
  // German .NET Framework: "Die Anfrage wurde abgebrochen: Es konnte kein geschützter SSL/TLS-Kanal erstellt werden." (also
  // "Die Anforderung wurde abgebrochen: …", as Microsoft's German Intune documentation quotes it).
  pattern('dotnet-ssl-channel', 'tls', 3, [
    phrase('Could not create SSL/TLS secure channel'), phrase('Cannot determine the frame size or a corrupted frame was received'),
    phrase('Es konnte kein geschützter SSL/TLS-Kanal erstellt werden'),
  ], [p('tls_problem', 0.82)]),
  // German: "Die zugrunde liegende Verbindung wurde geschlossen: Unerwarteter Fehler beim Senden." (the wrapper's German
  // wording as Microsoft's German SharePoint and Visual Studio articles quote it).
  pattern('dotnet-ssl-eof', 'tls', 2, [
    phrase('Received an unexpected EOF or 0 bytes from the transport stream'), phrase('An unexpected error occurred on a send'),
    `${phrase('Die zugrunde liegende Verbindung wurde geschlossen')}: ?${phrase('Unerwarteter Fehler beim Senden')}`,
  ], [p('tls_problem', 0.55), p('network_blocked', 0.35)]),
  // German: "Der Remotename konnte nicht aufgelöst werden" (WebException, as Microsoft's German release notes of the Azure
  // DocumentDB SDK quote it).
  pattern('dotnet-name-resolution', 'network', 3, [
    phrase('The remote name could not be resolved'), phrase('Der Remotename konnte nicht aufgelöst werden'),
  ], [p('network_blocked', 0.9)]),
];

/** Java TLS (OpenJDK sun.security.ssl / java.security.cert messages), Go (crypto/x509, crypto/tls) and PHP's OpenSSL stream. */
const JAVA_GO_TLS: readonly Rule[] = [
  pattern('java-tls', 'tls', 3, [
    phrase('No subject alternative names matching'), phrase('No subject alternative DNS name matching'), 'CertificateExpiredException',
    'SSLPeerUnverifiedException', phrase('is not accepted by client preferences'),
    phrase('but that protocol version is not enabled or not supported by the client'),
    phrase('x509: certificate signed by unknown authority'), phrase('x509: certificate is valid for'),
    phrase('tls: first record does not look like a TLS handshake'), phrase('tls: failed to verify certificate'),
    // PHP's OpenSSL stream (php-src ext/openssl/xp_ssl.c): "Peer certificate CN=`…' did not match expected CN=`…'".
    phrase('did not match expected CN='),
    // OpenJDK java.security.cert.CertPathValidatorException ("PKIX path validation failed").
    phrase('PKIX path validation failed'), 'CertPathValidatorException',
    // Netty's SslHandler ("io.netty.handler.ssl.NotSslRecordException: not an SSL/TLS record: <hex>"): TLS spoken to a port
    // that answered in plain text — implicit TLS against 587, whose STARTTLS starts in plain text.
    'NotSslRecordException', phrase('not an SSL/TLS record'),
  ], [p('tls_problem', 0.88)]),
  // java.net: NoRouteToHostException ("No route to host" is already known); "java.net.SocketException: Connection
  // reset" is the loose Java form of a reset.
  pattern('java-net-unreachable', 'network', 3, ['NoRouteToHostException'], [p('network_blocked', 0.88)]),
  pattern('java-net-reset', 'network', 2, ['java\\.net\\.SocketException: Connection reset(?! by)'], [p('network_blocked', 0.5), p('tls_problem', 0.3)]),
];

/**
 * Windows socket errors (learn.microsoft.com/windows/win32/debug/system-error-codes--9000-11999-; WinError.h)
 * not yet in patterns-libraries.ts, in English and German. German: 10065 and WSAENETDOWN are confirmed (see
 * below); the 10013, 10053 and 11002 wordings are the localized Windows texts as remembered from public threads
 * and not confirmed against a Microsoft source in this session.
 */
const WINSOCK: readonly Rule[] = [
  pattern('wsa-unreachable', 'network', 3, [
    'WSAENETUNREACH', 'WSAEHOSTUNREACH', 'WSAHOST_NOT_FOUND', 'WSATRY_AGAIN', 'WSANO_DATA', 'WSAENETDOWN', '(?:WinError|Socket ?error|Errno|error code) ?:? ?(?:1005[01]|10065|1100[124])\\b',
    phrase('A socket operation was attempted to an unreachable network'), phrase('A socket operation was attempted to an unreachable host'),
    phrase('temporary error during hostname resolution'), phrase('no data of the requested type was found'),
    // German: 10065 "Der Host war bei einem Socketvorgang nicht erreichbar" (quoted from Windows in public code),
    // WSAENETDOWN "Bei einem Socketvorgang war das Netzwerk inaktiv" (learn.microsoft.com de-de Winsock pages);
    // 10051 is matched by the same bounded form.
    'Socketvorgang[^.\\n]{0,60}?(?:nicht erreichbar|Netzwerk inaktiv)', phrase('vorübergehender Fehler bei der Auflösung des Hostnamens'),
  ], [p('network_blocked', 0.85)]),
  // WSAEACCES 10013: a local firewall or security software refuses the socket.
  pattern('wsa-access', 'network', 3, [
    'WSAEACCES', phrase('access a socket in a way forbidden by its access permissions'),
    phrase('auf einen Socket in einer nicht durch die Zugriffsrechte erlaubten Weise zuzugreifen'),
  ], [p('network_blocked', 0.85)]),
  // WSAECONNABORTED 10053 / WSAECONNRESET 10054: the connection was cut (often security software or a proxy).
  pattern('wsa-aborted', 'network', 2, [
    'WSAECONNABORTED', 'WSAECONNRESET', phrase('established connection was aborted by the software in your host machine'),
    phrase('softwaregesteuert durch den Hostcomputer abgebrochen'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)]),
];

/**
 * Linux errno and getaddrinfo texts (glibc; German from the installed glibc 2.36 translation,
 * /usr/share/locale/de/LC_MESSAGES/libc.mo of Debian 12 libc-l10n) not yet in patterns-*.ts.
 */
const ERRNO: readonly Rule[] = [
  pattern('errno-unreachable', 'network', 3, [
    phrase('Verbindungsaufbau abgelehnt'), phrase('Die Wartezeit für die Verbindung ist abgelaufen'),
    phrase('Das Netzwerk ist nicht aktiv'), phrase('Network is down'), phrase('Host is down'), phrase('Der Rechner ist nicht aktiv'),
    phrase('No address associated with hostname'), phrase('Zu diesem Hostnamen gehört keine Adresse'),
    phrase('Unbekannter Rechner'),
    // The BSD/macOS getaddrinfo text for EAI_NONAME (Python on macOS: "[Errno 8] nodename nor servname provided, or
    // not known"), and Boost.Asio's / Qt's failed lookup ("Host not found (authoritative)", QAbstractSocket "Host not found").
    phrase('nodename nor servname provided'), phrase('Host not found'),
    // EHOSTUNREACH as simonrob/email-oauth2-proxy#378 logs it: "[Errno 113] Host is unreachable" (musl libc's text, as
    // remembered; glibc says "No route to host", patterns-libraries.ts).
    phrase('Host is unreachable'),
    // Windows Sockets WSANO_DATA (11004): the name exists in DNS but has no address record ("The requested name is valid,
    // but no data of the requested type was found"; German as Microsoft's German KB prints it, "Fehlerwert: 11004 der
    // angeforderte Name ist gültig, jedoch keine Daten des angeforderten Typs gefunden", and as OONI's probe lists it,
    // "Der angeforderte Name ist gültig, es wurden jedoch keine Daten des angeforderten Typs gefunden").
    phrase('requested name is valid, but no data of the requested type was found'),
    phrase('keine Daten des angeforderten Typs gefunden'),
  ], [p('network_blocked', 0.85)]),
  pattern('errno-aborted', 'network', 2, [
    phrase('Software caused connection abort'), phrase('Das Programm verursachte den Abbruch der Verbindung'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)]),
  // .NET on Linux reports a failed name lookup (getaddrinfo EAI_AGAIN) as SocketException 11 with EAGAIN's text:
  // "SocketException (00000001, 11): Resource temporarily unavailable". EAGAIN's text alone is any socket that
  // had no data yet, so only the .NET form counts.
  pattern('dotnet-linux-dns-again', 'network', 2, ['SocketException \\(\\d{1,8}, ?11\\): Resource temporarily unavailable'], [
    p('network_blocked', 0.6),
  ]),
  // Windows' ERROR_NETNAME_DELETED (64, 0x40), "The specified network name is no longer available." (Microsoft Learn, System Error
  // Codes 0-499; .NET's IOException and Win32Exception print it when the peer or a firewall drops the connection). German as
  // Windows prints it: "Der angegebene Netzwerkname ist nicht mehr verfügbar."
  pattern('win32-netname-deleted', 'network', 2, [
    phrase('The specified network name is no longer available'), phrase('Der angegebene Netzwerkname ist nicht mehr verfügbar'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.25)]),
  pattern('errno-broken-pipe', 'network', 1, [phrase('Broken pipe'), phrase('Datenübergabe unterbrochen')], [p('network_blocked', 0.35)]),
];

/**
 * Apple's URL loading system (iOS and macOS mail apps, Outlook for iOS/Mac): the NSURLErrorDomain codes, printed as
 * "Error Domain=NSURLErrorDomain Code=-1001 …" or by name (Foundation's NSURLError.h: NSURLErrorTimedOut = -1001,
 * NSURLErrorCannotFindHost = -1003, NSURLErrorCannotConnectToHost = -1004, NSURLErrorNetworkConnectionLost = -1005,
 * NSURLErrorDNSLookupFailed = -1006, NSURLErrorNotConnectedToInternet = -1009; NSURLErrorSecureConnectionFailed = -1200 …
 * NSURLErrorClientCertificateRequired = -1206), and Secure Transport's SSL errors in kCFStreamErrorDomainSSL (SecureTransport.h:
 * errSSL… codes -9800 … -9899, e.g. errSSLClosedAbort -9806, errSSLXCertChainInvalid -9807, errSSLPeerHandshakeFail -9824).
 * CFNetwork reports the same codes in kCFErrorDomainCFNetwork (CFNetworkErrors.h: kCFURLErrorTimedOut = -1001 …
 * kCFURLErrorSecureConnectionFailed = -1200), with the Secure Transport code in _kCFStreamErrorCodeKey.
 */
const APPLE_URL: readonly Rule[] = [
  pattern('apple-url-network', 'network', 3, [
    '(?:NSURLErrorDomain|kCFErrorDomainCFNetwork)[^\\n]{0,20}?(?:Code=|[Cc]ode |error )-10(?:0[13456]|09)(?!\\d)',
    'NSURLError(?:TimedOut|CannotFindHost|CannotConnectToHost|NetworkConnectionLost|DNSLookupFailed|NotConnectedToInternet)\\b',
  ], [p('network_blocked', 0.8)]),
  pattern('apple-url-tls', 'tls', 3, [
    '(?:NSURLErrorDomain|kCFErrorDomainCFNetwork)[^\\n]{0,20}?(?:Code=|[Cc]ode |error )-120[0-6](?!\\d)',
    'NSURLError(?:SecureConnectionFailed|ServerCertificate(?:HasBadDate|Untrusted|HasUnknownRoot|NotYetValid)|ClientCertificate(?:Rejected|Required))\\b',
    'kCFStreamErrorDomainSSL[^\\n]{0,40}?-98\\d\\d(?!\\d)',
    '_kCFStreamErrorCodeKey=-98\\d\\d(?!\\d)',
    // The console line of App Transport Security before such an error: "CFNetwork SSLHandshake failed (-9806)".
    'CFNetwork SSLHandshake failed \\(-98\\d\\d\\)',
  ], [p('tls_problem', 0.8)]),
];

/**
 * Mbed TLS (embedded clients: ESP32/Arduino mail libraries) prints its error table's text and number: "SSL - An invalid SSL
 * record was received" (MBEDTLS_ERR_SSL_INVALID_RECORD, -0x7200 = -29184), "X509 - Certificate verification failed"
 * (mobizt/ESP32-Mail-Client#15 quotes the first with "MbedTLS message code: -29184", port 465/587 mixed up; the other texts
 * and the constant's name are mbedtls library/error.c's as remembered — the search budget ran out before a stored copy was read).
 */
const MBEDTLS: readonly Rule[] = [
  pattern('mbedtls-error', 'tls', 3, [
    phrase('SSL - An invalid SSL record was received'), phrase('X509 - Certificate verification failed'),
    `${phrase('MbedTLS message code:')} ?-\\d{3,6}`, phrase('SSL - The connection indicated an EOF'),
    phrase('SSL - Processing of the ServerHello handshake message failed'),
  ], [p('tls_problem', 0.8)]),
];

/**
 * Windows' SEC_E_LOGON_DENIED (0x8009030C, by its number in vocab-win-codes.ts from learn.microsoft.com/windows/win32/secauthn/
 * sspi-status-codes), "The logon attempt failed" — what SmtpClient / Send-MailMessage say when the
 * server refused the NTLM or Negotiate (Windows password) sign-in (cunninghamp/Get-DailyBackupAlerts.ps1#16). A password
 * sign-in refused; which one Exchange Online takes is OAuth. The German wording is Windows' as remembered, not confirmed in a
 * stored copy.
 */
const SSPI_LOGON: readonly Rule[] = [
  pattern('sspi-logon-denied', 'smtp-auth', 2, [phrase('The logon attempt failed'), phrase('Der Anmeldeversuch ist fehlgeschlagen')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { protocolSensitive: true }),
];

/**
 * Windows' DPAPI cannot decrypt what was stored for another user, machine or password (NTE_BAD_KEY_STATE 0x8009000B, "Key not
 * valid for use in specified state", Winerror.h): a token cache or saved credential that can no longer be read. CISA's ScubaGear
 * troubleshooting (docs/troubleshooting/graph.md): Microsoft Graph PowerShell's sign-in fails so until its cache folder (~/.graph)
 * is deleted; Microsoft's Cloud Connector notes: ConvertTo-SecureString fails so after the account's password changed, until the
 * stored credential is set again. The cached token or credential first; the password to enter again second.
 */
const DPAPI: readonly Rule[] = [pattern('dpapi-key-state', 'entra', 2, [phrase('Key not valid for use in specified state')], [
  p('token_expired_or_invalid', 0.45), p('not_authenticated', 0.2),
])];

/** Every OS and TLS vocabulary rule. */
export const OS_TLS_VOCABULARY_RULES: readonly Rule[] = [...OPENSSL, ...NODE_TLS, ...GNUTLS, ...SCHANNEL, ...DOTNET_TLS, ...JAVA_GO_TLS, ...WINSOCK, ...ERRNO, ...APPLE_URL, ...MBEDTLS, ...SSPI_LOGON, ...DPAPI];
