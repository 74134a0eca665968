/**
 * Content management systems' own messages about their mail through Microsoft 365 (vocab-cms.ts): Joomla (its PHPMailer
 * strings, the Global Configuration's test mail, SMTP OAuth2), TYPO3's mail test, Drupal core / Symfony Mailer / SMTP
 * module, Ghost, Craft CMS, Strapi, Directus and Contao — each as the product prints it, in English and (where the
 * product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Joomla mail (PHPMailer strings, test mail)', () => {
  expectFirst([
    ['SMTP-Fehler! Es konnte keine Verbindung zum SMTP-Host hergestellt werden.', 'network_blocked'],
    ['SMTP connect failed', 'network_blocked'],
    ['SMTP Error! Data not accepted.', 'send_as_denied'],
    ['TLS konnte nicht gestartet werden', 'tls_problem'],
    ['Test mail could not be sent.', 'smtp_auth_failed_generic'],
    ['Test-E-Mail senden fehlgeschlagen.', 'smtp_auth_failed_generic'],
  ]);

  it('the server\'s reply after Joomla\'s sentences decides', () => {
    assert.equal(first('SMTP connect failed\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\nTest mail could not be sent.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('SMTP Error! Data not accepted. SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have permissions to send as this sender SMTP code: 550\nTest-E-Mail senden fehlgeschlagen.'), 'send_as_denied');
    assert.equal(first('SMTP-Fehler! Es konnte keine Verbindung zum SMTP-Host hergestellt werden. 535 5.7.3 Authentication unsuccessful [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'smtp_auth_failed_generic');
  });
});

describe('vocabulary: Joomla SMTP OAuth2', () => {
  expectFirst([
    ['Failed to acquire SMTP OAuth2 access token.', 'token_expired_or_invalid'],
    ['No refresh token is available.', 'not_authenticated'],
    ['Error code 400 received refreshing token: .', 'token_expired_or_invalid'],
    ['Error code 401 received requesting access token: .', 'bad_client_secret'],
  ]);

  it('Microsoft\'s error in the token endpoint\'s reply decides', () => {
    assert.equal(first('Error code 401 received refreshing token: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."}.'), 'bad_client_secret');
    assert.equal(first('Error code 400 received requesting access token: {"error":"invalid_grant","error_description":"AADSTS50011: The redirect URI \'https://www.contoso.com/administrator/index.php\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."}.'), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: TYPO3 mail test', () => {
  expectFirst([
    ["Could not deliver mail\nPlease verify $GLOBALS['TYPO3_CONF_VARS']['MAIL'][*] settings are valid. Error message: ", 'smtp_auth_failed_generic'],
  ]);

  it('Symfony Mailer\'s exception after TYPO3\'s sentence decides', () => {
    assert.equal(first("Could not deliver mail\nPlease verify $GLOBALS['TYPO3_CONF_VARS']['MAIL'][*] settings are valid. Error message: Failed to authenticate on SMTP server with username \"info@contoso.com\" using the following authenticators: \"LOGIN\", \"PLAIN\", \"XOAUTH2\". Authenticator \"LOGIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."), 'smtp_auth_disabled_tenant');
    assert.equal(first("Could not deliver mail\nPlease verify $GLOBALS['TYPO3_CONF_VARS']['MAIL'][*] settings are valid. Error message: Connection could not be established with host \"ssl://smtp.office365.com:587\": stream_socket_client(): Unable to connect to ssl://smtp.office365.com:587 (Connection refused)"), 'network_blocked');
  });
});

describe('vocabulary: Drupal (core, Symfony Mailer, SMTP module)', () => {
  expectFirst([
    ['Unable to send email. Contact the site administrator if the problem persists.', 'smtp_auth_failed_generic'],
    ['Error sending email (from info@contoso.com to user@contoso.com with reply-to not set).', 'smtp_auth_failed_generic'],
  ]);

  it('the transport\'s exception after Drupal\'s sentence decides', () => {
    assert.equal(first('Error sending email: Expected response code "250" but got code "554", with message "554 5.2.252 SendAsDenied; info@contoso.com not allowed to send as noreply@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied".'), 'send_as_denied');
    assert.equal(first('Error sending e-mail from info@contoso.com to user@contoso.com : SMTP Error: Could not authenticate. 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'), 'basic_auth_used');
  });
});

describe('vocabulary: Ghost, Craft CMS, Strapi, Directus, Contao', () => {
  expectFirst([
    ['Failed to send email. Reason: .', 'smtp_auth_failed_generic'],
    ['There was an error testing your email settings.', 'smtp_auth_failed_generic'],
    ['There was an error testing your email settings. Please check the Craft log files.', 'smtp_auth_failed_generic'],
    ['Beim Testen Ihrer E-Mail-Einstellungen ist ein Fehler aufgetreten.', 'smtp_auth_failed_generic'],
    ['Failed to send a test mail to user@contoso.com', 'smtp_auth_failed_generic'],
    ['Test-E-Mail an user@contoso.com konnte nicht gesendet werden', 'smtp_auth_failed_generic'],
    ['Connection verification failed', 'smtp_auth_failed_generic'],
    ['Email connection failed:', 'smtp_auth_failed_generic'],
    ['Failed to send e-mail to user@contoso.com', 'smtp_auth_failed_generic'],
  ]);

  it('nodemailer\'s message after the product\'s sentence decides', () => {
    assert.equal(first('Failed to send email. Reason: Invalid login: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM].\nPlease see https://ghost.org/docs/config/#mail for instructions on configuring email.'), 'basic_auth_used');
    assert.equal(first("Couldn't send test email: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information."), 'smtp_auth_disabled_mailbox');
    // nodemailer's greeting timeout: the encryption setting first since the twenty-fifth session (development texts TLS 5 of 9).
    assert.equal(first('Email connection failed:\nError: Greeting never received'), 'tls_problem');
  });
});
