/**
 * What Microsoft's own support articles for Microsoft 365 administration quote when an admin sets up mail with OAuth for
 * an app and meets licences, mailboxes, directory synchronization, domains or groups (issue 10). Source:
 * MicrosoftDocs/OfficeDocs-Support, folders Microsoft365/admin/licensing, active-directory, administration, miscellaneous,
 * domain-management, groups, group-policy, diagnostic-logs, installation, updates and
 * Exchange/ExchangeOnline/groups-and-distribution-lists, cited as their learn.microsoft.com/troubleshoot/… address. Each
 * message maps to the category of the fix the article gives. The articles are in English only here (the repository
 * holds no translations), so no German rows.
 *
 * Already read as the articles say (no rule here): "AADSTS65005: The client application has requested access to
 * resource. This request has failed because the client has not specified this resource in its requiredResourceAccess
 * list" — register the app with the right API permissions (aadsts-codes.ts; microsoft-365/admin/active-directory/
 * aadsts65005-error-when-sign-in-cloud), and "Sorry, that didn't work. This doesn't look like a valid user ID …" — the
 * user's UPN in Microsoft Entra ID is not the one typed, until directory synchronization brings the on-premises UPN
 * (wrong account; microsoft-365/admin/active-directory/this-doesnt-look-like-valid-user-id-error).
 *
 * Not here, because no category names the article's fix: Connect-MsolService's "Exception of type
 * 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException' was thrown" (client readiness or single sign-on
 * with AD FS; with 0x800488EE: restart the Microsoft Online Services Sign-In Assistant — active-directory/
 * connect-msoservice-throw-exception, connect-error-0x800488ee), the Exchange admin center's "You don't have sufficient
 * permissions. This operation can only be performed by a manager of the group." (the admin is not in the group's
 * ManagedBy; -BypassSecurityGroupManagerCheck — groups-and-distribution-lists/no-sufficient-permissions-moving-dg), the
 * password reset's "A user with this name could not be found. They may have been deleted." (set the UPN to the default
 * domain and back — administration/user-found-error-fails-resetting-password), the sync server's event 6900 "Password
 * Synchronization has not been activated for this company" (Error Code: 90; enable password hash sync in Microsoft Entra
 * Connect — active-directory/password-synchronization-not-activated), directory synchronization's
 * AttributeValueMustBeUnique / InvalidSoftMatch "Unable to update this object because the following attributes …"
 * (duplicate UPN or proxy address on premises — active-directory/duplicate-attributes-prevent-dirsync) and "This version
 * of the Microsoft Online Services Directory Sync tool is no longer supported" (directory-sync-tool-not-sync-object),
 * "There was a problem adding one or more people to the group" (a mail contact in the way of a guest —
 * groups-and-distribution-lists/problem-adding-guest-user-to-group), "Cannot determine group type" (a room list made with
 * Set-DistributionGroup -RoomList), "Sorry! We can't process your request. Your session is invalid or expired." (MFA
 * security verification page), the domain pages ("Can't verify domain", "Number of unverified domains exceeded",
 * "Unable to remove domain", "You currently have no licenses …"), Office Mobile's "Can't Verify Subscription" / "No
 * Subscription Found", the Office installation and update errors (30050-1039, 30016-4, "Application cannot be started").
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * The Microsoft 365 admin center's Users page: mailboxes created in the Exchange admin center or Exchange Online
 * PowerShell have no licence; without one within 30 days the mailbox is deleted (and cannot be signed in to or sent
 * from). Fix: assign an Exchange Online licence ("Unlicensed users" view → Edit → Assign licenses). No licence, hence
 * no mailbox to open — as the decoder reads EWS's ErrorInvalidLicense (vocab-ews-codes.ts).
 * learn.microsoft.com/troubleshoot/microsoft-365/admin/licensing/license-issue-when-retain-online-mailbox
 */
const MAILBOX_WITHOUT_LICENCE: readonly Rule[] = [
  pattern('kb-m365-licence-retain-mailbox', 'product', 3, [
    phrase('need an assigned license in order to retain an Exchange Online mailbox'),
    phrase('Users with mailboxes and no licenses'),
  ], [p('imap_disabled_or_not_connected', 0.6)]),
];

/**
 * The NDR "smtp; 550 SPF MAIL FROM check failed (PermError)" when mail is sent from a domain set up for full
 * redelegation (its NS records point to Microsoft 365): the domain's name servers and TXT (SPF) record must be
 * Microsoft 365's ("v=spf1 include:outlook.com ~all"; wait 72 hours after the redelegation). The sending domain's SPF
 * — the catalogue's SPF/DKIM/DMARC step, as vocab-kb-exchange-docs.ts reads "SPF Permanent Error".
 * learn.microsoft.com/troubleshoot/microsoft-365/admin/administration/send-email-full-redelegation-domain
 */
const SPF_REDELEGATION: readonly Rule[] = [
  pattern('kb-m365-spf-mail-from-permerror', 'smtp-submit', 3, [
    `${phrase('SPF MAIL FROM check failed')}(?: ?\\(${phrase('PermError')}\\))?`,
  ], [p('outbound_sender_blocked', 0.85)]),
];

/** Every rule from Microsoft's Microsoft 365 administration support articles (patterns.ts). */
export const KB_M365_ADMIN_VOCABULARY_RULES: readonly Rule[] = [...MAILBOX_WITHOUT_LICENCE, ...SPF_REDELEGATION];
