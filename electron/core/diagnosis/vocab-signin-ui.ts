/**
 * What Microsoft's sign-in experience shows people, as they paste it: the web sign-in page's Conditional Access, device and
 * MFA pages, the consent prompt, the Web Account Manager (WAM, the Windows token broker) errors MSAL passes on, and the
 * messages of Microsoft 365 Apps and Teams when their sign-in fails — the texts that decoded to nothing, to a guess or to
 * another cause. Written by hand (no library carries these strings); sources per group:
 * - The sign-in page's error titles and descriptions as its string table lists them, mirrored in TokenTacticsV2's
 *   modules/Invoke-EntraErrorHandling.ps1 (f-bader/TokenTacticsV2: $ErrorTitle / $ErrorDescription, indexed by the page's
 *   iErrorTitle / iErrorDescription). The ones patterns-signin.ts already reads (signin-page-policy-blocked) are not repeated.
 * - The MFA pages: "We didn't hear from you" (element idDiv_SAASTO_Title) with "We sent an identity verification request to
 *   your Microsoft Authenticator app, but we didn't hear from you in time.", the denial "We sent an identity verification
 *   request to your mobile device, but you denied it." (idDiv_SAASDS_Title "Request denied"), "Approve sign in request"
 *   (idDiv_SAOTCAS_Title) — as browser automations that wait on these elements quote them (a scraper's XPath list quotes
 *   the denial and the timeout sentences together; the CalendarSync
 *   MfaTimeoutPage, a Microsoft auto-login user script checking idDiv_SAASTO_Title for "We didn't hear from you", scrapers
 *   listing "Help us protect your account" as the pending-MFA-registration page). Microsoft's own article "You can't sign in
 *   to Office 365, Azure, or Intune" (MicrosoftDocs/OfficeDocs-Support, KB 2412085, sign-in-to-office-365-azure-intune.md)
 *   quotes "We didn't receive a response. Please try again.", "We did not receive the expected response. Please try
 *   again." (both: the MFA request was not answered; the fix articles KB 2834965/2834968 were not in the index, so the
 *   weights leave room) and "Sorry! We can't process your request. Your session is invalid or expired.", and the sign-in
 *   page's "… report the error: <error code>" (learn.microsoft.com/troubleshoot/microsoft-365/admin/sign-in/
 *   sign-in-to-office-365-azure-intune).
 * - The consent prompt of an app without a verified publisher: "This application is not published by Microsoft or your
 *   organization." (quoted from a real prompt in a lab write-up; Microsoft's consent-experience article,
 *   MicrosoftDocs/entra-docs docs/identity-platform/application-consent-experience.md, names the "Unverified" publisher
 *   field and the user-consent block that follows).
 * - The account pages: "This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin."
 *   (quoted by sign-in test suites and scrapers that read the page; the page's "We couldn't find an account with that
 *   username." is left to guess.ts, which already names the wrong account for it and is meant to);
 *   the change-password interrupt "You need to update your password because this is the first time you are signing in, or
 *   because your password has expired." (relayed by Himmelblau, himmelblau-idm/himmelblau src/daemon/src/idprovider/
 *   himmelblau.rs; Auth0's Lock shows the same sentence with "logging in", which is not matched).
 * - WAM errors with their numbers and mitigations: MicrosoftDocs/microsoft-authentication-library-dotnet
 *   msal-dotnet-articles/advanced/exceptions/wam-errors.md (learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/
 *   wam-errors; its French page words the first one "L'emplacement réseau ne peut pas être atteint"); the German Windows
 *   text of ERROR_NETWORK_UNREACHABLE from MicrosoftDocs/win32-pr.de-de (system error codes 1000–1299, a translated page:
 *   only the sentence's start, "Der Netzwerkstandort kann nicht erreicht werden", is matched); the Online Id
 *   (ONL_E_*, facility 0x86) codes and texts of the Windows SDK as a CC0 crate of Windows error codes lists them.
 * - Microsoft 365 Apps and Teams: "Either your password changed or the server needs your sign-in info again"
 *   (SupportArticles-docs Teams/teams-sign-in/sign-in-error-after-password-change.md: restart and sign in again); "We weren't
 *   able to connect. Sign in and we'll try again." (Office/Client/activation/cannot-sign-in-microsoft-365-desktop-apps.md); the
 *   German texts of Microsoft's own Alchemy Insights articles (OfficeDocs-AlchemyInsights-pr.de-DE, AlchemyInsights/
 *   fixing-the-office-apps-your-account-is-in-a-bad-state-message.md, we-are-unable-to-connect-right-now.md,
 *   sorry-we-are-having-temporary-server-issues.md, issues-signing-in-to-office-apps.md), whose English originals are
 *   the articles' titles ("Your account is in a bad state" — its English wording only from that title).
 *
 * Not here: the German (and other) wordings of the sign-in page's Conditional Access, device and MFA pages — no Microsoft
 * source in the index gives them (only third-party guesses), so English only; the generic titles "Try signing in another
 * way", "Sign in with your work account", "Get access to this resource", "Let's try something else" and the bare
 * "Request denied" (they name nothing); "Sorry, but we're having trouble signing you in." without a code (the code beside
 * it decides); "Sorry, our account verification system is having trouble" and "You didn't enter the expected verification
 * code" (no Microsoft page saying what fixes them was found); "No credentials are available in the security package"
 * (SEC_E_NO_CREDENTIALS, met far outside WAM); NTE_BAD_KEYSET / "Keyset does not exist" without WAM's "Internal Error Code"
 * (also .NET's CryptographicException for a certificate whose private key cannot be read); WAM's 0xCAA20003 in hex
 * (vocab-win-codes.ts reads it; its decimal form is here); the Microsoft 365 admin center's
 * and Exchange admin center's banners about mail settings (no quoted banner text was found).
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/**
 * The sign-in page's pages when the sign-in worked but a Conditional Access policy wants another device state, app or
 * browser (Invoke-EntraErrorHandling's descriptions): the fix is the policy, or the device or app it asks for.
 */
const CONDITIONAL_ACCESS: readonly Rule[] = [
  pattern('signin-ui-ca-app-device-browser', 'entra-ui', 3, [
    phrase("open this resource with an app that hasn't been approved by your IT department"),
    phrase('You cannot access the resource from this browser on your device'),
    phrase("you can't open this resource from this web browser"),
    phrase('You must use Microsoft Edge to access this resource'),
    phrase('You must use the Intune Managed Browser application before you can access this resource'),
    phrase('This application contains sensitive information and can only be accessed from'),
    phrase("Your device isn't up to date with your organization's policies"),
    `${phrase('your device must be registered with')}[^\\n]{1,120}?${phrase('before you can use this site')}`,
    phrase('is not available for use with app protection policies'),
    phrase("This device does not meet your organization's compliance requirements"),
    phrase('requires you to secure this device before you can access'),
    phrase('We are currently unable to collect additional security information'),
    phrase('does not meet the criteria to add an account to the Microsoft Authenticator app'),
  ], [p('security_policy_blocks', 0.8)]),
  // The page's titles for the same pages (device registration, compliance check, broker app): a step the device must take.
  pattern('signin-ui-ca-device-title', 'entra-ui', 3, [
    phrase('Set up your device to get access'), phrase('Help us keep your device secure'),
    phrase('We need to update your device registration'),
    phrase('Install or update Microsoft Authenticator to continue'), phrase('Install or update Microsoft Company Portal to continue'),
    phrase("Your IT department is ensuring that this device is up-to-date with all your organization's policies"),
    phrase('sign in or switch to your work or school account in Microsoft Edge'),
    phrase('you may need to sign in to Microsoft Edge using'),
  ], [p('security_policy_blocks', 0.65)]),
  // A guest refused by the resource tenant's policy: that tenant's admin (cross-tenant access), or the wrong account.
  pattern('signin-ui-ca-external-user', 'entra-ui', 3, [
    phrase("you're trying to access protected resources as an external user in this organization"),
  ], [p('security_policy_blocks', 0.7), p('wrong_tenant_or_app', 0.35)]),
];

/**
 * Multifactor authentication on the sign-in page. Not answering or denying the request ends the sign-in: start it again and
 * approve it (user_cancelled's fix); an app that cannot show the request is the policy's matter (second).
 */
const MFA: readonly Rule[] = [
  // The timeout page's title only as the page shows it (alone, or before its own next lines), not inside other sentences
  // ("we didn't hear from you by the deadline").
  pattern('signin-ui-mfa-timeout', 'entra-ui', 2, [
    `${phrase("We didn't hear from you")}(?= ?(?:[.!] ?)?(?:$|We sent|Send another request|View details|More information|Having trouble))`,
    phrase("but we didn't hear from you in time"),
  ], [p('user_cancelled_or_consent_declined', 0.55), p('security_policy_blocks', 0.35)]),
  pattern('signin-ui-mfa-denied', 'entra-ui', 2, [
    phrase('We sent an identity verification request to your mobile device, but you denied it'),
  ], [p('user_cancelled_or_consent_declined', 0.75), p('security_policy_blocks', 0.2)]),
  pattern('signin-ui-mfa-no-response', 'entra-ui', 2, [
    `${phrase("We didn't receive a response.")} ?${phrase('Please try again')}`,
    `${phrase('We did not receive the expected response.')} ?${phrase('Please try again')}`,
  ], [p('user_cancelled_or_consent_declined', 0.45), p('security_policy_blocks', 0.35)]),
  // Waiting on the phone: the sign-in needs MFA (policy), or the user has not approved yet.
  pattern('signin-ui-mfa-pending', 'entra-ui', 1, [
    phrase('Approve sign in request'), phrase('Open your Authenticator app, and enter the number shown to sign in'),
  ], [p('security_policy_blocks', 0.4), p('user_cancelled_or_consent_declined', 0.35)]),
  // The MFA registration interrupt (security defaults, a registration policy) — not "… to help us protect your account".
  pattern('signin-ui-mfa-registration', 'entra-ui', 2, [`(?<!to ?)${phrase('Help us protect your account')}`], [
    p('security_policy_blocks', 0.6),
  ]),
  // The page's change-password interrupt (Himmelblau, an Entra ID client for Linux, relays it as AuthRequest::ChangePassword
  // in src/daemon/src/idprovider/himmelblau.rs): read as AADSTS50055 "The password is expired" (aadsts-codes.ts).
  pattern('signin-ui-password-expired', 'entra-ui', 3, [
    phrase('You need to update your password because this is the first time you are signing in, or because your password has expired'),
  ], [p('security_policy_blocks', 0.6), p('not_authenticated', 0.4)]),
  pattern('signin-ui-session-invalid', 'entra-ui', 3, [
    `${phrase("We can't process your request.")} ?${phrase('Your session is invalid or expired')}`,
  ], [p('token_expired_or_invalid', 0.6)]),
];

/** The consent prompt of an app without a verified publisher: user consent is often blocked for it (admin consent). */
const CONSENT: readonly Rule[] = [
  pattern('signin-ui-consent-unverified-app', 'entra-ui', 2, [
    phrase('This application is not published by Microsoft or your organization'),
    phrase('This app is not published by Microsoft or your organization'),
  ], [p('consent_missing', 0.5), p('user_cancelled_or_consent_declined', 0.35)]),
];

/**
 * The account pages: the name typed is not an account of the tenant (or of Microsoft accounts) — sign in with the
 * organization's account. They give way to an AADSTS code beside them.
 */
const ACCOUNT: readonly Rule[] = [
  pattern('signin-ui-username-incorrect', 'entra-ui', 3, [
    `${phrase('This username may be incorrect.')} ?${phrase('Make sure you typed it correctly')}`,
  ], [p('wrong_tenant_or_app', 0.55), p('not_authenticated', 0.35)], { yieldsTo: ['sign-in'] }),
  // KB 2412085 words the page "… report the error: <code>"; vocab-kb-adfs.ts reads the codes after "report the following
  // error:" (federated domain settings out of step: Update-MsolFederatedDomain).
  pattern('signin-ui-report-error-adfs', 'entra-ui', 3, [`${phrase('report the error:')} ?(?:80041317|80043431)(?![0-9a-f])`], [
    p('wrong_tenant_or_app', 0.6), p('token_expired_or_invalid', 0.2),
  ]),
];

/**
 * The sign-in service's page for a browser that ended where no app reads the answer: login.microsoftonline.com/common/
 * wrongplace, "This is not the right page. You have reached a page that is not normally shown. …" — in German "Dies ist nicht
 * die richtige Seite. Sie haben die falsche Seite erreicht.", in French "Cette page n'est pas la bonne. Vous êtes arrivé sur
 * une page incorrecte." (as users quote it: abraunegg/onedrive#3569 and #3638, bpozdena/OneDriveGUI#274). Microsoft now sends
 * the sign-in's answer for the old redirect URI …/common/oauth2/nativeclient there, so an app that asks the user to copy the
 * address from that page gets no code; the fix is another redirect URI (DavMail: davmail.oauth.redirectUri, mguessan/davmail#499;
 * Azure-Samples/active-directory-dotnet-desktop-msgraph-v2#107: the broker's redirect URI instead of nativeclient).
 */
const WRONG_PLACE: readonly Rule[] = [
  pattern('signin-ui-wrong-place', 'entra-ui', 3, [
    phrase('This is not the right page'), phrase('You have reached a page that is not normally shown'),
    'login\\.microsoftonline\\.com/common/wrongplace\\b', phrase('Dies ist nicht die richtige Seite'), phrase('Sie haben die falsche Seite erreicht'),
    "Cette page n[’']?est pas la bonne", phrase('Vous êtes arrivé sur une page incorrecte'),
  ], [p('redirect_uri_mismatch', 0.75)]),
];

/**
 * Microsoft 365 Apps and Teams. Teams after a password change: restart, sign in again. Office's "Your account is in a bad
 * state": sign out of all accounts, clear Office's stored credentials, sign in again — or turn on modern authentication
 * for Office 2013 (Alchemy Insights). The German texts of the Alchemy Insights articles read as their English originals do
 * (vocab-kb-office-articles.ts: "Sorry, we are having some temporary server issues" TLS/network, "We are unable to connect
 * right now" network, "Sorry, we can't connect to your account" network, "another account from your organization is
 * already signed in" a stale stored sign-in); the German article on the temporary server issues names the firewall,
 * antivirus and proxy first.
 */
const OFFICE: readonly Rule[] = [
  pattern('signin-ui-teams-password-changed', 'token', 3, [
    phrase('Either your password changed or the server needs your sign-in info again'),
  ], [p('token_expired_or_invalid', 0.8)]),
  // Teams' and Office's desktop sign-in when security software blocks or breaks the Web Account Manager plug-ins (SupportArticles-
  // docs Office/Client/activation/cannot-sign-in-microsoft-365-desktop-apps.md: exclude them, re-register the plug-in), read as
  // vocab-win-codes.ts reads "Something went wrong [1001]" from the same article.
  pattern('signin-ui-teams-not-able-to-connect', 'network', 3, [phrase("We weren't able to connect. Sign in and we'll try again")], [
    p('network_blocked', 0.5), p('token_expired_or_invalid', 0.3),
  ]),
  pattern('signin-ui-office-bad-state', 'entra-ui', 3, [
    phrase('Your account is in a bad state'), phrase('Ihr Konto ist in einem fehlerhaften Zustand'),
  ], [p('token_expired_or_invalid', 0.55), p('basic_auth_used', 0.3)]),
  pattern('signin-ui-office-another-account-de', 'entra-ui', 3, [
    `${phrase('ein anderes Konto aus Ihrer Organisation ist bereits')}(?: ?${phrase('auf diesem Computer')})? ?angemeldet`,
  ], [p('token_expired_or_invalid', 0.55), p('wrong_tenant_or_app', 0.4)]),
  pattern('signin-ui-office-server-issues-de', 'network', 3, [phrase('Sorry, wir haben temporäre Server Probleme')], [
    p('network_blocked', 0.5), p('tls_problem', 0.45),
  ]),
  pattern('signin-ui-office-unable-to-connect-de', 'network', 3, [
    phrase('Wir können die Verbindung jetzt nicht herstellen'),
    phrase('wir können keine Verbindung zu Ihrem Konto herstellen'), phrase('können wir keine Verbindung mit Ihrem Konto herstellen'),
  ], [p('network_blocked', 0.65), p('tls_problem', 0.2)]),
];

/**
 * WAM's own texts, as MSAL puts them into its exception ("WAM Error … Error Code: … Error Message: …"). Mitigations per
 * Microsoft's WAM error page: no network (2147943631); WAM could not use a cached token, sign in interactively
 * (2156265484, 3399548929); the Online Id wants a new sign-in (2156265478) or holds a blocked or suspended account
 * (2156265482/83); the device's TPM keys (2148073494 "Keyset does not exist", 2148073520 "The device that is required by
 * this cryptographic provider is not ready for use", 80090016 NTE_BAD_KEYSET: recover the device — remove the broker's
 * stored accounts, sign in again, as vocab-kb-office-articles.ts reads "Trusted Platform Module malfunctioned"). The Online
 * Id texts about a Microsoft account that is not set up name a personal account, where Microsoft 365 wants the work account.
 */
const WAM: readonly Rule[] = [
  pattern('signin-ui-wam-network', 'network', 3, [
    phrase('The network location cannot be reached'), phrase('Der Netzwerkstandort kann nicht erreicht werden'),
    phrase("L'emplacement réseau ne peut pas être atteint"),
  ], [p('network_blocked', 0.7)]),
  pattern('signin-ui-wam-interaction-required', 'token', 2, [
    phrase('User interaction is required for authentication'), phrase('Need user interaction to continue'),
  ], [p('token_expired_or_invalid', 0.6)]),
  pattern('signin-ui-wam-onlineid-sign-in-again', 'token', 3, [phrase('To help protect your Online Id account you must signin again')], [
    p('token_expired_or_invalid', 0.75),
  ]),
  pattern('signin-ui-wam-onlineid-blocked', 'entra-ui', 3, [
    phrase('We detected some suspicious activity with your Online Id account'),
    phrase('We have noticed some unusual activity in your Online Id account'),
    phrase('Online Id account was locked because there have been too many attempts to sign in'),
  ], [p('security_policy_blocks', 0.65)]),
  pattern('signin-ui-wam-onlineid-account-setup', 'entra-ui', 3, [
    phrase('Online Id account properties must be updated before signin'), phrase('Online Id signin name is not yet verified'),
  ], [p('wrong_tenant_or_app', 0.45), p('token_expired_or_invalid', 0.25)]),
  pattern('signin-ui-wam-tpm', 'token', 3, [
    `${phrase('Keyset does not exist')}[^\\n]{0,40}?${phrase('Internal Error Code')}`,
    phrase('The device that is required by this cryptographic provider is not ready for use'),
  ], [p('token_expired_or_invalid', 0.45), p('security_policy_blocks', 0.25)]),
];

const token = (weight: number, second?: readonly [Parameters<typeof p>[0], number]): CodeEntry => ({
  family: 'token', proposals: second ? [p('token_expired_or_invalid', weight), p(second[0], second[1])] : [p('token_expired_or_invalid', weight)],
});
const policy = (weight: number): CodeEntry => ({ family: 'entra-ui', proposals: [p('security_policy_blocks', weight)] });
const personalAccount: CodeEntry = { family: 'entra-ui', proposals: [p('wrong_tenant_or_app', 0.4), p('token_expired_or_invalid', 0.25)] };
const TPM: CodeEntry = token(0.45, ['security_policy_blocks', 0.25]);

/**
 * WAM's numbers in MSAL's unsigned decimal form ("Error Code: 2156265484"), from Microsoft's WAM error page.
 * 3399614467 (0xCAA20003) came there with "V2Error: invalid_grant AADSTS500341" (the account was deleted) and
 * 3399614476 (0xCAA2000C) with AADSTS50078 (the MFA is too old for the policy): the AADSTS code beside them decides;
 * alone they read as a sign-in to repeat (0xCAA20003 is also the clock problem of Teams' page, vocab-win-codes.ts).
 */
const WAM_DECIMAL: Readonly<Record<string, CodeEntry>> = {
  2147943631: { family: 'network', proposals: [p('network_blocked', 0.6)] },
  2147943717: { family: 'entra-ui', proposals: [p('wrong_tenant_or_app', 0.45)] },
  2156265477: personalAccount, 2156265481: personalAccount,
  2156265478: token(0.7), 2156265484: token(0.6), 3399548929: token(0.6),
  2156265482: policy(0.55), 2156265483: policy(0.6),
  3399614467: token(0.45, ['tls_problem', 0.25]), 3399614476: token(0.45, ['security_policy_blocks', 0.35]),
  2148073494: TPM, 2148073520: TPM,
};

/**
 * The same in hexadecimal as Windows and Office print them: the Online Id codes (ONL_E_*: 0x80860006 FORCESIGNIN, 0x8086000C
 * ACTION_REQUIRED, 0x8086000F USER_AUTHENTICATION_REQUIRED, 0x80860010 REQUEST_THROTTLED "We want to make sure this is you";
 * 0x80860007 ACCOUNT_LOCKED, 0x8086000A/0B ACCOUNT_SUSPENDED_*; 0x80860005 ACCOUNT_UPDATE_REQUIRED, 0x80860009
 * EMAIL_VERIFICATION_REQUIRED), WAM's 0xCAA10001 (= 3399548929) and 0xCAA2000C (= 3399614476), and the TPM's
 * NTE_BAD_KEYSET 0x80090016 / NTE_DEVICE_NOT_READY 0x80090030 (= 2148073494 / 2148073520). The hex forms of the decimal
 * numbers are their arithmetic, not read on a Microsoft page: weights as the decimal ones.
 */
const WAM_HEX: Readonly<Record<string, CodeEntry>> = {
  80860006: token(0.65), '8086000C': token(0.6), '8086000F': token(0.55), 80860010: token(0.5, ['throttled', 0.25]),
  80860007: policy(0.6), '8086000A': policy(0.55), '8086000B': policy(0.6),
  80860005: personalAccount, 80860009: personalAccount,
  CAA10001: token(0.55), CAA2000C: token(0.45, ['security_policy_blocks', 0.35]),
  80090016: TPM, 80090030: TPM,
};

/** A code as a whole token: no letter or digit before (so not inside a longer number), none after. */
const BEFORE = '(?<![0-9A-Za-z])';
const AFTER = '(?![0-9A-Za-z])';

const CODES: readonly Rule[] = [
  codeTable('signin-ui-wam-decimal', 'token', 2,
    '(?:\\berror ?code|\\bFehlercode)[ :=#]{0,3}(2147943631|2147943717|215626547[78]|21562654(?:8[1-4])|3399548929|3399614467|3399614476|2148073494|2148073520)(?![0-9])',
    WAM_DECIMAL),
  codeTable('signin-ui-wam-hex', 'token', 2, `${BEFORE}(?:0x)?(8086000[5679ABCF]|80860010|CAA10001|CAA2000C|80090016|80090030)${AFTER}`, WAM_HEX),
];

/** Every rule of the sign-in experience's own texts (patterns.ts). */
export const SIGNIN_UI_VOCABULARY_RULES: readonly Rule[] = [
  ...CONDITIONAL_ACCESS, ...MFA, ...CONSENT, ...ACCOUNT, ...WRONG_PLACE, ...OFFICE, ...WAM, ...CODES,
];
