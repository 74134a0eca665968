/**
 * Entra's error replies: the JSON body of the token, devicecode and discovery endpoints, and
 * the texts of the AADSTS codes the sandbox gives. Texts are Entra's own (English) so that the
 * assistant's decoder, support staff and real clients read the sandbox's errors as Microsoft's.
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.js';
import { sendJson } from '../http-util.js';

/** One AADSTS refusal, before it is dressed with trace id, correlation id and timestamp. */
export interface AadstsError {
  /** OAuth `error`, e.g. `invalid_client`. */
  readonly error: string;
  /** The AADSTS number, e.g. 7000215. */
  readonly code: number;
  /** The text after "AADSTSnnnn: ". */
  readonly text: string;
  /** Entra's `suberror` (e.g. consent_required, basic_action), when it sends one. */
  readonly suberror?: string;
}

/** Builds an AadstsError. */
export function aadsts(error: string, code: number, text: string, suberror?: string): AadstsError {
  return suberror === undefined ? { error, code, text } : { error, code, text, suberror };
}

/** Entra's timestamp format in error replies: `2024-05-01 12:34:56Z`. */
export function entraTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

/** Ids that tie one reply to the (simulated) server logs. */
export interface TraceIds {
  readonly traceId: string;
  readonly correlationId: string;
  readonly timestamp: string;
}

/** Trace ids for a request: the correlation id echoes the client's `client-request-id`, as Entra does. */
export function traceIdsFor(ctx: SandboxContext, req?: IncomingMessage): TraceIds {
  const sent = req?.headers['client-request-id'];
  const correlationId = typeof sent === 'string' && /^[0-9a-f-]{36}$/i.test(sent) ? sent : randomUUID();
  return { traceId: randomUUID(), correlationId, timestamp: entraTimestamp(ctx.state.now()) };
}

/** The full `error_description`: text, then trace id, correlation id and timestamp on CRLF lines. */
export function describeAadsts(e: AadstsError, ids: TraceIds): string {
  return `AADSTS${e.code}: ${e.text}\r\nTrace ID: ${ids.traceId}\r\nCorrelation ID: ${ids.correlationId}\r\nTimestamp: ${ids.timestamp}`;
}

/** The JSON body Entra sends with a refusal. */
export function aadstsBody(ctx: SandboxContext, e: AadstsError, ids: TraceIds): Record<string, unknown> {
  return {
    error: e.error,
    error_description: describeAadsts(e, ids),
    error_codes: [e.code],
    timestamp: ids.timestamp,
    trace_id: ids.traceId,
    correlation_id: ids.correlationId,
    error_uri: `${ctx.urls.loginOrigin}/error?code=${e.code}`,
    ...(e.suberror ? { suberror: e.suberror } : {}),
  };
}

/** Sends a refusal: 401 for client authentication failures (invalid_client), else 400. */
export function sendAadsts(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, e: AadstsError): void {
  const ids = traceIdsFor(ctx, req);
  sendJson(res, e.error === 'invalid_client' ? 401 : 400, aadstsBody(ctx, e, ids), {
    'x-ms-request-id': ids.traceId,
    'client-request-id': ids.correlationId,
  });
}

const CERT_DOCS = 'Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .';

/** The AADSTS refusals the sandbox gives, by name. */
export const AADSTS = {
  tenantNotFound: (tenant: string) => aadsts('invalid_request', 90002,
    `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`),
  missingParameter: (name: string) => aadsts('invalid_request', 900144,
    `The request body must contain the following parameter: '${name}'.`),
  postOnly: () => aadsts('invalid_request', 900561, 'The endpoint only accepts POST requests. Received a GET request.'),
  unsupportedGrantType: (grantType: string) => aadsts('unsupported_grant_type', 70003,
    `The app requested an unsupported grant type '${grantType}'.`),
  appNotFound: (appId: string, tenantName: string) => aadsts('unauthorized_client', 700016,
    `Application with identifier '${appId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`),
  notMultiTenant: (appId: string, appName: string) => aadsts('invalid_request', 50194,
    `Application '${appId}'(${appName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`),
  interactionExpired: () => aadsts('invalid_request', 90014,
    "The required field 'ctx' is missing from the credential. Ensure that you have all the necessary parameters for the login request."),
  missingServicePrincipal: (appId: string, tenantId: string) => aadsts('invalid_client', 7000229,
    `The client application ${appId} is missing service principal in the tenant ${tenantId}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`),
  invalidSecret: (appId: string) => aadsts('invalid_client', 7000215,
    `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`),
  expiredSecret: (appId: string) => aadsts('invalid_client', 7000222,
    `The provided client secret keys for app '${appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`),
  credentialRequired: () => aadsts('invalid_client', 7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."),
  credentialRequiredForClientCredentials: () => aadsts('invalid_client', 7000216,
    "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type."),
  publicClientSentSecret: () => aadsts('invalid_client', 700025,
    "Client is public so neither 'client_assertion' nor 'client_secret' should be presented."),
  assertionMalformed: () => aadsts('invalid_client', 50027, 'JWT token is invalid or malformed.'),
  assertionKeyNotFound: (thumbprint: string, appId: string) => aadsts('invalid_client', 700027,
    `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${appId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${appId}']`),
  assertionKeyExpired: (thumbprint: string, appId: string) => aadsts('invalid_client', 700027,
    `Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${appId}'.]`),
  assertionBadSignature: () => aadsts('invalid_client', 7000274, 'Key was found, but use of the key to verify the signature failed.'),
  assertionWrongAudience: () => aadsts('invalid_client', 700023, `Client assertion audience claim does not match Realm issuer. ${CERT_DOCS}`),
  assertionWrongIssuer: () => aadsts('invalid_client', 700021, `Client assertion application identifier doesn't match 'client_id' parameter. ${CERT_DOCS}`),
  assertionTimeRange: (now: number, nbf: number, exp: number) => aadsts('invalid_client', 700024,
    `Client assertion is not within its valid time range. Current time: ${new Date(now * 1000).toISOString()}, assertion valid from ${new Date(nbf * 1000).toISOString()}, expiry time of assertion ${new Date(exp * 1000).toISOString()}. ${CERT_DOCS}`),
  redirectMismatch: (uri: string, appId: string) => aadsts('invalid_request', 50011,
    `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`),
  redirectMismatchAtRedeem: () => aadsts('invalid_grant', 500112,
    'The reply address does not match the reply address provided when requesting Authorization code.'),
  userNotAssigned: (appName: string, appId: string, upn: string) => aadsts('invalid_grant', 50105,
    `Your administrator has configured the application ${appName} ('${appId}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user '${upn}' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator. Please contact your administrator to assign access to this application.`),
  consentRequired: (appId: string, appName: string) => aadsts('invalid_grant', 65001,
    `The user or administrator has not consented to use the application with ID '${appId}' named '${appName}'. Send an interactive authorization request for this user and resource.`, 'consent_required'),
  // Text: Microsoft's error code reference and the replies quoted in secureworks/PhishInSuits#1,
  // Azure-Samples/DSRegTool#1 and Azure/logicapps#1349 (there redirected with error=invalid_request).
  // The OAuth `error` at the token endpoint (refresh token for another resource) is not confirmed.
  firstPartyNotPreAuthorized: (clientAppId: string, resourceAppId: string) => aadsts('invalid_request', 65002,
    `Consent between first party application '${clientAppId}' and first party resource '${resourceAppId}' must be configured via preauthorization - applications owned and operated by Microsoft must get approval from the API owner before requesting tokens for that API.`),
  adminApprovalRequired: () => aadsts('access_denied', 90094, 'The grant requires admin permission.'),
  userDeclined: () => aadsts('access_denied', 65004, 'User declined to consent to access the app.', 'cancel'),
  codeExpired: () => aadsts('invalid_grant', 70008,
    'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.'),
  codeRedeemed: () => aadsts('invalid_grant', 54005,
    'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.'),
  malformedGrant: () => aadsts('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'),
  refreshTokenInvalid: () => aadsts('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'),
  pkceMismatch: () => aadsts('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.'),
  codeForOtherClient: () => aadsts('invalid_grant', 70000,
    'The request was denied because one or more scopes requested are unauthorized or expired. The user must first sign in and grant the client application access to the requested scope.'),
  clientCredentialsScope: (scope: string) => aadsts('invalid_scope', 1002012,
    `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`),
  defaultMixed: (scope: string) => aadsts('invalid_scope', 70011,
    `The provided value for the input parameter 'scope' is not valid. The scope '${scope}' is not valid. .default scope can't be combined with resource-specific scopes.`),
  scopesIncompatible: (scope: string) => aadsts('invalid_scope', 70011,
    `The provided value for the input parameter 'scope' isn't valid. One or more scopes in '${scope}' are not compatible with each other.`),
  moreThanOneResource: (scope: string) => aadsts('invalid_scope', 28000,
    `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scope} is not valid.`),
  scopeNotOnResource: (appName: string, scope: string, resourceAppId: string) => aadsts('invalid_client', 650053,
    `The application '${appName}' asked for scope '${scope}' that doesn't exist on the resource '${resourceAppId}'. Contact the app vendor.`),
  resourceNotFound: (resource: string, tenantName: string) => aadsts('invalid_resource', 500011,
    `The resource principal named ${resource} was not found in the tenant named ${tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`),
  wrongPassword: () => aadsts('invalid_grant', 50126, 'Error validating credentials due to invalid username or password.'),
  userNotFound: (tenantId: string) => aadsts('invalid_grant', 50034,
    `The user account {EUII Hidden} does not exist in the ${tenantId} directory. To sign into this application, the account must be added to the directory.`),
  userDisabled: () => aadsts('invalid_grant', 50057, 'The user account is disabled.'),
  mfaRequired: (resourceAppId: string) => aadsts('invalid_grant', 50076,
    `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resourceAppId}'.`, 'basic_action'),
  loginRequired: () => aadsts('login_required', 50058, 'A silent sign-in request was sent but no user is signed in.'),
  unsupportedResponseType: (responseType: string) => aadsts('unsupported_response_type', 700054,
    `response_type '${responseType}' is not enabled for the application.`),
  authorizationPending: () => aadsts('authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.'),
  deviceCodeExpired: () => aadsts('expired_token', 70020,
    "The provided value for the input parameter 'device_code' is not valid. This device code has expired."),
  deviceCodeDeclined: () => aadsts('authorization_declined', 65004, 'User declined to consent to access the app.'),
  deviceCodeUnknown: () => aadsts('bad_verification_code', 70018,
    "The provided value for the input parameter 'device_code' is not valid."),
} as const;
