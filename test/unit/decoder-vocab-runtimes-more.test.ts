/**
 * Mail, TLS and HTTP library errors of less common languages (vocab-runtimes-more.ts and the rules that already read
 * them): the strings as the libraries' source words them or as issues quote them, with Microsoft 365's host names
 * filled in where the library fills in a host.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: MailCore2 (Swift/Obj-C)', () => {
  expectFirst([
    // mailcore2#1652 (port 993 with a STARTTLS connection type).
    ['Error Domain=MCOErrorDomain Code=1 "A stable connection to the server could not be established." UserInfo={NSLocalizedDescription=A stable connection to the server could not be established.}', 'tls_problem'],
    ['The server does not support TLS/SSL connections.', 'tls_problem'],
    ['The server does not support STARTTLS connections.', 'tls_problem'],
    ['Unable to parse response from server.', 'unexpected_server_reply'],
    ['The certificate for this server is invalid.', 'tls_problem'],
    // mailcore2#2007 (OAuth IMAP against Outlook).
    ['imapConnect - IMAP Connect Error: Error Domain=MCOErrorDomain Code=5 "Unable to authenticate with the current session\'s credentials." UserInfo={NSLocalizedDescription=Unable to authenticate with the current session\'s credentials.}', 'imap_auth_failed_generic'],
    ['Sending messages is not allowed on this server.', 'send_as_denied'],
    ['Authentication is required for this SMTP server.', 'not_authenticated'],
    ['The SMTP storage limit was hit while trying to send a large message.', 'message_too_large'],
    ['User is over the limit for messages allowed to be sent in a single day', 'throttled'],
    ['No valid server found', 'network_blocked'],
    ['Error Domain=MCOErrorDomain Code=31', 'not_authenticated'],
    ['The operation couldn’t be completed. (MCOErrorDomain error 4.)', 'tls_problem'],
  ]);
});

describe('vocabulary: Rust (rustls, lettre, reqwest) and Deno', () => {
  expectFirst([
    ['received corrupt message of type InvalidContentType', 'tls_problem'],
    // manyuanrong/deno-smtp#18 (smtp.office365.com:587 with TLS from the start).
    ['InvalidData: received corrupt message', 'tls_problem'],
    // lldap/lldap#968 (lettre).
    ['Could not send email: Connection error: Connection error: received corrupt message: Connection error: received corrupt message', 'tls_problem'],
    ['invalid peer certificate: UnknownIssuer', 'tls_problem'],
    ['invalid peer certificate: certificate not valid for name "smtp.office365.com"; certificate is only valid for *.contoso.com', 'tls_problem'],
    ['peer is incompatible: Tls12NotOffered', 'tls_problem'],
    ['tls error: received fatal alert: the peer did not support a suitable TLS version', 'tls_problem'],
    // vaultwarden#1008 (lettre against smtp.office365.com).
    ['[CAUSE] Client( "No compatible authentication mechanism was found", )', 'tls_problem'],
    ['network error: Connection refused (os error 111)', 'network_blocked'],
    ['permanent error (535): 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]', 'smtp_auth_failed_generic'],
    ['error sending request for url (https://login.microsoftonline.com/organizations/oauth2/v2.0/token)', 'network_blocked'],
    ['error sending request for url (https://login.microsoftonline.com/organizations/oauth2/v2.0/token): error trying to connect: invalid peer certificate: UnknownIssuer', 'tls_problem'],
  ]);
});

describe('vocabulary: Go (net/http, crypto/tls, go-imap, oauth2)', () => {
  expectFirst([
    ['tls: first record does not look like a TLS handshake', 'tls_problem'],
    ['remote error: tls: protocol version not supported', 'tls_problem'],
    ['remote error: tls: bad certificate', 'tls_problem'],
    // certimate-go/certimate#873.
    ['tls: failed to verify certificate: x509: certificate is valid for WX-P-EX2, WX-P-EX2.raumplus.cn, not mail.nobilia-raumplus.com', 'tls_problem'],
    // amborle/featmap#66.
    ['2022/06/28 18:28:04 smtp error: x509: certificate signed by unknown authority', 'tls_problem'],
    ['Post "https://login.microsoftonline.com/common/oauth2/v2.0/token": net/http: TLS handshake timeout', 'network_blocked'],
    ['Post "https://login.microsoftonline.com/common/oauth2/v2.0/token": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', 'network_blocked'],
    ['oauth2: token expired and refresh token is not set', 'token_expired_or_invalid'],
    ['Login is disabled in current state', 'tls_problem'],
    // mscdex/node-imap#685 (the same LOGINDISABLED from Exchange, in node-imap's words).
    ['Error: Logging in is disabled on this server', 'tls_problem'],
    ['imap: NO AUTHENTICATE failed.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: libcurl (SMTP/IMAP) and Delphi/Indy', () => {
  expectFirst([
    ['STARTTLS not supported.', 'tls_problem'],
    ['STARTTLS denied, code 454', 'tls_problem'],
    ['Failure when receiving data from the peer', 'network_blocked'],
    ['Failed sending data to the peer', 'network_blocked'],
    ['Requested SSL level failed', 'tls_problem'],
    ['SSL peer certificate or SSH remote key was not OK', 'tls_problem'],
    // datawookie/emayili#147 (R's curl against smtp.office365.com).
    ['schannel: failed to receive handshake, SSL/TLS connection failed', 'tls_problem'],
    ["Doesn't support AUTH or the specified SASL handlers!!", 'tls_problem'],
    ['SSL is not available on this server.', 'tls_problem'],
    ['SSL negotiation failed.', 'tls_problem'],
    ['Socket Error # 11001 Host not found.', 'network_blocked'],
  ]);
});

describe('vocabulary: Qt (QSslError, QNetworkReply)', () => {
  expectFirst([
    ['The issuer certificate could not be found', 'tls_problem'],
    ['The certificate is self-signed, and untrusted', 'tls_problem'],
    ['The root certificate of the certificate chain is self-signed, and untrusted', 'tls_problem'],
    ['One or more SSL errors has occurred:\nThe issuer certificate of a locally looked up certificate could not be found', 'tls_problem'],
    ['No certificates could be verified', 'tls_problem'],
    ['The root CA certificate is not trusted for this purpose', 'tls_problem'],
    ['The host name did not match any of the valid hosts for this certificate', 'tls_problem'],
    ['The peer did not present any certificate', 'tls_problem'],
    ['SSL handshake failed', 'tls_problem'],
  ]);
});

describe('vocabulary: Erlang/Elixir (gen_smtp, Swoosh, OTP ssl)', () => {
  expectFirst([
    // gen-smtp/gen_smtp#114 and swoosh/swoosh#785.
    ["{:error, :retries_exceeded, {:temporary_failure, 'smtp.office365.com', :tls_failed}}", 'tls_problem'],
    // gen-smtp/gen_smtp#352.
    ['{error,retries_exceeded, {missing_requirement,"40.104.68.66",tls}}', 'tls_problem'],
    ['{error,no_more_hosts,{permanent_failure,"smtp.office365.com",auth_failed}}', 'smtp_auth_failed_generic'],
    // processone/tsung#408.
    ['Error: {tls_alert,  {unknown_ca,  "TLS client: In state certify at ssl_handshake.erl:2125 generated CLIENT ALERT: Fatal - Unknown CA\\n"}}', 'tls_problem'],
    // gen-smtp/gen_smtp#164.
    ["'TLS client: In state hello received SERVER ALERT: Fatal - Handshake Failure'", 'tls_problem'],
    // erlang/otp#7264.
    ["reason: {:tls_alert, {:certificate_unknown, 'TLS client: In state cipher received SERVER ALERT: Fatal - Certificate Unknown\\n'}}", 'tls_problem'],
  ]);
});

describe('vocabulary: Dart/Flutter (mailer, enough_mail)', () => {
  expectFirst([
    ['SmtpClientCommunicationException: The server does not support XOAUTH2 authentication method.', 'tls_problem'],
    ['The server does not support LOGIN or PLAIN authentication method.', 'tls_problem'],
    ['SmtpUnsecureException: Aborting because connection is not secure', 'tls_problem'],
    ['Timed out while waiting for greeting (try ssl).', 'network_blocked'],
    ['Incorrect username / password / credentials', 'basic_auth_used'],
    ['Authentication Failed (code: 535), response:\n< 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]', 'smtp_auth_failed_generic'],
    ['MailException: Unable to refresh token', 'token_expired_or_invalid'],
    ["HandshakeException: Handshake error in client (OS Error: CERTIFICATE_VERIFY_FAILED: unable to get local issuer certificate(handshake.cc:393))", 'tls_problem'],
    ["SocketException: Failed host lookup: 'outlook.office365.com' (OS Error: No address associated with hostname, errno = 7)", 'network_blocked'],
  ]);
});

describe('vocabulary: Perl and Ruby', () => {
  expectFirst([
    // noxxi/p5-io-socket-ssl#128 (Net::SMTPS against smtp.office365.com).
    ['local error: hostname verification failed', 'tls_problem'],
    // rjbs/Email-Sender#67.
    ["can't STARTTLS: 2.0.0 Ready to start TLS", 'tls_problem'],
    // mogaal/sendemail#19.
    ['ERROR => TLS setup failed: SSL connect attempt failed error:1416F086:SSL  routines:tls_process_server_certificate:certificate verify failed', 'tls_problem'],
    ['OpenSSL::SSL::SSLError: hostname "smtp.office365.com" does not match the server certificate', 'tls_problem'],
    ['SSL_connect returned=1 errno=0 peeraddr=52.98.1.2:587 state=error: wrong version number', 'tls_problem'],
    // mastodon/mastodon#14290 (fixed with ssl: true).
    ['"EOFError: end of file reached"', 'tls_problem'],
    // InfraexDev/peatio#107.
    ['F, [2018-06-20T21:35:10.486477 #5728] FATAL -- : end of file reached (EOFError)', 'tls_problem'],
    ['Net::IMAP::NoResponseError: AUTHENTICATE failed.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: Kotlin/Android (Angus Mail, OkHttp)', () => {
  expectFirst([
    ['javax.net.ssl.SSLPeerUnverifiedException: Certificate pinning failure!\n  Peer certificate chain:', 'tls_problem'],
    ['java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.', 'tls_problem'],
    ['java.net.UnknownHostException: Unable to resolve host "login.microsoftonline.com": No address associated with hostname', 'network_blocked'],
    ['org.eclipse.angus.mail.util.MailConnectException: Couldn\'t connect to host, port: smtp.office365.com, 587; timeout -1', 'network_blocked'],
  ]);
});

describe('vocabulary: runtimes — texts of other kinds keep their reading', () => {
  expectFirst([
    // A server's refusal quoted after MailCore's sentence: the reply decides.
    ['Sending messages is not allowed on this server. 550 5.7.60 SMTP; Client does not have permissions to send as this sender', 'send_as_denied'],
    // A token refresh that names its AADSTS error is read by the error, not by "Unable to refresh token".
    ['MailException: Unable to refresh token AADSTS700082: The refresh token has expired due to inactivity.', 'token_expired_or_invalid'],
    // Entra's certificate of a client assertion is not a TLS certificate; an account that is disabled is not LOGINDISABLED.
    ['AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.', 'bad_client_secret'],
    ['AADSTS50057: The user account is disabled.', 'security_policy_blocks'],
  ]);

  it('reads no MCOErrorDomain code it does not list', () => {
    const r = decode('Error Domain=MCOErrorDomain Code=17');
    assert.ok(!r.causes.some((c) => c.category === 'tls_problem' && c.confidence >= 0.5));
  });
});
