/**
 * Hosted business services' own messages about their mail through Microsoft 365 (vocab-cloud-services.ts): Jira and
 * Jira Service Management mail handlers, ServiceNow e-mail accounts with OAuth, Dynamics 365 server-side
 * synchronization, Freshworks custom mailboxes and HubSpot connected inboxes — each as the vendor's documentation
 * quotes it (English only: none of these pages shows a German wording).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Jira and Jira Service Management mail handlers', () => {
  expectFirst([
    ['We couldn\'t connect to your mail server\nHere\'s the error we received: "OAuth token not defined for connection. OAuth Authorisation required."', 'not_authenticated'],
    ['We couldn\'t connect to your mail server\nJIRA couldn\'t open the folder \'inbox\' at outlook.office365.com. Check and make sure the folder name is correct and try again.', 'mailbox_permission_missing'],
    ['We couldn\'t connect to your mail server', 'imap_auth_failed_generic'],
    ['Unfortunately no connection was possible. Review the errors below and rectify:', 'imap_auth_failed_generic'],
    ['FAILURE Could not retrieve access token', 'token_expired_or_invalid'],
  ]);

  it('the mail server\'s reply after Jira\'s heading decides', () => {
    assert.equal(first('Unfortunately no connection was possible. Review the errors below and rectify:\nConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out'), 'network_blocked');
    assert.equal(first('We couldn\'t connect to your mail server\nHere\'s the error we received: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."'), 'bad_client_secret');
  });
});

describe('vocabulary: ServiceNow e-mail accounts with OAuth', () => {
  expectFirst([
    ['Connection failed: OAuth access token is not present or has expired.', 'token_expired_or_invalid'],
    ['SEVERE *** ERROR *** OAuth access token is not present or has expired. Email account=Service Desk', 'token_expired_or_invalid'],
    ['Email error received: OAuth token is not present or has expired', 'token_expired_or_invalid'],
    ['worker.0 worker.0 txid=20038682db9b 6816f79cc0a8016401c5a33be04be441 can\'t read table oauth_credential', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Dynamics 365 server-side synchronization mailbox alerts', () => {
  expectFirst([
    ['Email cannot be received for the mailbox because an error occurred while establishing a secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the email server profile has been notified.', 'tls_problem'],
    ['Email cannot be received for the mailbox Jane Doe because an error occurred while establishing a secure connection to the email server. The mailbox didn\'t synchronize.\nEmail Server Error Code: Web server returned SecureChannelFailure exception.', 'tls_problem'],
    ["Appointments, contacts, and tasks can't be synchronized for the mailbox Jane Doe. The owner of the associated email server profile has been notified. The system will try again later.\nEmail Server Error Code: Exchange.server returned error 203.", 'unexpected_server_reply'],
    ['Email cannot be sent because the email address of the mailbox Jane Doe requires an approval by an Office 365 administrator. The mailbox didn\'t synchronize. The owner of the email server profile Microsoft Exchange Online has been notified.\nEmail Server Error Code: OutgoingEmailS2SApprovalNeeded', 'consent_missing'],
    ['Email cannot be sent/received because the email address of the mailbox Jane Doe requires an approval by an Microsoft 365 administrator. The mailbox has been disabled for sending/receiving email and the owner of the email server profile Exchange Online has been notified.', 'consent_missing'],
    ['Email cannot be received for the mailbox Sales Queue because the email address of the mailbox Sales Queue is not approved and the mailbox has been disabled. The owner of the associated email server profile Microsoft Exchange Online has been notified.', 'consent_missing'],
    ['Email cannot be received for the mailbox Jane Doe. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.', 'wrong_tenant_or_app'],
    ['The email message "Your mailbox is now connected to Dynamics 365" cannot be sent. Make sure that the credentials specified in the mailbox Jane Doe are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\nEmail Server Error Code: InvalidOutgoingMailboxCredentials', 'not_authenticated'],
    ['Email cannot be sent/received because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending/receiving email. The mailbox Jane Doe has been disabled for sending/receiving email and the owner of the email server profile Contoso Exchange has been notified.', 'mailbox_permission_missing'],
    ['The mailbox location could not be determined while sending/receiving the email message "Quote". The mailbox Jane Doe has been disabled for sending/receiving email and the owner of the associated email server profile Contoso Exchange has been notified.', 'unexpected_server_reply'],
    ['Email cannot be received for the mailbox Jane Doe because the email server location or the incoming email port specified in the associated email server profile POP3 is incorrect. The mailbox didn\'t synchronize.\nEmail Server Error Code: Socket returned exception InvalidIncomingEmailServerProfileConfiguration HostNotFound.', 'network_blocked'],
    ['The email message "Your mailbox is now connected to Dynamics 365" cannot be sent because an error occurred while establishing a secure connection to the email server. Mailbox Jane Doe didn\'t synchronize. The owner of the email server profile Microsoft Exchange Online has been notified.\nEmail Server Error Code: Http server returned Forbidden exception.', 'imap_disabled_or_not_connected'],
    ['Email can\'t be received because the license is invalid for the mailbox Jane Doe.\nEmail Server Error Code: ErrorInvalidLicense', 'imap_disabled_or_not_connected'],
    ['Test Failed\nThe SMTP address has no mailbox associated with it.', 'imap_disabled_or_not_connected'],
    ['Email cannot be received for the mailbox Jane Doe. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.\nNoUserFoundWithGivenClaims: User does not exist in tenant with id \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'', 'wrong_tenant_or_app'],
    ['An error occurred in sending email for mailbox Jane Doe while connecting to the email server. The owner of the associated email server profile Microsoft Exchange Online has been notified. The system will try to send email again later.\nEmail Server Error Code: Web server returned SendFailure exception.', 'network_blocked'],
  ]);
});

describe('vocabulary: Freshworks custom mailboxes (Freshdesk, Freshchat)', () => {
  expectFirst([
    ['Temporary Authentication failure; Please contact your mailbox provider or try again later', 'token_expired_or_invalid'],
    ['Authentication Failure - Incorrect credentials; Please connect your mailbox again with the right credentials and try again', 'token_expired_or_invalid'],
    ['Mailbox limit exceeded; Please contact your mailbox provider to increase the limit or try again later', 'throttled'],
    ['Server connection issue; Contact your mailbox provider or try again later', 'network_blocked'],
    ['Authentication failure due to account locked/disabled or unreachable. Please contact your mailbox provider or try again later', 'token_expired_or_invalid'],
    ['Mailbox access restricted; Please check with your mailbox provider or try again later.', 'mailbox_permission_missing'],
    ['Please reauthorize your Email settings. Learn more about it here or finish the setup in Email settings', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: HubSpot connected inboxes', () => {
  expectFirst([
    ['IMAP settings incorrect', 'network_blocked'],
    ['SMTP Settings Incorrect', 'network_blocked'],
    ['IMAP authentication error', 'imap_auth_failed_generic'],
    ['OFFICE_ERROR_REST_API_NOT_ENABLED_FOR_COMPONENT_SHARED_MAILBOX', 'imap_disabled_or_not_connected'],
  ]);

  it('Exchange\'s own reply after HubSpot\'s heading decides', () => {
    assert.equal(first('IMAP authentication error\nA1 NO AUTHENTICATE failed.'), 'imap_auth_failed_generic');
    assert.equal(first('SMTP Settings Incorrect\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});
