/**
 * What vocab-business-central-clients.ts reads: Business Central's SMTP connector and Outlook REST API app (English and, where
 * Microsoft translated them, German), aerc, himalaya v1 and Moodle's oauthlib — each message as the product prints it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Business Central, Email - SMTP Connector', () => {
  expectFirst([
    ['The SMTP server rejected the authentication request, as the authentication data is incorrect. Verify that your Username and Password are correct and that the SMTP server supports the specified authentication type (Basic). SMTP error code: 535.\nStatus code: 535', 'basic_auth_used'],
    ['The SMTP server rejected the authentication request, as the authentication data is incorrect. Verify that your Username and Password are correct and that the SMTP server supports the specified authentication type (OAuth 2.0). SMTP error code: 535.\nStatus code: 535', 'smtp_auth_failed_generic'],
    ['Die Anmeldeinformationen konnten auf dem Server smtp.office365.com nicht authentifiziert werden.', 'smtp_auth_failed_generic'],
    ['Could not send the email. The sales@cronus.com account does not have Send As permissions on your mail server for the admin@cronus.com account.\nStatus code: 550', 'send_as_denied'],
    ['The SMTP server smtp.office365.com did not respond to the connection request.\nStatus code: ', 'network_blocked'],
    ['The provided SMTP Server URL smtp.offce365.com is not valid.', 'network_blocked'],
    ['Es wurde keine Verbindung zum Server smtp.office365.com hergestellt.', 'network_blocked'],
    ['Update email accounts to OAuth 2.0 as Exchange SMTP Basic authentication is being deprecated.', 'basic_auth_used'],
    ['Could not authenticate. To resolve the problem, choose the Authenticate action on the SMTP Account page.', 'not_authenticated'],
    ['Authentifizierung nicht möglich. Um das Problem zu beheben, wählen Sie die Aktion „Authentifizieren“ auf der Seite „SMTP-Konto“ aus.', 'not_authenticated'],
    ['Consent authorization failed. Please try again or contact your administrator.', 'consent_missing'],
    ['Failed to acquire access token. HTTP Status: 401.', 'bad_client_secret'],
    ['To use customized OAuth 2.0 settings, the Client ID, Client Secret and Tenant ID must be provided.', 'wrong_tenant_or_app'],
    ['Failed to get SMTP Client Secret Storage Id.', 'bad_client_secret'],
  ]);

  it('the server\'s reply after BC\'s "Could not authenticate on the SMTP server." decides', () => {
    assert.equal(first('Could not authenticate on the SMTP server.\n5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\nStatus code: 535'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Could not connect to the SMTP server.\nThe remote certificate is invalid according to the validation procedure.'), 'tls_problem');
  });
});

describe('vocabulary: Business Central, Email - Outlook REST API (Microsoft 365 and Current User connectors)', () => {
  expectFirst([
    ['The mailbox is not valid.\nA likely cause is that the user does not have a valid license for Office 365. To read about other potential causes, visit https://go.microsoft.com/fwlink/?linkid=2206177\nStatus code: 404', 'imap_disabled_or_not_connected'],
    ['Das Postfach ist ungültig.\nEine wahrscheinliche Ursache dieses Fehlers ist, dass der Benutzer keine gültige Lizenz für Office 365 besitzt.', 'imap_disabled_or_not_connected'],
    ['Multi-Factor Authentication is enabled on this account but the user did not complete the setup. Please sign in to the account and try again.\nStatus code: 401', 'security_policy_blocks'],
    ['Für dieses Konto ist die mehrstufige Authentifizierung aktiviert, aber der Benutzer hat die Einrichtung nicht abgeschlossen. Melden Sie sich beim Konto an, und versuchen Sie es erneut.', 'security_policy_blocks'],
    ['The access token used has expired.\nStatus code: 401', 'token_expired_or_invalid'],
    ['The email is too large to send. The size limit is 4 MB, not including attachments.', 'message_too_large'],
    ['The request to send email has been blocked. To resolve the problem, enable outgoing HTTP requests for the Email - Outlook REST API app on the Extension Management page.', 'network_blocked'],
    ['Could not establish the connection to the remote service for sending email. Try again later.', 'network_blocked'],
    ['Could not send the email, because the user is delegated or external.', 'wrong_tenant_or_app'],
    ['Die E-Mail konnte nicht gesendet werden, da der Benutzer extern ist.', 'wrong_tenant_or_app'],
    ['Client ID or Client secret is not set up on the Email Microsoft Entra application registration page.', 'wrong_tenant_or_app'],
    ['Auf der Seite „AAD-Registrierung für E-Mail-Anwendung“ ist keine Client-ID oder kein geheimer Clientschlüssel eingerichtet.', 'wrong_tenant_or_app'],
    ['We could not get access token with the current setup. Error: "".\nPlease verify the values on the page as well as settings of your app registration and try again.', 'bad_client_secret'],
    ['Zugriffstoken konnte nicht abgerufen werden.', 'token_expired_or_invalid'],
  ]);

  it('Microsoft\'s error in "Verify Registration" decides', () => {
    assert.equal(first('We could not get access token with the current setup. Error: "AADSTS50011: The redirect URI \'https://businesscentral.dynamics.com/OAuthLanding.htm\' specified in the request does not match the redirect URIs configured for the application \'5f2a7c1e-0000-4a1b-9c1d-123456789abc\'.".\nPlease verify the values on the page as well as settings of your app registration and try again.'), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: aerc', () => {
  expectFirst([
    ['oauth2: "invalid_grant" "AADSTS70000: The provided value for the \'code\' parameter is not valid." : try deleting /home/anna/.cache/aerc/work-xoauth2.token', 'token_expired_or_invalid'],
    ['oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_grant"}: try deleting /home/anna/.cache/aerc/work-xoauth2.token', 'token_expired_or_invalid'],
    ['XOAUTH2 authentication error (401)', 'token_expired_or_invalid'],
    ['smtp.DialTLS: dial tcp 52.97.1.1:465: i/o timeout', 'network_blocked'],
  ]);

  it('the server\'s reply after aerc\'s "conn.Auth" decides', () => {
    assert.equal(first('conn.Auth: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
    assert.equal(first('oauth2: cannot fetch token: 401 Unauthorized\nResponse: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}'), 'bad_client_secret');
  });
});

describe('vocabulary: himalaya (email-lib, oauth-lib)', () => {
  expectFirst([
    ['Error: cannot authenticate to IMAP server using SASL XOAUTH2 mechanism', 'imap_auth_failed_generic'],
    ['Error: cannot execute imap action due to password authentication failure', 'basic_auth_used'],
    ['Error: cannot authenticate to IMAP server using LOGIN mechanism', 'basic_auth_used'],
    ['Error: cannot connect to IMAP server outlook.office365.com:993 using SSL/TLS', 'network_blocked'],
    ['Error: cannot connect to smtp server using tls', 'network_blocked'],
    ['Error: cannot refresh access token using the refresh token', 'token_expired_or_invalid'],
    ['Error: cannot exchange code for access and refresh tokens: Server returned error response', 'bad_client_secret'],
  ]);

  it('the refusal under "Caused by:" decides', () => {
    assert.equal(first('Error: cannot execute imap action due to oauth authorization failure\n\nCaused by:\n    0: cannot refresh oauth access token\n    1: AADSTS700082: The refresh token has expired due to inactivity.'), 'token_expired_or_invalid');
  });
});

describe('vocabulary: Moodle oauthlib', () => {
  expectFirst([
    ['Could not upgrade oauth token', 'token_expired_or_invalid'],
    ['error/Could not decode JSON token response', 'unexpected_server_reply'],
  ]);

  it('the sign-in service\'s error after Moodle\'s sentence decides', () => {
    assert.equal(first('Could not upgrade oauth token\nAADSTS7000222: The provided client secret keys for app \'a1b2c3d4-0000-4a1b-9c1d-123456789abc\' are expired.'), 'bad_client_secret');
  });
});
