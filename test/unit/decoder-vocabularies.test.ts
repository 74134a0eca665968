/**
 * The library and client vocabularies (vocab-msal.ts, vocab-mail-libraries.ts, vocab-mail-runtimes.ts,
 * vocab-os-tls.ts): each library's own strings, as the library prints them, name the right first
 * cause; and a library's generic wrapper around a server reply never outranks the reply.
 * The strings are the libraries' own (sources in the vocab files' comments).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: MSAL error codes', () => {
  expectFirst([
    ['BrowserAuthError: interaction_in_progress: Interaction is currently in progress.', 'user_cancelled_or_consent_declined'],
    ['NodeAuthError: user_timeout_reached: See https://aka.ms/msal.js.errors#user_timeout_reached for details', 'user_cancelled_or_consent_declined'],
    ['device_code_polling_cancelled: User cancelled the process', 'user_cancelled_or_consent_declined'],
    ['MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call.\n ErrorCode: user_null', 'token_expired_or_invalid'],
    ['Microsoft.Identity.Client.MsalUiRequiredException: ErrorCode: failed_to_refresh_token', 'token_expired_or_invalid'],
    ['ClientAuthError: no_account_in_silent_request: See https://aka.ms/msal.js.errors#no_account_in_silent_request for details', 'token_expired_or_invalid'],
    ['com.microsoft.aad.msal4j.MsalClientException: Token not found in the cache', 'token_expired_or_invalid'],
    ['BrowserAuthError: post_request_failed: Network request failed', 'network_blocked'],
    ['com.microsoft.aad.msal4j.MsalClientException: http_timeout', 'network_blocked'],
    ['MsalServiceException: ErrorCode: request_throttled, StatusCode: 429', 'throttled'],
    ['Microsoft.Identity.Client.MsalServiceException: invalid_instance: AAD service error: the configured authority does not exist', 'wrong_tenant_or_app'],
    ['MsalClientException: ErrorCode: client_id_must_be_guid', 'wrong_tenant_or_app'],
    ['MsalClientException: ErrorCode: loopback_redirect_uri', 'redirect_uri_mismatch'],
    ['MsalClientException: Client_Credentials_Required_In_Confidential_Client_Application', 'bad_client_secret'],
    ['MsalClientException: ErrorCode: scopes_required_client_credentials', 'wrong_scope_or_resource'],
    ['com.microsoft.identity.client.exception.MsalClientException: device_network_not_available', 'network_blocked'],
    ['@azure/msal-node@1.14.5 : Error - A non-MSALJS error was thrown while attempting to get the cloud instance discovery metadata.\nError: FetchError', 'network_blocked'],
    ['Error Domain=MSALErrorDomain Code=-50004 "(null)" MSALErrorServerProtectionPoliciesRequired', 'security_policy_blocks'],
    ['Error Domain=MSALErrorDomain Code=-50005 "(null)" UserInfo={MSALErrorDescriptionKey=User cancelled the authorization session.}', 'user_cancelled_or_consent_declined'],
    ['Error Domain=MSALErrorDomain Code=-42011 "(null)"', 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary: mail libraries (nodemailer, imapflow, PHPMailer, MailKit, Jakarta Mail)', () => {
  expectFirst([
    ["Error: Can't create new access token for user\n    at XOAuth2.getToken  code: 'EOAUTH2'", 'token_expired_or_invalid'],
    ['Error: Missing credentials for "XOAUTH2" { code: \'EAUTH\', command: \'API\' }', 'not_authenticated'],
    ["Error: Proxy connection error { code: 'EPROXY' }", 'network_blocked'],
    ["Error: Request is throttled. code: 'ETHROTTLE'", 'throttled'],
    ['Error: Failed to setup proxy connection', 'network_blocked'],
    ['SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.', 'network_blocked'],
    ['Verbindung zum SMTP-Server fehlgeschlagen.', 'network_blocked'],
    ["MailKit.Security.SslHandshakeException: The host name (mail.contoso.com) did not match the name given in the server's SSL certificate (outlook.office365.com).", 'tls_problem'],
    ['When connecting to an SMTP service, port 587 is typically reserved for plain-text connections. If you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.', 'tls_problem'],
    ['System.NotSupportedException: The SMTP server does not support authentication.', 'tls_problem'],
    ["MailKit.Net.Imap.ImapCommandException: The IMAP server replied to the 'AUTHENTICATE' command with a 'NO' response.", 'imap_auth_failed_generic'],
    ["MailKit.Net.Imap.ImapCommandException: The IMAP server replied to the 'LOGIN' command with a 'NO' response.", 'basic_auth_used'],
    ["Error: Error initiating TLS - socket hang up { code: 'ETLS', command: 'CONN' }", 'tls_problem'],
    ['Error: Proxy closed the connection before the tunnel was established', 'network_blocked'],
    ['SMTP ERROR: STARTTLS command failed: 454 4.7.0 TLS not available due to temporary reason', 'tls_problem'],
    ['SMTP Error: The requested authentication method "XOAUTH2" is not supported by the server', 'tls_problem'],
    ['stream_socket_enable_crypto(): Peer certificate CN=`*.proxy.local\' did not match expected CN=`smtp.office365.com\'', 'tls_problem'],
    ['javax.mail.MessagingException: * BYE JavaMail Exception: java.io.IOException: Connection dropped by server?', 'network_blocked'],
    ['javax.mail.AuthenticationFailedException: failed to connect, no password specified?', 'not_authenticated'],
    ['javax.mail.MessagingException: Unknown SMTP host: smtp.office365.com', 'network_blocked'],
    ['javax.mail.MessagingException: Got bad greeting from SMTP host: smtp.office365.com, port: 587, response: [EOF]', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: runtimes and relays (Python, .NET, Ruby, Go, Postfix, sasl-xoauth2)', () => {
  expectFirst([
    ['smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.', 'tls_problem'],
    ['smtplib.SMTPException: No suitable authentication method found.', 'tls_problem'],
    ['ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1131)', 'tls_problem'],
    ['ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1002)', 'tls_problem'],
    // The server dropping the session on a command, first since the twenty-fifth session (development texts with "socket error:
    // EOF": the server 3 of 5), the network second.
    ['imaplib.IMAP4.abort: command: SELECT => socket error: EOF', 'unexpected_server_reply'],
    ["imaplib.IMAP4.error: command LIST illegal in state NONAUTH, only allowed in states AUTH, SELECTED", 'imap_auth_failed_generic'],
    ['System.Net.Mail.SmtpException: Failure sending mail. StatusCode: GeneralFailure', 'network_blocked'],
    ['Net::SMTPUnsupportedCommand: STARTTLS is not supported on this server', 'tls_problem'],
    ['Net::OpenTimeout: execution expired', 'network_blocked'],
    ['Net::ReadTimeout with #<TCPSocket:(closed)>', 'network_blocked'],
    ['Net::SMTPServerBusy', 'throttled'],
    ["dial tcp: lookup smtp.office365.com on 127.0.0.53:53: no such host", 'network_blocked'],
    ['smtp: server doesn\'t support AUTH', 'tls_problem'],
    ['postfix/smtp[77]: certificate verification failed for smtp.office365.com[52.98.1.1]:587: untrusted issuer /C=US/O=Proxy CA', 'tls_problem'],
    ['sasl-xoauth2: TokenStore::Read: missing refresh_token', 'token_expired_or_invalid'],
    ['msmtp: TLS handshake failed: An unexpected TLS packet was received.', 'tls_problem'],
    // Twenty-fourth session: the sign-in first, TLS second (development texts: the sign-in 2, TLS 1; decoder-session24.test.ts).
    ['msmtp: cannot use a secure authentication method\nmsmtp: could not send mail (account default from /home/u/.msmtprc)', 'smtp_auth_failed_generic'],
    ['msmtp: authentication method XOAUTH2 needs a password', 'token_expired_or_invalid'],
    ['msmtp: cannot locate host smtp.office365.com: Name or service not known', 'network_blocked'],
    ['t=2017-05-19T15:39:18+0800 lvl=eror msg="Failed to send alert notification email" logger=alerting.notifier.email error=EOF', 'tls_problem'],
    ['smtp.SendMail: EOF', 'tls_problem'],
    ['Email OAuth 2.0 Proxy: Login failed for account someone@contoso.com - please check your internet connection and retry', 'network_blocked'],
    ['535 5.7.8  Authentication credentials invalid. Email OAuth 2.0 Proxy: Login failed for account someone@contoso.com: No-GUI authorisation request failed or timed out for account someone@contoso.com', 'user_cancelled_or_consent_declined'],
    ['A1 NO AUTHENTICATE Email OAuth 2.0 Proxy: Login failed - the password for account someone@contoso.com is incorrect', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: OS and TLS stacks (OpenSSL, Schannel, .NET, Java, Go, Windows sockets, glibc)', () => {
  expectFirst([
    ['error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca', 'tls_problem'],
    ["System.Net.WebException: Der Remotename konnte nicht aufgelöst werden: 'login.microsoftonline.com'", 'network_blocked'],
    ['Die Anfrage wurde abgebrochen: Es konnte kein geschützter SSL/TLS-Kanal erstellt werden.', 'tls_problem'],
    ['Die zugrunde liegende Verbindung wurde geschlossen: Unerwarteter Fehler beim Senden.', 'tls_problem'],
    ['Die Anforderung ist fehlgeschlagen. Die zugrunde liegende Verbindung wurde geschlossen: Es konnte keine Vertrauensstellung für den sicheren SSL/TLS-Kanal hergestellt werden.', 'tls_problem'],
    ['error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol', 'tls_problem'],
    ['- The certificate is NOT trusted. The certificate issuer is unknown.', 'tls_problem'],
    ["Error: certificate is not yet valid { code: 'CERT_NOT_YET_VALID' }", 'tls_problem'],
    ["Error: C0D7:error:0A000102:SSL routines:ssl_choose_client_version:unsupported protocol { code: 'ERR_SSL_UNSUPPORTED_PROTOCOL' }", 'tls_problem'],
    ['sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: timestamp check failed', 'tls_problem'],
    ['java.net.NoRouteToHostException: No route to host (Host unreachable)', 'network_blocked'],
    ['System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable', 'network_blocked'],
    ['GnuTLS error -110 in gnutls_record_recv: The TLS connection was non-properly terminated.', 'tls_problem'],
    ['System.ComponentModel.Win32Exception (0x80090326): The message received was unexpected or badly formatted.', 'tls_problem'],
    ['Die empfangene Nachricht war unerwartet oder wies ein falsches Format auf.', 'tls_problem'],
    ['SEC_E_INTERNAL_ERROR (0x80090304): The Local Security Authority cannot be contacted', 'tls_problem'],
    ['The target principal name is incorrect.', 'tls_problem'],
    ['System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.', 'tls_problem'],
    ['The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.', 'tls_problem'],
    ['The remote name could not be resolved: \'smtp.office365.com\'', 'network_blocked'],
    ['javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching smtp.office365.com found.', 'tls_problem'],
    ['javax.net.ssl.SSLException: Unsupported or unrecognized SSL message', 'tls_problem'],
    ['x509: certificate signed by unknown authority', 'tls_problem'],
    ['tls: first record does not look like a TLS handshake', 'tls_problem'],
    ['System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions.', 'network_blocked'],
    ['System.Net.Sockets.SocketException (10051): A socket operation was attempted to an unreachable network.', 'network_blocked'],
    ['OSError: [WinError 10065] Der Host war bei einem Socketvorgang nicht erreichbar', 'network_blocked'],
    ['[Errno 111] Verbindungsaufbau abgelehnt', 'network_blocked'],
    ['OSError: [Errno 110] Die Wartezeit für die Verbindung ist abgelaufen', 'network_blocked'],
    ['socket.gaierror: [Errno -5] No address associated with hostname', 'network_blocked'],
    ['socket.gaierror: [Errno 8] nodename nor servname provided, or not known', 'network_blocked'],
    ['Host not found (authoritative)', 'network_blocked'],
    ['dial tcp 52.97.0.1:587: read: unexpected EOF', 'tls_problem'],
    // .NET's SslStream ("A call to SSPI failed"), HttpClient in German, Windows' ERROR_NETNAME_DELETED.
    ['System.Security.Authentication.AuthenticationException: A call to SSPI failed, see inner exception.', 'tls_problem'],
    ['A call to SSPI failed, see inner exception.', 'tls_problem'],
    ['System.Net.Http.HttpRequestException: Es konnte keine SSL-Verbindung hergestellt werden, siehe interne Ausnahme.', 'tls_problem'],
    ['System.IO.IOException: The specified network name is no longer available.', 'network_blocked'],
    ['Der angegebene Netzwerkname ist nicht mehr verfügbar.', 'network_blocked'],
    // Apple's URL loading system and Secure Transport (iOS/macOS mail apps).
    ['Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."', 'network_blocked'],
    ['NSURLErrorDomain Code=-1009', 'network_blocked'],
    ['NSURLErrorCannotFindHost', 'network_blocked'],
    ['Error Domain=NSURLErrorDomain Code=-1200', 'tls_problem'],
    ['Error Domain=kCFErrorDomainCFNetwork Code=-1200 "(null)" UserInfo={_kCFStreamErrorCodeKey=-9806, _kCFStreamErrorDomainKey=3}', 'tls_problem'],
    ['CFNetwork SSLHandshake failed (-9824)', 'tls_problem'],
    ['kCFStreamErrorDomainSSL, -9807', 'tls_problem'],
  ]);
  it('an Apple code outside the network and TLS ranges names neither', () => {
    assert.deepEqual(decode('Error Domain=NSURLErrorDomain Code=-1012').causes.filter((c) => c.category === 'tls_problem' || c.category === 'network_blocked'), []);
    assert.deepEqual(decode('NSURLErrorDomain Code=-10012').causes, []);
  });
});

describe('vocabulary: HTTP clients on the way to the sign-in service (requests/urllib3, fetch/undici, HttpClient, curl)', () => {
  expectFirst([
    ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/v2.0/token (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve 'login.microsoftonline.com' ([Errno -3] Temporary failure in name resolution)\"))", 'network_blocked'],
    ["urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused", 'network_blocked'],
    ["requests.exceptions.ProxyError: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /organizations/oauth2/v2.0/token (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))", 'network_blocked'],
    ['TypeError: fetch failed\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: login.microsoftonline.com:443, timeout: 10000ms) { code: \'UND_ERR_CONNECT_TIMEOUT\' }', 'network_blocked'],
    ['System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.', 'network_blocked'],
    ["cURL error 51: SSL: no alternative certificate subject name matches target host name 'login.microsoftonline.com'", 'tls_problem'],
    ['curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_NO_CREDENTIALS (0x8009030e)', 'tls_problem'],
    ['curl: (56) Received HTTP code 407 from proxy after CONNECT', 'network_blocked'],
    // libcurl sending mail: only the reply code is left (R's blastula), and CURLE_LOGIN_DENIED after R's wrapper.
    ['Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530', 'not_authenticated'],
    ['curl: (55) RCPT failed: 550', 'recipient_rejected'],
    ['Error in curl_fetch_memory(smtp_server, handle = h) : Login denied', 'smtp_auth_failed_generic'],
  ]);
});

describe('vocabulary: the Graph SDKs (Kiota) that print only the HTTP status', () => {
  expectFirst([
    ['{"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}}', 'throttled'],
    ['Microsoft.Kiota.Abstractions.ApiException: The server returned an unexpected status code and no error factory is registered for this code: 401', 'token_expired_or_invalid'],
    ['Error getting mail folders from Graph API: The server returned an unexpected status code and the error registered for this code failed to deserialize: 403', 'consent_missing'],
    ['The server returned an unexpected status code with no response body: 429', 'throttled'],
    ['The server returned an unexpected status code and no error factory is registered for this code: 404', 'imap_disabled_or_not_connected'],
    // Quoted shortened ("no factory"); 410 is a delta query's expired sync state, 500 the server's own failure.
    [' Synchronization Failed. The server returned an unexpected status code and no factory is registered for this code: 410', 'unexpected_server_reply'],
    ['The server returned an unexpected status code and no error factory is registered for this code: 500', 'unexpected_server_reply'],
    // The .NET SDK's own words when the request got no answer; Graph's recipient and request-body messages without their code.
    ["Getting the below error 'Code: generalException  Message: An error occurred sending the request. ' from Ms graph send mail Api.", 'network_blocked'],
    ["Send-MgUserMail : At least one recipient isn't valid., A message can't be sent because it contains no recipients.", 'recipient_rejected'],
    ['{"error":{"code":"RequestBodyRead","message":"Cannot convert the literal \'0\' to the expected type \'Edm.String\'."}}', 'unexpected_server_reply'],
    // Graph could not map the request's path or method (a request built wrong): "Unsupported segment type.", OData not supported.
    ['400\nBad Request\nResponse: {\n  "error": {\n    "code": "BadRequest",\n    "message": "Unsupported segment type.",\n    "innerError": {\n      "request-id": "95b3a68d-e2ae-44fa-b192-53a5c350542b"\n    }\n  }\n}\nSend mail status code: 400', 'unexpected_server_reply'],
    ['Array\n(\n    [code] => 405\n    [data] => {"error":{"code":"ErrorInvalidRequest","message":"The OData request is not supported."}}\n)', 'unexpected_server_reply'],
    ['{"error":{"code":"Request_BadRequest","message":"Unexpected segment OpenPropertySegment. Expected property/$value."}}', 'unexpected_server_reply'],
    // AADSTS700016's sentence passed on without the code.
    ['Unable to connect to Exchange because Application Id <id> is invalid. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.', 'wrong_tenant_or_app'],
    // Report tools whose Exchange Online PowerShell session did not open.
    ['Connecting to {ExchangeOnline}...❌', 'exchange_powershell_not_ready'],
    ['ORCA was unable to connect to Exchange Online.', 'exchange_powershell_not_ready'],
  ]);
});

describe('vocabulary: a reply the client could not parse, a failed STARTTLS, another account signed in', () => {
  expectFirst([
    ["MailKit.Net.Imap.ImapProtocolException: Unexpected token in IMAP response: ']'", 'unexpected_server_reply'],
    ['MailKit.Net.Imap.ImapProtocolException: Syntax error in tagged response. Unexpected atom token: BYE', 'unexpected_server_reply'],
    ['Zend_Mail_Protocol_Exception: Unable to connect via TLS', 'tls_problem'],
    ['telnet mail.contoso.com 110\n+OK AVG POP3 Proxy Server 7.5.494/7.5.503 [269.17.0/1180]', 'unexpected_server_reply'],
    ['Sie sind nicht berechtigt, im Auftrag des angegebenen Benutzers zu senden.', 'send_as_denied'],
    ["invalid_client: AADSTS70002: The provided request must include a 'client_secret' input parameter. Trace ID: 65082cf1", 'public_vs_confidential_client'],
    ["535 5.7.8  Authentication credentials invalid. Email OAuth 2.0 Proxy: No config file entry found for account info@contoso.com - please add a new section", 'smtp_auth_failed_generic'],
    ['Status 403: Office 365 returned us an email address different from the one that started the authentication process.', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: relays that refuse mail from a client that did not sign in', () => {
  expectFirst([
    ['NOQUEUE: reject: RCPT from unknown[192.0.2.10]: 554 5.7.1 <info@fabrikam.com>: Relay access denied', 'not_authenticated'],
    ["Remote Server returned '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'", 'not_authenticated'],
    ['550 5.7.64 TenantAttribution; Relay Access Denied [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]', 'not_authenticated'],
    ['550 5.7.64 TenantAttribution; Relayzugriff verweigert SMTP', 'not_authenticated'],
    ['status=bounced (host relay.example.net[198.51.100.7]:26 said: 530 SMTP authentication is required. (in reply to RCPT TO command))', 'not_authenticated'],
    ['info is not authorized to relay messages through the server that reported this error.\nSender not authorized for relay', 'not_authenticated'],
    ['550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]', 'not_authenticated'],
  ]);
});

describe('vocabulary: Email OAuth 2.0 Proxy and translated sign-in pages', () => {
  expectFirst([
    ['Authorisation result error for user@contoso.com - aborting login. OAuth 2.0 authorisation response is missing or does not match `redirect_uri`', 'redirect_uri_mismatch'],
    ['OAuth 2.0 authorisation response for account user@contoso.com is missing or does not match`redirect_uri`', 'redirect_uri_mismatch'],
    ["\"invalid_client\":\"error_description\":\"AADSTS70002:请求体必须包含以下参数:'client_secret或client_assertion'", 'public_vs_confidential_client'],
  ]);
});

describe("vocabulary: Outlook's error numbers (imnxport.h IXP_E_*, Outlook's send and receive timeouts)", () => {
  expectFirst([
    ["Task 'smtp.office365.com - Sending' reported error (0x800CCC0F) : 'The connection to the server was interrupted.'", 'network_blocked'],
    ["Task 'Microsoft 365 - Receiving' reported error (0x800CCC0D) : 'Cannot locate the server.'", 'network_blocked'],
    ['Fehler 0x800CCC1A', 'tls_problem'],
    ["reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server.'", 'network_blocked'],
    ['Windows Live Mail Error ID: 0x800CCC79', 'not_authenticated'],
    ['Error Number: 0x800CCCD1', 'imap_auth_failed_generic'],
    ['0x800CCC18', 'basic_auth_used'],
  ]);
  it('a server reply beside the number decides', () => {
    const result = decode("Task 'info@contoso.com - Sending' reported error (0x800CCC78) : 'The server responded: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'");
    assert.equal(result.causes[0]?.category, 'send_as_denied');
  });
});

describe('vocabulary: ticket systems (OTRS, Znuny, KIX mail accounts; Zammad)', () => {
  expectFirst([
    ['IMAPS: Auth for user support@contoso.com/outlook.office365.com failed!', 'imap_auth_failed_generic'],
    ["IMAPTLS: Can't connect to outlook.office365.com", 'network_blocked'],
    ["Can't use Channel:Driver::SMTPAuthentificationError:Net::SMTPAuthentificationError", 'smtp_auth_disabled_mailbox'],
    ["Can't use Channel:Driver::SMTPAuthentificationError: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.", 'security_policy_blocks'],
  ]);
});

describe('vocabulary: a server reply beside the library wrapper decides', () => {
  expectFirst([
    ["Error: Message failed: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; code: 'EMESSAGE'", 'send_as_denied'],
    ['SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have permissions to send as this sender', 'send_as_denied'],
    ['Die folgende Absenderadresse ist nicht korrekt: info@contoso.com SMTP-Fehler: 530 5.7.57 Client not authenticated to send mail.', 'not_authenticated'],
    ["smtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]', 'info@contoso.com')", 'not_authenticated'],
    ['System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender. StatusCode: MailboxUnavailable', 'send_as_denied'],
    ['javax.mail.SendFailedException: Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'outbound_sender_blocked'],
    ['MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', 'smtp_auth_disabled_tenant'],
    ['postfix/smtp[4242]: 9F1E2: SASL authentication failed; server smtp.office365.com[52.97.1.2] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
    ["Error: Invalid login sequence while waiting for \"334 UGFzc3dvcmQ6\": 504 5.7.4 Unrecognized authentication type", 'smtp_auth_failed_generic'],
    ['Error: Connection closed unexpectedly: 421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.', 'tls_problem'],
    ['MsalUiRequiredException: ErrorCode: no_prompt_failed AADSTS65001: The user or administrator has not consented to use the application', 'consent_missing'],
    ['BrowserAuthError: interaction_in_progress AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application', 'redirect_uri_mismatch'],
    ['MsalServiceException: ErrorCode: invalid_instance AADSTS7000215: Invalid client secret provided.', 'bad_client_secret'],
    ['HttpRequestException: An error occurred while sending the request. invalid_grant: AADSTS700082: The refresh token has expired due to inactivity.', 'token_expired_or_invalid'],
    ["requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://login.microsoftonline.com/common/oauth2/v2.0/token Max retries exceeded with url: AADSTS50020: User account from identity provider does not exist in tenant", 'wrong_tenant_or_app'],
    ['Fehler beim Senden von Mail. Die Serverantwort war: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
    // Python's reset (not the old .NET TLS-version symptom), and CakePHP's transport finding only a mechanism it lacks.
    ['2025-11-04 17:19:08,967: SMTP (127.0.0.1:1587) Caught connection error (server) - ConnectionResetError : [WinError 10054] An existing connection was forcibly closed by the remote host', 'network_blocked'],
    ['Could not send the test email.\nError: Unsupported auth type: NTLM', 'unexpected_server_reply'],
    // Exchange Online's own failure after accepting the message (5.7.103, a group mailbox's sent-items copy).
    ["Remote Server returned '550 5.7.103 UserMailboxSentItemsAgent; Sent items copy failed due to a permanent error [Stage: OnPromotedEvent][Agent: User Mailbox Sent Items Agent]'", 'unexpected_server_reply'],
  ]);

  it('a wrapper alone stays a weak answer', () => {
    for (const text of ['smtplib.SMTPDataError', 'javax.mail.SendFailedException', 'StatusCode: MailboxUnavailable', 'SMTP Error: data not accepted.']) {
      const first = decode(text).causes[0];
      assert.ok(first === undefined || first.confidence <= 0.35, `${text}: ${first?.category} ${first?.confidence}`);
    }
  });
});

describe('guesses: a request built wrong, a web application\'s bare 500 page', () => {
  it('405 with Graph\'s error body, and Rails\' 500 page, are guessed rather than left empty', () => {
    const graph = decode('Array\n(\n    [code] => 405\n    [data] => {"error":{"code":"SomethingNew","message":"Not this way."}}\n)');
    assert.equal(graph.causes[0]?.category, 'unexpected_server_reply');
    assert.equal(graph.guess, true);
    const rails = decode("Error message: 500: We're sorry, but something went wrong.");
    assert.deepEqual(rails.causes.slice(0, 2).map((c) => c.category), ['unexpected_server_reply', 'bad_client_secret']);
    assert.equal(rails.guess, true);
  });

  it('an HTTP status given only as a number in a client\'s words is guessed by that status', () => {
    const rows: Array<[string, string]> = [
      ['AxiosError: Request failed with status code 401', 'token_expired_or_invalid'],
      ['Request failed with status code 429', 'throttled'],
      ['Response status code does not indicate success: 503', 'throttled'],
      ['Request failed with status code 502', 'network_blocked'],
      ['Request failed with status code 400', 'token_expired_or_invalid'],
      ['Request failed with status code 404', 'unexpected_server_reply'],
      ['{"status": 405, "detail": "no"}', 'unexpected_server_reply'],
      ['Fehler 401', 'token_expired_or_invalid'],
      ['HTTP-Fehler 503', 'throttled'],
    ];
    for (const [text, first] of rows) {
      const r = decode(text);
      assert.equal(r.causes[0]?.category, first, text);
      assert.equal(r.guess, true, text);
    }
  });
});

describe('vocabulary: the short "auth failed" of SASL logs', () => {
  expectFirst([
    ['postfix/smtp[1234]: warning: SASL auth failed for smtp.office365.com', 'smtp_auth_failed_generic'],
  ]);
  it('does not read "OAuth failed" or "XOAUTH2 auth failed" as the server refusing a sign-in', () => {
    assert.notEqual(decode('OAuth failed').causes[0]?.category, 'smtp_auth_failed_generic');
    assert.notEqual(decode('XOAUTH2 auth failed').causes[0]?.category, 'smtp_auth_failed_generic');
  });
});

describe('a client\'s STARTTLS sentence gives way to the server reply it quotes', () => {
  expectFirst([
    ['Server does not support STARTTLS (503 5.5.2 Send hello first)', 'unexpected_server_reply'],
    ['Server does not support STARTTLS', 'tls_problem'],
  ]);
});
