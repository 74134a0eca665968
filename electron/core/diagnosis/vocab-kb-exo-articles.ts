/**
 * What Microsoft's Exchange Online support articles quote when mail through Microsoft 365, or the admin's Exchange
 * Online PowerShell that sets it up, fails (issue 10) — a systematic pass over the articles of MicrosoftDocs/
 * SupportArticles-docs for Exchange Online (folders administration, email-delivery and email-delivery/ndr, send-emails,
 * user-and-shared-mailboxes, move-or-migrate-mailboxes, groups-and-distribution-lists, outlook-issues,
 * outlook-on-the-web-issues, public-folders, calendars, mobile-devices, email-alias, antispam-and-protection …; read from
 * the repository's Exchange/ExchangeOnline folder), cited as their learn.microsoft.com/troubleshoot/exchange/… address.
 * Each message maps to the category of what its article says fixes it. The articles are in English only, so no German.
 *
 * Only messages the decoder did not know (no cause, a guess) or read as another cause than the article's fix are here.
 * The rest of these articles' quotations the decoder already reads as they say (checked with decode()), among them the
 * NDR table of email-delivery/ndr/non-delivery-reports-in-exchange-online, the full 5.1.8 NDR ("you weren't recognized as
 * a valid sender", email-delivery/ndr/fix-error-code-550-5-1-8), 5.7.703 "… blocked by your organization's tenant
 * recipient block policy" (email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750), the restored group's 5.1.10
 * (email-delivery/ndr/email-to-restored-group-fails-with-error), "554 5.2.2 mailbox full; …MapiExceptionNamedPropsQuotaExceeded"
 * (outlook-issues/named-property-quota-exceeded: the recipient's mailbox), the IMAP migration's "TLS negotiation failed …
 * do not possess a common algorithm" (move-or-migrate-mailboxes/mailbox-migration-fails-using-imap), Thunderbird's
 * "<server>.outlook.com is unknown" for the retired regional SMTP host names (send-emails/error-when-connecting-to-exchange-
 * online-via-smtp-client), "MailboxNotEnabledForRESTAPI" (user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-
 * mailbox-error), Connect-IPPSSession's failure with module 3.1.0 (administration/cannot-connect-to-security-compliance-
 * powershell) and "Can't connect to the mailbox of user … ExchangePrincipal object contains outdated information".
 *
 * Not here, because no category names the article's fix: Add-RecipientPermission's "You can't use the domain because it's
 * not an accepted domain for your organization" (NotAcceptedDomainException: add the domain, remove the proxy address or
 * license the user — move-or-migrate-mailboxes/issue-with-add-recipientpermission-cmdlet), "The administrative limit for
 * this request was exceeded." (more than 1266 recipient domains on an outbound connector — email-delivery/administrative-
 * limit-for-this-request-was-exceeded-error), Outlook's "This message could not be sent … Error is [0x80070005-…]" when
 * sending as a group the user may send as (download the offline address book — outlook-issues/this-message-could-not-be-
 * sent-error-when-sending-emails; the decoder's Send As reading stays), "There are multiple recipients matching the
 * identity" (a unique identity), the named-property quota's "Cannot get ID from name." / ErrorQuotaExceeded, "Your server
 * administrator has limited the number of items you can open simultaneously" (public folder mailboxes), the migration and
 * public-folder errors (smtp proxy, ArchiveGuid, hop count, migration batches), "401 Access denied" of Test-OAuthConnectivity
 * (too general a wording), and the OWA, calendar and alias texts.
 */
import { eitherOrder, enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * The Exchange Online PowerShell module's own context: its connect cmdlet, module name and the snap-in class that
 * prints the error (Microsoft.Exchange.Management.ExoPowershellSnapin.GetConnectionContext).
 */
const EXO_CONNECT = '(?:Connect-ExchangeOnline|ExchangeOnlineManagement|ExoPowershellSnapin|GetConnectionContext)';

/**
 * Exchange Online PowerShell cannot connect, or is connected to the wrong place, so the set-up commands do not run.
 * - administration/wam-integration-issues: since module 3.7.0 Connect-ExchangeOnline signs in through the Web Account
 *   Manager; run under RunAs or from a scheduled task "whether user is logged on or not" it fails with "Unexpected Error:
 *   0xffffffff80070520 Context: A specified logon session does not exist. It may already have been terminated." — run it
 *   in the signed-in user's session, use certificate-based authentication for scripts, or -DisableWAM for now. In GDAP
 *   flows (-DelegatedOrganization) the token lacks the role claims: "The role assigned to user '…' isn't supported in
 *   this scenario." — connect with -DisableWAM. The logon-session sentence is Windows' ERROR_NO_SUCH_LOGON_SESSION, met
 *   elsewhere too (vocab-kb-connectivity.ts reads it beside the token broker), so it counts here only beside the module.
 * - user-and-shared-mailboxes/could-not-find-database-running-cmdlets-for-different-region-mailbox: "Couldn't find database
 *   "<database>". Make sure you have typed it correctly." for a mailbox in another region — connect with
 *   ConnectionUri …/powershell-liveid?email=<a mailbox in that region>.
 * - public-folders/mailbox-not-found-local-forest-public-folder: "The mailbox '<GUID>' is not found in the local forest.
 *   Please connect to the right forest by using ConnectionUri …" — the same fix in a multi-geo tenant.
 */
const EXO_SESSION: readonly Rule[] = [
  pattern('kb-exo-wam-logon-session', 'client', 3, [
    ...eitherOrder(phrase('A specified logon session does not exist'), EXO_CONNECT, 600),
  ], [p('exchange_powershell_not_ready', 0.75)]),
  // The module's own line before the broker's answer, "Error Acquiring Token:" then MSAL's runtime broker status ("Unknown Status:
  // Unexpected … Error: 0xffffffff80070520 … Context: (pii)" or "Context: Operation did not start in the allotted time", "WAM
  // Error …"), and MSAL's unknown_broker_error beside the module or Security & Compliance: the module's WAM sign-in failed
  // (T0pCyber/hawk#287 and cisagov/ScubaGear#2040 with ExchangeOnlineManagement 3.7.2's psm1, Azure/azure-powershell#25808 and
  // maester365/maester#875 for Connect-IPPSSession) — as the article above: -DisableWAM, the signed-in user's session, or
  // certificate-based authentication.
  pattern('kb-exo-wam-broker-failed', 'client', 3, [
    `${phrase('Error Acquiring Token:')} ?(?:${phrase('Unknown Status: Unexpected')}|${phrase('WAM Error')})`,
    ...eitherOrder('\\bunknown_broker_error\\b', `(?:${EXO_CONNECT}|Connect-IPPSSession|Security & Compliance)`, 600),
  ], [p('exchange_powershell_not_ready', 0.75)]),
  pattern('kb-exo-wam-gdap-role', 'client', 3, [
    `${phrase('The role assigned to user')} ?'[^'\\n]{1,254}' ?${phrase("isn't supported in this scenario")}`,
  ], [p('exchange_powershell_not_ready', 0.55)]),
  pattern('kb-exo-wrong-forest', 'client', 3, [
    phrase('is not found in the local forest. Please connect to the right forest'),
  ], [p('exchange_powershell_not_ready', 0.6)]),
  pattern('kb-exo-database-other-region', 'client', 3, [
    `${phrase("Couldn't find database")} ?"[^"\\n]{1,128}" ?\\. ?${phrase('Make sure you have typed it correctly')}`,
  ], [p('exchange_powershell_not_ready', 0.5)]),
];

/**
 * SMTP AUTH of a federated user: Exchange Online asks the customer's own federation server (AD FS) to check the password
 * and cannot reach it — "535 5.7.139 Authentication unsuccessful, federated STS service was unreachable."
 * email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off ("federation gateway
 * servers hosted on-premises by customers. We were unable to reach the configured server location"). As
 * vocab-kb-adfs.ts reads AD FS unreachable from the Internet: network_blocked. Silences the generic 5.7.139
 * (patterns-smtp.ts 'smtp-5.7.139', same family, less specific), as the HTTPS variant does (vocab-kb-mailflow.ts).
 */
const FEDERATED_STS: readonly Rule[] = [
  pattern('kb-exo-federated-sts-unreachable', 'smtp-auth', 3, [phrase('federated STS service was unreachable')], [
    p('network_blocked', 0.6), p('smtp_auth_failed_generic', 0.3),
  ]),
];

/**
 * "550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied": Exchange Online forwarded or
 * relayed the message from its relay pool, because the message's SPF/DKIM failed when it entered Microsoft 365, and the
 * downstream gateway refuses mail from that pool. Not a missing sign-in (the relay rule's reading of "Relaying denied"):
 * the fix is the sender's authentication — Enhanced Filtering for Connectors, the sender's domain as an accepted
 * domain, fewer forwarding hops. email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr. Read like the other
 * sender-authentication refusals (5.7.23 SPF, 5.7.509 DMARC): outbound_sender_blocked; the refusing gateway second.
 */
const RELAY_POOL: readonly Rule[] = [
  pattern('kb-exo-5.7.367-relay-pool', 'smtp-submit', 3, [
    `${enhanced('5.7.367')} ?${phrase('Remote server returned not permitted to relay')}`,
    phrase('Remote server returned not permitted to relay'),
  ], [p('outbound_sender_blocked', 0.85), p('recipient_rejected', 0.5)]),
];

/** Every rule from Microsoft's Exchange Online support articles (patterns.ts). */
export const KB_EXO_ARTICLES_VOCABULARY_RULES: readonly Rule[] = [...EXO_SESSION, ...FEDERATED_STS, ...RELAY_POOL];
