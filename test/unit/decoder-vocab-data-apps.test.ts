/**
 * Data and developer platforms' own messages about their alert/report mail (vocab-data-apps.ts): Metabase's e-mail
 * settings test, Apache Airflow (e-mail alerting, SMTP provider with OAuth2), Redash, Sentry's test mail, GNU Mailman 3's
 * outgoing runner, Wagtail notifications and Plone's mail forms — each as the product prints it, in English and
 * (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Metabase e-mail settings', () => {
  expectFirst([
    ['Wrong host or port', 'network_blocked'],
    ['{"errors":{"email-smtp-host":"Wrong host or port","email-smtp-port":"Wrong host or port"}}', 'network_blocked'],
    ['Wrong username or password', 'basic_auth_used'],
    ['{"errors":{"email-smtp-username":"Wrong username or password","email-smtp-password":"Wrong username or password"}}', 'basic_auth_used'],
  ]);

  it('the exception chain after Metabase\'s sentence decides', () => {
    assert.equal(first('Sorry, something went wrong. Please try again. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('WARN metabase.channel.email :: Problem connecting to mail server: Could not connect to SMTP host: smtp.office365.com, port: 587: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target'), 'tls_problem');
    assert.equal(first('Wrong username or password\nWARN metabase.channel.email :: Problem connecting to mail server: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.'), 'basic_auth_used');
  });
});

describe('vocabulary: Apache Airflow e-mail and SMTP provider', () => {
  expectFirst([
    ["airflow.exceptions.AirflowException: auth_type='oauth2' but neither 'access_token' nor client credentials supplied in connection extra.", 'not_authenticated'],
    ['airflow.exceptions.AirflowException: smtp_user or from_email must be set for OAuth2 authentication', 'not_authenticated'],
    ['airflow.exceptions.AirflowException: Unable to obtain access token: None', 'wrong_tenant_or_app'],
    ['[2025-06-01, 10:00:00 UTC] {email.py:268} INFO - Email alerting: attempt 1', 'smtp_auth_failed_generic'],
  ]);

  it('Microsoft\'s reply after Airflow\'s sentence decides', () => {
    assert.equal(first("airflow.exceptions.AirflowException: Unable to obtain access token: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '8c5b1f2e-0000-4a1b-9c1d-123456789abc'."), 'bad_client_secret');
    assert.equal(first("INFO - Email alerting: attempt 1\nsmtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')"), 'smtp_auth_disabled_tenant');
    assert.equal(first("INFO - Email alerting: attempt 1\nssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1007)"), 'tls_problem');
  });
});

describe('vocabulary: Redash and Sentry', () => {
  expectFirst([
    ['[2025-06-01 10:00:00,000][PID:12][ERROR][redash.tasks.general] Failed sending message: [Redash] Reset your password', 'smtp_auth_failed_generic'],
    ['[2025-06-01 10:00:00,000][PID:12][ERROR][root] Mail send error.', 'smtp_auth_failed_generic'],
    ['Unable to send test email. Check your server logs', 'network_blocked'],
  ]);

  it('smtplib\'s exception in the traceback decides', () => {
    assert.equal(first("[ERROR][redash.tasks.general] Failed sending message: [Redash] Reset your password\nTraceback (most recent call last):\nsmtplib.SMTPDataError: (554, b'5.2.252 SendAsDenied; alerts@contoso.com not allowed to send as redash@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied')"), 'send_as_denied');
    assert.equal(first("[ERROR][root] Mail send error.\nsmtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]', 'redash@contoso.com')"), 'not_authenticated');
  });
});

describe('vocabulary: GNU Mailman 3 outgoing runner', () => {
  expectFirst([
    ['Jun 01 10:00:00 2025 (1234) Cannot connect to SMTP server smtp.office365.com on port 587', 'network_blocked'],
    ['Jun 01 10:00:00 2025 (1234) Discarding message with persistent temporary failures: <1234@lists.contoso.com>', 'throttled'],
  ]);

  it('the refused reply after Mailman\'s sentence decides', () => {
    assert.equal(first("Jun 01 10:00:00 2025 (1234) <1234@lists.contoso.com> recipients refused: {'member@fabrikam.com': (550, b'5.7.60 SMTP; Client does not have permissions to send as this sender')}"), 'send_as_denied');
    assert.equal(first("Jun 01 10:00:00 2025 (1234) <1234@lists.contoso.com> response exception: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.')"), 'smtp_auth_disabled_mailbox');
    assert.equal(first('Jun 01 10:00:00 2025 (1234) <1234@lists.contoso.com> low level smtp error: [Errno 111] Connection refused'), 'network_blocked');
  });
});

describe('vocabulary: Wagtail and Plone', () => {
  expectFirst([
    ["ERROR wagtail.admin.mail Failed to send notification email 'The page \"Home\" has been submitted for moderation' to editor@contoso.com", 'smtp_auth_failed_generic'],
    ['Unable to send test e-mail [Errno 111] Connection refused.', 'network_blocked'],
    ['Es war nicht möglich, die Test-E-Mail zu versenden: [Errno 111] Connection refused.', 'network_blocked'],
  ]);

  it('the SMTP reply inside Plone\'s and Wagtail\'s sentence decides (English and German)', () => {
    assert.equal(first("Unable to send test e-mail (535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled.')."), 'basic_auth_used');
    assert.equal(first("Es war nicht möglich eine E-Mail zu senden: SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')"), 'smtp_auth_disabled_tenant');
    assert.equal(first("Failed to send notification email 'Workflow approved' to editor@contoso.com\nsmtplib.SMTPDataError: (554, b'5.2.252 SendAsDenied; wagtail@contoso.com not allowed to send as noreply@contoso.com')"), 'send_as_denied');
  });
});
