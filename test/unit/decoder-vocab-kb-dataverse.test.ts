/**
 * Dynamics 365 / Dataverse mail as Microsoft's support articles quote it (vocab-kb-dataverse.ts): mailbox approval,
 * impersonation on Exchange on-premises, signing in to Dynamics 365 without membership, the App for Outlook's unknown
 * address, and Exchange's temporary errors and quota code in server-side synchronization alerts — each as the article
 * prints it (English only: the articles quote no translation).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Dataverse mailbox approval (support articles)', () => {
  expectFirst([
    ["Email can't be sent because the email address of the mailbox Paul Cannon requires an approval by a Microsoft 365 administrator. The mailbox has been disabled for sending email and the owner of the email server profile Exchange Online has been notified.", 'consent_missing'],
    ["One or more mailboxes have been disabled for sending/receiving email because their email addresses haven't been approved. Approve the email addresses, and then enable the mailboxes for sending/receiving email.", 'consent_missing'],
    ["Email won't be processed for this mailbox until the email address of the mailbox is approved by an Office 365 administrator. For more information, contact your system administrator.", 'consent_missing'],
    ['Microsoft.Crm.CrmException: The Queue: 3f2a9c10-0000-4a1b-9c1d-123456789abc email `example@contoso.com` doesn\'t match with UPN. User 8c5b1f2e-0000-4a1b-9c1d-123456789abc should be a global administrator to approve mailbox in organization contoso.', 'consent_missing'],
    ['There was an issue when attempting to add the app to Outlook.\nCrm : IncomingEmailRejected', 'consent_missing'],
  ]);
});

describe('vocabulary: Dataverse impersonation error (Exchange on-premises)', () => {
  expectFirst([
    ['An impersonation error occurred in accessing the mailbox while sending the email message "Test Message". Mailbox Paul Cannon didn\'t synchronize. The owner of the associated email server profile Exchange 2016 has been notified.', 'mailbox_permission_missing'],
    ["An impersonation error occurred in accessing the mailbox while receiving email. Paul Cannon didn't synchronize. The owner of the associated email server profile Exchange 2016 has been notified.", 'mailbox_permission_missing'],
  ]);
});

describe('vocabulary: signing in to Dynamics 365 / App for Outlook', () => {
  expectFirst([
    ['You are not part of this organization. Please contact your administrator.', 'user_not_assigned'],
    ['You are not a member of this organization\nYou (paul@contoso.com) do not belong to the organization contoso. Verify the organization name and try to sign in again.', 'user_not_assigned'],
    ['Your account has been disabled\nYour account (paul@contoso.com) is disabled, and you no longer have the privilege to access this organization. Contact your Microsoft Dynamics CRM Online administrator for assistance.', 'user_not_assigned'],
    ['no instances found for this user ID\nYou have signed in with a user ID that cannot log into Dynamics 365. Contact your administrator to make sure that you have a valid Dynamics 365 user account.', 'user_not_assigned'],
    ['Invalid User Authorization\nThe user authentication passed to the platform is not valid.', 'user_not_assigned'],
    ["It looks like you're trying to access the Microsoft Dynamics 365 App for Outlook from an email address that we don't recognize. Either sign out and sign in with the email address you use for Dynamics CRM or have your system administrator update your email Mailbox settings to reflect this email address.", 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Exchange temporary errors and quota in Dataverse alerts', () => {
  expectFirst([
    ['An error occurred in receiving email for the mailbox Paul Cannon while connecting to the email server. The owner of the associated email server profile Microsoft Exchange Online has been notified. The system will try to receive email again later.\nEmail Server Error Code: Http server returned ServiceUnavailable exception', 'throttled'],
    ['An internal Microsoft Dynamics 365 error occurred while receiving email through the mailbox Paul Cannon. The owner of the associated email server profile Microsoft Exchange Online has been notified. The system will try to receive email again later.\nEmail Server Error Code: IncomingMailboxInternalCrmError', 'throttled'],
    ["An unexpected error occurred while receiving email. Mailbox Paul Cannon didn't synchronize. The owner of the associated email server profile Microsoft Exchange Online has been notified.\nEmail Server Error Code: ErrorInternalServerTransientError", 'throttled'],
  ]);

  it('the quota code decides over the alert\'s credentials sentence', () => {
    assert.equal(first('The email message Quarterly report cannot be sent. Make sure that the credentials specified in the mailbox Paul Cannon are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\nEmail Server Error Code: ErrorQuotaExceeded. Exchange.server returned 403 error.'), 'throttled');
    // Without the quota code the same sentence still reads as before (vocab-cloud-services.ts, KB 3212785).
    assert.equal(first('The email message "Test Message" cannot be sent. Make sure that the credentials specified in the mailbox Paul Cannon are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.'), 'wrong_tenant_or_app');
  });

  it('the EWS error in the details agrees with the impersonation alert', () => {
    assert.equal(first('An impersonation error occurred in accessing the mailbox while receiving email. Paul Cannon didn\'t synchronize.\nActivityId: 5d1c0000-0000-4a1b-9c1d-123456789abc\n>Error : System.Web.Services.Protocols.SoapException: The account does not have permission to impersonate the requested user.'), 'mailbox_permission_missing');
  });
});
