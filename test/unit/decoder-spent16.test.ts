/**
 * Messages read from the sixteenth and twentieth spent set-asides' sources (decoder-corpus-spent16, -spent20): a TLS
 * handshake named in a person's words, MailKit's TLS mode against the port, mailsend's bare 552, a content filter's "classified
 * as spam", EWS's and Graph's ErrorFolderNotFound (a mailbox the account may not open), the old Security & Compliance and
 * Exchange Online Protection PowerShell endpoints, oauthlib's TokenExpiredError (no refresh token without offline_access) and
 * Email OAuth 2.0 Proxy's own log (a missing account section; the client's password to the proxy is by design); and a
 * client's record of the host it connected to, when that host is not Microsoft's (no end of Basic auth there). With them, two
 * sign-in messages read in development set 36: AADSTS50052 (an access token sent as the password) and AADSTS700027's longer
 * message without its code; and from development set 37 AADSTS650051, MSAL's "Could not use the certificate for signing" and
 * System.Net.Mail's empty "command unrecognized" while connecting; from the nineteenth spent set-aside two relays' words for
 * MAIL FROM before AUTH; from the twenty-fifth and twenty-sixth, Exchange Online PowerShell's WAM sign-in, PowerShell 7's
 * continuation lines, PHP's URL wrappers switched off, and an app's own "Failed to fetch …: 401"; from development set 39
 * (Microsoft's localized articles) Exchange's reply codes read without their English words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('TLS: the handshake in a person\'s words, and a TLS mode that does not fit the port', () => {
  expectFirst([
    ['smtpClient.Connect(host, port, true); smtpClient.Authenticate(from, password);\nsometimes "handshake failed error"', 'tls_problem'],
    ['client.Connect("outlook.office365.com", 995, MailKit.Security.SecureSocketOptions.StartTls);\nSystem.IO.IOException: The operation has timed out.', 'tls_problem'],
    ['client.Connect("smtp.office365.com", 587, SecureSocketOptions.SslOnConnect);\nSystem.IO.IOException: Unable to read data from the transport connection', 'tls_problem'],
  ]);

  it("with the timeout's own sentence the mode is still among the first two", () => {
    const text = 'client.Connect("outlook.office365.com", 995, MailKit.Security.SecureSocketOptions.StartTls);\nSystem.IO.IOException: A connection attempt failed because the connected party did not properly respond after a period of time';
    assert.ok(causes(text).slice(0, 2).includes('tls_problem'), causes(text).join(', '));
  });

  it('the right mode for the port is no TLS sign', () => {
    const text = 'client.Connect("smtp.office365.com", 587, SecureSocketOptions.StartTls);\nSystem.IO.IOException: A connection attempt failed because the connected party did not properly respond after a period of time';
    assert.notEqual(causes(text)[0], 'tls_problem');
  });
});

describe('refusals of the message: its size by the bare code, spam by the filter\'s words', () => {
  expectFirst([
    ['Error: Expected smtp code 250, got 552', 'message_too_large'],
    ['571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)', 'outbound_sender_blocked'],
    ['Die E-Mail wurde als Spam eingestuft und abgewiesen.', 'outbound_sender_blocked'],
  ]);
});

describe('Exchange: a folder of a mailbox the account may not open, and the old PowerShell endpoints', () => {
  expectFirst([
    ["'code': 'ErrorFolderNotFound', 'message': 'The specified folder could not be found in the store.'", 'mailbox_permission_missing'],
    ['The specified folder could not be found in the store.', 'mailbox_permission_missing'],
    ['Connecting to remote server ps.protection.outlook.com failed with the following error message: Access is denied.', 'exchange_powershell_not_ready'],
    ['Connecting to remote server ps.compliance.protection.outlook.com failed with the following error message : For more information, see the about_Remote_Troubleshooting Help topic.', 'exchange_powershell_not_ready'],
  ]);
});

describe('token helpers: oauthlib\'s TokenExpiredError and Email OAuth 2.0 Proxy\'s missing account', () => {
  it('TokenExpiredError → the expired token, then the missing offline_access', () => {
    const found = causes('m.send()\n\nError: TokenExpiredError()');
    assert.deepEqual(found.slice(0, 2), ['token_expired_or_invalid', 'wrong_scope_or_resource']);
  });

  it("the proxy's log: a missing account section, and the client's password to the proxy is no Basic auth", () => {
    const text = "IMAP (127.0.0.1:1993; 127.0.0.1:53772->outlook.office365.com:993) --> b'A002 AUTHENTICATE PLAIN [[ Credentials removed from proxy log ]]\\r\\n'\nProxy config file entry missing for account user@contoso.com - aborting login";
    assert.equal(causes(text)[0], 'wrong_tenant_or_app');
    assert.ok(!causes(text).includes('basic_auth_used'), causes(text).join(', '));
  });

  it('a password command to Exchange Online itself stays Basic auth', () => {
    assert.equal(causes('C: A1 AUTHENTICATE PLAIN\nS: A1 NO AUTHENTICATE failed.\n(outlook.office365.com:993)')[0], 'basic_auth_used');
  });
});

describe("the host a client connected to: not Microsoft's, so a refused password is the password", () => {
  const log = (url: string) => `Connected to ${url}\nS: * OK IMAP4 ready\nC: A00000000 CAPABILITY\nS: * CAPABILITY IMAP4REV1 AUTH=PLAIN\nS: A00000000 OK completed\nC: A00000001 AUTHENTICATE PLAIN\nS: +\nC: ********\nS: A00000001 NO authentication failed\nMailKit.Security.AuthenticationException: Authentication failed.`;

  it('imap://imap.free.fr:143/ → the IMAP sign-in itself', () => {
    assert.equal(causes(log('imap://imap.free.fr:143/?starttls=when-available'))[0], 'imap_auth_failed_generic');
  });

  it("Jakarta Mail's debug line with another host → the IMAP sign-in itself", () => {
    const text = 'DEBUG IMAPS: trying to connect to host "mail.example.net", port 993, isSSL true\n* OK The Microsoft Exchange IMAP4 service is ready.\nA1 AUTHENTICATE PLAIN\nA1 NO AUTHENTICATE failed.';
    assert.equal(causes(text)[0], 'imap_auth_failed_generic');
  });

  it("Microsoft's own host → Microsoft's end of Basic authentication", () => {
    assert.equal(causes(log('imaps://outlook.office365.com:993/'))[0], 'basic_auth_used');
    assert.equal(causes(log('imaps://imap-mail.outlook.com:993/'))[0], 'basic_auth_used');
  });
});

describe('an access token sent as a password, and a certificate the app registration does not hold', () => {
  expectFirst([
    ["New-ExoPSSession : AADSTS50052: The password entered exceeds the maximum length of '256'. Please reach out to your admin to reset the password.", 'exchange_powershell_not_ready'],
    ["Connect-ExchangeOnline -Credential $AppCredential\nAADSTS50052: The password entered exceeds the maximum length of '256'.", 'exchange_powershell_not_ready'],
    ['Webklex php-imap with Office 365: AADSTS50052: The password entered exceeds the maximum length. Please reach out to your admin to reset the password.', 'basic_auth_used'],
    ['The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found.]', 'bad_client_secret'],
  ]);
});

describe('development set 37: a re-created app, a certificate the process cannot sign with, a wrong outgoing port', () => {
  expectFirst([
    ["Message contains error: 'invalid_client', error_description: 'AADSTS650051: Application '{applicationId}' is requesting permissions that are either invalid or out of date.", 'service_principal_missing_or_wrong_id'],
    ['[System.Management.Automation.RuntimeException] One or more errors occurred.\n[Microsoft.Identity.Client.MsalClientException] Could not use the certificate for signing. See inner exception for details.', 'exchange_powershell_not_ready'],
    ['Microsoft.Identity.Client.MsalClientException: Could not use the certificate for signing. See inner exception for details.', 'bad_client_secret'],
    ['Error : System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was:\n at System.Net.Mail.SmtpConnection.ConnectAndHandshakeAsyncResult.End(IAsyncResult result)', 'unexpected_server_reply'],
  ]);
});

describe('MAIL FROM before AUTH, in other relays\' words', () => {
  expectFirst([
    ["smtplib.SMTPSenderRefused: (502, b'5.7.0 Please authenticate first', 'sender@example.com')", 'not_authenticated'],
    ['reply: \'503 Error: need EHLO and AUTH first !\\r\\n\'', 'not_authenticated'],
  ]);
});

describe('the twenty-fifth and twenty-sixth spent set-asides', () => {
  expectFirst([
    ['WARNING: Error establishing a connection with exo\nError Acquiring Token:\nUnknown Status: Unexpected\nError: 0xffffffff80070520\nContext: (pii)\nTag: 0x21420087 (error code -2147023584)', 'exchange_powershell_not_ready'],
    ['Connecting to Microsoft Security & Compliance...\nMSAL.CoreCLR.4.65.0.0.MsalServiceException:\n        ErrorCode: unknown_broker_error\nContext: Operation did not start in the allotted time.', 'exchange_powershell_not_ready'],
    ["Exception: C:\\Users\\me\\Documents\\PowerShell\\Modules\\X\\Connect-M365Tenant.ps1:159\nLine |\n 159 |              throw (\"Could not connect to Exchange Online, exception i …\n     | Could not connect to Exchange Online, exception is 'Method not found:\n     | 'Microsoft.Identity.Client.PublicClientApplicationBuilder\n     | Microsoft.Identity.Client.Broker.BrokerExtension.WithBroker(Microsoft.Identity.Client.PublicClientApplicationBuilder, Microsoft.Identity.Client.BrokerOptions)'.'", 'exchange_powershell_not_ready'],
    ['file_get_contents(https://login.microsoftonline.com/[Tenant ID]/oauth2/v2.0/token): Failed to open stream: no suitable wrapper could be found', 'network_blocked'],
  ]);

  it('guessed: an app\'s "Failed to fetch folders: 401" is the token, the browser\'s "Failed to fetch" the network', () => {
    assert.equal(causes('Error: Failed to fetch folders: 401')[0], 'token_expired_or_invalid');
    assert.equal(causes('TypeError: Failed to fetch')[0], 'network_blocked');
  });

  it("an app's own \"Failed to fetch …\" is not the browser's network failure", () => {
    assert.ok(!causes('Failed to fetch banner content from server.').includes('network_blocked'), causes('Failed to fetch banner content from server.').join(', '));
  });
});

describe("development set 39: Exchange's reply codes without their English words", () => {
  expectFirst([
    ["发送或接收连接器协议日志中出现错误 - '451 5.7.3 必须先发出 STARTTLS 命令'", 'tls_problem'],
    ['发件人收到 NDR 退回 -"421 4.4.2 连接由于 SocketError 而丢弃"', 'tls_problem'],
  ]);

  it("PRX4: mostly temporary, then the mailbox's SMTP AUTH (Microsoft's article)", () => {
    assert.deepEqual(causes('451 4.7.0 Temporary server error. Please try again later. PRX4 [AM5PR0701CA0008.eurprd07.prod.outlook.com]').slice(0, 2), ['throttled', 'smtp_auth_disabled_mailbox']);
  });

  it('a sign-in refused with 535 5.7.3 is still the sign-in', () => {
    assert.equal(causes('535 5.7.3 Authentication unsuccessful [AM0PR02CA0123.eurprd02.prod.outlook.com]')[0], 'smtp_auth_failed_generic');
  });

  it("guessed: Exchange Online's 4.7.500 without its 451 is its rate limit, 5.2.2 a full mailbox", () => {
    assert.equal(causes('4.7.500 Serveur occupé, veuillez essayer à nouveau plus tard')[0], 'throttled');
    assert.equal(causes('NDR com código de erro "554 5.2.2 caixa de correio cheia"')[0], 'recipient_rejected');
  });
});
