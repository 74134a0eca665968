/**
 * Microsoft 365 OAuth helpers and the integrations built on them (vocab-oauth-helpers.ts): the Home Assistant O365 / MS365
 * integrations, python-o365, ioBroker.email, mutt_oauth2.py, oauth2ms, M365-IMAP, auth-source-xoauth2, Emacs smtpmail,
 * Symfony Mailer's Microsoft Graph bridge and CodeTwo's connection wizard — each as the product prints it, in English and
 * (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Home Assistant O365 / MS365 integrations', () => {
  expectFirst([
    ["Minimum required permissions: 'Mail.Send, Mail.ReadWrite'. Not available in token 'o365_mail.token' for account 'mail'.", 'consent_missing'],
    ["O365 config requests permission: 'Mail.Send'. Not available in token 'o365_home.token' for account 'home'.", 'consent_missing'],
    ["Token doesn't have all required permissions; requesting authorization for account: home", 'consent_missing'],
    ['Minimum permissions not granted for account: mail', 'consent_missing'],
    ['Re-authentication required - ms365_mail - mail\nPermissions missing. Please Reconfigure the integration and re-authenticate to re-create the token file.', 'consent_missing'],
    ['Not authorised to send mail - requires permission: Mail.Send(.Shared)', 'consent_missing'],
    ['Client Secret expired for account: mail. Create new Client Secret in Entra ID App Registration.', 'bad_client_secret'],
    ['Client Secret expired for account: home. Create new Client Secret in Azure App.', 'bad_client_secret'],
    ["Token has expired for account: 'mail'. Please re-configure and re-authenticate.", 'token_expired_or_invalid'],
    ["Token has expired for account: 'home'. Please delete token, reboot and re-authenticate.", 'token_expired_or_invalid'],
    ['The token has expired. Please [Reconfigure](/config/integrations/integration/ms365_mail) the integration and re-authenticate to re-create the token file.', 'token_expired_or_invalid'],
    ["Invalid Client ID for account: 'home'. Please delete token, reboot and re-authenticate.", 'wrong_tenant_or_app'],
    ['Token file retrieval error, check log for errors from O365. Ensure token has not expired and you are using secret value not secret id.', 'bad_client_secret'],
    ['Error authenticating, token invalid, check log for errors', 'bad_client_secret'],
    ['No token file found; requesting authorization for account: home', 'not_authenticated'],
    ['Token file is missing after successful authentication, check log for file system errors', 'not_authenticated'],
    ["Token file corrupted for integration 'ms365_mail', unique identifier 'mail', please delete token, re-configure and re-authenticate - Expecting value: line 1 column 1 (char 0)", 'token_expired_or_invalid'],
    ['Error, the originating url does not seem to be a valid microsoft redirect', 'redirect_uri_mismatch'],
  ]);

  it("Microsoft's description after the integration's sentence decides", () => {
    assert.equal(first("Token error for account: mail. Error - AADSTS700016: Application with identifier '8c5b1f2e-0000-4a1b-9c1d-123456789abc' was not found in the directory 'Contoso'."), 'wrong_tenant_or_app');
    assert.equal(first('Token error for account: mail. Error - AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'), 'bad_client_secret');
  });
});

describe('vocabulary: python-o365', () => {
  expectFirst([
    ['RuntimeError: Refresh token operation failed: invalid_client', 'bad_client_secret'],
    ['RuntimeError: Refresh token operation failed: invalid_grant', 'token_expired_or_invalid'],
    ["You can not refresh an access token that has no 'refresh_token' available.Include 'offline_access' permission to get a 'refresh_token'.", 'wrong_scope_or_resource'],
    ['RuntimeError: There is no refresh token to refresh', 'not_authenticated'],
    ['RuntimeError: No auth token found. Authentication Flow needed for user None', 'not_authenticated'],
    ['RuntimeError: Access Token not found. You will need to re-authenticate.', 'not_authenticated'],
    ['RuntimeError: Token not found.', 'not_authenticated'],
    ['RuntimeError: Token Refresh Operation not working', 'token_expired_or_invalid'],
    ['Unable to fetch auth token. Error: None | Description: None', 'bad_client_secret'],
  ]);

  it("Microsoft's error_description after python-o365's sentence decides", () => {
    assert.equal(first("Unable to fetch auth token. Error: invalid_request | Description: AADSTS50011: The redirect URI 'https://localhost/callback' specified in the request does not match the redirect URIs configured for the application '8c5b1f2e-0000-4a1b-9c1d-123456789abc'."), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: ioBroker.email', () => {
  expectFirst([
    ['email.0 2024-03-01 10:00:00.000 error No tokens for outlook and co. found', 'not_authenticated'],
    ['No tokens for microsoft found', 'not_authenticated'],
    ['Access token is expired. Please make an authorization again', 'token_expired_or_invalid'],
    ['Access token is expired. Please make a authorization again', 'token_expired_or_invalid'],
    ['Cannot refresh tokens: Bad Request', 'token_expired_or_invalid'],
    ['Successfully authorized. Token valid till 2024-03-01 11:00 but it can expire as the instance is not running.', 'token_expired_or_invalid'],
    ['Erfolgreich autorisiert. Token gültig bis 01.03.2024 11:00, kann aber ablaufen, da die Instanz nicht ausgeführt wird.', 'token_expired_or_invalid'],
    ['Cannot send email: Error: Connection timeout', 'network_blocked'],
  ]);

  it("nodemailer's error after the adapter's sentence decides", () => {
    assert.equal(first('Cannot send email: Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: mutt_oauth2.py', () => {
  expectFirst([
    ['You must run script with "--authorize" at least once.', 'not_authenticated'],
    ['ERROR: No refresh token. Run script with "--authorize".', 'not_authenticated'],
    ['Perhaps refresh token invalid. Try running once with "--authorize"', 'token_expired_or_invalid'],
    ['Polling........ user declined authorization.', 'user_cancelled_or_consent_declined'],
    ['Polling............................ too much time has elapsed.', 'user_cancelled_or_consent_declined'],
    ['Did not obtain an authcode.', 'user_cancelled_or_consent_declined'],
  ]);

  it("the server's or Microsoft's reply decides over the script's sentence", () => {
    assert.equal(first("SMTP authentication FAILED: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')"), 'smtp_auth_disabled_tenant');
    assert.equal(first("invalid_grant\nAADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2023-01-01T00:00:00Z and was inactive for 90.00:00:00.\nPerhaps refresh token invalid. Try running once with \"--authorize\""), 'token_expired_or_invalid');
    assert.equal(first("IMAP authentication FAILED (does your account allow IMAP?): b'AUTHENTICATE failed.'"), 'imap_auth_failed_generic');
    assert.equal(first('POP authentication FAILED (does your account allow POP?): -ERR Authentication failure: unknown user name or bad password.'), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: oauth2ms, M365-IMAP, auth-source-xoauth2, Emacs smtpmail', () => {
  expectFirst([
    ["Something went wrong during authorization\nServer returned: {'error': 'invalid_client'}", 'bad_client_secret'],
    ['Invalid config\nConfig must contain the keys: tenant_id, client_id, redirect_host, redirect_port, redirect_path, scopes, client_secret', 'wrong_tenant_or_app'],
    ["{'error': 'invalid_grant', 'error_codes': [9002313]}\nFailed to get access token", 'token_expired_or_invalid'],
    ["Missing XOAuth2 entry value for 'xoauth2_refresh_token'", 'not_authenticated'],
    ["Missing XOAuth2 entry value for 'xoauth2_client_secret'", 'bad_client_secret'],
    ["Missing XOAuth2 entry value for 'xoauth2_client_id'", 'wrong_tenant_or_app'],
  ]);

  it("Microsoft's or the server's reply decides", () => {
    assert.equal(first("Something went wrong during authorization\nServer returned: {'error': 'invalid_client', 'error_description': \"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '8c5b1f2e-0000-4a1b-9c1d-123456789abc'.\"}"), 'bad_client_secret');
    assert.equal(first("{'error': 'invalid_grant', 'error_description': 'AADSTS65001: The user or administrator has not consented to use the application with ID \\'8c5b1f2e-0000-4a1b-9c1d-123456789abc\\' named \\'M365-IMAP\\'.'}\nFailed to get access token"), 'consent_missing');
    assert.equal(first('Sending failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. in response to AUTH'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: Symfony Mailer Microsoft Graph bridge', () => {
  expectFirst([
    ['Symfony\\Component\\Mailer\\Exception\\HttpTransportException: Could not reach the remote Microsoft authentication server.', 'network_blocked'],
    ['Could not reach the remote Microsoft server.', 'network_blocked'],
    ['Unable to authenticate: {"error":"invalid_client"} (code 401).', 'bad_client_secret'],
    ["Sender email address '.noreply@contoso.com' could not be found when calling the Graph API. This is usually because the email address doesn't exist in the tenant.", 'wrong_tenant_or_app'],
    ['Symfony\\Component\\Mailer\\Bridge\\MicrosoftGraph\\Exception\\SendMailException: Something went wrong while sending email.', 'unexpected_server_reply'],
  ]);

  it("the token endpoint's JSON after the bridge's sentence decides", () => {
    assert.equal(first('Unable to authenticate: {"error":"invalid_request","error_description":"AADSTS90002: Tenant \'contoso.onmicrosoft.de\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."} (code 400).'), 'wrong_tenant_or_app');
  });
});

describe('vocabulary: CodeTwo connection wizard', () => {
  expectFirst([
    ["Failed to register 'CodeTwo Backup' with tenant '0f3b9a52-0000-4a1b-9c1d-123456789abc'.", 'consent_missing'],
    ['ClientId is not a Guid.', 'wrong_tenant_or_app'],
    ['The certificate used must have a key size of at least 2048 bits.', 'bad_client_secret'],
  ]);
});
