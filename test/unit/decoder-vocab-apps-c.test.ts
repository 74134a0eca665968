/**
 * Further self-hosted applications' own messages about their mail through Microsoft 365 (vocab-apps-c.ts): Bugzilla,
 * MantisBT, ownCloud (server and Mail app), Seafile, Rocket.Chat, Mastodon, Combodo iTop (SMTP with OAuth, OAuth clients,
 * mail to ticket) and WPO365 | Microsoft Graph Mailer — each as the product prints it, in English and (where the
 * product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Bugzilla, MantisBT, Seafile, Rocket.Chat and Mastodon send wrappers', () => {
  expectFirst([
    ["There was an error sending mail from 'bugzilla@contoso.com' to 'anna@contoso.com': Unknown error while sending mail.", 'smtp_auth_failed_generic'],
    ['Mail Delivery Problem\nBugzilla could not send queued email. Please review your mail delivery settings.', 'smtp_auth_failed_generic'],
    ['2026-03-02 10:14 MAIL Error: message could not be sent - ', 'smtp_auth_failed_generic'],
    ['Failed to send email, please contact administrator.', 'smtp_auth_failed_generic'],
    ['Error trying to send email: ', 'smtp_auth_failed_generic'],
    ['E-mail could not be sent with this configuration, try again.', 'smtp_auth_failed_generic'],
  ]);

  it('the library\'s or server\'s reply after the product\'s sentence decides', () => {
    assert.equal(first("There was an error sending mail from 'bugzilla@contoso.com' to 'anna@contoso.com': failed AUTH: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."), 'smtp_auth_disabled_tenant');
    assert.equal(first('MAIL Error: message could not be sent - SMTP Error: Could not connect to SMTP host. Failed to connect to server'), 'network_blocked');
    assert.equal(first('Error trying to send email: Invalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('E-mail could not be sent with this configuration, try again.\n535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [FR3P281CA0005.DEUP281.PROD.OUTLOOK.COM]'), 'basic_auth_used');
  });
});

describe('vocabulary: ownCloud server and Mail app', () => {
  expectFirst([
    ['A problem occurred while sending the email. Please revise your settings. (Error: Failed to deliver email)', 'smtp_auth_failed_generic'],
    ['Creating account failed: ', 'imap_auth_failed_generic'],
    ['Kontoerstellung fehlgeschlagen:', 'imap_auth_failed_generic'],
    ['Auto detect failed. Please use manual mode.', 'imap_auth_failed_generic'],
    ['Automatische Erkennung fehlgeschlagen. Bitte nutze den manuellen Modus.', 'imap_auth_failed_generic'],
  ]);

  it('Horde\'s message after "Creating account failed:" decides', () => {
    assert.equal(first('Creating account failed: Mail server denied authentication.'), 'imap_auth_failed_generic');
    assert.equal(first('Creating account failed: Error connecting to mail server. Connection refused'), 'network_blocked');
  });
});

describe('vocabulary: Rocket.Chat e-mail inboxes', () => {
  expectFirst([
    ['name=EmailInbox msg=IMAP did not connect.', 'imap_auth_failed_generic'],
    ['name=EmailInbox msg=IMAP reconnection failed.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: Combodo iTop SMTP with OAuth and OAuth clients', () => {
  expectFirst([
    ['Failed to get oAuth credentials for outgoing mails for provider Azure Not prior authentication to OAuth', 'not_authenticated'],
    ['Generate access token before using this OAuth client', 'not_authenticated'],
    ['Bitte Zugriffstoken generieren bevor der OAuth-Client verwendet wird', 'not_authenticated'],
    ['No OAuth token for outgoing mails for provider Azure', 'not_authenticated'],
    ['No OAuth token for IMAP for provider Azure', 'not_authenticated'],
    ['Failed to get oAuth credentials for outgoing mails for provider Azure ', 'token_expired_or_invalid'],
    ['Unable to authenticate for outgoing mails for provider Azure Error: ', 'smtp_auth_failed_generic'],
    ['Timeout connection for outgoing mails for provider Azure', 'network_blocked'],
    ['Missing Oauth client for user name itop@contoso.com', 'not_authenticated'],
    ['Fehlender OAuth-Client für den Benutzernamen itop@contoso.com', 'not_authenticated'],
    ['OAuth SMTP provider Microsoft does not exist  (email_transport_smtp.oauth.provider)', 'wrong_tenant_or_app'],
    ['Der oAuth-SMTP-Provider Microsoft existiert nicht (email_transport_smtp.oauth.provider)', 'wrong_tenant_or_app'],
    ['Access token not generated due to server error', 'bad_client_secret'],
    ['Das Zugriffstoken wurde aufgrund eines Serverfehlers nicht generiert.', 'bad_client_secret'],
  ]);

  it('Exchange\'s reply or Microsoft\'s error after iTop\'s log line decides', () => {
    assert.equal(first('Unable to authenticate for outgoing mails for provider Azure Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Failed to get oAuth credentials for outgoing mails for provider Azure AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'), 'bad_client_secret');
  });
});

describe('vocabulary: Combodo iTop mail to ticket', () => {
  expectFirst([
    ["Cannot connect to IMAP server: '{outlook.office365.com:993/imap/ssl}INBOX', with credentials: 'helpdesk@contoso.com'/***'", 'imap_auth_failed_generic'],
    ["Cannot login on server 'outlook.office365.com' using 'helpdesk@contoso.com' with pwd: ***", 'imap_auth_failed_generic'],
    ['Cannot login using helpdesk@contoso.com with pwd: ***', 'imap_auth_failed_generic'],
    ["Cannot connect to POP3 server: 'outlook.office365.com' on port 995", 'network_blocked'],
    ['Error - Failed to initialize the mailbox: Helpdesk, the mailbox will not be polled. Reason ()', 'imap_auth_failed_generic'],
    ['OAuth provider Microsoft does not exist', 'wrong_tenant_or_app'],
    ['Der oAuth-Provider Microsoft existiert nicht', 'wrong_tenant_or_app'],
  ]);

  it('the IMAP server\'s answer logged with the connect error decides', () => {
    assert.equal(first("Cannot connect to IMAP server: '{outlook.office365.com:993/imap/ssl}INBOX', with credentials: 'helpdesk@contoso.com'/***' array ( 0 => 'AUTHENTICATE failed.', )"), 'imap_auth_failed_generic');
    assert.equal(first("Error - Failed to initialize the mailbox: Helpdesk, the mailbox will not be polled. Reason (Cannot connect to IMAP server: '{outlook.office365.com:993/imap/ssl}INBOX', with credentials: 'helpdesk@contoso.com'/***')"), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: WPO365 | Microsoft Graph Mailer', () => {
  expectFirst([
    ['Wpo\\Mail\\Mail_Authorization_Helpers::get_mail_access_token_delegated -> No mail authorization object was found. Most likely the administrator has not initiated the authorization to send WordPress emails using Microsoft Graph.', 'not_authenticated'],
    ['The mail authorization object does not provide a refresh token and therefore the WPO365 plugin cannot refresh the access token to send email using Microsoft Graph. Most likely the administrator has not consented the "offline_access" permission for the Entra ID App registration with ID 8c5b1f2e-0000-4a1b-9c1d-123456789abc.', 'wrong_scope_or_resource'],
    ['The administrator has enabled the use of the Proof Key for Code Exchange (PKCE) but the WPO365 could not find the PKCE code verifier. Therefore it cannot refresh the access token for sending WordPress emails using Microsoft Graph.', 'not_authenticated'],
    ['Information in the ID token does not match with the configured "From" User Mailbox / account information [Default from: wordpress@contoso.com, upn: anna@contoso.com, email: anna@contoso.com, preferred username: anna@contoso.com].', 'not_authenticated'],
    ['Access token with application level permissions for scope https://graph.microsoft.com/.default does not has the role requested (Mail.Send)', 'consent_missing'],
    ['Could not get an access token to send WordPress emails using Microsoft Graph: []', 'token_expired_or_invalid'],
    ['Could not sent email using Microsoft Graph [Error: Microsoft Graph throttled the request due to rate limits. If the (premium) auto-retry feature is enabled on the plugin\'s "Mail" configuration page, WPO365 will retry sending your email automatically.]', 'throttled'],
    ['Could not sent email using Microsoft Graph [See debug log for details | 500]', 'unexpected_server_reply'],
  ]);

  it('Microsoft\'s token error or Graph\'s error behind the plugin\'s sentence decides', () => {
    assert.equal(first('Could not get an access token to send WordPress emails using Microsoft Graph: [Wpo\\Mail\\Mail_Authorization_Helpers::get_mail_access_token -> [Requesting delegated permissions for Mail.Send] Error occured whilst getting an access token for sending WordPress emails using Microsoft Graph: AADSTS700082: The refresh token has expired due to inactivity.]'), 'token_expired_or_invalid');
    assert.equal(first('App-only access token is not valid: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'), 'bad_client_secret');
    assert.equal(first('Could not sent email using Microsoft Graph [Error: The user account which was used to submit this request \'wordpress@contoso.com\' does not have the right to send mail on behalf of the specified sending account \'info@contoso.com\'. | ErrorSendAsDenied | 403]'), 'send_as_denied');
  });
});
