/**
 * What Microsoft Graph answers when an app sends or reads mail through it, as Microsoft's own Graph documentation
 * quotes it (issue 10). Source: microsoftgraph/microsoft-graph-docs-contrib, folders concepts/ and
 * api-reference/v1.0/api/, cited as their learn.microsoft.com/graph/… address. Each message maps to the category of
 * the fix the page gives. Graph's error messages are not localized ("Error messages are not localized", errors.md),
 * so English only.
 *
 * Already read right by other files (no rule here): ErrorAccessDenied "Access to OData is disabled." (application access
 * policy, auth-limit-mailbox-access; patterns-graph.ts 'graph-odata-disabled'); "Access is denied. Check credentials and
 * try again."; MailboxNotEnabledForRESTAPI "The mailbox is either inactive, soft-deleted, or is hosted on-premise.";
 * ApplicationThrottled / MailboxConcurrency and 429 Too Many Requests (throttling, throttling-limits); ErrorSendAsDenied
 * with its code (patterns-smtp.ts); ErrorNonExistentMailbox "The SMTP address has no mailbox associated with it."
 * (known-issues; vocab-ews-codes.ts); ErrorInvalidUser, ErrorItemNotFound (vocab-ews-codes.ts); InvalidAuthenticationToken
 * (patterns-graph.ts); the basic codes activityLimitReached, throttledRequest and serviceNotAvailable (errors.md), which
 * already read as throttling.
 *
 * Not here: messages whose fix fits no category — quotaLimitReached "The user has reached their quota limit." (a full
 * mailbox or drive), InefficientFilter "The restriction or sort order is too complex for this operation." (the app's
 * $filter/$orderby order, user-list-messages), ErrorExceededFindCountLimit (Bookings), the known issue that
 * createUploadSession answers a bare "HTTP 403 Forbidden" for a shared mailbox with delegated permissions (no words of its own).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Sending from another user without Send As or Send on Behalf on the "from" mailbox: Graph's ErrorSendAsDenied, whose
 * message is quoted without its code by many apps. The fix is the mailbox permission (Send As / Send on Behalf).
 * learn.microsoft.com/graph/outlook-send-mail-from-other-user (Example 2).
 */
const SEND_AS: readonly Rule[] = [
  pattern('kb-graph-send-as-denied', 'smtp-submit', 3, [
    phrase('does not have the right to send mail on behalf of the specified sending account'),
  ], [p('send_as_denied', 0.9)]),
];

/**
 * Conditional Access asks for more than the token carries (MFA, a compliant device): Graph answers 403 with
 * "insufficient_claims" and a claims challenge in WWW-Authenticate. The fix is the organization's policy — meet it
 * (sign in again interactively with the claims) or have the policy exclude the app.
 * learn.microsoft.com/graph/resolve-auth-errors ("Does the user comply with their organization's conditional access
 * (CA) policies?"); learn.microsoft.com/graph/errors (403).
 */
const CONDITIONAL_ACCESS: readonly Rule[] = [
  pattern('kb-graph-insufficient-claims', 'graph', 3, ['\\binsufficient_claims\\b'], [
    p('security_policy_blocks', 0.75), p('token_expired_or_invalid', 0.35),
  ]),
];

/**
 * Graph's basic error codes with their documented words (learn.microsoft.com/graph/errors, "Code property"):
 * - accessDenied "The caller doesn't have permission to perform the action.": the permission for the call is missing or
 *   not consented (resolve-auth-errors, 403: "Have you chosen the right set of permissions?" … "must be granted"), or the
 *   user has no right on the data — read like ErrorAccessDenied.
 * - unauthenticated "The caller is not authenticated.": the access token is missing, invalid or expired
 *   (resolve-auth-errors, 401: "Is your token valid?"), or was issued for another API.
 * - extensionError: "The mailbox is located on premises and the Exchange server does not support federated Microsoft
 *   Graph requests, or an application policy prevents the application from accessing the mailbox." — the code alone,
 *   where it is the code of an error body ("code": "extensionError"; Firefox's "ExtensionError" is something else).
 *   The policy is the mailbox access step (as for "Access to OData is disabled"), the on-premises mailbox the step of
 *   having an Exchange Online mailbox to open.
 */
const BASIC_CODES: readonly Rule[] = [
  pattern('kb-graph-caller-no-permission', 'graph', 3, [phrase("The caller doesn't have permission to perform the action")], [
    p('consent_missing', 0.5), p('mailbox_permission_missing', 0.4),
  ]),
  pattern('kb-graph-caller-not-authenticated', 'graph', 3, [phrase('The caller is not authenticated')], [
    p('token_expired_or_invalid', 0.55), p('wrong_scope_or_resource', 0.35),
  ]),
  pattern('kb-graph-extension-error', 'graph', 3, ['\\bcode\\b["\']? ?[:=] ?["\']?extensionError\\b'], [
    p('mailbox_permission_missing', 0.5), p('imap_disabled_or_not_connected', 0.45),
  ]),
];

/**
 * HTTP statuses whose reason phrase the page lists with a meaning of Graph's own (learn.microsoft.com/graph/errors):
 * 413 Request Entity Too Large "The request size exceeds the maximum limit." — for mail, a message with inline attachments
 * over the limit: Graph takes files over 3 MB only through an upload session (learn.microsoft.com/graph/outlook-large-attachments);
 * 509 Bandwidth Limit Exceeded "Your app has been throttled for exceeding the maximum bandwidth cap."
 */
const HTTP_STATUS: readonly Rule[] = [
  pattern('kb-graph-request-entity-too-large', 'smtp-submit', 2, [phrase('Request Entity Too Large')], [p('message_too_large', 0.65)]),
  // The same limit in Graph's words, for a message created with its attachments inline: 400 BadRequest "The maximum request
  // length supported is 4MB." (microsoftgraph/microsoft-graph-docs-contrib#682), and in ASP.NET's words, "Maximum request length
  // exceeded." (microsoftgraph/microsoft-graph-docs#85, a message with attachments over the limit).
  pattern('kb-graph-maximum-request-length', 'smtp-submit', 3, [phrase('The maximum request length supported is'), phrase('Maximum request length exceeded')], [p('message_too_large', 0.8)]),
  pattern('kb-graph-bandwidth-limit', 'throttle', 2, [phrase('Bandwidth Limit Exceeded')], [p('throttled', 0.75)]),
];

/**
 * sendMail with MIME content that is not valid base64: 400 ErrorMimeContentInvalidBase64String "Invalid base64 string for
 * MIME content." (learn.microsoft.com/graph/api/user-sendmail). The service refuses what the app sent — a bug in how the
 * app builds the request (the MIME must be base64-encoded, Content-Type text/plain), not a set-up step. The early
 * version of learn.microsoft.com/graph/outlook-send-mime-message lists the 400 for malformed or empty MIME as "MIME
 * content does not contain all required information, malformed formatting, or empty." (not confirmed in today's service).
 */
const MIME_CONTENT: readonly Rule[] = [
  pattern('kb-graph-mime-invalid', 'graph', 3, [
    '\\bErrorMimeContentInvalidBase64String\\b', phrase('Invalid base64 string for MIME content'),
    phrase('MIME content does not contain all required information'),
  ], [p('unexpected_server_reply', 0.6)]),
];

/**
 * A mailbox on Exchange Server in a hybrid deployment, called with an API the on-premises REST endpoint did not support:
 * "REST APIs for this mailbox are currently in preview. You can find more information about the preview REST APIs at
 * https://dev.outlook.com." (learn.microsoft.com/graph/hybrid-rest-support, earlier versions of the page; since March 2023
 * Graph no longer serves on-premises mailboxes at all). The fix is a mailbox in Exchange Online — the mailbox step.
 */
const HYBRID_MAILBOX: readonly Rule[] = [
  pattern('kb-graph-hybrid-preview', 'graph', 3, [phrase('REST APIs for this mailbox are currently in preview')], [
    p('imap_disabled_or_not_connected', 0.65),
  ]),
];

/** Every rule from Microsoft Graph's documentation (patterns.ts). */
export const KB_GRAPH_VOCABULARY_RULES: readonly Rule[] = [
  ...SEND_AS, ...CONDITIONAL_ACCESS, ...BASIC_CODES, ...HTTP_STATUS, ...MIME_CONTENT, ...HYBRID_MAILBOX,
];
