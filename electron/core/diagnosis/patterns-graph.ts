/**
 * Microsoft Graph error codes (the "code" of an OData error body, M365-REFERENCE §3.14) → categories.
 */
import { codeTable, httpClientStatusLines, p, pattern, phrase, type CodeEntry, type Proposal, type Rule } from './pattern-kit.js';

const GRAPH_CODES: Readonly<Record<string, CodeEntry>> = {
  AUTHORIZATION_REQUESTDENIED: { proposals: [p('consent_missing', 0.55)] },
  // "Access token validation failure. Invalid audience." is the same code: a token for another resource second.
  INVALIDAUTHENTICATIONTOKEN: { proposals: [p('token_expired_or_invalid', 0.8), p('wrong_scope_or_resource', 0.4)] },
  REQUEST_RESOURCENOTFOUND: { proposals: [p('service_principal_missing_or_wrong_id', 0.5)] },
  TOOMANYREQUESTS: { proposals: [p('throttled', 0.9)], family: 'throttle' },
  ERRORACCESSDENIED: { proposals: [p('consent_missing', 0.45), p('mailbox_permission_missing', 0.4)] },
  AUTHORIZATION_IDENTITYNOTFOUND: { proposals: [p('wrong_tenant_or_app', 0.6)] },
};

/** What an HTTP status from Graph means when nothing else was printed (learn.microsoft.com/graph/errors). */
const KIOTA_STATUS: Readonly<Record<string, readonly Proposal[]>> = {
  // "Required authentication information is either missing or not valid for the resource": expired, or for another resource.
  '401': [p('token_expired_or_invalid', 0.5), p('wrong_scope_or_resource', 0.45)],
  // "Access is denied to the requested resource. The user might not have enough permission": Graph's ErrorAccessDenied.
  '403': GRAPH_CODES.ERRORACCESSDENIED?.proposals ?? [],
  // "The requested resource doesn't exist": for /users/{id}/… the mailbox or user is not in this tenant.
  '404': [p('imap_disabled_or_not_connected', 0.4), p('wrong_tenant_or_app', 0.35)],
  // "The requested resource is no longer available at the server": for a delta query, its sync state expired and the client
  // must start over (Graph's syncStateNotFound / resyncRequired) — the client's handling, not the set-up.
  '410': [p('unexpected_server_reply', 0.55)],
  '429': [p('throttled', 0.85)],
  // "There was an internal server error while processing the request."
  '500': [p('unexpected_server_reply', 0.45), p('throttled', 0.3)],
  '503': [p('throttled', 0.5)],
};

/** Microsoft Graph's global host (the national clouds' hosts are not for our users' tenants). */
const GRAPH_URL = 'https?://graph\\.microsoft\\.com\\b';

/**
 * An HTTP client's own line for a failed request to Graph (httpClientStatusLines: Python requests, Java, Guzzle), with the status
 * and Graph's URL but without Graph's error body — the body, when it is pasted, is read by its code and message and decides first.
 * The status is read as Graph documents it (KIOTA_STATUS above; learn.microsoft.com/graph/resolve-auth-errors: a 401 is a
 * token missing, expired or not valid; a 403 permissions not chosen, not consented, or not of the token's kind). Without a rule,
 * a product's "Error sending email:" around the line was read as an SMTP failure. Graph's own code or message beside the line
 * (another Graph, SMTP or IMAP reply) says more than its status, so the status gives way to it.
 */
function graphHttpStatusRules(): Rule[] {
  const lines = (status: string, path: string) => httpClientStatusLines(status, `${GRAPH_URL}${path}`);
  const byStatus = Object.entries(KIOTA_STATUS).map(([status, proposals]) => pattern(`graph-http-status:${status}`, 'graph', 2,
    lines(status, status === '403' ? `(?![^\\s\`]{0,300}/sendMail\\b)` : ''), proposals, { yieldsTo: ['server-reply', 'graph-reply'] }));
  // sendMail's 403 is Graph's ErrorAccessDenied (a permission) or ErrorSendAsDenied, "The user account which was used to submit
  // this request does not have the right to send mail on behalf of the specified sending account." (a From of another mailbox:
  // learn.microsoft.com/graph/outlook-send-mail-from-other-user, its 403 example; microsoftgraph/msgraph-sdk-php#1499 via
  // Guzzle; horilla-crm#37, a CRM that set another From, via requests).
  const sendMail403 = pattern('graph-http-status:403-sendmail', 'graph', 2, lines('403', '[^\\s`]{0,300}/sendMail\\b'), [
    p('consent_missing', 0.45), p('send_as_denied', 0.4), p('mailbox_permission_missing', 0.35),
  ], { yieldsTo: ['server-reply', 'graph-reply'] });
  return [...byStatus, sendMail403];
}

/** Kiota's ApiException (microsoft/kiota-dotnet HttpClientRequestAdapter, kiota-http-go, kiota-dart …): "The server returned an
 *  unexpected status code and no error factory is registered for this code: 410"; clients quote it shortened ("no factory"). */
function kiotaStatusRule(): Rule {
  const regex = /The server returned an unexpected status code(?: and no (?:error )?factory is registered for this code| and the error registered for this code failed to deserialize| with no response body)?: ?(\d{3})\b/i;
  return {
    id: 'graph-kiota-status',
    scan(view) {
      const m = regex.exec(view);
      const proposals = m?.[1] ? KIOTA_STATUS[m[1]] : undefined;
      return m && proposals ? [{ ruleId: `graph-kiota-status:${m[1]}`, family: 'graph', specificity: 2, index: m.index, length: m[0].length, proposals, protocolSensitive: false }] : [];
    },
  };
}

/** Graph's access refusal, by code or message. */
const GRAPH_ACCESS_DENIED = /\bErrorAccessDenied\b|Access is denied\. ?Check credentials and try again/i;
/**
 * A shared mailbox named (English, German; an address or placeholder such as "ShareMailbox@…", "SHARED_MAILBOX_MAIL"), or another
 * user's mailbox or calendar — a delegated folder, which Microsoft's page treats alike ("Get Outlook messages in a shared or
 * delegated folder": the owner must have shared it, or granted delegate access).
 */
const SHARED_MAILBOX_NAMED = new RegExp([
  /\bshared?[ _-]?(?:mail ?box|account|address|inbox)|\b(?:freigegebene|gemeinsame)s? (?:Postfach|Mailbox)/.source,
  /\b(?:someone else|another user|other users?|other people|a colleague|another person)['’]?s? (?:mail ?box|calendar|inbox|folder|mail)/.source,
  /\b(?:delegated?|delegate access) (?:mail ?box|calendar|folder|access)|\bfremde[ns]? (?:Postfach|Kalender|Postfächer)|\b(?:Postfach|Kalender|Postfächer) (?:eines anderen Benutzers|anderer Benutzer)/.source,
].join('|'), 'i');
/** How far around the refusal a shared mailbox counts (the request line and the words before the error body). */
const SHARED_NEAR = 600;

/**
 * Graph's ErrorAccessDenied for a shared mailbox: the signed-in user (delegated) needs rights on that mailbox (Full Access or
 * the folder shared with them) besides Mail.Read.Shared / Mail.Send.Shared ("Get Outlook messages in a shared or delegated
 * folder", learn.microsoft.com/graph/outlook-share-messages-folders: "the user must have been granted access"). Development
 * threads naming a shared mailbox beside it were all fixed by the mailbox's rights (4 of 4); without one, consent and rights
 * tie (8 and 8). Adds the rights to ErrorAccessDenied's own reading.
 */
function graphAccessDeniedSharedRule(): Rule {
  return {
    id: 'graph-access-denied-shared',
    scan(view) {
      const m = GRAPH_ACCESS_DENIED.exec(view);
      if (!m || !SHARED_MAILBOX_NAMED.test(view.slice(Math.max(0, m.index - SHARED_NEAR), m.index + m[0].length + SHARED_NEAR))) return [];
      return [{
        ruleId: 'graph-access-denied-shared', family: 'graph', specificity: 3, index: m.index, length: m[0].length,
        proposals: [p('mailbox_permission_missing', 0.5)], protocolSensitive: false,
      }];
    },
  };
}

/** Graph error codes as whole words. */
export const GRAPH_RULES: readonly Rule[] = [
  // Graph's messages for the same codes when the code itself is not pasted: ErrorAccessDenied is "Access is
  // denied. Check credentials and try again."; MailboxNotEnabledForRESTAPI is "The mailbox is either inactive,
  // soft-deleted, or is hosted on-premise." — the user has no Exchange Online mailbox/licence
  // (learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error).
  pattern('graph-access-denied-message', 'graph', 3, [phrase('Access is denied. Check credentials and try again')], GRAPH_CODES.ERRORACCESSDENIED?.proposals ?? []),
  // The same for an account without a mailbox in EWS/REST ("ErrorMissingEmailAddress: When making a request as an
  // account that does not have a mailbox …"). No mailbox to open: the mailbox step comes first, rights second.
  pattern('graph-mailbox-not-enabled', 'graph', 3, [
    'MailboxNotEnabledForRESTAPI', 'MailboxNotSupportedForRESTAPI', phrase('mailbox is either inactive, soft-deleted, or is hosted on-premise'),
    phrase('REST API is not yet supported for this mailbox'), 'ErrorMissingEmailAddress', phrase('account that does not have a mailbox'),
  ], [p('imap_disabled_or_not_connected', 0.7), p('mailbox_permission_missing', 0.55)]),
  // The same code where the text says the mailbox is on premises (a hybrid organization): Graph's mail API does not reach a
  // mailbox on an Exchange server, which Microsoft's article gives as one of the reasons (learn.microsoft.com/exchange/
  // troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error: "the mailbox is hosted
  // on-premises") — the server answering is not the one with the mailbox (development texts saying so: 2 of 2). Graph's own
  // "is hosted on-premise" is not the user's word for it, so only "on-prem(ises) mailbox" or "hybrid" count.
  pattern('graph-mailbox-on-premises', 'graph', 3, [
    `(?:MailboxNotEnabledForRESTAPI|${phrase('REST API is not yet supported for this mailbox')})[^]{0,300}?(?:on-?prem(?:ises?)? mailbox|hybrid)`,
    `(?:on-?prem(?:ises?)? mailbox|hybrid)[^]{0,300}?(?:MailboxNotEnabledForRESTAPI|${phrase('REST API is not yet supported for this mailbox')})`,
  ], [p('unexpected_server_reply', 0.8)]),
  // Graph's mail endpoints answering 401 "The tenant for tenant guid '<id>' does not exist." (Exchange's own spelling in a
  // subscription's ExtensionError: "The Tenant for Tenent guid {id} does not exist."): Exchange Online knows no organization for
  // the token's tenant — a token from another tenant or a personal account's, or a tenant without Exchange Online (as quoted in
  // O365/python-o365#757 and microsoftgraph/msgraph-training-changenotifications#13, whose maintainer suspects Exchange Online
  // not enabled there). Microsoft's documentation of this reply could not be checked (the session's search budget was spent).
  // Its error code, OrganizationFromTenantGuidNotFound, named without the message (as a write-up names it; code and message
  // together in MicrosoftDocs/azure-docs#32957 and microsoftgraph/msgraph-sdk-dotnet#655).
  pattern('graph-tenant-not-in-exchange', 'graph', 3, [
    `${phrase('The tenant for')} ?Ten[ae]nt guid\\b[^\\n]{0,60}?${phrase('does not exist')}`, 'OrganizationFromTenantGuidNotFound',
  ], [
    p('wrong_tenant_or_app', 0.65), p('imap_disabled_or_not_connected', 0.35),
  ]),
  // An Exchange application access policy (or EWS app policy) keeps the app out of the mailbox: Graph says
  // "ErrorAccessDenied: Access to OData is disabled." ("Scoping application permissions to specific Exchange
  // Online mailboxes", Handling API errors — microsoftgraph/microsoft-graph-docs concepts/auth-limit-mailbox-access.md,
  // PR #21382). The exact message outranks ErrorAccessDenied's consent reading.
  pattern('graph-odata-disabled', 'graph', 3, [phrase('Access to OData is disabled')], [
    p('mailbox_permission_missing', 0.8), p('security_policy_blocks', 0.5),
  ]),
  // EWS impersonation refused: the account (or app) has no ApplicationImpersonation / FullAccess on the mailbox
  // (EWS ResponseCode ErrorImpersonateUserDenied, "The account does not have permission to impersonate the
  // requested user", learn.microsoft.com/exchange/client-developer/web-service-reference/responsecode).
  pattern('ews-impersonation-denied', 'graph', 3, [
    'ErrorImpersonateUserDenied', phrase('does not have permission to impersonate'), phrase('does not have permissions to impersonate'), phrase('impersonation permissions'),
  ], [p('mailbox_permission_missing', 0.85)]),
  // exchangelib's UnauthorizedError for EWS ("Invalid credentials for https://outlook.office365.com/EWS/Exchange.asmx"):
  // EWS takes only OAuth since Basic authentication was retired (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online),
  // so the token is refused: asked for the wrong resource (not https://outlook.office365.com/.default), or expired.
  pattern('ews-invalid-credentials', 'graph', 2, ['Invalid credentials for https?://outlook\\.office(?:365)?\\.com/EWS'], [
    p('wrong_scope_or_resource', 0.55), p('token_expired_or_invalid', 0.5), p('basic_auth_used', 0.3),
  ]),
  // exchangelib prints the session's auth class in that error ("Auth type: <requests.auth.HTTPBasicAuth object at …>",
  // novoid/exchange2org#5): a Basic (password) sign-in, which EWS in Exchange Online no longer takes.
  pattern('ews-basic-auth-type', 'graph', 3, ['\\bHTTPBasicAuth\\b'], [p('basic_auth_used', 0.8)], { flags: '' }),
  // Graph's words for its codes when the code is not pasted: Authorization_RequestDenied is "Insufficient
  // privileges to complete the operation." (no consented permission for the call); calling /me with an app-only
  // token gives "Resource not found for the segment 'me'" (there is no signed-in user: use /users/{id}).
  pattern('graph-insufficient-privileges', 'graph', 3, [phrase('Insufficient privileges')], [
    p('consent_missing', 0.8), p('wrong_scope_or_resource', 0.4),
  ]),
  // Graph's BadRequest "/me request is only valid with delegated authentication flow." says the same (pnp/pnpcore#905).
  // And "Current authenticated context is not valid for this request. … /me requires a signed-in user." (microsoftgraph/
  // microsoft-graph-docs#7813, an app-only token on /me).
  pattern('graph-me-app-only', 'graph', 3, ["Resource not found for ?the ?segment 'me'", phrase('/me request is only valid with delegated authentication'),
    phrase('Current authenticated context is not valid for this request')], [
    p('wrong_scope_or_resource', 0.7), p('public_vs_confidential_client', 0.3),
  ]),
  // Another segment not found ("Resource not found for the segment 'sendMail'", evyd13/django-o365mail#6 calling
  // /v1.0/sendMail): the request's URL names no mailbox (/me/… or /users/{id}/…) — the resource the call addresses is wrong.
  // Graph's 404 code ResourceNotFound, "Resource could not be discovered." (learn.microsoft.com/graph/errors: 404 Not Found, "The
  // requested resource doesn't exist"; microsoftgraph/microsoft-graph-docs#5143): the URL names no resource Graph has there.
  pattern('graph-segment-not-found', 'graph', 2, ["Resource not found for ?the ?segment '(?!me')[A-Za-z.]{1,60}'", phrase('Resource could not be discovered')], [
    p('wrong_scope_or_resource', 0.6),
  ]),
  // A token with neither scp nor roles: no permission was consented for this app on this resource
  // (Graph error "NoPermissionsInAccessToken: The token contains no permissions, or permissions can not be understood").
  pattern('graph-no-permissions-in-token', 'graph', 3, ['NoPermissionsInAccessToken', phrase('token contains no permissions')], [
    p('consent_missing', 0.8), p('wrong_scope_or_resource', 0.5),
  ]),
  // Sending for someone else without Send on Behalf / Send As: the NDR's text and its diagnostic code
  // (0x80070005 = E_ACCESSDENIED), as quoted in microsoftgraph/microsoft-graph-docs#4085; as people retell it, without "the"
  // or with "this message" ("You do not have permission to send this message on behalf of the specified user.").
  pattern('send-on-behalf-denied', 'smtp-submit', 3, [
    `(?:do not|don't|do n't) have (?:the )?${phrase('permission to send')} (?:the|this) ${phrase('message on behalf of')}`,
    '0x80070005-(?:0x)?[0-9a-f]{8}-(?:0x)?[0-9a-f]{8}',
  ], [p('send_as_denied', 0.92)]),
  graphAccessDeniedSharedRule(),
  // The Graph SDKs built on Kiota (.NET, Go, Java, PHP, Python, TypeScript, Ruby, Dart) throw ApiException with only the HTTP
  // status when the error body was not mapped: "The server returned an unexpected status code and no error factory is
  // registered for this code: 401" / "… the error registered for this code failed to deserialize: 401" / "… with no
  // response body: 401" (microsoft/kiota-* HttpClientRequestAdapter / NetHttpRequestAdapter sources). The status decides,
  // read as Graph documents it (learn.microsoft.com/graph/errors).
  kiotaStatusRule(),
  ...graphHttpStatusRules(),
  // Graph's 429 for more than four concurrent requests per app and mailbox: code "ApplicationThrottled", message
  // "Application is over its MailboxConcurrency limit." (Outlook service limits in learn.microsoft.com/graph/throttling-limits).
  pattern('graph-mailbox-concurrency', 'throttle', 3, ['\\bMailbox ?Concurrency\\b', '\\bApplicationThrottled\\b'], [p('throttled', 0.92)]),
  // The Graph SDK for .NET (msgraph-sdk-dotnet-core ErrorConstants: Codes.GeneralException "generalException",
  // Messages.UnexpectedExceptionOnSend "An error occurred sending the request."): the HTTP request itself failed — no answer
  // from graph.microsoft.com (network, proxy, TLS inspection), printed as "Code: generalException Message: An error occurred
  // sending the request." (microsoft/GraphEngine#329).
  pattern('graph-sdk-send-failed', 'network', 2, [
    `generalException[^\\n]{0,40}?${phrase('An error occurred sending the request')}`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.3)]),
  // Graph's and EWS's ErrorInvalidRecipients message without its code: "At least one recipient isn't valid., A message can't
  // be sent because it contains no recipients." (as Graph's sendMail returns it, microsoftgraph/php-connect-sample#13,
  // microsoftgraph/msgraph-sdk-powershell#463) — an address, or a recipient list the client built wrong.
  pattern('graph-invalid-recipients-message', 'smtp-submit', 3, [
    phrase("At least one recipient isn't valid"), phrase("A message can't be sent because it contains no recipients"),
  ], [p('recipient_rejected', 0.75)]),
  // OData's "RequestBodyRead": Graph could not read the request's JSON ("Cannot convert the literal '0' to the expected type
  // 'Edm.String'.", motze92/office365-mail#28) — the client built a wrong body; the server answered as designed.
  // (Not confirmed in Microsoft's Graph error list, which names HTTP statuses only; seen in Graph's replies.)
  pattern('graph-request-body-read', 'graph', 3, ['\\bRequestBodyRead\\b'], [p('unexpected_server_reply', 0.6)], { flags: '' }),
  // Graph could not map the request's URL or method onto its API: 400 BadRequest "Unsupported segment type." (sendMail posted to
  // an old path — microsoftgraph/nodejs-connect-rest-sample#35 fixed it with the right endpoint; microsoft-graph-docs#4929, #1982),
  // "Unexpected segment OpenPropertySegment. Expected property/$value." (microsoft-graph-docs#7283), and 405 ErrorInvalidRequest
  // "The OData request is not supported." (a method or path the resource does not take, microsoft-graph-docs#6282; also a mailbox
  // whose REST API is not available, microsoft/MHA#43). The client built the request wrong; the server answered as designed.
  pattern('graph-request-shape', 'graph', 3, [
    phrase('Unsupported segment type'), `${phrase('Unexpected segment')} ?[A-Za-z]{1,40}Segment\\b`, phrase('The OData request is not supported'),
  ], [p('unexpected_server_reply', 0.65)]),
  codeTable('graph', 'graph', 3, '\\b(Authorization_RequestDenied|InvalidAuthenticationToken|Request_ResourceNotFound|TooManyRequests|ErrorAccessDenied|Authorization_IdentityNotFound)\\b', GRAPH_CODES),
  // Graph's generic codes (learn.microsoft.com/graph/errors, "Code property"; checked in its German translation,
  // OfficeGlobal/microsoft-graph-docs.de-DE concepts/errors.md, the English wording below is the page's): itemNotFound "The resource requested doesn't
  // exist" (for /users/{id}/… the user or mailbox, read as a 404), activityLimitReached "The app or user has been throttled",
  // serviceNotAvailable "The service isn't available. Try the request again after a delay"; accessDenied "The caller doesn't
  // have permission to perform the action" (as ErrorAccessDenied) and unauthenticated "The caller isn't authenticated" (as a
  // 401) only as an error body's code — as words they are anyone's.
  pattern('graph-code-item-not-found', 'graph', 3, ['\\bitemNotFound\\b'], KIOTA_STATUS['404'] ?? []),
  pattern('graph-code-activity-limit', 'throttle', 3, ['\\bactivityLimitReached\\b'], [p('throttled', 0.85)]),
  pattern('graph-code-service-not-available', 'throttle', 3, ['\\bserviceNotAvailable\\b'], [p('throttled', 0.5)]),
  pattern('graph-code-access-denied', 'graph', 3, ['"code" ?: ?"accessDenied"', '\\bCode: ?accessDenied\\b'], GRAPH_CODES.ERRORACCESSDENIED?.proposals ?? []),
  pattern('graph-code-unauthenticated', 'graph', 3, ['"code" ?: ?"unauthenticated"', '\\bCode: ?unauthenticated\\b'], KIOTA_STATUS['401'] ?? []),
  // Creating a change-notification subscription (POST /subscriptions): Graph first calls the notificationUrl with a
  // validationToken, which the endpoint must echo as text/plain with 200 OK within 10 seconds ("Receive change notifications
  // through webhooks", learn.microsoft.com/graph/change-notifications-delivery-webhooks). Otherwise the request fails with
  // "Subscription validation request failed. Must respond with 200 OK to this request." (microsoftgraph/microsoft-graph-explorer#364;
  // Microsoft Q&A 416427: answer the validation as plain text): the app's endpoint answers wrongly. "… request timed out"
  // is an endpoint Graph could not reach in time (microsoftgraph/aspnet-webhooks-rest-sample#9: a development machine
  // behind no public address).
  pattern('graph-subscription-validation-failed', 'graph', 3, [phrase('Subscription validation request failed')], [
    p('unexpected_server_reply', 0.75), p('network_blocked', 0.3),
  ]),
  pattern('graph-subscription-validation-timeout', 'graph', 3, [phrase('Subscription validation request timed out')], [
    p('network_blocked', 0.6), p('unexpected_server_reply', 0.45),
  ]),
];
