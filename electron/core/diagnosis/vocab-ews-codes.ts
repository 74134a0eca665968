/**
 * Exchange's response codes as EWS and Microsoft Graph's mail API return them ("code": "ErrorQuotaExceeded", EWS
 * <ResponseCode>), beyond those patterns-graph.ts already knows. Meanings from the EWS ServiceError enumeration as the
 * EWS JavaScript API carries it with Microsoft's descriptions (gautamsi/ews-javascript-api
 * src/js/Enumerations/ServiceError.ts; the same list as learn.microsoft.com/exchange/client-developer/
 * web-service-reference/responsecode). ErrorInvalidUser is Graph's ("The requested user '<address>' is invalid."):
 * the address is no mailbox of the tenant — a personal Microsoft account, or a primary address of another domain
 * (microsoftgraph/aspnet-snippets-sample#25, InnoGE/laravel-msgraph-mail#16).
 * ErrorInvalidRecipients ("At least one recipient isn't valid.") is the recipient side (recipient_rejected); ErrorQuotaExceeded
 * (mailbox full) has no category of ours: left out.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

const NO_MAILBOX: CodeEntry = { proposals: [p('imap_disabled_or_not_connected', 0.55), p('wrong_tenant_or_app', 0.4)] };
const INVALID_USER: CodeEntry = { proposals: [p('wrong_tenant_or_app', 0.5), p('imap_disabled_or_not_connected', 0.4)] };
const NO_LICENCE: CodeEntry = { proposals: [p('imap_disabled_or_not_connected', 0.55)] };
const TRY_LATER: CodeEntry = { proposals: [p('throttled', 0.5)], family: 'throttle' };
const NOT_IN_STORE: CodeEntry = { proposals: [p('mailbox_permission_missing', 0.4), p('imap_disabled_or_not_connected', 0.3)] };
/** The request reached no server of the mailbox: it names no mailbox to act for (impersonation, X-AnchorMailbox). */
const NO_ROUTE: CodeEntry = { proposals: [p('mailbox_permission_missing', 0.5), p('unexpected_server_reply', 0.35)] };
/** Busy, too many connections, or a sending limit reached. */
const THROTTLED: CodeEntry = { proposals: [p('throttled', 0.8)], family: 'throttle' };
/** Outlook.com's abuse protection (WASCL) blocked the consumer mailbox or the message as spam. */
const CONSUMER_BLOCKED: CodeEntry = { proposals: [p('outbound_sender_blocked', 0.75)], family: 'smtp-submit' };

const EWS_CODES: Readonly<Record<string, CodeEntry>> = {
  ERRORINVALIDUSER: INVALID_USER,
  ERRORINVALIDRECIPIENTS: { proposals: [p('recipient_rejected', 0.75)], family: 'smtp-submit' }, // "At least one recipient isn't valid."
  ERRORNONEXISTENTMAILBOX: NO_MAILBOX, // "Mailbox does not exist."
  ERRORINVALIDLICENSE: NO_LICENCE, // "User doesn't have a valid license."
  ERRORMAILBOXCONFIGURATION: { proposals: [p('imap_disabled_or_not_connected', 0.45), p('mailbox_permission_missing', 0.4)] }, // "Unable to access an account or mailbox."
  ERRORACCOUNTDISABLED: { proposals: [p('security_policy_blocks', 0.7)] }, // "Account is disabled. Contact the account administrator."
  ERRORIMPERSONATIONFAILED: { proposals: [p('mailbox_permission_missing', 0.5)] }, // "Impersonation failed."
  // "The specified object was not found in the store." — for a mailbox's own folders ("Default folder Root not found") the
  // signed-in account has no delegated access to the mailbox, or the account has no mailbox (Zammad's admin documentation,
  // channels/microsoft365-graph/common-errors.rst). A message or folder id that no longer exists says the same: weights stay low.
  ERRORITEMNOTFOUND: NOT_IN_STORE,
  // "The specified folder could not be found in the store." — Microsoft's "Handling delegation-related errors in EWS in Exchange"
  // (learn.microsoft.com/exchange/client-developer/exchange-web-services/handling-delegation-related-errors-in-ews-in-exchange)
  // lists ErrorFolderNotFound beside ErrorItemNotFound: "a mailbox, folder, or item that you do not have access to".
  ERRORFOLDERNOTFOUND: NOT_IN_STORE,
  ERRORSERVERBUSY: THROTTLED, // "The server cannot service this request right now. Try again later."
  ERROREXCEEDEDCONNECTIONCOUNT: THROTTLED, // "You have exceeded the available concurrent connections …"
  ERRORMAILBOXSTOREUNAVAILABLE: TRY_LATER, // "The mailbox database is temporarily unavailable."
  ERRORMAILBOXMOVEINPROGRESS: TRY_LATER, // "Mailbox move in progress. Try again later."
  ERRORINTERNALSERVERTRANSIENTERROR: TRY_LATER, // "An internal server error occurred. Try again later."
  // "An internal server error occurred. The operation failed." — the server's own failure (not transient by its name).
  ERRORINTERNALSERVERERROR: { proposals: [p('unexpected_server_reply', 0.5), p('throttled', 0.3)] },
  ERRORINSUFFICIENTRESOURCES: TRY_LATER, // "Resources are unavailable. Try again later."
  ERRORCONNECTIONFAILED: { proposals: [p('throttled', 0.4), p('network_blocked', 0.35)] }, // "Connection did not succeed. Try again later."
  ERROREXCEEDEDMESSAGELIMIT: THROTTLED,
  ERROREXCEEDEDMAXRECIPIENTLIMIT: THROTTLED,
  ERROREXCEEDEDMAXRECIPIENTLIMITBLOCK: THROTTLED,
  ERRORMESSAGESUBMISSIONBLOCKED: CONSUMER_BLOCKED,
  ERRORACCOUNTSUSPEND: CONSUMER_BLOCKED,
  ERRORMESSAGEBLOCKED: CONSUMER_BLOCKED,
  // "The x-anchor mailbox '…' does not match the target of the request." (Microsoft 365 Developer Blog, "Error improvement for
  // invalid X-AnchorMailbox in REST API calls"): the app routes its request by a mailbox other than the one the URL names — a
  // request the app builds wrong, not a right missing.
  ERRORINCORRECTROUTINGHINT: { proposals: [p('unexpected_server_reply', 0.5), p('mailbox_permission_missing', 0.3)] },
  // "Exchange Web Services are not currently available for this request because none of the Client Access Servers in the
  // destination site could process the request.": Exchange could not route the request to the mailbox's server — the request
  // names no mailbox to act for. Fixed by the X-AnchorMailbox header (ecederstrand/exchangelib#635, jamesiarmes/php-ews#522) and,
  // with an app-only token, by impersonating the mailbox (OfficeDev/ews-java-api#289).
  ERRORNORESPONDINGCASINDESTINATIONSITE: NO_ROUTE,
};

/** Every EWS/Graph response code rule (patterns.ts). */
export const EWS_CODE_RULES: readonly Rule[] = [
  codeTable('ews', 'graph', 3, `\\b(${Object.keys(EWS_CODES).map((c) => `Error${c.slice(5)}`).join('|')})\\b`, EWS_CODES),
  // The same messages without their code.
  pattern('ews-invalid-user-message', 'graph', 3, ["The requested user '[^'\\s]{1,255}' is invalid"], INVALID_USER.proposals),
  pattern('ews-no-licence-message', 'graph', 3, [phrase("User doesn't have a valid license")], NO_LICENCE.proposals),
  pattern('ews-default-folder-message', 'graph', 2, ['\\bDefault folder [A-Za-z]{1,40} not found\\b'], NOT_IN_STORE.proposals),
  // ErrorItemNotFound's message without the code, as Graph, EWS and the Power Platform's Office 365 connectors print it.
  pattern('ews-not-in-store-message', 'graph', 2, [
    phrase('Specified object was not found in the store'), phrase('specified folder could not be found in the store'),
  ], NOT_IN_STORE.proposals),
  pattern('ews-no-route-message', 'graph', 3, [phrase('none of the Client Access Servers in the destination site could process the request')], NO_ROUTE.proposals),
  pattern('ews-try-later-message', 'throttle', 2, [
    phrase('The mailbox database is temporarily unavailable'), phrase('Mailbox move in progress. Try again later'),
  ], TRY_LATER.proposals),
];
