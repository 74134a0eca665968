/**
 * What mail libraries, relays and operating systems say around (or instead of) a server reply:
 * .NET System.Net.Mail / SocketException / AuthenticationException and Schannel, MailKit,
 * javax/Jakarta Mail and Java TLS, Python smtplib/imaplib/ssl/socket, PHPMailer / Swift Mailer /
 * Laminas, Postfix and sasl-xoauth2 log lines, OpenSSL, and OS network errors in English, German,
 * French and Spanish. The replies themselves are in patterns-smtp.ts / patterns-imap.ts.
 * Message texts: the libraries' own sources and the public issue threads of the decoder corpus
 * (test/fixtures/decoder-corpus); Windows socket texts are the WSA error texts of Windows
 * (WSAECONNREFUSED 10061, WSAETIMEDOUT 10060, WSAHOST_NOT_FOUND 11001) in their localized forms.
 */
import { AUTH_NOT_OFFERED } from './guess-words.js';
import { eitherOrder, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A Microsoft 365 MX endpoint's host name (<domain>.mail.protection.outlook.com). */
const MX_ENDPOINT = '\\.mail\\.protection\\.outlook\\.com\\b';
/** Another library's words for "no mechanism in common" (AUTH_NOT_OFFERED has MailKit's and lettre's). */
const NO_SHARED_MECHANISM = phrase('No authentication mechanisms supported by both server and client');
/** A client's or server's words for "no AUTH offered" (guess-words.ts), and the libraries' "no compatible mechanism". */
const AUTH_NOT_OFFERED_WORDS = `${AUTH_NOT_OFFERED.source}|${NO_SHARED_MECHANISM}`;

const NET_REFUSED = [
  phrase('actively refused it'), phrase('Zielcomputer die Verbindung verweigerte'), phrase('denegó expresamente dicha conexión'),
  phrase('No route to host'), phrase('Keine Route zum Zielrechner'), phrase('Netzwerk ist nicht erreichbar'),
  phrase('Temporary failure in name resolution'), phrase('Temporärer Fehler bei der Namensauflösung'),
  phrase('Der Name oder der Dienst ist nicht bekannt'), phrase('Der Name ist unbekannt'), phrase('Es ist kein solcher Host bekannt'),
  phrase('Es konnte keine Verbindung hergestellt werden'), phrase('UnknownHostException'), 'socket\\.gaierror',
  // UW c-client (PHP's imap_open): "Can't connect to %.80s,%lu: %s" — the host, a comma and the port (tcp_unix.c tcp_socket_open);
  // without them "I can't connect to Exchange Online" is a person's sentence, not the network's answer.
  `${phrase("Can't connect to")} ?[A-Za-z0-9.:\\[\\]-]{1,100},\\d{1,5}\\b`, 'WinError 1006[01]', 'WSAECONNREFUSED', 'WSAETIMEDOUT', 'errno=113',
];

const NET_TIMEOUT = [
  phrase('Ein Verbindungsversuch ist fehlgeschlagen'), phrase('Une tentative de connexion a échoué'),
  phrase('did not properly respond after a period of time'), phrase('The operation has timed out'),
  phrase('Der Vorgang hat das Zeitlimit überschritten'), phrase('SocketTimeoutException'), phrase('connect timed out'),
  phrase('Read timed out'), phrase('lost connection with'), phrase('Request failed! (code: 0)'), phrase('status code 0'),
];

/**
 * Microsoft 365 closes the connection during the handshake when the client offers only TLS 1.0/1.1
 * ("An existing connection was forcibly closed by the remote host" is the symptom Microsoft names for
 * missing TLS 1.2, learn.microsoft.com/sharepoint/troubleshoot/administration/authentication-errors-tls12-support),
 * so this reset reads as TLS first.
 */
const NET_FORCIBLY_CLOSED = [phrase('forcibly closed by the remote host'), phrase('vom Remotehost geschlossen')];

const NET_RESET = [
  phrase('net_io_connectionclosed'),
  // Not when "forcibly closed" follows: that reset is the TLS 1.2 symptom below, and the two would add up to network first.
  `${phrase('Unable to read data from the transport connection')}(?!: ?${phrase('An existing connection was forcibly closed')})`,
  phrase('Impossible de lire les données de la connexion de transport'),
  phrase('Connection reset by peer'), phrase('vom Kommunikationspartner zurückgesetzt'),
];

const TLS_HANDSHAKE = [
  phrase('establish an SSL or TLS connection'), phrase('SslHandshakeException'), phrase('SSLHandshakeException'),
  // "The handshake failed due to an unexpected packet format" (.NET SslStream), and a person's own "handshake failed" about a
  // mail client's connection (MailKit #565; every development text with the two words is a TLS failure).
  phrase('handshake failed'), phrase('Could not convert socket to TLS'),
  phrase('do not possess a common algorithm'), phrase('The client and server cannot communicate, because they do not'), phrase('keinen gemeinsamen Algorithmus'), phrase('No appropriate protocol'),
  phrase('Remote host terminated the handshake'), phrase('Received fatal alert'), phrase('remote party has closed the transport stream'),
  phrase('unsafe legacy renegotiation disabled'), phrase('dh key too small'), 'SEC_E_ALGORITHM_MISMATCH', '0x80090331',
  phrase('STARTTLS is required but host does not support STARTTLS'), phrase('TLS is required, but was not offered'),
  // Node's error code as a word: not the letters inside "the protocol" when a wrapped line joins them ("theprotocol").
  '\\bEPROTO\\b',
  // Java: a TLS client met a plain-text server (STARTTLS port spoken as implicit TLS, or the reverse).
  phrase('Unsupported or unrecognized SSL message'),
  // Go's net/smtp PlainAuth refuses to send a password before TLS: errors.New("unencrypted connection").
  phrase('unencrypted connection'),
  // Zend/Laminas Mail's and Nette Mail's SMTP after STARTTLS when stream_socket_enable_crypto() failed (Zend_Mail_Protocol_Smtp,
  // Nette\Mail\SmtpMailer: "Unable to connect via TLS"; Adobe Commerce names it the symptom of a server without TLS 1.2).
  phrase('Unable to connect via TLS'),
];

const TLS_CERT = [
  phrase('revocation function was unable to check revocation'), phrase('Sperrfunktion konnte keine Sperrprüfung'),
  phrase('issued by an authority that is not trusted'), phrase('nicht vertrauenswürdigen Zertifizierungsstelle'),
  phrase('Remotezertifikat ist laut Validierungsverfahren ungültig'), phrase('unable to find valid certification path'),
  phrase('SSLCertVerificationError'), 'SEC_E_UNTRUSTED_ROOT', '0x80090325', 'SEC_E_WRONG_PRINCIPAL', '0x80090322',
  'SEC_E_CERT_EXPIRED', 'CERT_UNTRUSTED', 'UNABLE_TO_GET_ISSUER_CERT',
];

/** Every library rule. */
/** Postfix's "SASL authentication failed; cannot authenticate to server <host>: <reason>", the reason being Cyrus SASL's. */
const CANNOT_AUTHENTICATE = phrase('cannot authenticate to server');
/** Cyrus SASL's reasons that have rules of their own: SASL_NOMECH and SASL_FAIL. The token rule reads the others. */
const NO_MECHANISM = phrase('no mechanism available');
const GENERIC_FAILURE = phrase('generic failure');
const saslReason = (reason: string): string => `${CANNOT_AUTHENTICATE}[^\\n]{0,200}?${reason}`;

export const LIBRARY_RULES: readonly Rule[] = [
  // .NET's XmlException when a SOAP client (EWS Managed API, ews-javascript-api) gets something that is no XML where it
  // expected the server's reply: "Name cannot begin with the '<' character, hexadecimal value 0x3C. Line 1, position …"
  // (OfficeDev/ews-managed-api#294), "Data at the root level is invalid. Line 1, position 1." (System.Xml's wording as remembered, not
  // confirmed in a stored copy) — an HTML page, a proxy's or
  // another server's answer, or a server bug.
  pattern('dotnet-xml-not-xml', 'network', 3, [
    `${phrase('Name cannot begin with the')} ?'.' ?${phrase('character, hexadecimal value')}`,
    phrase('Data at the root level is invalid'),
  ], [p('unexpected_server_reply', 0.6), p('network_blocked', 0.25)]),
  pattern('lib-net-refused', 'network', 3, NET_REFUSED, [p('network_blocked', 0.8)]),
  // "Unable to connect to …" is also a wrapper: Simple Java Mail's connection test says "Was unable to connect to SMTP server" when
  // the sign-in failed (bbottema/simple-java-mail MailerException), so a server's reply after it decides (.NET's "Unable to connect
  // to the remote server" is the connect-wrapper rule in patterns-network.ts).
  // TLS second: development texts with this sentence were fixed by the TLS set-up 4 times in 19 (after the network, 10).
  pattern('lib-net-unable-to-connect', 'network', 3, [`${phrase('Unable to connect to')}(?! ?the ?remote ?server)`], [p('network_blocked', 0.8), p('tls_problem', 0.3)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('lib-net-timeout', 'network', 3, NET_TIMEOUT, [p('network_blocked', 0.75)]),
  // The development texts with these words: TLS fixed 10 of 15, the server's own reply 2, the network 1 — TLS first.
  pattern('lib-net-reset', 'network', 2, NET_RESET, [
    p('tls_problem', 0.5), p('network_blocked', 0.35), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // System.Net.Mail's SmtpException "Failure sending mail." wraps whatever broke; alone it says the connection did, the words
  // after it decide (development texts: 6, no cause twice more than another).
  pattern('dotnet-failure-sending-mail', 'network', 1, [phrase('Failure sending mail')], [
    p('network_blocked', 0.35), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('lib-net-forcibly-closed', 'network', 2, NET_FORCIBLY_CLOSED, [p('tls_problem', 0.5), p('network_blocked', 0.45)]),
  // The same reset as Python prints it ("ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the
  // remote host", e.g. email-oauth2-proxy's "Caught connection error (server) - ConnectionResetError : [WinError 10054]",
  // simonrob/email-oauth2-proxy#400): Python's ssl module speaks TLS 1.2/1.3, so the old .NET TLS-version reading above does not
  // apply — the network (a firewall, proxy or the server dropping the connection) first.
  pattern('python-connection-reset-10054', 'network', 3, ['\\bConnectionResetError ?:? ?\\[WinError 10054\\]'], [
    p('network_blocked', 0.55), p('tls_problem', 0.4),
  ]),
  pattern('lib-tls-handshake', 'tls', 3, TLS_HANDSHAKE, [p('tls_problem', 0.72)]),
  // Jakarta/javax Mail's STARTTLS step failed ("Could not convert socket to TLS"): whatever it nests — a handshake alert, a
  // certificate, or a read that timed out while the server never answered the TLS hello — the encryption step is what to check
  // first (development texts with it: TLS 9 of 9, one with a nested "Read timed out" that the timeout rule above outweighed).
  pattern('javamail-starttls-convert-failed', 'tls', 3, [phrase('Could not convert socket to TLS')], [p('tls_problem', 0.85)]),
  pattern('lib-tls-cert', 'tls', 3, TLS_CERT, [p('tls_problem', 0.85)]),
  // The client found no AUTH it can use: Exchange offers AUTH only after STARTTLS.
  pattern('lib-no-auth-mechanism', 'tls', 2, [
    phrase('No compatible authentication mechanisms found'), NO_SHARED_MECHANISM,
    // Rust's lettre: "No compatible authentication mechanism was found".
    phrase('No compatible authentication mechanism was found'),
  ], [p('tls_problem', 0.55), p('basic_auth_used', 0.3)]),
  // The same, from a server that names itself as a domain's MX endpoint (<domain>.mail.protection.outlook.com, in its greeting
  // or EHLO reply): that host takes Direct Send and connector relay on port 25 without sign-in and never offers AUTH; a client
  // that signs in must use smtp.office365.com ("How to set up a multifunction device or application to send email using
  // Microsoft 365 or Office 365", learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-
  // application-to-send-email-using-microsoft-365-or-office-365: its comparison of client submission, SMTP relay and Direct Send).
  pattern('auth-not-offered-mx-endpoint', 'smtp-auth', 3, [
    ...eitherOrder(MX_ENDPOINT, `(?:${AUTH_NOT_OFFERED_WORDS})`, 3000),
  ], [p('unexpected_server_reply', 0.75), p('tls_problem', 0.25)]),
  // CakePHP's SMTP transport (as passbolt prints it: "Could not send the test email. Error: Unsupported auth type: NTLM",
  // passbolt/passbolt_docker#205 and #212; CakePHP's own source not read here) when the server offers only mechanisms it lacks —
  // an Exchange relay offering NTLM, or a relay that needs no sign-in at all (#205 was a transport bug, fixed in passbolt 4.1.2).
  // Another server than expected, or the transport's fault; Exchange Online offers LOGIN and XOAUTH2 only after STARTTLS.
  pattern('cakephp-unsupported-auth-type', 'smtp-auth', 2, [`${phrase('Unsupported auth type')} ?: ?(?:NTLM|GSSAPI|CRAM-MD5|DIGEST-MD5|PLAIN|LOGIN|XOAUTH2)\\b`], [
    p('unexpected_server_reply', 0.45), p('tls_problem', 0.3),
  ], { flags: '' }),
  // The server listed its mechanisms and the client has none of them: Postfix's "SASL authentication failed; server … offered no
  // supported AUTH mechanisms: 'LOGIN XOAUTH2'" (Cyrus SASL without its LOGIN or XOAUTH2 plugin — sasl-xoauth2's README has the
  // client install it), "offered no compatible authentication mechanisms for this type of connection security", Cyrus SASL's "No
  // worthy mechs found" (mutt with no XOAUTH2 plugin), mutt's "Authentication method missing" — the client's sign-in set-up.
  pattern('client-lacks-auth-mechanism', 'smtp-auth', 2, [
    phrase('offered no supported AUTH mechanisms'), phrase('offered no compatible authentication mechanisms'),
    phrase('No worthy mechs found'), phrase('Authentication method missing'),
    // Cyrus SASL's SASL_NOMECH as Postfix logs it: "SASL authentication failed; cannot authenticate to server …: no mechanism
    // available" (no plugin for any mechanism offered; development texts: 3 of 4 SMTP, 1 IMAP, all the sign-in's set-up).
    saslReason(NO_MECHANISM),
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.3)], { protocolSensitive: true }),
  // Token refresh failures as relays and ticket systems log them.
  pattern('relay-token-refresh', 'token', 2, [
    phrase('TokenStore::Refresh: request failed'), phrase('Token refresh failed'), phrase('Failed to refresh XOAUTH2 access_token'),
    phrase('Error occurred refreshing oAuth Access Token'), phrase('errorcouldnotrefreshtoken'), phrase('Could not refresh token'),
  ], [p('token_expired_or_invalid', 0.5)]),
  // Ticket systems and mail apps asking for a new sign-in: the stored grant expired or was revoked
  // ("Authorization has expired. Reauthorize the account.", "Please reauthorize your Email settings",
  // "connect your mailbox again", "Reauthorization required", "The mail account needs to be reconnected").
  pattern('reauthorize-words', 'token', 2, [
    '\\bre-?authori[sz]e\\b', phrase('authorization has expired'), phrase('authorisation has expired'),
    phrase('connect your mailbox again'), phrase('reconnect your account'), phrase('reconnect the account'),
    '\\bre-?(?:authori[sz]ation|authentication) (?:is )?required\\b', '\\b(?:needs|has) to be reconnected\\b',
  ], [p('token_expired_or_invalid', 0.65)]),
  // .NET's IdentityModel could not read a token as a JWT ("IDX12729: Unable to decode the header '…' as Base64Url encoded
  // string", thrown where a token is parsed: Connect-MgGraph -AccessToken with a token that is no JWT,
  // msgraph-sdk-powershell#1816; Connect-ExchangeOnline of ExchangeOnlineManagement 3.6/3.7, fixed by another module
  // version, Tenant-Migration-Assessment-V2#4): the token handed over is not one Microsoft's APIs accept.
  pattern('identitymodel-not-a-jwt', 'token', 2, ['\\bIDX12729\\b', phrase('Unable to decode the header')], [
    p('token_expired_or_invalid', 0.5), p('exchange_powershell_not_ready', 0.3),
  ]),
  // Postfix's SASL client found an empty user name in sasl_passwd: nothing was sent to sign in with.
  pattern('postfix-sasl-empty-user', 'client', 3, [phrase('All-whitespace username')], [p('not_authenticated', 0.8)]),
  // sasl-xoauth2 gave Postfix no token, so Cyrus SASL ends the exchange itself ("bad protocol / cancel": its token step gave up;
  // development texts: 3 of 3 a token or its scope). Not when Cyrus SASL says it had no mechanism at all ("…: no mechanism
  // available", SASL_NOMECH: no plugin for any mechanism offered — a set-up matter, the client-lacks-auth-mechanism rule), nor
  // its "generic failure" (next rule).
  pattern('postfix-sasl-no-token', 'client', 2, [
    `${CANNOT_AUTHENTICATE}(?![^\\n]{0,200}?(?:${NO_MECHANISM}|${GENERIC_FAILURE}))`, phrase('sasl-xoauth2: auth failed'),
  ], [p('token_expired_or_invalid', 0.55)]),
  // Cyrus SASL's "generic failure" (SASL_FAIL) is said of a refused password as much as of a missing token (development texts
  // with it: the password or the generic check 3 of 4 — smtp.office365.com, smtp-relay.gmail.com — not signed in 1).
  pattern('postfix-sasl-generic-failure', 'smtp-auth', 2, [saslReason(GENERIC_FAILURE)], [
    p('smtp_auth_failed_generic', 0.55), p('token_expired_or_invalid', 0.45),
  ]),
  // A decoded XOAUTH2 failure challenge ({"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}, Google's
  // "XOAUTH2 protocol" page, developers.google.com/workspace/gmail/imap/xoauth2-protocol, "Error response"; normalize.ts decodes
  // the base64): the token was refused — the scope in it is the one the server always names, not proof of a wrong one
  // (development texts: the token 2 of 2).
  pattern('sasl-json-challenge', 'token', 2, ['"status":"40[01]","schemes":"bearer[^"\\n]{0,20}"'], [
    p('token_expired_or_invalid', 0.55), p('wrong_scope_or_resource', 0.4),
  ]),
  // Password-based SMTP/IMAP logins (AUTH LOGIN / PLAIN, IMAP LOGIN) in client logs: against Microsoft 365 most often the
  // password sign-in itself is refused (development texts with these words: 12 of 18 fixed by OAuth, 2 by signing in at all).
  pattern('client-password-login', 'client', 2, [
    phrase('Password not accepted from server'), phrase('Password command failed'), phrase('AUTH LOGIN failed'),
    phrase('Retrying PLAIN authentication'), phrase('app password'),
  ], [p('basic_auth_used', 0.5), p('not_authenticated', 0.4)], { protocolSensitive: true }),
];
