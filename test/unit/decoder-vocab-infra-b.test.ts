/**
 * Infrastructure, monitoring and backup tools' own messages about their alert mail, second set (vocab-infra-b.ts):
 * Prometheus Alertmanager (older and newer wordings), Kopia, Graylog, Wazuh maild, LibreNMS, pfSense/OPNsense
 * (notices, PEAR Mail/Net_SMTP, smtp_class), Webmin/Virtualmin, Unraid's SMTP test, Duplicati's MX look-up — each as the
 * product prints it, in English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Prometheus Alertmanager email receiver (more wordings)', () => {
  expectFirst([
    ['send EHLO command: ', 'unexpected_server_reply'],
    ['parse TLS configuration: unable to load specified CA cert /etc/alertmanager/ca.pem: open /etc/alertmanager/ca.pem: no such file or directory', 'tls_problem'],
    ['starttls failed: tls: failed to verify certificate: x509: certificate signed by unknown authority', 'tls_problem'],
    ['require_tls: true (default), but "smtp.office365.com:25" does not advertise the STARTTLS extension', 'tls_problem'],
    ['*email.loginAuth failed: ', 'smtp_auth_failed_generic'],
    ['sending mail from: ', 'not_authenticated'],
    ['*email.loginAuth auth: unexpected server challenge', 'unexpected_server_reply'],
  ]);

  it('Exchange\'s reply after the old wordings decides', () => {
    assert.equal(first('level=error component=dispatcher msg="Notify for alerts failed" num_alerts=1 err="*email.loginAuth failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]"'), 'smtp_auth_disabled_tenant');
    assert.equal(first('sending mail from: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
  });
});

describe('vocabulary: Kopia email notifications', () => {
  expectFirst([
    ['unable to send notification message: context deadline exceeded', 'network_blocked'],
    ['unable to send notification message: ', 'smtp_auth_failed_generic'],
  ]);

  it('Go net/smtp\'s error with Exchange\'s reply decides', () => {
    assert.equal(first('unable to send notification message: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]'), 'basic_auth_used');
  });
});

describe('vocabulary: Graylog email notifications', () => {
  expectFirst([
    ['Notification has email recipients and is triggered, but sending emails failed. ', 'smtp_auth_failed_generic'],
    ['An error occurred while trying to send an email!\nThe Graylog server encountered an error while trying to send an email.\nThis is the detailed error message: ', 'smtp_auth_failed_generic'],
  ]);

  it('Jakarta Mail\'s cause after Graylog\'s sentence decides', () => {
    assert.equal(first('Notification has email recipients and is triggered, but sending emails failed. Sending the email to the following server failed : smtp.office365.com:587 (jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.)'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Wazuh maild', () => {
  expectFirst([
    ['2026/01/12 10:00:01 wazuh-maild: ERROR: (1764): Mail from not accepted by server', 'not_authenticated'],
    ['ossec-maild: os_sendmail(1764): WARN: Mail from not accepted by server', 'not_authenticated'],
    ["wazuh-maild: ERROR: (1765): RCPT TO not accepted by server - 'soc@fabrikam.com'.", 'recipient_rejected'],
    ['wazuh-maild: ERROR: (1762): Banner not received from server', 'network_blocked'],
    ['wazuh-maild: ERROR: (1763): Hello not accepted by server:null', 'unexpected_server_reply'],
    ['wazuh-maild: ERROR: (1223): Error Sending email to smtp.office365.com (smtp server)', 'not_authenticated'],
  ]);

  it('the server\'s reply after HELO decides', () => {
    assert.equal(first('wazuh-maild: ERROR: (1763): Hello not accepted by server:421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.'), 'tls_problem');
  });
});

describe('vocabulary: LibreNMS mail transport', () => {
  expectFirst([
    ['Transport delivery failed with 0 for Mail: ', 'smtp_auth_failed_generic'],
  ]);

  it('PHPMailer\'s message after LibreNMS\'s sentence decides', () => {
    assert.equal(first('Transport delivery failed with 0 for Mail: SMTP Error: Could not connect to SMTP host. Failed to connect to server'), 'network_blocked');
  });
});

describe('vocabulary: pfSense / OPNsense notification SMTP', () => {
  expectFirst([
    ['Could not send the message to admin@contoso.com -- Error: ', 'smtp_auth_failed_generic'],
    ['Nachricht konnte nicht gesendet werden an admin@contoso.com -- Fehler: ', 'smtp_auth_failed_generic'],
    ['Could not send the message to admin@contoso.com -- Error: PLAIN authentication failure [SMTP: PLAIN is not a supported authentication method (code: 250, response: BE1P281CA0001.outlook.office365.com Hello [203.0.113.7] SIZE 157286400 PIPELINING DSN ENHANCEDSTATUSCODES AUTH LOGIN XOAUTH2 8BITMIME BINARYMIME CHUNKING SMTPUTF8)]', 'smtp_auth_failed_generic'],
    ['Could not send the message to admin@contoso.com -- Error: PLAIN authentication failure [SMTP: SMTP server does not support authentication (code: 250, response: AM0PR10CA0001.outlook.office365.com Hello [203.0.113.7] SIZE 157286400 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS 8BITMIME BINARYMIME CHUNKING SMTPUTF8)]', 'tls_problem'],
    ['Could not send the message to admin@contoso.com -- Error: Failed to connect to smtp.office365.com:587 [SMTP: Failed to connect socket: Connection timed out (code: -1, response: )]', 'network_blocked'],
    ['Could not send the message to admin@contoso.com -- Error: server does not require authentication', 'tls_problem'],
    ['Could not send the message to admin@contoso.com -- Error: it was not possible to read line from the SMTP server: data access time out', 'tls_problem'],
    ['Could not send the message to admin@contoso.com -- Error: could not connect to the host "smtp.office365.com": Connection refused', 'network_blocked'],
  ]);

  it('Exchange\'s reply inside PEAR Mail\'s brackets decides', () => {
    assert.equal(first('Could not send the message to admin@contoso.com -- Error: LOGIN authentication failure [SMTP: Invalid response code received from server (code: 535, response: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM])]'), 'basic_auth_used');
    assert.equal(first('Could not send the message to admin@contoso.com -- Error: Failed to set sender: pfsense@fw01.contoso.local [SMTP: Invalid response code received from server (code: 530, response: 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM])]'), 'not_authenticated');
    assert.equal(first('Could not send the message to admin@contoso.com -- Error: Failed to send data [SMTP: Invalid response code received from server (code: 554, response: 5.2.252 SendAsDenied; alerts@contoso.com not allowed to send as pfsense@fw01.contoso.local; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied)]'), 'send_as_denied');
  });
});

describe('vocabulary: Webmin / Virtualmin mail sending', () => {
  expectFirst([
    ['Failed to send mail : SMTP command mail from: <root@webmin.contoso.com> failed : ', 'not_authenticated'],
    ['Senden der E-Mail fehlgeschlagen : SMTP-Befehl mail from: <root@webmin.contoso.com> fehlgeschlagen : ', 'not_authenticated'],
    ['SMTP authentication failed : ', 'smtp_auth_failed_generic'],
    ['Failed to send mail : SSL connect() failed', 'tls_problem'],
    ['Failed to send mail : Failed to connect to smtp.office365.com:465 : Connection timed out', 'network_blocked'],
    ['Failed to send mail : Failed to lookup IP address for smtp.office356.com', 'network_blocked'],
  ]);

  it('Exchange\'s reply after Webmin\'s sentence decides', () => {
    assert.equal(first('Failed to send mail : SMTP authentication failed : 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Failed to send mail : SMTP command data failed : 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'), 'outbound_sender_blocked');
  });
});

describe('vocabulary: Unraid SMTP test, Duplicati MX look-up', () => {
  expectFirst([
    ['Test result: No reply from mail server', 'network_blocked'],
    ['Unable to find the destination mail server through MX lookup. Please use the option --send-mail-url to specify what SMTP server to use.', 'network_blocked'],
  ]);
});
