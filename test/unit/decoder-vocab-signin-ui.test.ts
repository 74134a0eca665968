/**
 * What Microsoft's sign-in experience shows people (vocab-signin-ui.ts): the sign-in page's Conditional Access, device, MFA,
 * consent and account pages, the Web Account Manager's errors as MSAL passes them on, and Microsoft 365 Apps' and Teams'
 * sign-in messages — in English, with the German (and French) texts Microsoft's own pages give.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: the sign-in page when a Conditional Access policy wants another device, app or browser', () => {
  expectFirst([
    ["It looks like you're trying to open this resource with an app that hasn't been approved by your IT department. Ask them for a list of approved applications.", 'security_policy_blocks'],
    ['You cannot access the resource from this browser on your device. You need to use Microsoft Edge.', 'security_policy_blocks'],
    ["Your sign-in was successful, but you can't open this resource from this web browser. You might be able to access it from the Safari browser (ask your IT department for a list of approved mobile and desktop applications).", 'security_policy_blocks'],
    ['You must use Microsoft Edge to access this resource.', 'security_policy_blocks'],
    ['You must use the Intune Managed Browser application before you can access this resource.', 'security_policy_blocks'],
    ['This application contains sensitive information and can only be accessed from:', 'security_policy_blocks'],
    ["Your device isn't up to date with your organization's policies. Check its status and take action in your organization's device management portal", 'security_policy_blocks'],
    ['Your sign-in was successful, but your device must be registered with Contoso before you can use this site.', 'security_policy_blocks'],
    ["It looks like you're trying to open this resource with a client app that is not available for use with app protection policies. Ask your IT department or see a list of applications that are protected here.", 'security_policy_blocks'],
    ["This device does not meet your organization's compliance requirements. Open your organization's device management portal to take action.", 'security_policy_blocks'],
    ['Contoso requires you to secure this device before you can access Contoso email, files and data.', 'security_policy_blocks'],
    ['We are currently unable to collect additional security information. Your organization requires this information to be set from specific locations or devices.', 'security_policy_blocks'],
    ['Your sign-in was successful but does not meet the criteria to add an account to the Microsoft Authenticator app.', 'security_policy_blocks'],
    ['Set up your device to get access', 'security_policy_blocks'],
    ['Help us keep your device secure', 'security_policy_blocks'],
    ['We need to update your device registration', 'security_policy_blocks'],
    ['Install or update Microsoft Authenticator to continue', 'security_policy_blocks'],
    ['Install or update Microsoft Company Portal to continue', 'security_policy_blocks'],
    ["Your IT department is ensuring that this device is up-to-date with all your organization's policies. It might take a few minutes.", 'security_policy_blocks'],
    ['To access this resource, sign in or switch to your work or school account in Microsoft Edge.', 'security_policy_blocks'],
    ["You can't complete this action because you're trying to access protected resources as an external user in this organization. Please contact the admin to allow you to access the protected resources.", 'security_policy_blocks'],
  ]);
});

describe('vocabulary: the sign-in page asking for multifactor authentication', () => {
  expectFirst([
    ["We didn't hear from you", 'user_cancelled_or_consent_declined'],
    ["We didn't hear from you\nWe sent an identity verification request to your Microsoft Authenticator app, but we didn't hear from you in time. View details\nSend another request to my Microsoft Authenticator app", 'user_cancelled_or_consent_declined'],
    ['Request denied. We sent an identity verification request to your mobile device, but you denied it.', 'user_cancelled_or_consent_declined'],
    ["We didn't receive a response. Please try again.", 'user_cancelled_or_consent_declined'],
    ['We did not receive the expected response. Please try again.', 'user_cancelled_or_consent_declined'],
    ['Approve sign in request', 'security_policy_blocks'],
    ['Open your Authenticator app, and enter the number shown to sign in.', 'security_policy_blocks'],
    ['Help us protect your account', 'security_policy_blocks'],
    ['Sorry! We can’t process your request. Your session is invalid or expired. There was an error processing your request because your session is invalid or expired. Please try again.', 'token_expired_or_invalid'],
    ['Update your password. You need to update your password because this is the first time you are signing in, or because your password has expired.', 'security_policy_blocks'],
  ]);
});

describe('vocabulary: the consent prompt and the account pages', () => {
  expectFirst([
    ['Permissions requested\nThis application is not published by Microsoft or your organization.', 'consent_missing'],
    ['This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.', 'wrong_tenant_or_app'],
    ["Sorry, but we're having trouble signing you in. Please try again in a few minutes. If this doesn't work, you might want to contact your admin and report the error: 80041317", 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Web Account Manager errors as MSAL passes them on', () => {
  expectFirst([
    ['The network location cannot be reached. For information about network troubleshooting, see Windows Help.', 'network_blocked'],
    ['Der Netzwerkstandort kann nicht erreicht werden. Informationen zur Netzwerkproblembehandlung finden Sie unter Windows Hilfe.', 'network_blocked'],
    ["L'emplacement réseau ne peut pas être atteint. Pour plus d’informations sur la résolution des problèmes réseau, consultez l’aide de Windows.", 'network_blocked'],
    ['User interaction is required for authentication.', 'token_expired_or_invalid'],
    ['Need user interaction to continue.', 'token_expired_or_invalid'],
    ['To help protect your Online Id account you must signin again.', 'token_expired_or_invalid'],
    ["We detected some suspicious activity with your Online Id account. To help protect you, we've temporarily blocked your account.", 'security_policy_blocks'],
    ['We have noticed some unusual activity in your Online Id account. Your action is needed to make sure no one else is using your account.', 'security_policy_blocks'],
    ['Online Id account was locked because there have been too many attempts to sign in.', 'security_policy_blocks'],
    ['Online Id account properties must be updated before signin.', 'wrong_tenant_or_app'],
    ['Online Id signin name is not yet verified. Email verification is required before signin.', 'wrong_tenant_or_app'],
    ['Keyset does not exist Internal Error Code: 545133655', 'token_expired_or_invalid'],
    ['The device that is required by this cryptographic provider is not ready for use. Internal Error Code: 545133655', 'token_expired_or_invalid'],
    ['WAM Error\n Error Code: 2156265484\n Error Message: User interaction is required for authentication.\n Internal Error Code: 545133655', 'token_expired_or_invalid'],
    ['Error Code: 3399548929', 'token_expired_or_invalid'],
    ['Error Code: 2147943631', 'network_blocked'],
    ['Error Code: 2156265483', 'security_policy_blocks'],
    ['Error Code: 2148073494', 'token_expired_or_invalid'],
    ['Error code: 80090016', 'token_expired_or_invalid'],
    ['0x8086000C', 'token_expired_or_invalid'],
    ['0x80860007', 'security_policy_blocks'],
    ['0xCAA10001', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Microsoft 365 Apps and Teams signing in (English and German)', () => {
  expectFirst([
    ['Either your password changed or the server needs your sign-in info again', 'token_expired_or_invalid'],
    ["We weren't able to connect. Sign in and we'll try again.", 'network_blocked'],
    ['Your account is in a bad state', 'token_expired_or_invalid'],
    ['Ihr Konto ist in einem fehlerhaften Zustand', 'token_expired_or_invalid'],
    ['Sorry, ein anderes Konto aus Ihrer Organisation ist bereits auf diesem Computer angemeldet', 'token_expired_or_invalid'],
    ['Sorry, wir haben temporäre Server Probleme', 'network_blocked'],
    ['Wir können die Verbindung jetzt nicht herstellen', 'network_blocked'],
    ['Sorry, wir können keine Verbindung zu Ihrem Konto herstellen. Versuchen Sie es später erneut', 'network_blocked'],
  ]);
});

describe('vocabulary: sign-in experience texts give way or stay out', () => {
  // AADSTS50078 reads as a sign-in to refresh first since the twenty-third session (its development texts: all 4 fixed so).
  it('a code beside the WAM number decides: AADSTS50078 (MFA expired by policy) → a new sign-in, then the policy', () => {
    const text = 'WAM Error Error Code: 3399614476 Error Message: V2Error: invalid_grant AADSTS50078: Presented multi-factor authentication has expired due to policies configured by your administrator, you must refresh your multi-factor authentication to access https://outlook.office365.com.';
    assert.deepEqual(decode(text).causes.slice(0, 2).map((c) => c.category), ['token_expired_or_invalid', 'security_policy_blocks']);
  });

  it('"we didn\'t hear from you" inside another sentence is not the MFA page', () => {
    for (const text of [
      "Since we didn't hear from you, we will end the call now.",
      "We didn't hear from you by the deadline, so we had to move the line along.",
    ]) assert.ok(!decode(text).causes.some((c) => c.category === 'user_cancelled_or_consent_declined'), text);
  });

  it('"to help us protect your account" in another product\'s code mail is not the MFA registration page', () => {
    const result = decode('Please enter the code we sent to max@contoso.com to help us protect your account.');
    assert.ok(!result.causes.some((c) => c.category === 'security_policy_blocks' && c.confidence >= 0.6));
  });

  it('a ten-digit number that is not a WAM code after "error code" stays unread', () => {
    assert.equal(decode('Error code: 2156265499').causes.length, 0);
  });
});
