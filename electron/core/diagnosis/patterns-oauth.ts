/**
 * OAuth 2.0 error strings (RFC 6749 §4.1.2.1/§5.2, RFC 8628 device flow, and Entra's additions in
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes "Handling error codes"),
 * Entra's `suberror` values (as MSAL exposes them: MsalUiRequiredException.Classification in
 * MSAL.NET, "subError" in MSAL.js), and the error codes the MSAL libraries raise themselves:
 * msal-node/-browser InteractionRequiredAuthErrorCodes (bad_token, consent_required,
 * interaction_required, interrupted_user, login_required, native_account_unavailable,
 * no_tokens_found, refresh_token_expired, ux_not_allowed — learn.microsoft.com/javascript/api/@azure/msal-node),
 * BrowserAuthError/ClientAuthError codes (user_cancelled, network_error, …), MSAL.NET
 * (authentication_canceled, MsalUiRequiredException …), MSAL Java (MsalInteractionRequiredException),
 * MSAL iOS/Android (MSALErrorUserCanceled, auth_cancelled_by_user).
 * These say less than an AADSTS code beside them (same family, lower specificity).
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/** OAuth `error` values. */
const OAUTH_ERRORS: Readonly<Record<string, CodeEntry>> = {
  INVALID_REQUEST: { proposals: [p('token_expired_or_invalid', 0.3), p('wrong_scope_or_resource', 0.2)] },
  INVALID_GRANT: { proposals: [p('token_expired_or_invalid', 0.5)] },
  UNAUTHORIZED_CLIENT: { proposals: [p('wrong_tenant_or_app', 0.5), p('public_vs_confidential_client', 0.2)] },
  INVALID_CLIENT: { proposals: [p('bad_client_secret', 0.5), p('public_vs_confidential_client', 0.25), p('wrong_tenant_or_app', 0.2)] },
  UNSUPPORTED_GRANT_TYPE: { proposals: [p('public_vs_confidential_client', 0.45)] },
  UNSUPPORTED_RESPONSE_TYPE: { proposals: [p('public_vs_confidential_client', 0.4)] },
  INVALID_RESOURCE: { proposals: [p('service_principal_missing_or_wrong_id', 0.45), p('wrong_scope_or_resource', 0.4)] },
  INVALID_SCOPE: { proposals: [p('wrong_scope_or_resource', 0.75)] },
  INTERACTION_REQUIRED: { proposals: [p('security_policy_blocks', 0.4), p('consent_missing', 0.3), p('token_expired_or_invalid', 0.25)] },
  CONSENT_REQUIRED: { proposals: [p('consent_missing', 0.75)] },
  LOGIN_REQUIRED: { proposals: [p('token_expired_or_invalid', 0.45)] },
  // Entra's discovery and token endpoints for an unknown tenant: {"error":"invalid_tenant","error_description":"AADSTS90002:
  // Tenant '…' not found. …"} (as logged in public issues); the AADSTS code beside it, when there, says the same.
  INVALID_TENANT: { proposals: [p('wrong_tenant_or_app', 0.8)] },
  // OpenID Connect Core 1.0 §3.1.2.6: a silent request (prompt=none) needs the user to pick an account first.
  ACCOUNT_SELECTION_REQUIRED: { proposals: [p('token_expired_or_invalid', 0.4)] },
  ACCESS_DENIED: { proposals: [p('user_cancelled_or_consent_declined', 0.55), p('consent_missing', 0.2)] },
  TEMPORARILY_UNAVAILABLE: { proposals: [p('throttled', 0.6)], family: 'throttle' },
  SERVER_ERROR: { proposals: [p('throttled', 0.45)], family: 'throttle' },
  SLOW_DOWN: { proposals: [p('throttled', 0.5)], family: 'throttle' },
  AUTHORIZATION_PENDING: { proposals: [p('token_expired_or_invalid', 0.3)] },
  EXPIRED_TOKEN: { proposals: [p('token_expired_or_invalid', 0.65)] },
  AUTHORIZATION_DECLINED: { proposals: [p('user_cancelled_or_consent_declined', 0.8)] },
  BAD_VERIFICATION_CODE: { proposals: [p('token_expired_or_invalid', 0.5)] },
};

/** Entra `suberror` values and the MSAL classifications made of them. */
const SUBERRORS: Readonly<Record<string, CodeEntry>> = {
  BASIC_ACTION: { proposals: [p('security_policy_blocks', 0.5)] },
  BASICACTION: { proposals: [p('security_policy_blocks', 0.5)] },
  ADDITIONAL_ACTION: { proposals: [p('security_policy_blocks', 0.45)] },
  ADDITIONALACTION: { proposals: [p('security_policy_blocks', 0.45)] },
  MESSAGE_ONLY: { proposals: [p('security_policy_blocks', 0.35)] },
  BAD_TOKEN: { proposals: [p('token_expired_or_invalid', 0.6)] },
  TOKEN_EXPIRED: { proposals: [p('token_expired_or_invalid', 0.65)] },
  USER_PASSWORD_EXPIRED: { proposals: [p('security_policy_blocks', 0.5), p('not_authenticated', 0.3)] },
  USERPASSWORDEXPIRED: { proposals: [p('security_policy_blocks', 0.5), p('not_authenticated', 0.3)] },
  CLIENT_MISMATCH: { proposals: [p('wrong_tenant_or_app', 0.4)] },
  DEVICE_AUTHENTICATION_FAILED: { proposals: [p('security_policy_blocks', 0.5)] },
  PROTECTION_POLICY_REQUIRED: { proposals: [p('security_policy_blocks', 0.6)] },
};

const cancel = (weight: number): CodeEntry => ({ proposals: [p('user_cancelled_or_consent_declined', weight)], family: 'entra-ui' });
const net = (weight: number): CodeEntry => ({ proposals: [p('network_blocked', weight)], family: 'network', specificity: 3 });
const again = (weight: number): CodeEntry => ({ proposals: [p('token_expired_or_invalid', weight)] });

/** Codes the MSAL libraries raise themselves. */
const MSAL_CODES: Readonly<Record<string, CodeEntry>> = {
  USER_CANCELLED: cancel(0.85), USER_CANCELED: cancel(0.85), AUTHENTICATION_CANCELED: cancel(0.85),
  AUTHENTICATION_CANCELLED: cancel(0.85), AUTH_CANCELLED_BY_USER: cancel(0.85), MSALERRORUSERCANCELED: cancel(0.85),
  INTERRUPTED_USER: cancel(0.4), POPUP_WINDOW_ERROR: cancel(0.4), EMPTY_WINDOW_ERROR: cancel(0.4), MONITOR_WINDOW_TIMEOUT: cancel(0.4),
  NETWORK_ERROR: net(0.7), NO_NETWORK_CONNECTIVITY: net(0.8), ENDPOINTS_RESOLUTION_ERROR: net(0.6), REQUEST_TIMEOUT: net(0.6),
  REFRESH_TOKEN_EXPIRED: again(0.65), NO_TOKENS_FOUND: again(0.45), NATIVE_ACCOUNT_UNAVAILABLE: again(0.4),
  MSALUIREQUIREDEXCEPTION: again(0.35), MSALINTERACTIONREQUIREDEXCEPTION: again(0.35), INTERACTIONREQUIREDAUTHERROR: again(0.35),
  UX_NOT_ALLOWED: { proposals: [p('security_policy_blocks', 0.4)] },
  SERVICE_NOT_AVAILABLE: { proposals: [p('throttled', 0.5)], family: 'throttle' },
};

const words = (table: Readonly<Record<string, CodeEntry>>): string => Object.keys(table).map((k) => k.toLowerCase()).join('|');

/** Every OAuth / suberror / MSAL rule. */
export const OAUTH_RULES: readonly Rule[] = [
  codeTable('oauth', 'entra', 2, `\\b(${words(OAUTH_ERRORS)})\\b`, OAUTH_ERRORS),
  codeTable('suberror', 'entra', 2, `\\b(${words(SUBERRORS)})\\b`, SUBERRORS),
  codeTable('msal', 'entra', 2, `\\b(${words(MSAL_CODES)})\\b`, MSAL_CODES),
  // invalid_grant written as words ("OAuth error: Invalid grant", an app's own rendering of the token endpoint's error): the same
  // stale or revoked grant, a little less sure than the exact value.
  pattern('oauth-invalid-grant-words', 'entra', 1, ['\\binvalid grant\\b'], [p('token_expired_or_invalid', 0.45)]),
  pattern('msal-network', 'network', 3, [
    phrase('Network request failed'), phrase('network_error: Network request failed'), phrase('Could not resolve endpoints'),
  ], [p('network_blocked', 0.7)]),
];
