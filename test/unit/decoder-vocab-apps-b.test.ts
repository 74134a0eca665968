/**
 * Self-hosted apps' own messages about their mail through Microsoft 365 (vocab-apps-b.ts): Paperless-ngx (mail fetching
 * with Microsoft OAuth), Immich, authentik (Entra ID source), BookStack, Passbolt (Exchange Online OAuth, Azure SSO),
 * Zulip, LimeSurvey (AzureOAuthSMTP) and Matomo — each as the product prints it, in English and (where the product
 * ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Paperless-ngx mail accounts with Microsoft OAuth', () => {
  expectFirst([
    ["[2026-03-02 10:15:01,311] [ERROR] [paperless_mail] Failed to refresh oauth token for account Outlook OAuth 2026-01-05: Client error '400 Bad Request' for url 'https://login.microsoftonline.com/common/oauth2/v2.0/token'", 'token_expired_or_invalid'],
    ['[ERROR] [paperless_mail] Mail account connectivity test failed: Unable to refresh oauth token', 'token_expired_or_invalid'],
    ['[ERROR] [paperless_mail] Error getting access token from OAuth provider', 'bad_client_secret'],
    ['OAuth2 authentication failed, see logs for details', 'bad_client_secret'],
    ['OAuth2-Authentifizierung fehlgeschlagen, siehe Protokolle für Details', 'bad_client_secret'],
    ['[ERROR] [paperless_mail] Invalid oauth callback request: missing code', 'user_cancelled_or_consent_declined'],
    ['[ERROR] [paperless_mail] Invalid oauth callback request: state validation failed', 'redirect_uri_mismatch'],
    ['paperless_mail.mail.MailError: Connection blocked: outlook.office365.com resolves to a non-public address', 'network_blocked'],
    ['[ERROR] [paperless_mail] Error while retrieving mailbox Outlook: [Errno 110] Connection timed out', 'network_blocked'],
    ['Unable to connect to the mail server', 'network_blocked'],
    ['Verbindung zum Mailserver nicht möglich', 'network_blocked'],
  ]);

  it('the error behind Paperless-ngx\'s sentence decides', () => {
    assert.equal(first('[ERROR] [paperless_mail] Error while retrieving mailbox Outlook: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'), 'tls_problem');
    assert.equal(first('Failed to refresh oauth token for account Outlook: invalid_client: AADSTS7000222: The provided client secret keys for app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' are expired.'), 'bad_client_secret');
  });
});

describe('vocabulary: Immich SMTP notifications', () => {
  expectFirst([
    ['Failed to verify SMTP configuration', 'smtp_auth_failed_generic'],
    ['Failed to send test email, check your values', 'smtp_auth_failed_generic'],
    ['Die Test-E-Mail konnte nicht versendet werden, bitte überprüfe deine Angaben', 'smtp_auth_failed_generic'],
  ]);

  it('nodemailer\'s error after Immich\'s sentence decides', () => {
    assert.equal(first('[Nest] 7  - 03/02/2026, 10:15:01 AM   ERROR [Api:NotificationService] Failed to validate SMTP configuration: Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: authentik with Entra ID as OAuth source', () => {
  expectFirst([
    ['Authentication failed: Could not retrieve token.', 'bad_client_secret'],
    ['Authentication failed: State check failed.', 'redirect_uri_mismatch'],
    ['Authentication failed: Could not retrieve profile.', 'wrong_scope_or_resource'],
  ]);
});

describe('vocabulary: BookStack', () => {
  expectFirst([
    ['Error thrown when sending a test email:\nConnection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection timed out)', 'network_blocked'],
    ['Fehler beim Versenden einer Test E-Mail:', 'smtp_auth_failed_generic'],
    ['Could not create user since invite email failed to send', 'smtp_auth_failed_generic'],
    ['Email confirmation required but the system could not send the email. Contact the admin to ensure email is set up correctly.', 'smtp_auth_failed_generic'],
    ['Leider konnte die für die Registrierung notwendige E-Mail zur Bestätigung Ihrer E-Mail-Adresse nicht versandt werden. Bitte kontaktieren Sie den Systemadministrator.', 'smtp_auth_failed_generic'],
  ]);

  it('the Symfony Mailer reply after BookStack\'s sentence decides', () => {
    assert.equal(first('Error thrown when sending a test email:\nExpected response code "250" but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender".'), 'send_as_denied');
  });
});

describe('vocabulary: Passbolt (Exchange Online OAuth, Azure SSO)', () => {
  expectFirst([
    ['Failed to obtain SMTP OAuth2 access token.', 'bad_client_secret'],
    ['SMTP OAuth2 token response from Microsoft did not contain an access token.', 'unexpected_server_reply'],
    ['Tenant ID should be a valid UUID.', 'wrong_tenant_or_app'],
    ['The client ID should be a valid UUID.', 'wrong_tenant_or_app'],
    ['The test email could not be sent. Kindly check the logs below for more information.', 'smtp_auth_failed_generic'],
    ['Die Test-E-Mail konnte nicht gesendet werden. Bitte überprüfen Sie die untenstehenden Protokolle für weitere Informationen.', 'smtp_auth_failed_generic'],
    ['Users are unable to log in via Azure SSO. This can happen when the client secret of Azure AD is expired, or the SSO configurations (client credentials) are invalid.', 'bad_client_secret'],
    ['Benutzer können sich nicht über Azure SSO anmelden.', 'bad_client_secret'],
    ['Azure SSO secret expiry date is near', 'bad_client_secret'],
    ['Das Ablaufdatum Ihrer Azure AD Instanz ist 2026-04-01.', 'bad_client_secret'],
    ['Single sign-on failed. You must authenticate with Azure again.', 'token_expired_or_invalid'],
    ['Single Sign-On fehlgeschlagen. Sie müssen sich erneut mit Azure authentifizieren.', 'token_expired_or_invalid'],
  ]);

  it('Microsoft\'s error_description in Passbolt\'s log line decides', () => {
    assert.equal(first('2026-03-02 10:15:01 error: SMTP OAuth2 token fetch failed: AADSTS90002: Tenant \'contoso.onmicrosoft.de\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.'), 'wrong_tenant_or_app');
    assert.equal(first('Could not send the test email.\nError: SMTP server did not accept the password.\n[535] 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Zulip send_test_email', () => {
  expectFirst([
    // smtplib's disconnect without a timeout: the encryption for the port first since the twenty-fifth session (development
    // texts TLS 4, the sign-in 3, others 3).
    ['Failed to send mails: Connection unexpectedly closed', 'tls_problem'],
    ['CommandError: Email sending failed!', 'smtp_auth_failed_generic'],
  ]);

  it('the SMTP reply in the exception decides', () => {
    assert.equal(first('Failed to send mails: (535, b\'5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\')\n\nFull SMTP log follows:\n...\nCommandError: Email sending failed!'), 'basic_auth_used');
  });
});

describe('vocabulary: LimeSurvey AzureOAuthSMTP', () => {
  expectFirst([
    ["The saved token isn't valid. You need to get a new one. Get new token", 'token_expired_or_invalid'],
    ['No OAuth token. Get new token', 'not_authenticated'],
    ['AzureOAuthSMTP is enabled but there is no refresh token stored.', 'not_authenticated'],
    ['AzureOAuthSMTP is enabled but there is no email address. Please generate a new token.', 'not_authenticated'],
    ['AzureOAuthSMTP is enabled but credentials are incomplete.', 'wrong_tenant_or_app'],
    ['OAuth authentication requires the application to be served over HTTPS.', 'redirect_uri_mismatch'],
    ["Azure doesn't accept redirect URIs with query parameters when using personal accounts. This plugin will not work properly with the current URL manager configuration.", 'redirect_uri_mismatch'],
    ["The token doesn't contain an id_token. This is required to get the user's email address.", 'wrong_scope_or_resource'],
  ]);
});

describe('vocabulary: Matomo', () => {
  expectFirst([
    ['WARNING Could not send Piwik\\Plugins\\Login\\Emails\\PasswordResetEmail email: SMTP connect() failed.', 'network_blocked'],
  ]);

  it('the PHPMailer reply after Matomo\'s log line decides', () => {
    assert.equal(first('Could not send Piwik\\Plugins\\ScheduledReports\\ReportEmail email: SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have permissions to send as this sender SMTP code: 550'), 'send_as_denied');
  });
});
