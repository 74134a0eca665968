/**
 * Hosted business services' own messages about their Microsoft 365 mailbox connection (vocab-saas-c.ts): more
 * Dynamics 365 / Dataverse server-side synchronization alerts and Test & Enable results, Salesforce Einstein Activity
 * Capture's disconnected-account banner and the Jira Data Center incoming mail handler's OAuth "Protocol error" — each
 * as the vendor's documentation quotes it (English only: no German wording is documented).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Dynamics 365 server-side synchronization alerts and Test & Enable', () => {
  expectFirst([
    ['Email cannot be sent for mailbox "Your mailbox is now connected to Dynamics 365" because either a server certificate needed to connect to the email server could not be validated or the credentials used to send email are incorrect or do not provide access. Mailbox "Your mailbox is now connected to Dynamics 365" didn\'t synchronize. A notification about this is posted on the alerts wall for the owner of the email server profile Microsoft Exchange Online.\nEmail Server Error Code: OutgoingEmailAuthenticationError', 'smtp_auth_failed_generic'],
    ['Email Server Error Code: OutgoingEmailAuthenticationError', 'smtp_auth_failed_generic'],
    ['An unknown error occurred while sending the email message "Your mailbox is now connected to Dynamics 365". Mailbox Support didn\'t synchronize. The owner of the associated email server profile Contoso has been notified.', 'network_blocked'],
    ['An error occurred in sending email for mailbox "Your mailbox is now connected to Dynamics 365" while connecting to the email server. The owner of the associated email server profile Contoso has been notified. The system will try to send email again later.\nEmail Server Error Code: Web server returned ConnectFailure exception.', 'network_blocked'],
    ['Test and Enable failed because no user was found with the email address "support@contoso.com" in the Microsoft 365 tenant associated with this mailbox\'s Email Server Profile. Verify the user exists in', 'wrong_tenant_or_app'],
    ['Test & Enable Mailbox failed with error code 8005E272.', 'wrong_tenant_or_app'],
    ['Test & Enable Mailbox failed with error code 8005E273.', 'security_policy_blocks'],
    ['Test & Enable Mailbox failed with error code 8005E274.', 'imap_disabled_or_not_connected'],
    ['Test & Enable Mailbox failed with error code 8005E276.', 'imap_disabled_or_not_connected'],
    ['You cannot send email as the selected user. The selected user has not allowed this or you do not have sufficient privileges to do so. Contact your system administrator for assistance.', 'send_as_denied'],
    ['<Message>User does not have send-as privilege.</Message>', 'send_as_denied'],
    ['Remote server error: (401) Unauthorized. Make sure the user name and password you entered are correct and try again.', 'not_authenticated'],
    ['The location of the mailbox Support could not be determined while receiving email. The owner of the associated email server profile Contoso has been notified. The system will try to receive email again later.', 'unexpected_server_reply'],
  ]);

  it('the SMTP server\'s reply in the alert\'s details decides over the alert', () => {
    assert.equal(first('Email cannot be sent for mailbox "Support" because either a server certificate needed to connect to the email server could not be validated or the credentials used to send email are incorrect or do not provide access.\nEmail Server Error Code: OutgoingEmailAuthenticationError\nError : MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('An unknown error occurred while sending the email message "Your mailbox is now connected to Dynamics 365". Mailbox Support didn\'t synchronize.\nError : System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.'), 'basic_auth_used');
  });

  it('a hex code inside a longer hex string is not a Test & Enable code', () => {
    assert.notEqual(first('correlation 38005E2743A1 finished'), 'imap_disabled_or_not_connected');
  });
});

describe('vocabulary: Salesforce Einstein Activity Capture', () => {
  expectFirst([
    ['Activities aren’t being captured or synced from this account anymore. Either reconnect this account or confirm you want to disconnect it.', 'token_expired_or_invalid'],
  ]);

  it('Microsoft\'s sign-in error behind the banner decides', () => {
    assert.equal(first('Activities aren\'t being captured or synced from this account anymore. Either reconnect this account or confirm you want to disconnect it.\nAADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'.'), 'security_policy_blocks');
  });
});

describe('vocabulary: Jira Data Center incoming mail with OAuth 2.0', () => {
  expectFirst([
    ['Unfortunately no connection was possible. Review the errors below and rectify: AuthenticationFailedException: Protocol error. Connection is closed. 10', 'wrong_scope_or_resource'],
    ['Unfortunately no connection was possible. Review the errors below and rectify:\nAuthenticationFailedException: Protocol error. Connection is closed. 10', 'wrong_scope_or_resource'],
  ]);
});
