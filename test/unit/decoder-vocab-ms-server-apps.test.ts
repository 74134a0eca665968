/**
 * Microsoft's own server products' messages about their mail through Microsoft 365 (vocab-ms-server-apps.ts): SQL
 * Server Database Mail, Reporting Services e-mail subscriptions, File Server Resource Manager and the Windows SMTP
 * service (IIS) relaying to Office 365 — each as the product prints it. The products' own sentences are English only
 * (no translation was found); German rows are the German .NET language pack's SmtpException inside Database Mail's log.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

/** Database Mail's sysmail_event_log line around an exception text. */
const dbmail = (inner: string, exception = 'Cannot send mails to mail server.') =>
  `The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account 1 (2024-03-01T10:00:06). Exception Message: ${exception} (${inner}). )`;

describe('vocabulary: SQL Server Database Mail', () => {
  expectFirst([
    ['The mail could not be sent to the recipients because of the mail server failure.', 'smtp_auth_failed_generic'],
    ['Exception Message: Could not connect to mail server.', 'network_blocked'],
    [dbmail('No connection could be made because the target machine actively refused it 52.96.1.1:587', 'Could not connect to mail server.'), 'network_blocked'],
    [dbmail('The operation has timed out.'), 'network_blocked'],
    [dbmail('The specified string is not in the form required for an e-mail address.'), 'recipient_rejected'],
    ['The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account 3 (2024-03-01T10:00:06). Exception Message: 1) Exception Information =================== Exception Type: Microsoft.SqlServer.Management.SqlIMail.MailFramework.Exceptions.BaseMailFrameworkException Message: Cannot send mails to mail server. (The specified string is not in the form required for an e-mail address.) Data: System.Collections.ListDictionaryInternal', 'recipient_rejected'],
    // German .NET language pack inside the English Database Mail log.
    [dbmail('Der SMTP-Server erfordert eine sichere Verbindung, oder der Client war nicht authentifiziert. Die Serverantwort war: 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated'],
    [dbmail('Fehler beim Senden von Mail.'), 'network_blocked'],
  ]);

  it('the SmtpException Database Mail quotes decides over its own sentences', () => {
    assert.equal(first(dbmail('The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')), 'smtp_auth_disabled_tenant');
    assert.equal(first(dbmail('Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender')), 'send_as_denied');
    assert.equal(first(dbmail('The remote certificate is invalid according to the validation procedure.')), 'tls_problem');
  });
});

describe('vocabulary: SQL Server Reporting Services e-mail delivery', () => {
  expectFirst([
    ['Failure sending mail: The e-mail address of one or more recipients is not valid.', 'recipient_rejected'],
    ['The e-mail address of one or more recipients is not valid.', 'recipient_rejected'],
    ['Failure sending mail: the transport failed to connect to the server.', 'network_blocked'],
    ['emailextension!WindowsService_7!b60!05/20/2024-22:34:41:: e ERROR: Error sending email. Exception: ', 'smtp_auth_failed_generic'],
  ]);

  it('the SmtpException in the trace log decides over "Error sending email"', () => {
    assert.equal(first('emailextension!WindowsService_7!b60!05/20/2024-22:34:41:: e ERROR: Error sending email. Exception: System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.   at System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response)'), 'not_authenticated');
    assert.equal(first('Error sending email. Exception: System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender  at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)'), 'send_as_denied');
  });
});

describe('vocabulary: File Server Resource Manager e-mail', () => {
  expectFirst([
    ['The File Server Resource Manager service could not send email due to an error. Check the application event log for more information.', 'not_authenticated'],
    ['The SMTP server is invalid.', 'network_blocked'],
    ['The specified email address is invalid.', 'recipient_rejected'],
  ]);
});

describe('vocabulary: Windows SMTP service (IIS) with Office 365 as smart host', () => {
  expectFirst([
    ['The remote server did not respond to a connection attempt.', 'network_blocked'],
    ["Message delivery to the host '52.96.1.1' failed while delivering to the remote domain 'contoso.com' for the following reason: The remote server did not respond to a connection attempt.", 'network_blocked'],
    ['Unable to bind to the destination server in DNS.', 'network_blocked'],
    ['Unable to make a connection to the destination server.', 'network_blocked'],
    ['SMTP could not connect to any DNS server.', 'network_blocked'],
    ['The connection was dropped by the remote host.', 'network_blocked'],
    ['The remote SMTP service rejected AUTH negotiation.', 'tls_problem'],
    ['Failed to logon using AUTH.', 'smtp_auth_failed_generic'],
    ['The remote SMTP service does not support TLS.', 'tls_problem'],
    ['The remote SMTP server responded with an error during the STARTTLS command.', 'tls_problem'],
    ["The TLS session failed. The issuer of the destination server's certificate is untrusted.", 'tls_problem'],
    ['The TLS session failed. The e-mail domain name used to reach the destination server differs from the name on its certificate.', 'tls_problem'],
    ['The sender is not allowed to send this message.', 'send_as_denied'],
    ['The Message is too large to deliver.', 'message_too_large'],
  ]);

  it('Exchange Online\'s reply after the queue\'s sentence decides', () => {
    assert.equal(first('Failed to logon using AUTH. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('The sender is not allowed to send this message. 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'), 'outbound_sender_blocked');
  });
});
