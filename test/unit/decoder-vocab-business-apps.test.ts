/**
 * Shop systems', CRMs' and invoicing software's own mail messages (vocab-business-apps.ts), as they print them: each
 * names its first cause alone, and gives way to the server's or Microsoft's reply it carries.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Shopware 6 (SMTP OAuth token, transport, test mail)', () => {
  expectFirst([
    ['Failed to fetch oauth token: {}', 'bad_client_secret'],
    ['request.CRITICAL: Uncaught PHP Exception Shopware\\Core\\Content\\Mail\\MailException: "MAIL__OAUTH_ERROR"', 'bad_client_secret'],
    ['Failed sending mail with Error: Unknown error', 'smtp_auth_failed_generic'],
    ['An error occurred while sending the test email.', 'smtp_auth_failed_generic'],
    ['Beim Versand der Test-Mail ist ein Fehler aufgetreten.', 'smtp_auth_failed_generic'],
  ]);
});

describe('vocabulary: Shopware gives way to the reply it wraps', () => {
  expectFirst([
    ['Failed to fetch oauth token: {"error":"unauthorized_client","error_description":"The client is not allowed to use this grant.","error_codes":[]}', 'wrong_tenant_or_app'],
    ['Failed to fetch oauth token: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'00000000-0000-0000-0000-000000000000\'.","error_codes":[7000215]}', 'bad_client_secret'],
    ['Failed to fetch oauth token: {"error":"invalid_request","error_description":"AADSTS90002: Tenant \'contoso.onmicrosoft.com\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.","error_codes":[90002]}', 'wrong_tenant_or_app'],
    ['Failed sending mail with Error: Failed to authenticate on SMTP server with username "shop@contoso.com" using the following authenticators: "XOAUTH2". Authenticator "XOAUTH2" returned "Expected response code "235" but got code "535", with message "535 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]".".', 'smtp_auth_failed_generic'],
    ['Failed sending mail to following recipients: kunde@contoso.com with Error: Connection could not be established with host "ssl://smtp.office365.com:587": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00010B:SSL routines::wrong version number', 'tls_problem'],
  ]);
});

describe('vocabulary: EspoCRM (sending and IMAP connection test)', () => {
  expectFirst([
    ['Email sending failed: Invalid credentials.', 'smtp_auth_failed_generic'],
    ['E-Mail-Versand fehlgeschlagen: Ungültige Zugangsdaten.', 'smtp_auth_failed_generic'],
    ['Email sending failed: Unknown error.', 'network_blocked'],
    ['E-Mail-Versand fehlgeschlagen: Unbekannter Fehler.', 'network_blocked'],
    ['Could not connect to IMAP server', 'imap_auth_failed_generic'],
    ['Kann keine Verbindung zum IMAP-Server herstellen', 'imap_auth_failed_generic'],
    ['[2026-12-05 09:12:44] WARNING: IMAP test connection failed. {"exception":"[object] (Espo\\\\Core\\\\Mail\\\\Exceptions\\\\ImapError(code: 0))"}', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: EspoCRM gives way to the reply it wraps', () => {
  expectFirst([
    ['[2026-12-05 09:12:44] ERROR: Email sending error: Failed to authenticate on SMTP server with username "crm@contoso.com" using the following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.".".', 'smtp_auth_disabled_tenant'],
    ['Could not connect to IMAP server. A1 NO AUTHENTICATE failed.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: Invoice Ninja 5 (Microsoft mailer)', () => {
  expectFirst([
    ['[2026-12-05 08:00:01] production.INFO: Problem getting new Microsoft token for User: rechnung@contoso.com', 'token_expired_or_invalid'],
    ['[2026-12-05 08:00:02] production.INFO: Mailer failed with Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection timed out)', 'network_blocked'],
    ['production.INFO: Mailer failed with Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."', 'basic_auth_used'],
  ]);
});

describe('vocabulary: PrestaShop 8 (test email)', () => {
  expectFirst([
    ['An error has occurred. Please check your configuration', 'smtp_auth_failed_generic'],
    ['An error has occurred. Please check your configuration\nFailed to authenticate on SMTP server with username "shop@contoso.com" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."', 'basic_auth_used'],
  ]);
});

describe('vocabulary: vtiger CRM 5 (send result page)', () => {
  expectFirst([
    ['Please Check the Mail Server Name...', 'network_blocked'],
    ["Please check the from email id 'crm@contoso.com'", 'send_as_denied'],
    ["Mail could not be sent to this email id 'kunde@contoso.com'. Please check this mail id...", 'smtp_auth_failed_generic'],
  ]);
});

describe('vocabulary: XoroERP (email validation)', () => {
  expectFirst([
    ['Cannot complete the request. Cannot send a test mail. The SMTP server required a secure connection or the client was not authenticated. The server response was: 5.7.1 Authentication Required. Learn more at. Please try again.', 'smtp_auth_failed_generic'],
  ]);
});
