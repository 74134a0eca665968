/**
 * What Microsoft's own support articles quote when an admin sets up mail with OAuth for an app and meets Exchange Online
 * PowerShell errors or the sign-in pages of Microsoft 365 (issue 10). Source: the articles of MicrosoftDocs/OfficeDocs-Support
 * (folders Exchange/ExchangeOnline/administration, Exchange/ExchangeOnline/user-and-shared-mailboxes, Microsoft365/admin/sign-in,
 * Microsoft365/admin/authentication, Microsoft365/admin/access-management), each cited as its learn.microsoft.com page. Each
 * message is the article's own quotation, mapped to the category of what the article says fixes it.
 *
 * Not here, because the decoder already names the article's fix: "[outlook.office365.com] Connecting to remote server failed …
 * Access is denied" and "… Bad Request" (administration/access-denied-connect-powershell, bad-request-error-when-connecting-to-
 * exchange-online-powershell: patterns-powershell.ts), "The WinRM client cannot process the request because the server name
 * cannot be resolved" (administration/winrm-cannot-process-request), "It looks like your account has been blocked", the AADSTS
 * codes these articles quote (AADSTS7000112, 135011, 50155: aadsts-codes.ts), "We couldn't connect to one of the services we
 * needed to sign you in … 0xCAA70007" (authentication/connection-issue-when-sign-in-office-2016), and "REST API is not yet
 * supported for this mailbox" (user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error).
 * Left out for want of a category: the AD FS (federation) pages and codes ("There was a problem accessing the site",
 * "An error occurred. Contact your administrator", "Sorry, but we're having trouble signing you in … 80048163 / 8004789A /
 * 80041317 / 80043431", "We're having trouble locating your account"), the MFA verification pages ("We did not receive the
 * expected response", "We didn't receive a response", "Sorry, our account verification system is having trouble", "Your session
 * is invalid or expired" — their fixes are in other knowledge-base articles), "We could not verify your account" (admin
 * password reset), "Can't remove the access control entry … because the ACE doesn't exist on the object" (Office 365
 * dedicated/ITAR), the kiosk licence's "You don't have permissions to update the options you specified". The articles are in
 * English only here (the repository holds no translations), so no German rows.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange Online PowerShell, as the articles quote it.
 * - learn.microsoft.com/troubleshoot/exchange/administration/cannot-connect-to-security-compliance-powershell: Connect-IPPSSession
 *   of ExchangeOnlineManagement 3.1.0 fails with "Connecting to remote server <name>.ps.compliance.protection.outlook.com failed
 *   with the following error message: For more information, see the about_Remote_Troubleshooting Help topic." — update the module.
 *   The same sentence names the endpoint without the tenant's prefix, and the older Exchange Online Protection endpoint
 *   ps.protection.outlook.com (the remote PowerShell the ExchangeOnlineManagement module replaced; microsoft/vscode#40306 with
 *   "Access is denied" after it: the session, not the network).
 * - learn.microsoft.com/troubleshoot/exchange/administration/invalidshellid-error-in-rps: "Processing data for a remote command
 *   failed with the following error message:" — the back-end server left rotation; connect again (a reason after it decides).
 * - learn.microsoft.com/troubleshoot/exchange/administration/data-in-the-command-exceeded-the-maximum-permitted-error: Get-Mailbox
 *   -ResultSize Unlimited (then Get-MailboxPermission per mailbox) fetching too much in one session: run it on the server and
 *   pause between the commands "to prevent throttling". No category says exactly that; throttled is the nearest.
 * - learn.microsoft.com/troubleshoot/exchange/user-and-shared-mailboxes/cannot-connect-to-the-mailbox-error-when-running-search-mailbox
 *   (and could-not-find-database-running-cmdlets-for-different-region-mailbox): "Can't connect to the mailbox of user Mailbox
 *   database guid <GUID> because the ExchangePrincipal object contains outdated information." — the cmdlet runs against a mailbox
 *   in another region; connect the session to that region (ConnectionUri …?email=<mailbox there>). Not a network failure.
 */
const EXO_POWERSHELL: readonly Rule[] = [
  pattern('kb-scc-remote-server-failed', 'client', 3, [
    `${phrase('Connecting to remote server')} ?(?:[A-Za-z0-9.-]{1,120}\\.)?ps\\.(?:compliance\\.)?protection\\.outlook\\.com ?${phrase('failed')}`,
  ], [p('exchange_powershell_not_ready', 0.75)]),
  pattern('kb-rps-processing-data-failed', 'client', 2, [phrase('Processing data for a remote command failed with the following error message')], [
    p('exchange_powershell_not_ready', 0.6),
  ], { yieldsTo: ['tls', 'sign-in'] }),
  pattern('kb-rps-data-exceeded', 'client', 3, [phrase('The data in the command exceeded the maximum permitted by the session configuration')], [
    p('throttled', 0.5), p('exchange_powershell_not_ready', 0.35),
  ]),
  pattern('kb-exchangeprincipal-outdated', 'client', 3, [phrase('because the ExchangePrincipal object contains outdated information')], [
    p('exchange_powershell_not_ready', 0.85),
  ]),
];

/**
 * The Microsoft 365 sign-in page and admin tools, as the articles quote them.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/access-management/account-blocked-error-when-sign-in: "Your account has
 *   been locked. Contact your support person to unlock it, then try again." — unblock sign-in (Active users → Unblock sign-in),
 *   reset the password.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/access-management/connect-msolservice-office-365-azure: "Connect-MsolService :
 *   The user name or password is incorrect. Verify your user name, and then type your password again."
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/access-management/error-run-remote-connectivity-analyze: "To authenticate to
 *   Microsoft 365, you must enter your Microsoft account. This is your User Principal Name …" — wrong user name, expired password,
 *   account not activated.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/access-management/error-run-office-365-desktop-setup-tool: "Application
 *   configuration incomplete. The information required to configure your computer for Microsoft 365 could not be downloaded." —
 *   wrong credentials were entered.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/sign-in/cannot-sign-in-to-office-365: "We don't recognize this user ID or
 *   password" — the user ID or password is wrong.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/sign-in/sign-in-to-office-365-azure-intune: "You've tried to sign in too
 *   many times with an incorrect user ID or password." (locked out after 10 wrong passwords: update the password on every device,
 *   or reset it) and "Sorry, that didn't work. This doesn't look like a valid user ID." (type the user ID the organization assigned,
 *   someone@example.com).
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/sign-in/we-are-having-trouble-signing-you-in-error: "You're currently
 *   signed in with a Microsoft account as <>, but that account can't be used with Outlook Web App." — a personal Microsoft
 *   account instead of the organization's.
 * - learn.microsoft.com/troubleshoot/microsoft-365/admin/access-management/error-135011-activate-m365-apps: "Your organization has
 *   disabled this device." — an admin enables the device in Microsoft Entra ID → Devices (or it is registered again).
 * The page's words about a wrong user ID or password give way to an AADSTS code beside them (`yieldsTo`): the code is precise.
 */
const SIGN_IN_PAGES: readonly Rule[] = [
  // German as the Entra/B2C page strings' German translation words it (azure-docs.de-de active-directory-b2c/localization-string-ids.md).
  pattern('kb-account-locked', 'entra-ui', 3, [
    phrase('Your account has been locked. Contact your support person to unlock it'),
    `${phrase('Ihr Konto wurde gesperrt.')} ?${phrase('Wenden Sie sich an einen Supportmitarbeiter')}`,
  ], [
    p('security_policy_blocks', 0.8),
  ]),
  pattern('kb-msol-wrong-password', 'entra-ui', 3, [phrase('The user name or password is incorrect. Verify your user name, and then type your password again')], [
    p('not_authenticated', 0.65),
  ], { yieldsTo: ['sign-in'] }),
  pattern('kb-rca-enter-upn', 'entra-ui', 3, [phrase('To authenticate to Microsoft 365, you must enter your Microsoft account')], [
    p('not_authenticated', 0.6), p('wrong_tenant_or_app', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('kb-desktop-setup-incomplete', 'entra-ui', 3, [
    `${phrase('Application configuration incomplete.')} ?${phrase('The information required to configure your computer for')}`,
  ], [p('not_authenticated', 0.55)]),
  pattern('kb-user-id-not-recognized', 'entra-ui', 3, [phrase("We don't recognize this user ID or password")], [
    p('not_authenticated', 0.7),
  ], { yieldsTo: ['sign-in'] }),
  pattern('kb-too-many-attempts', 'entra-ui', 3, [phrase("You've tried to sign in too many times with an incorrect user ID or password")], [
    p('not_authenticated', 0.6), p('security_policy_blocks', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  pattern('kb-invalid-user-id', 'entra-ui', 3, [phrase("This doesn't look like a valid user ID")], [
    p('wrong_tenant_or_app', 0.55), p('not_authenticated', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  pattern('kb-msa-not-for-owa', 'entra-ui', 3, [phrase("but that account can't be used with Outlook Web App")], [p('wrong_tenant_or_app', 0.8)]),
  pattern('kb-device-disabled', 'entra-ui', 3, [phrase('Your organization has disabled this device')], [p('security_policy_blocks', 0.7)]),
];

/** Every rule from Microsoft's support articles on Exchange Online administration and Microsoft 365 sign-in (patterns.ts). */
export const KB_ADMIN_SIGNIN_VOCABULARY_RULES: readonly Rule[] = [...EXO_POWERSHELL, ...SIGN_IN_PAGES];
