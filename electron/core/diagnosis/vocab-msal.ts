/**
 * The MSAL libraries' own error codes that patterns-oauth.ts does not list yet, taken from the
 * libraries' sources (one group per source below), mapped to the catalogue's categories:
 * - msal-common 16.x (installed, node_modules/@azure/msal-common/dist/error/ClientAuthErrorCodes.mjs,
 *   InteractionRequiredAuthErrorCodes.mjs), msal-node (dist/error/ClientAuthErrorCodes.mjs: user_timeout_reached,
 *   device_code_*, invalid_client_credential; ManagedIdentityErrorCodes.mjs: network_unavailable, missing_client_id;
 *   NodeAuthError.mjs: redirect_uri_not_supported), msal-browser (AzureAD/microsoft-authentication-library-for-js
 *   lib/msal-browser/src/error/BrowserAuthErrorCodes.ts);
 * - MSAL.NET: AzureAD/microsoft-authentication-library-for-dotnet src/client/Microsoft.Identity.Client/MsalError.cs;
 * - MSAL Java: AzureAD/microsoft-authentication-library-for-java
 *   msal4j-sdk/src/main/java/com/microsoft/aad/msal4j/AuthenticationErrorCode.java;
 * - MSAL Android (MsalClientException: device_network_not_available, no_current_account, as quoted from its
 *   source in public code) and MSAL iOS/macOS (AzureAD/microsoft-authentication-library-for-objc
 *   MSAL/src/public/MSALError.h: MSALErrorCode names and numbers);
 * - MSAL Python returns the token endpoint's own dict ({"error": "invalid_grant", "error_description":
 *   "AADSTS…"}, msal/application.py) — those OAuth values are in patterns-oauth.ts; its only own
 *   value, "broker_error" (msal/broker.py), names no cause and is left to the AADSTS code beside it.
 * Codes that say "sign in again" propose token_expired_or_invalid; configuration codes name the
 * part of the registration that is wrong. They have one meaning each but carry no server detail
 * (specificity 2): an AADSTS code beside them (specificity 3, family entra) silences the entra ones
 * and outweighs the rest.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

const entra = (...proposals: CodeEntry['proposals']): CodeEntry => ({ proposals });
const ui = (...proposals: CodeEntry['proposals']): CodeEntry => ({ proposals, family: 'entra-ui' });
const net = (weight: number, specificity: 2 | 3 = 3): CodeEntry => ({ proposals: [p('network_blocked', weight)], family: 'network', specificity });

/** MSAL codes → categories (keys upper case; the table matches case-insensitively). */
const MSAL_VOCABULARY: Readonly<Record<string, CodeEntry>> = {
  // The user did not finish the sign-in: msal-browser interaction_in_progress(_cancelled), msal-node
  // user_timeout_reached and device_code_polling_cancelled.
  INTERACTION_IN_PROGRESS: ui(p('user_cancelled_or_consent_declined', 0.35)),
  INTERACTION_IN_PROGRESS_CANCELLED: ui(p('user_cancelled_or_consent_declined', 0.5)),
  USER_TIMEOUT_REACHED: ui(p('user_cancelled_or_consent_declined', 0.55)),
  DEVICE_CODE_POLLING_CANCELLED: ui(p('user_cancelled_or_consent_declined', 0.6)),
  // No usable account or token in the cache: the user must sign in again (MSAL.NET user_null,
  // no_account_for_login_hint, failed_to_refresh_token, no_prompt_failed, code_expired; msal-common
  // no_account_in_silent_request, no_account_found, token_refresh_required, ui_not_allowed; msal-browser
  // no_account_error; msal-node device_code_expired; msal4j cache_miss).
  USER_NULL: entra(p('token_expired_or_invalid', 0.6)),
  NO_ACCOUNT_ERROR: entra(p('token_expired_or_invalid', 0.55)),
  NO_ACCOUNT_IN_SILENT_REQUEST: entra(p('token_expired_or_invalid', 0.55)),
  NO_ACCOUNT_FOUND: entra(p('token_expired_or_invalid', 0.55)),
  NO_ACCOUNT_FOR_LOGIN_HINT: entra(p('token_expired_or_invalid', 0.5)),
  FAILED_TO_REFRESH_TOKEN: entra(p('token_expired_or_invalid', 0.65)),
  TOKEN_REFRESH_REQUIRED: entra(p('token_expired_or_invalid', 0.5)),
  UI_NOT_ALLOWED: entra(p('token_expired_or_invalid', 0.4)),
  NO_PROMPT_FAILED: entra(p('token_expired_or_invalid', 0.45), p('consent_missing', 0.25)),
  CODE_EXPIRED: entra(p('token_expired_or_invalid', 0.55)),
  DEVICE_CODE_EXPIRED: entra(p('token_expired_or_invalid', 0.55)),
  CACHE_MISS: entra(p('token_expired_or_invalid', 0.4)),
  NO_CURRENT_ACCOUNT: entra(p('token_expired_or_invalid', 0.5)),
  // MSAL iOS/macOS MSALError names (-50002…-50004, the "UI required" group of MSALErrorCode).
  MSALERRORINTERACTIONREQUIRED: entra(p('token_expired_or_invalid', 0.35)),
  MSALERRORSERVERDECLINEDSCOPES: entra(p('consent_missing', 0.45), p('wrong_scope_or_resource', 0.3)),
  MSALERRORSERVERPROTECTIONPOLICIESREQUIRED: entra(p('security_policy_blocks', 0.6)),
  // The request to the sign-in service failed (msal-browser post/get_request_failed and timed_out,
  // msal-node network_unavailable, MSAL.NET network_not_available, msal4j http_timeout).
  POST_REQUEST_FAILED: net(0.6, 2),
  GET_REQUEST_FAILED: net(0.6, 2),
  TIMED_OUT: net(0.4, 2),
  NETWORK_UNAVAILABLE: net(0.75),
  NETWORK_NOT_AVAILABLE: net(0.8),
  DEVICE_NETWORK_NOT_AVAILABLE: net(0.8),
  HTTP_TIMEOUT: net(0.75),
  // The authority (tenant) could not be found or read: a wrong tenant, or no way to reach it.
  INVALID_INSTANCE: entra(p('wrong_tenant_or_app', 0.7)),
  INVALID_AUTHORITY: entra(p('wrong_tenant_or_app', 0.55), p('network_blocked', 0.25)),
  AUTHORITY_VALIDATION_FAILED: entra(p('wrong_tenant_or_app', 0.55), p('network_blocked', 0.25)),
  TENANT_DISCOVERY_FAILED: entra(p('wrong_tenant_or_app', 0.55), p('network_blocked', 0.25)),
  OPENID_CONFIG_ERROR: entra(p('wrong_tenant_or_app', 0.4), p('network_blocked', 0.4)),
  USER_REALM_DISCOVERY_FAILED: entra(p('wrong_tenant_or_app', 0.3), p('network_blocked', 0.3)),
  UNKNOWN_USER_TYPE: entra(p('wrong_tenant_or_app', 0.45)),
  UNKNOWN_USER: entra(p('wrong_tenant_or_app', 0.45)),
  ROPC_NOT_SUPPORTED_FOR_MSA: entra(p('wrong_tenant_or_app', 0.6)),
  // 429 from the sign-in service (MSAL.NET request_throttled, msal4j throttled_request).
  REQUEST_THROTTLED: { proposals: [p('throttled', 0.85)], family: 'throttle', specificity: 3 },
  THROTTLED_REQUEST: { proposals: [p('throttled', 0.85)], family: 'throttle', specificity: 3 },
  // Redirect URI not set or not accepted (MSAL.NET no_redirect_uri, redirect_uri_validation_failed,
  // loopback_redirect_uri, loopback_response_uri_mismatch, custom_webui_invalid_mismatch; msal4j
  // invalid_redirect_uri; msal-node redirect_uri_not_supported).
  NO_REDIRECT_URI: entra(p('redirect_uri_mismatch', 0.6)),
  REDIRECT_URI_VALIDATION_FAILED: entra(p('redirect_uri_mismatch', 0.65)),
  LOOPBACK_REDIRECT_URI: entra(p('redirect_uri_mismatch', 0.6)),
  LOOPBACK_RESPONSE_URI_MISMATCH: entra(p('redirect_uri_mismatch', 0.6)),
  CUSTOM_WEBUI_INVALID_MISMATCH: entra(p('redirect_uri_mismatch', 0.55)),
  INVALID_REDIRECT_URI: entra(p('redirect_uri_mismatch', 0.65)),
  REDIRECT_URI_NOT_SUPPORTED: entra(p('redirect_uri_mismatch', 0.4)),
  // Client ID missing or not a GUID (MSAL.NET no_client_id, client_id_must_be_guid; msal-node missing_client_id).
  NO_CLIENT_ID: entra(p('wrong_tenant_or_app', 0.7)),
  CLIENT_ID_MUST_BE_GUID: entra(p('wrong_tenant_or_app', 0.7)),
  MISSING_CLIENT_ID: entra(p('wrong_tenant_or_app', 0.7)),
  // No usable client credential (msal-node invalid_client_credential; MSAL.NET
  // Client_Credentials_Required_In_Confidential_Client_Application, cert_without_private_key).
  INVALID_CLIENT_CREDENTIAL: entra(p('bad_client_secret', 0.55), p('public_vs_confidential_client', 0.3)),
  CLIENT_CREDENTIALS_REQUIRED_IN_CONFIDENTIAL_CLIENT_APPLICATION: entra(p('bad_client_secret', 0.5), p('public_vs_confidential_client', 0.4)),
  CERT_WITHOUT_PRIVATE_KEY: entra(p('bad_client_secret', 0.55)),
  // No or a wrong scope (MSAL.NET scopes_required_client_credentials; msal-common empty_input_scopeset,
  // resource_parameter_required, misplaced_resource_parameter).
  SCOPES_REQUIRED_CLIENT_CREDENTIALS: entra(p('wrong_scope_or_resource', 0.6)),
  EMPTY_INPUT_SCOPESET: entra(p('wrong_scope_or_resource', 0.55)),
  RESOURCE_PARAMETER_REQUIRED: entra(p('wrong_scope_or_resource', 0.5)),
  MISPLACED_RESOURCE_PARAMETER: entra(p('wrong_scope_or_resource', 0.5)),
};

/**
 * MSAL iOS/macOS NSError codes as Cocoa prints them ("Error Domain=MSALErrorDomain Code=-50005 …"), from
 * AzureAD/microsoft-authentication-library-for-objc MSAL/src/public/MSALError.h (MSALErrorCode, MSALInternalError).
 */
const MSAL_OBJC_CODES: Readonly<Record<string, CodeEntry>> = {
  '-50001': entra(p('security_policy_blocks', 0.6)), // MSALErrorWorkplaceJoinRequired
  '-50002': entra(p('token_expired_or_invalid', 0.45)), // MSALErrorInteractionRequired
  '-50003': entra(p('consent_missing', 0.45), p('wrong_scope_or_resource', 0.3)), // MSALErrorServerDeclinedScopes
  '-50004': entra(p('security_policy_blocks', 0.6)), // MSALErrorServerProtectionPoliciesRequired
  '-50005': ui(p('user_cancelled_or_consent_declined', 0.85)), // MSALErrorUserCanceled
  '-50007': entra(p('security_policy_blocks', 0.5)), // MSALErrorInsufficientDeviceStrength
  '-42001': entra(p('redirect_uri_mismatch', 0.6)), // MSALInternalErrorRedirectSchemeNotRegistered
  '-42011': entra(p('redirect_uri_mismatch', 0.7)), // MSALInternalErrorInvalidRedirectURI
  '-42003': entra(p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.3)), // MSALInternalErrorInvalidClient
  '-42004': entra(p('token_expired_or_invalid', 0.5)), // MSALInternalErrorInvalidGrant
  '-42005': entra(p('wrong_scope_or_resource', 0.75)), // MSALInternalErrorInvalidScope
  '-42006': entra(p('wrong_tenant_or_app', 0.5)), // MSALInternalErrorUnauthorizedClient
  '-42010': entra(p('wrong_tenant_or_app', 0.55)), // MSALInternalErrorFailedAuthorityValidation
  '-42401': ui(p('user_cancelled_or_consent_declined', 0.8)), // MSALInternalErrorSessionCanceled
  '-42402': ui(p('user_cancelled_or_consent_declined', 0.35)), // MSALInternalErrorInteractiveSessionAlreadyRunning
};

const codes = Object.keys(MSAL_VOCABULARY).map((k) => k.toLowerCase()).join('|');

/** Every MSAL vocabulary rule. */
export const MSAL_VOCABULARY_RULES: readonly Rule[] = [
  codeTable('msal-vocab', 'entra', 2, `\\b(${codes})\\b`, MSAL_VOCABULARY),
  codeTable('msal-objc', 'entra', 2, 'MSALErrorDomain,? ?Code=(-\\d{5})(?!\\d)', MSAL_OBJC_CODES),
  // MSAL.NET MsalUiRequiredException (user_null) as Microsoft.Identity.Web shows it: nothing to sign in
  // silently with (learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/
  // no-account-login-hint-passed-acquire-token-silent), and msal4j's NO_TOKEN_IN_CACHE text.
  pattern('msal-no-account-silent', 'token', 3, [
    phrase('No account or login hint was passed to the AcquireTokenSilent call'), phrase('Token not found in the cache'),
  ], [p('token_expired_or_invalid', 0.75)]),
  // msal-common's authority discovery could not reach the sign-in service (src/authority/Authority.ts: "A non-MSALJS
  // error was thrown while attempting to get the cloud instance discovery metadata." — a fetch/proxy/DNS failure).
  pattern('msal-instance-discovery', 'network', 2, [phrase('non-MSALJS error was thrown while attempting to get the cloud instance discovery metadata')], [
    p('network_blocked', 0.65),
  ]),
  // Microsoft.Identity.Web IDW10502: "An MsalUiRequiredException was thrown due to a challenge for the user."
  pattern('msal-idw10502', 'token', 2, ['IDW10502', phrase('MsalUiRequiredException was thrown due to a challenge')], [
    p('token_expired_or_invalid', 0.5), p('consent_missing', 0.3),
  ]),
];
