/**
 * What Microsoft's Exchange documentation quotes when an app's or a client's mail through Microsoft 365 is refused
 * (issue 10). Source: the MicrosoftDocs/OfficeDocs-Exchange repository, folders Exchange/ExchangeOnline/
 * clients-and-mobile-in-exchange-online, mail-flow-best-practices, recipients-in-exchange-online, mailbox-migration,
 * monitoring, permissions-exo and Exchange/ExchangeServer/clients, cited as their learn.microsoft.com/exchange/… address.
 * Each message maps to the category of what the page says fixes it. Microsoft's German page texts are not in the
 * source, so English only.
 *
 * Only messages the decoder did not know or read as another cause than the page's fix are here. The rest of these pages'
 * messages are read as the pages say already: the NDR table's 5.1.1/5.1.10/5.7.12/5.7.124/5.7.133–136 (recipient),
 * 5.1.8, 5.7.23, 5.7.25, 4.7.26, 5.7.50x/511/606–649/705/708/750 (outbound spam protection), 5.2.2/5.2.121/5.2.122/5.7.508
 * and "the sender's submission quota was exceeded" (limits), 5.7.57 "Client was not authenticated to send anonymous mail
 * during MAIL FROM", 5.7.64 TenantAttribution and 4.4.62 (the relay connector), 5.7.60 "Client does not have permissions
 * to send as this sender" (mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off).
 * The 4.7.500–699/850–899 IP throttling page, 5.6.11 and 5.7.512 are read by patterns-smtp.ts.
 *
 * Not here, because no category names their fix: 5.0.350 "x-dg-ref header is too long" (Rich Text format), 5.4.6/5.4.14
 * "Hop count exceeded - possible mail loop" (routing loop), 5.7.506 "Bad HELO", 5.3.190 journaling, Outlook for iOS's "OfficeImportErrorDomain error 912" (rights-managed attachment preview), and the
 * hybrid Modern Authentication audience error of Exchange Server behind SSL offloading (ExchangeServer/clients/
 * outlook-for-ios-and-android/use-hybrid-modern-auth) — on-premises only.
 */
import { eitherOrder, enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * "550 5.4.1 Relay Access Denied": the server that answers does not accept mail for the recipient's domain — its MX
 * record, accepted domain or hybrid connectors are wrong, or a DNS change has not spread yet; the NDR's user text adds
 * "The outbound connection attempt was not answered because either the remote system was busy or it was unable to take
 * delivery of the message". The fix is on the recipient domain's side, not the sender's sign-in.
 * learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online
 * Other servers' "Relay access denied" (no 5.4.1: a client that did not sign in) stays the relay rule's (patterns-smtp.ts
 * 'smtp-relay-denied'); that stays the second cause here too.
 */
const RELAY_541: readonly Rule[] = [
  pattern('kb-exo-5.4.1-relay-access-denied', 'smtp-submit', 3, [
    `${enhanced('5.4.1')} ?${phrase('Relay Access Denied')}`,
    `${phrase('Relay Access Denied')}[^]{0,20}?${phrase('The outbound connection attempt was not answered')}`,
  ], [p('recipient_rejected', 0.88)]),
];

/**
 * "550 5.1.0 … Recipient address rejected: SPF Permanent Error": the sending domain's SPF record is incomplete and does
 * not list every source of its mail (the admin's fix on the page; the user's is the recipient's block list).
 * learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-0-in-exchange-online
 * "Recipient address rejected" alone reads as the recipient (patterns-smtp.ts 'smtp-recipient-rejected'): that stays second.
 */
const SPF_PERMANENT: readonly Rule[] = [
  pattern('kb-exo-spf-permanent-error', 'smtp-submit', 3, [phrase('SPF Permanent Error')], [p('outbound_sender_blocked', 0.9)]),
];

/**
 * Exchange Online's answer when an authentication policy blocks Basic authentication for the user and protocol (EWS,
 * ActiveSync, MAPI, Autodiscover …): "401 Unauthorized" with an empty Basic realm and nothing else. The page's fix is
 * modern authentication (OAuth) instead of the password, or the authentication policy.
 * learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/disable-basic-authentication-in-exchange-online
 * Counted only with Exchange's own front-end headers near the empty realm, not for any web server's 401.
 */
const BASIC_AUTH_POLICY: readonly Rule[] = [
  pattern('kb-exo-auth-policy-basic-401', 'graph', 3, [
    ...eitherOrder('(?:X-BackEndHttpStatus|X-FEServer|X-CalculatedBETarget)', 'WWW-Authenticate: ?Basic Realm=""', 800),
  ], [p('basic_auth_used', 0.7)]),
];

/**
 * Test-OAuthConnectivity (Exchange hybrid's OAuth check) failing with "401 Access denied": the Exchange Online service
 * principal lacks the service principal name (SPN) that OAuth to the on-premises side needs, or the user is not synchronized;
 * the fix adds the SPN (support.microsoft.com/kb/3090197). Only with the cmdlet's name near the 401.
 */
const OAUTH_CONNECTIVITY: readonly Rule[] = [
  pattern('kb-exo-test-oauth-401', 'client', 2, [...eitherOrder('Test-OAuthConnectivity', '\\b401\\b', 300)], [
    p('service_principal_missing_or_wrong_id', 0.6), p('wrong_tenant_or_app', 0.3),
  ]),
];

/** Every rule from Microsoft's Exchange documentation pages (patterns.ts). */
export const KB_EXCHANGE_DOCS_VOCABULARY_RULES: readonly Rule[] = [
  ...RELAY_541, ...SPF_PERMANENT, ...BASIC_AUTH_POLICY, ...OAUTH_CONNECTIVITY,
];
