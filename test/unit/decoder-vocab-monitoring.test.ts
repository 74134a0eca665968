/**
 * Monitoring, alerting, CI, NAS and backup tools' own messages about their alert mail (vocab-monitoring.ts): Zabbix
 * (OAuth of the e-mail media type, libcurl and plain SMTP), Jenkins Mailer and Email Extension, GitLab (Graph mailer,
 * mail_room, Service Desk custom e-mail), Checkmk SMTP delivery, Prometheus Alertmanager, Proxmox, Duplicati,
 * QNAP Notification Center, Acronis — each as the product prints it, in English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Zabbix e-mail media type with OAuth', () => {
  expectFirst([
    ['Access token fetch failed: mediatype "Office365" requires OAuth2 to be configured in frontend', 'not_authenticated'],
    ['failed to send email: Access token fetch failed: mediatype "Office365": client secret is missing', 'bad_client_secret'],
    ['Access token fetch failed: mediatype "Office365": client ID is missing', 'wrong_tenant_or_app'],
    ['Access token fetch failed: mediatype "Office365": refresh token is missing', 'not_authenticated'],
    ['Access token retrieval failed: mediatype "Office365": error field not found in OAuth server response', 'wrong_tenant_or_app'],
    ['Access token retrieval failed: mediatype "Office365": ', 'token_expired_or_invalid'],
    ['OAuth response missing mandatory fields.\nResponse\n{"token_type":"Bearer","scope":"https://outlook.office.com/SMTP.Send","expires_in":4372,"access_token":"eyJ0eXAi…"}', 'wrong_scope_or_resource'],
  ]);

  it('Microsoft\'s error_description after Zabbix\'s sentence decides', () => {
    assert.equal(first('Access token retrieval failed: mediatype "Office365": AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'bad_client_secret');
    assert.equal(first('Unexpected HTTP response status code.\nResponse\n{"error":"invalid_request","error_description":"AADSTS50011: The redirect URI \'https://zabbix.contoso.com/zabbix.php?action=oauth.authorize\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."}'), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: Zabbix e-mail sending (libcurl and plain SMTP)', () => {
  expectFirst([
    ['failed to send email: Login denied', 'smtp_auth_failed_generic'],
    ['Media type test failed.\nLogin denied', 'smtp_auth_failed_generic'],
    ['failed to send email: Requested SSL level failed', 'tls_problem'],
    ['failed to send email: SSL peer certificate or SSH remote key was not OK: SSL certificate problem: unable to get local issuer certificate', 'tls_problem'],
    ["failed to send email: Couldn't connect to server", 'network_blocked'],
    ['failed to send email: Could not resolve hostname: Could not resolve host: smtp.office365.com', 'network_blocked'],
    ['failed to send email: Timeout was reached', 'network_blocked'],
    ['cannot connect to SMTP server "smtp.office365.com": [111] Connection refused', 'network_blocked'],
    ['error receiving initial string from SMTP server: [4] Interrupted system call', 'tls_problem'],
    ['wrong answer on MAIL FROM "530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]"', 'not_authenticated'],
  ]);

  it('the quoted Exchange reply decides over Zabbix\'s "wrong answer" sentence', () => {
    assert.equal(first('wrong answer on end of data "550 5.7.60 SMTP; Client does not have permissions to send as this sender"'), 'send_as_denied');
  });
});

describe('vocabulary: Jenkins Mailer and Email Extension', () => {
  expectFirst([
    ['Failed to send out e-mail', 'smtp_auth_failed_generic'],
    ['Das Versenden der E-Mail ist fehlgeschlagen', 'smtp_auth_failed_generic'],
    ['Authentication requires either TLS or SSL to be enabled', 'tls_problem'],
    ['ERROR: SMTP authentication failed. Check mail credentials.', 'smtp_auth_failed_generic'],
    ['Connection error sending email, retrying once more in 10 seconds...\nFailed after second try sending email', 'network_blocked'],
    ['Transient SMTP error sending email, retrying once more in 10 seconds...', 'throttled'],
    ['ERROR: Email sending failed due to invalid recipient address.', 'send_as_denied'],
    ['ERROR: SMTP communication error while sending email.', 'smtp_auth_failed_generic'],
  ]);

  it('the exception in the stack trace decides over the plugin\'s sentence', () => {
    assert.equal(first('Failed to send out e-mail\njakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('ERROR: SMTP authentication failed. Check mail credentials.\njakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.'), 'basic_auth_used');
  });
});

describe('vocabulary: GitLab (Graph mailer, mail_room)', () => {
  expectFirst([
    ["MicrosoftGraphMailer::ConfigurationError: 'client_secret' is missing", 'bad_client_secret'],
    ["MicrosoftGraphMailer::ConfigurationError: 'tenant' is missing", 'wrong_tenant_or_app'],
    ['MailRoom::ConfigurationError: inbox_options field :tenant_id is required in Mailbox: #<struct MailRoom::Mailbox email="incoming@contoso.com">', 'wrong_tenant_or_app'],
    ['MicrosoftGraphMailer::DeliveryError', 'unexpected_server_reply'],
    ['{"severity":"WARN","context":{"email":"incoming@contoso.com","name":"inbox"},"action":"Too many requests, backing off...","backoff_s":4}', 'throttled'],
  ]);
});

describe('vocabulary: GitLab Service Desk custom e-mail', () => {
  expectFirst([
    ['Invalid credentials: The given credentials (username and password) were rejected by the SMTP server, or you need to explicitly set an authentication method.', 'smtp_auth_failed_generic'],
    ['SMTP host issue: A connection to the specified host could not be made or an SSL issue occurred.', 'network_blocked'],
    ['Read timeout: The SMTP server did not respond in time.', 'network_blocked'],
  ]);
});

describe('vocabulary: Checkmk synchronous SMTP delivery', () => {
  expectFirst([
    ['timeout connecting to "smtp.office365.com": timed out', 'network_blocked'],
    ['socket error connecting to "smtp.office365.cm": [Errno -2] Name or service not known', 'network_blocked'],
    ['authentication failed on "smtp.office365.com": ', 'smtp_auth_failed_generic'],
    ['server didn\'t accept from-address "monitoring@contoso.com" refused: ', 'not_authenticated'],
    ['unexpected error code from "smtp.office365.com": ', 'send_as_denied'],
    ['undocumented error code from "smtp.office365.com": SMTP AUTH extension not supported by server.', 'tls_problem'],
  ]);

  it('Exchange\'s reply in smtplib\'s exception decides over Checkmk\'s line', () => {
    assert.equal(first('authentication failed on "smtp.office365.com": (535, b\'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]\')'), 'smtp_auth_disabled_tenant');
    assert.equal(first('mail from monitoring@contoso.com" to "admin@contoso.com" refused: 550, b\'5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.\''), 'outbound_sender_blocked');
    assert.equal(first('unexpected error code from "smtp.office365.com": (554, b\'5.2.252 SendAsDenied; monitoring@contoso.com not allowed to send as alerts@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied\')'), 'send_as_denied');
  });
});

describe('vocabulary: Prometheus Alertmanager email receiver', () => {
  expectFirst([
    ['establish connection to server: dial tcp 52.97.1.1:587: i/o timeout', 'network_blocked'],
    ['establish TLS connection to server: tls: failed to verify certificate: x509: certificate signed by unknown authority', 'tls_problem'],
    ['create SMTP client: EOF', 'tls_problem'],
    ['\'require_tls\' is true (default) but "smtp.office365.com:587" does not advertise the STARTTLS extension', 'tls_problem'],
    ['find auth mechanism: missing password for LOGIN auth mechanism', 'not_authenticated'],
    ['*email.loginAuth auth: ', 'smtp_auth_failed_generic'],
    ['send MAIL command: ', 'not_authenticated'],
  ]);

  it('Exchange\'s reply after Alertmanager\'s step decides', () => {
    assert.equal(first('notify retry canceled after 3 attempts: *email.loginAuth auth: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('send DATA command: 554 5.2.252 SendAsDenied; alertmanager@contoso.com not allowed to send as alerts@contoso.com'), 'send_as_denied');
  });
});

describe('vocabulary: Proxmox notification targets', () => {
  expectFirst([
    ['could not notify via endpoint(s): m365-smtp: username is set but no password was provided', 'not_authenticated'],
    ['could not notify via endpoint(s): m365-smtp: ', 'smtp_auth_failed_generic'],
  ]);

  it('the SMTP reply after the endpoint name decides', () => {
    assert.equal(first('could not notify via endpoint(s): m365-smtp: permanent error (535): 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Duplicati send-mail module', () => {
  expectFirst([
    ['Failed to send email with server: smtp://smtp.office365.com:587/?starttls=always, message: , retrying with smtp://smtp-mail.outlook.com:587', 'smtp_auth_failed_generic'],
    ['Fehler beim E-Mail senden mit dem Server: smtp://smtp.office365.com:587, Nachricht: , Wiederholen mit smtp://smtp-mail.outlook.com:587', 'smtp_auth_failed_generic'],
  ]);

  it('MailKit\'s message inside decides', () => {
    assert.equal(first('Failed to send email with server: smtp://smtp.office365.com:587/?starttls=always, message: 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM], retrying with smtp://smtp-mail.outlook.com:587'), 'basic_auth_used');
  });
});

describe('vocabulary: NAS and backup vendors (QNAP, Acronis)', () => {
  expectFirst([
    ['Authorization has expired. Reauthorize the account.', 'token_expired_or_invalid'],
    ["The credentials for Exchange server '3f2a1b4c-0000-4d5e-8f9a-0123456789ab' are incorrect. Error code 1802.", 'basic_auth_used'],
    ["Die Anmeldedaten für den Exchange Server '3f2a1b4c-0000-4d5e-8f9a-0123456789ab' sind falsch", 'basic_auth_used'],
  ]);
});
