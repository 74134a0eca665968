/**
 * Microsoft Graph error codes (the "code" of an OData error body, M365-REFERENCE §3.14) → categories.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

const GRAPH_CODES: Readonly<Record<string, CodeEntry>> = {
  AUTHORIZATION_REQUESTDENIED: { proposals: [p('consent_missing', 0.55)] },
  INVALIDAUTHENTICATIONTOKEN: { proposals: [p('token_expired_or_invalid', 0.8)] },
  REQUEST_RESOURCENOTFOUND: { proposals: [p('service_principal_missing_or_wrong_id', 0.5)] },
  TOOMANYREQUESTS: { proposals: [p('throttled', 0.9)], family: 'throttle' },
  ERRORACCESSDENIED: { proposals: [p('consent_missing', 0.45), p('mailbox_permission_missing', 0.4)] },
  AUTHORIZATION_IDENTITYNOTFOUND: { proposals: [p('wrong_tenant_or_app', 0.6)] },
};

/** Graph error codes as whole words. */
export const GRAPH_RULES: readonly Rule[] = [
  // Graph's messages for the same codes when the code itself is not pasted: ErrorAccessDenied is "Access is
  // denied. Check credentials and try again."; MailboxNotEnabledForRESTAPI is "The mailbox is either inactive,
  // soft-deleted, or is hosted on-premise." — the user has no Exchange Online mailbox/licence
  // (learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error).
  pattern('graph-access-denied-message', 'graph', 3, [phrase('Access is denied. Check credentials and try again')], GRAPH_CODES.ERRORACCESSDENIED?.proposals ?? []),
  pattern('graph-mailbox-not-enabled', 'graph', 3, [
    'MailboxNotEnabledForRESTAPI', 'MailboxNotSupportedForRESTAPI', phrase('mailbox is either inactive, soft-deleted, or is hosted on-premise'),
    phrase('REST API is not yet supported for this mailbox'),
  ], [p('mailbox_permission_missing', 0.7)]),
  codeTable('graph', 'graph', 3, '\\b(Authorization_RequestDenied|InvalidAuthenticationToken|Request_ResourceNotFound|TooManyRequests|ErrorAccessDenied|Authorization_IdentityNotFound)\\b', GRAPH_CODES),
];
