/**
 * Dynamics 365 / Dataverse mail (server-side synchronization, the Dynamics 365 App for Outlook, signing in to Dynamics
 * 365) as Microsoft's support articles quote it (issue 10), beyond what vocab-cloud-services.ts (DYNAMICS_SSS) and
 * vocab-saas-c.ts (DYNAMICS_SSS_MORE) already read. Source: MicrosoftDocs/SupportArticles-docs, folders
 * support/power-platform/dataverse/email-exchange-synchronization/, support/power-platform/dataverse/d365-app-outlook/
 * and the older copies under support/dynamics-365/sales/, each cited by its published learn.microsoft.com/troubleshoot/…
 * address. Each message maps to the category of the fix the article gives. The articles quote the English alerts only,
 * so English only.
 *
 * Already read right by other files (no rule here): Test & Enable codes 8005E272/3/4/6, MailboxNotEnabledForRESTAPI,
 * "Web server returned ConnectFailure exception", "Socket returned exception TimedOut", "… HostNotFound", "You cannot send
 * email as the selected user", "The account does not have permission to impersonate the requested user", "The mailbox
 * location could not be determined …", "Http server returned 401 Unauthorized exception", NoUserFoundWithGivenClaims,
 * "… requires an approval by an Office 365 administrator", IncomingEmailS2SApprovalNeeded, ErrorSubmissionQuotaExceeded,
 * ErrorMailboxStoreUnavailable, "The credentials specified in the associated email server profile are incorrect …".
 *
 * Not here — the cause lies inside Dynamics and no category names its fix: 8005E259, "A failure occurred in CrmSecurity"
 * (its log's UPN sentence is read below), MailboxDisabled, InvalidIncomingEmailServerProfile, InvalidSender /
 * InvalidForwardMailItem, UnknownIncomingEmailIntegrationError (but -2147209462, below) -2147220956 / -2147220970 /
 * -2147218677 / -2147220192 / -2147167669, "Exchange.server returned 383 error" (a time zone),
 * "Appointments can't be synchronized because the Organizer field isn't present", the mailbox "configured with another
 * organization"; the App for Outlook's browser-side errors ("Sorry, the authentication was not successful", "Something
 * went wrong during sign-in", "We're unable to connect to your Microsoft Dynamics 365 server" / "Client loader timeout":
 * Internet Explorer zones, cache or storage limits). Power Automate: connections/unable-send-smtp-email.md quotes no error
 * text; approvals/guest-approval-email-error.md ("The remote endpoint returned an error HTTP 403. Please try again later."
 * for a guest — answer in the portal) has no category.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Mailbox approval (Exchange Online profile, server-to-server authentication): a Microsoft 365 Global or Exchange
 * administrator must approve the mailbox's email address.
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/troubleshooting-monitoring-server-side-synchronization
 * ("Email address requires approval by Microsoft 365 administrator", "Email addresses must be approved");
 * …/dynamics-365/sales/alerts-about-mailbox-requires-approval-by-office-365-administrator (the mailbox record's notification);
 * …/power-platform/dataverse/email-exchange-synchronization/a-failure-occurred-crmsecurity (Approve Email by a user without
 * the Global/Exchange Administrator role: the log's CrmException);
 * …/power-platform/dataverse/d365-app-outlook/error-install-dynamics-365-app-outlook (IncomingEmailRejected: not approved,
 * or the mailbox is linked to another organization).
 */
const APPROVAL: readonly Rule[] = [
  pattern('kb-dataverse-approval-m365-admin', 'product', 3, [
    `${phrase('requires an approval by a')} ?(?:Office|Microsoft) ?365 ?${phrase('administrator')}`,
    `${phrase('is approved by an')} ?(?:Office|Microsoft) ?365 ?${phrase('administrator')}`,
    phrase("have been disabled for sending/receiving email because their email addresses haven't been approved"),
  ], [p('consent_missing', 0.6), p('mailbox_permission_missing', 0.25)]),
  pattern('kb-dataverse-approver-not-admin', 'product', 3, [
    `${phrase("doesn't match with UPN.")}[^\\n]{0,255}?${phrase('should be a global administrator to approve mailbox')}`,
  ], [p('consent_missing', 0.55), p('mailbox_permission_missing', 0.2)]),
  pattern('kb-dataverse-incoming-rejected', 'product', 2, ['\\bIncomingEmailRejected\\b'], [
    p('consent_missing', 0.45), p('wrong_tenant_or_app', 0.25),
  ]),
];

/**
 * Exchange on-premises with credentials in the email server profile: the profile's account has no impersonation
 * (ApplicationImpersonation) right on the mailbox. The EWS sentence in the details is read elsewhere; the alert's own is here.
 * learn.microsoft.com/troubleshoot/dynamics-365/sales/an-impersonation-error-occurred-when-connecting-dynamics-365-to-exchange
 */
const IMPERSONATION: readonly Rule[] = [
  pattern('kb-dataverse-impersonation-error', 'product', 3, [phrase('An impersonation error occurred in accessing the mailbox')], [
    p('mailbox_permission_missing', 0.7),
  ]),
];

/**
 * The older Dynamics CRM E-mail Router's access test against Exchange: "the remote Microsoft Exchange e-mail server returned the
 * error "(401) Unauthorized". Verify that you have permission to connect to the mailbox." The router's account reaches the
 * server but not that mailbox — Microsoft's E-mail Router guide (docs.microsoft.com/previous-versions/hh367403): "If you use
 * access credentials that are valid for the e-mail server but not for a particular mailbox, a "401 access denied" error is
 * generated when you test access"; the fix is full access to the mailbox. French as KB 2003033 (support.microsoft.com/kb/2003033/fr)
 * quotes it; the English sentence is that article's, as remembered (not confirmed against a stored copy).
 */
/**
 * The Dynamics user or team that owns the mailbox record lacks the privileges server-side synchronization needs — the nearest
 * of our causes is a right on the mailbox missing (the fix is a Dynamics security role, which the mailbox permission's steps do
 * not name; hence below 0.6):
 * - "Email Server Error Code: UserPrivilegeError" (learn.microsoft.com/troubleshoot/power-platform/dataverse/
 *   email-exchange-synchronization/an-internal-dynamics-365-error: correct the owner, give a role with the privileges);
 * - "UnknownIncomingEmailIntegrationError -2147209462" (…/error-2147209462-logged-mailbox-record: a queue owned by a team with
 *   no security role).
 */
const OWNER_PRIVILEGES: readonly Rule[] = [
  pattern('kb-dataverse-user-privilege', 'product', 3, [
    `${phrase('Email Server Error Code:')} ?UserPrivilegeError\\b`, '\\bCrm\\.80048306\\b',
  ], [
    p('mailbox_permission_missing', 0.55),
  ]),
  pattern('kb-dataverse-queue-owner-role', 'product', 3, [`UnknownIncomingEmailIntegrationError ?-2147209462\\b`], [
    p('mailbox_permission_missing', 0.5),
  ]),
];

const EMAIL_ROUTER: readonly Rule[] = [
  pattern('kb-crm-email-router-mailbox-401', 'product', 3, [
    phrase('Verify that you have permission to connect to the mailbox'),
    phrase('Vérifiez que vous êtes autorisé à vous connecter à la boîte aux lettres'),
  ], [p('mailbox_permission_missing', 0.7), p('not_authenticated', 0.25)]),
];

/**
 * Signing in to Dynamics 365 or its App for Outlook: the user is not a member of the environment's security group.
 * The fix is the membership (or the environment's security group), i.e. the user is not assigned.
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/error-when-signing-dynamics-365
 */
const SIGN_IN: readonly Rule[] = [
  pattern('kb-dataverse-not-member', 'entra-ui', 3, [
    `${phrase('You are not part of this organization.')} ?${phrase('Please contact your administrator')}`,
    `${phrase('do not belong to the organization')}[^\\n]{0,255}?${phrase('Verify the organization name and try to sign in again')}`,
    phrase('You have signed in with a user ID that cannot log into Dynamics 365'),
    phrase('no instances found for this user ID'),
  ], [p('user_not_assigned', 0.65)]),
  // "Your account has been disabled": the same article's cause (not in the security group), but the words also fit a
  // disabled user — the runner-up is a blocked account.
  pattern('kb-dataverse-account-disabled', 'entra-ui', 3, [
    phrase('is disabled, and you no longer have the privilege to access this organization'),
  ], [p('user_not_assigned', 0.55), p('security_policy_blocks', 0.35)]),
  pattern('kb-dataverse-invalid-user-authorization', 'entra-ui', 2, [
    `${phrase('Invalid User Authorization')}\\s{0,4}${phrase('The user authentication passed to the platform is not valid')}`,
  ], [p('user_not_assigned', 0.5), p('wrong_tenant_or_app', 0.3)]),
];

/**
 * Dynamics 365 App for Outlook opened with a mailbox whose primary SMTP address is not the Dynamics user's address:
 * sign in with the right account, or make the addresses match.
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/d365-app-outlook/trying-to-access-dynamics-365-app-for-outlook-from-email-do-not-recognize-error
 */
const OUTLOOK_APP: readonly Rule[] = [
  pattern('kb-dataverse-outlook-app-address-unknown', 'product', 3, [
    phrase("trying to access the Microsoft Dynamics 365 App for Outlook from an email address that we don't recognize"),
  ], [p('wrong_tenant_or_app', 0.6)]),
];

/**
 * Exchange answered server-side synchronization with a temporary error (503, an internal transient error): the articles
 * say to wait for the next cycle (about 15 minutes) and only then look further — a wait, as for throttling.
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/an-error-occurred-while-synchronizing-item
 * ErrorQuotaExceeded with Exchange's 403: a quota or sending limit of Exchange Online; the alert's first sentence blames
 * the credentials (vocab-cloud-services.ts 'dynamics-mailbox-credentials'), the code decides.
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/errorquotaexceeded-exchange-server-returned-403-error
 */
const TRANSIENT: readonly Rule[] = [
  pattern('kb-dataverse-exchange-transient', 'product', 2, [
    phrase('Http server returned ServiceUnavailable exception'),
    '\\bErrorInternalServerTransientError\\b',
    '\\bIncomingMailboxInternalCrmError\\b',
  ], [p('throttled', 0.5), p('unexpected_server_reply', 0.25)]),
  pattern('kb-dataverse-quota-exceeded-403', 'product', 3, [
    `\\bErrorQuotaExceeded\\b\\.? ?${phrase('Exchange.server returned 403 error')}`,
  ], [p('throttled', 0.6)]),
];

/** Every rule of this vocabulary (patterns.ts). */
export const KB_DATAVERSE_VOCABULARY_RULES: readonly Rule[] = [
  ...APPROVAL, ...IMPERSONATION, ...OWNER_PRIVILEGES, ...EMAIL_ROUTER, ...SIGN_IN, ...OUTLOOK_APP, ...TRANSIENT,
];
