/**
 * PHP applications' and WordPress mail plugins' own messages (vocab-php-apps.ts), as they print them: each names
 * its first cause alone, and gives way to the server's or Microsoft's reply it carries.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: WP Mail SMTP (Email Test page and OAuth notices)', () => {
  expectFirst([
    ['Could not authenticate your SMTP account. This means we were able to connect to your SMTP host, but were not able to proceed using the email/password in the settings.', 'smtp_auth_failed_generic'],
    ['Could not connect to the SMTP host. This means your web server was unable to connect to smtp.office365.com.', 'network_blocked'],
    ['Unauthenticated senders are not allowed. This means the connection to your SMTP host was made successfully, but you should enable Authentication and provide correct Username and Password.', 'not_authenticated'],
    ['Misconfigured server certificate. This means OpenSSL on your server isn\'t able to verify the host certificate.', 'tls_problem'],
    ['SSL certificate issue. This means your web server cannot reliably make secure connections (make requests to HTTPS sites).', 'tls_problem'],
    ['Could not connect to host. This means your web server was unable to connect to smtp.office365.com. Typically this error is returned your web server is blocking the connections or the SMTP host denying the request.', 'network_blocked'],
    ['Could not connect to your host. Contact your web hosting provider and inform them you are having issues making outbound connections.', 'network_blocked'],
    ['An issue was detected. This means your test email was unable to be sent.', 'smtp_auth_failed_generic'],
    ['You cannot send an email. Mailer is not properly configured. Please check your settings.', 'not_authenticated'],
    ['There was an error while processing the authentication request. Please recheck your Client ID and Client Secret and try again.', 'bad_client_secret'],
    ['There was an error while processing the authentication request. The authorization code is missing. Please try again.', 'user_cancelled_or_consent_declined'],
    ['Outlook / 365 requires an SSL certificate, and so is not currently compatible with your site. Please contact your host to request a SSL certificate', 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary: WP Mail SMTP gives way to the reply it wraps', () => {
  expectFirst([
    ['Could not authenticate your SMTP account. Error log: SMTP Error: Could not authenticate. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', 'smtp_auth_disabled_tenant'],
    ['There was an error while processing the authentication request. Please recheck your Client ID and Client Secret and try again. AADSTS7000215: Invalid client secret provided.', 'bad_client_secret'],
    ['There was an error while processing the authentication request. The authorization code is missing. AADSTS50011: The redirect URI \'http://contoso.com/wp-admin/\' specified in the request does not match the redirect URIs configured for the application.', 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary: Post SMTP (bundled Zend transport)', () => {
  expectFirst([
    ['Office365 SMTP servie require TLS v1.2 and OpenSSL version 1.0.1 or greater, your current OpenSSL version is: 1.0.0.\nYou need to contact your web hosting support for help.', 'tls_problem'],
    ['Postman_Zend_Mail_Protocol_Exception: Unable to connect via TLS', 'tls_problem'],
    ['Your email provider did not grant Postman permission. Try again.', 'user_cancelled_or_consent_declined'],
    ['Error authenticating with this Client ID. [Unable to get access token]', 'bad_client_secret'],
    ['Warning: OAuth 2.0 authentication requires a Client ID and Client Secret.', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Post SMTP gives way to Microsoft\'s answer', () => {
  expectFirst([
    ['Error authenticating with this Client ID. [AADSTS700016: Application with identifier \'6731de76-14a6-49ae-97bc-6eba6914391e\' was not found in the directory \'Contoso\'.]', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: FluentSMTP Outlook connection form', () => {
  expectFirst([
    ['Application Cluent ID is required.', 'wrong_tenant_or_app'],
    ['Application Client Secret key is required.', 'bad_client_secret'],
  ]);
});

describe('vocabulary: Easy WP SMTP 1.x test email (a wrapper around PHPMailer)', () => {
  expectFirst([
    ['Following error occurred when attempting to send test email:\nSMTP Error: Could not authenticate.', 'smtp_auth_failed_generic'],
    ['Following error occurred when attempting to send test email:\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting', 'network_blocked'],
    ['Following error occurred when attempting to send test email:\nSMTP Error: Could not authenticate. 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'basic_auth_used'],
  ]);
});

describe('vocabulary: Dolibarr (CMailFile, SMTPS library, OAuth page; English and German)', () => {
  expectFirst([
    ['Failed to send mail (sender=erp@contoso.com, receiver=kunde@fabrikam.com)\nInvalid Authentication Credentials.', 'smtp_auth_failed_generic'],
    ['Fehler beim Senden der E-Mail (Absender=erp@contoso.com, Empfänger=kunde@fabrikam.com)', 'smtp_auth_failed_generic'],
    ['Fehler beim Senden der E-Mail (Absender=erp@contoso.com, Empfänger=kunde@fabrikam.com)\nFailed to connect with fsockopen host=tls://smtp.office365.com port=587', 'network_blocked'],
    ['CMailFile::sendfile: mail end error with smtps lib to HOST=tls://smtp.office365.com, PORT=587 - Token not found', 'not_authenticated'],
    ['No access token saved into local database', 'not_authenticated'],
    ['Kein Zugriffstoken in der lokalen Datenbank gespeichert', 'not_authenticated'],
    ['STARTTLS connection failed.', 'tls_problem'],
    ['Server is not available at address smtp.office365.com on port 587 - Connection timed out', 'network_blocked'],
    ['Server nicht erreichbar unter Adresse <b>tls://smtp.office365.com</b> auf Port <b>587</b>', 'network_blocked'],
    ['"smtp.office365.com" does not support authenticated connections.', 'unexpected_server_reply'],
    ['Failed to refresh access token: invalid_grant', 'token_expired_or_invalid'],
    ['Error: Login is empty. Must be email owner when using MAIN_IMAP_USE_PHPIMAP and OAuth.', 'not_authenticated'],
    ['ConnectionFailedException connection setup failed', 'network_blocked'],
    ['Failed to open IMAP connection {outlook.office365.com:993/service=imap/ssl}INBOX', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: Dolibarr gives way to the reply it wraps', () => {
  expectFirst([
    ['Failed to send mail (sender=erp@contoso.com, receiver=kunde@fabrikam.com)\nInvalid Authentication Credentials. 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'basic_auth_used'],
    ['Failed to send mail with smtps lib to HOST=tls://smtp.office365.com, PORT=587 - 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
    ['Failed to refresh access token: AADSTS7000222: The provided client secret keys for app \'6731de76-14a6-49ae-97bc-6eba6914391e\' are expired.', 'bad_client_secret'],
    ['ConnectionFailedException connection setup failed: connection failed: AUTHENTICATE failed.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: SuiteCRM (inbound mail with an External OAuth Connection)', () => {
  expectFirst([
    ['Your IMAP OAuth session has expired, please login again in the connection: Contoso M365.', 'token_expired_or_invalid'],
    ['Not able to connect using OAuth login with Inbound Email server. For connection: Contoso M365.', 'wrong_tenant_or_app'],
    ["[FATAL] The specified OAuth2 provider 'a1b2c3d4' is not supported or not properly configured", 'wrong_tenant_or_app'],
    ['The specified OAuth2 providers is not supported or not properly configured', 'wrong_tenant_or_app'],
    ['Not able to get access token. Check logs for more details', 'wrong_scope_or_resource'],
    ['OAuthAuthorizationService::refreshConnectionToken::refreshToken | Refersh token not set', 'not_authenticated'],
    ['Please set an External OAuth Connection.', 'not_authenticated'],
    ['Login or Password Incorrect', 'imap_auth_failed_generic'],
    ['Connection to the mail server failed. Please contact your Administrator', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: SuiteCRM gives way to the reply it wraps', () => {
  expectFirst([
    ['OAuthAuthorizationService::getAccessToken | exception while trying to get access token\nOAuthAuthorizationService::getAccessToken | exception response body: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}', 'bad_client_secret'],
    ['Not able to get access token. Check logs for more details\nAADSTS65004: User declined to consent to access the app.', 'user_cancelled_or_consent_declined'],
  ]);
});

describe('vocabulary: Mautic test email (Symfony Mailer / Swift Mailer texts)', () => {
  expectFirst([
    ['Failed to authenticate on SMTP server with username "crm@contoso.com" using 2 possible authenticators.', 'smtp_auth_failed_generic'],
    ['Unable to connect with STARTTLS.', 'tls_problem'],
    ['Failed to find an authenticator supported by the SMTP server, which currently supports: "gssapi".', 'tls_problem'],
  ]);
});

describe('vocabulary: Symfony Mailer gives way to the reply it wraps', () => {
  expectFirst([
    ['Failed to authenticate on SMTP server with username "crm@contoso.com" using the following authenticators: "LOGIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.".".', 'smtp_auth_disabled_tenant'],
  ]);
});

describe('vocabulary: PHP imap extension as SuiteCRM, Mautic and Dolibarr show it', () => {
  expectFirst([
    ['imap_open(): Couldn\'t open stream {imap.contoso.com:993/imap/ssl}INBOX', 'imap_auth_failed_generic'],
    // Exchange Online's host: c-client has no OAuth, so the refused password sign-in first.
    ['imap_open(): Couldn\'t open stream {outlook.office365.com:993/imap/ssl}INBOX', 'basic_auth_used'],
    ['Too many login failures', 'imap_auth_failed_generic'],
    ['[CLOSED] IMAP connection broken (server response)', 'imap_auth_failed_generic'],
  ]);
});
