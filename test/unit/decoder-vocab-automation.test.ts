/**
 * Workflow-automation and notification tools' own messages about their Microsoft 365 mail and sign-in
 * (vocab-automation.ts): n8n (OAuth2 credentials, NodeApiError, IMAP trigger), Apache Camel's mail consumer, listmonk
 * and apprise (Office 365 plugin, e-mail plugin) — each as the product prints it, in English and (where the product
 * ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: n8n OAuth2 credentials', () => {
  expectFirst([
    ['The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.', 'token_expired_or_invalid'],
    ['Error: The resource owner or authorization server denied the request.\nMore details\nFailed to connect. The window can be closed now.', 'user_cancelled_or_consent_declined'],
    ['The requested scope is invalid, unknown, or malformed.', 'wrong_scope_or_resource'],
    ['The client is not authorized to request an authorization code using this method.', 'wrong_tenant_or_app'],
    ['The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', 'redirect_uri_mismatch'],
    ['NodeApiError: OAuth access token expired and no refresh token is available. Please reconnect the credentials.', 'token_expired_or_invalid'],
    ['Unable to sign without access token', 'not_authenticated'],
    ['Error: Insufficient parameters for OAuth2 callback.\nMore details\nReceived following query parameters: {"state":"eyJ0b2tlbiI6Ij"}', 'user_cancelled_or_consent_declined'],
  ]);

  it('the AADSTS code in the callback page\'s details decides over n8n\'s sentence', () => {
    assert.equal(first('Error: Insufficient parameters for OAuth2 callback.\nMore details\nReceived following query parameters: {"error":"invalid_request","error_description":"AADSTS50011: The redirect URI \'https://n8n.contoso.com/rest/oauth2-credential/callback\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.","state":"eyJ0b2tlbiI6Ij"}'), 'redirect_uri_mismatch');
    assert.equal(first('Error: The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.\nMore details\n{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' named \'n8n\'. Send an interactive authorization request for this user and resource."}'), 'consent_missing');
  });
});

describe('vocabulary: n8n nodes and credential tests', () => {
  expectFirst([
    ['Authorization failed - please check your credentials', 'token_expired_or_invalid'],
    ['Forbidden - perhaps check your credentials?', 'consent_missing'],
    ['The service is receiving too many requests from you', 'throttled'],
    ['Couldn’t connect with these settings', 'not_authenticated'],
    ['IMAP connection closed unexpectedly', 'network_blocked'],
    ['Connection to the IMAP server was lost', 'network_blocked'],
    ['connection timed out. timeout = 20000 ms', 'network_blocked'],
  ]);

  it('the server\'s reply under n8n\'s banner decides', () => {
    assert.equal(first('Couldn’t connect with these settings\nInvalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: Apache Camel mail consumer', () => {
  expectFirst([
    ['WARN  o.a.c.component.mail.MailConsumer : Failed polling endpoint: imaps://outlook.office365.com:993?authenticator=%23auth&delete=false. Will try again at next poll. Caused by: [jakarta.mail.MessagingException - Connection timed out]', 'network_blocked'],
    ['Error opening mail folder due to * BYE Connection is closed. 14. Will re-create connection on next poll.', 'network_blocked'],
  ]);

  it('the IMAP reply in "Caused by" decides over Camel\'s polling sentence', () => {
    assert.equal(first('Failed polling endpoint: imaps://outlook.office365.com:993?authenticator=%23auth&mail.imaps.auth.mechanisms=XOAUTH2. Will try again at next poll. Caused by: [jakarta.mail.AuthenticationFailedException - AUTHENTICATE failed.]'), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: listmonk', () => {
  expectFirst([
    ['error sending message in campaign Newsletter May: subscriber 4711: ', 'smtp_auth_failed_generic'],
    ['Error sending test: ', 'smtp_auth_failed_generic'],
    ['Fehler beim Senden der Testmail: ', 'smtp_auth_failed_generic'],
    ['Error sending test: EOF', 'network_blocked'],
    ['error count exceeded 1000. pausing campaign Newsletter May', 'throttled'],
    ['error scanning bounce mailbox: ', 'basic_auth_used'],
    ['error scanning bounce mailbox: -ERR Logon failure: unknown user name or bad password.', 'basic_auth_used'],
  ]);

  it('Exchange\'s reply after listmonk\'s sentence decides', () => {
    assert.equal(first('Fehler beim Senden der Testmail: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [FR2P281CA0042.DEUP281.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('error sending message in campaign Newsletter May: subscriber 4711: 554 5.2.252 SendAsDenied; newsletter@contoso.com not allowed to send as info@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
  });
});

describe('vocabulary: apprise Office 365 plugin', () => {
  expectFirst([
    ['Failed to send Office 365 POST to https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token: , error=401.', 'bad_client_secret'],
    ['Failed to send Office 365 POST to https://graph.microsoft.com/v1.0/users/alerts@contoso.com/sendMail: , error=403.', 'consent_missing'],
    ['Failed to send Office 365 POST to https://graph.microsoft.com/v1.0/users/alerts@contoso.com/sendMail: , error=401.', 'token_expired_or_invalid'],
    ['Failed to send Office 365 POST to https://graph.microsoft.com/v1.0/users/alerts@contoso.com/sendMail: , error=429.', 'throttled'],
    ['Exception received when sending Office 365 POST to https://graph.microsoft.com/v1.0/users/alerts@contoso.com/sendMail: ', 'network_blocked'],
    ['The specifieg Object ID could not be resolved in this tenant. Verify the Object ID exists in the selected directory, or use a email address instead.', 'wrong_tenant_or_app'],
    ['Could not acquire From email address; ensure "User.Read.All" Application scope is set!', 'consent_missing'],
    ['An invalid Office 365 Client OAuth2 ID (None) was specified.', 'wrong_tenant_or_app'],
    ['An invalid Office 365 Client OAuth2 Secret (None) was specified.', 'bad_client_secret'],
  ]);

  it('Microsoft\'s response body in the debug log decides', () => {
    assert.equal(first('Failed to send Office 365 POST to https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token: , error=400.\nResponse Details:\r\nb\'{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier \\\'8c5b1f2e-0000-4a1b-9c1d-123456789abc\\\' was not found in the directory \\\'Contoso\\\'."}\''), 'wrong_tenant_or_app');
    assert.equal(first('Failed to send Office 365 POST to https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token: , error=401.\nResponse Details:\r\nb\'{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app \\\'8c5b1f2e-0000-4a1b-9c1d-123456789abc\\\' are expired."}\''), 'bad_client_secret');
  });
});

describe('vocabulary: apprise e-mail plugin', () => {
  expectFirst([
    ['Connection error while submitting email to "smtp.office365.com"', 'network_blocked'],
    ['A Connection error occurred sending Email notification to smtp.office365.com.', 'network_blocked'],
    ['Sending email to "ops@contoso.com" failed.', 'send_as_denied'],
  ]);

  it('smtplib\'s exception in the debug line decides', () => {
    assert.equal(first('Connection error while submitting email to "smtp.office365.com"\nSocket Exception: (535, b\'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\')'), 'basic_auth_used');
    assert.equal(first('Connection error while submitting email to smtp.office365.com. Reason: (535, b\'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.\')'), 'smtp_auth_disabled_mailbox');
  });
});
