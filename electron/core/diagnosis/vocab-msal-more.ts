/**
 * The rest of MSAL.js's own error codes (issue 10: "every MSAL … error code"), those neither vocab-msal.ts
 * nor patterns-oauth.ts lists, from the libraries' sources:
 * - msal-common 16.x as installed: node_modules/@azure/msal-common/dist/error/ClientAuthErrorCodes.mjs,
 *   ClientConfigurationErrorCodes.mjs, CacheErrorCodes.mjs; msal-node ClientAuthErrorCodes.mjs;
 * - msal-browser: AzureAD/microsoft-authentication-library-for-js lib/msal-browser/src/error/BrowserAuthErrorCodes.ts,
 *   with the causes its lib/msal-browser/docs/errors.md gives: hash_empty_error, hash_does_not_contain_known_properties,
 *   block_iframe_reload and monitor_popup_timeout come from the redirect page dropping the response (a router
 *   rewriting the URL, a page that navigates away), or from the sign-in service not redirecting back at all;
 * - older MSAL.js releases still in use (msal-common 2–14 src/error/ClientAuthError.ts, MSAL.js 1.x lib/msal-core
 *   src/error/ClientAuthError.ts): invalid_authority_type, hash_not_deserialized, nonce_not_found, account_mismatch,
 *   invalid_id_token, null_or_empty_id_token, auth_code_null_or_empty, state_mismatch_error, nonexistent_state_error
 *   ("State not found. Redirect request may have been aborted."), nonce_mismatch_error.
 * What a code says decides its group; a code that only says the app's own set-up or the browser is unusable
 * (pkce_not_created, non_browser_environment, database_not_open, native_*) names no cause an admin could fix
 * in Microsoft 365 and is left to the guess, which knows MSAL's error classes as sign-in text (guess.ts).
 * All specificity 2: an AADSTS code beside them (specificity 3) says more.
 */
import { codeTable, p, type CodeEntry, type Rule } from './pattern-kit.js';

const entra = (...proposals: CodeEntry['proposals']): CodeEntry => ({ proposals });
const ui = (...proposals: CodeEntry['proposals']): CodeEntry => ({ proposals, family: 'entra-ui' });

/** The redirect page lost Microsoft's answer (msal-browser docs/errors.md). */
const REDIRECT_PAGE = entra(p('redirect_uri_mismatch', 0.45), p('user_cancelled_or_consent_declined', 0.25));
/** The sign-in's saved request was gone or did not match when the answer came back: it did not finish. */
const SIGN_IN_NOT_FINISHED = ui(p('user_cancelled_or_consent_declined', 0.35), p('redirect_uri_mismatch', 0.25));
/** The token cache holds no usable token: sign in again. */
const CACHE = entra(p('token_expired_or_invalid', 0.4));
/** The authority (tenant URL) or its metadata is wrong. */
const AUTHORITY = entra(p('wrong_tenant_or_app', 0.5), p('network_blocked', 0.15));
/** The scopes or claims asked for are empty or malformed. */
const SCOPES = entra(p('wrong_scope_or_resource', 0.45));
/** The client assertion (certificate or federated credential) is missing or unusable. */
const ASSERTION = entra(p('bad_client_secret', 0.45), p('public_vs_confidential_client', 0.2));

/** MSAL.js codes → categories (keys upper case; the table matches case-insensitively). */
const MSAL_MORE: Readonly<Record<string, CodeEntry>> = {
  HASH_EMPTY_ERROR: REDIRECT_PAGE,
  HASH_DOES_NOT_CONTAIN_KNOWN_PROPERTIES: REDIRECT_PAGE,
  NO_STATE_IN_HASH: REDIRECT_PAGE,
  BLOCK_IFRAME_RELOAD: REDIRECT_PAGE,
  EMPTY_NAVIGATE_URI: REDIRECT_PAGE,
  REDIRECT_IN_IFRAME: REDIRECT_PAGE,
  AUTHORIZATION_CODE_MISSING_FROM_SERVER_RESPONSE: REDIRECT_PAGE,
  HASH_NOT_DESERIALIZED: REDIRECT_PAGE,
  AUTH_CODE_NULL_OR_EMPTY: REDIRECT_PAGE,
  REDIRECT_URI_EMPTY: entra(p('redirect_uri_mismatch', 0.6)),
  // monitor_popup_timeout: as monitor_window_timeout (patterns-oauth.ts), for the popup.
  MONITOR_POPUP_TIMEOUT: ui(p('user_cancelled_or_consent_declined', 0.4), p('redirect_uri_mismatch', 0.25)),
  BLOCK_NESTED_POPUPS: ui(p('user_cancelled_or_consent_declined', 0.35)),
  IFRAME_CLOSED_PREMATURELY: ui(p('user_cancelled_or_consent_declined', 0.35)),
  STATE_MISMATCH: SIGN_IN_NOT_FINISHED,
  STATE_NOT_FOUND: SIGN_IN_NOT_FINISHED,
  INVALID_STATE: SIGN_IN_NOT_FINISHED,
  NONCE_MISMATCH: SIGN_IN_NOT_FINISHED,
  UNABLE_TO_PARSE_STATE: SIGN_IN_NOT_FINISHED,
  STATE_INTERACTION_TYPE_MISMATCH: SIGN_IN_NOT_FINISHED,
  NO_TOKEN_REQUEST_CACHE_ERROR: SIGN_IN_NOT_FINISHED,
  UNABLE_TO_PARSE_TOKEN_REQUEST_CACHE_ERROR: SIGN_IN_NOT_FINISHED,
  NO_CACHED_AUTHORITY_ERROR: SIGN_IN_NOT_FINISHED,
  AUTH_REQUEST_NOT_SET_ERROR: SIGN_IN_NOT_FINISHED,
  NONCE_NOT_FOUND: SIGN_IN_NOT_FINISHED,
  STATE_MISMATCH_ERROR: SIGN_IN_NOT_FINISHED,
  NONEXISTENT_STATE_ERROR: SIGN_IN_NOT_FINISHED,
  NONCE_MISMATCH_ERROR: SIGN_IN_NOT_FINISHED,
  MULTIPLE_MATCHING_TOKENS: CACHE,
  INVALID_CACHE_RECORD: CACHE,
  NULL_OR_EMPTY_TOKEN: CACHE,
  TOKEN_PARSING_ERROR: CACHE,
  CLIENT_INFO_DECODING_ERROR: CACHE,
  CLIENT_INFO_EMPTY_ERROR: CACHE,
  CACHE_ERROR_UNKNOWN: CACHE,
  CACHE_QUOTA_EXCEEDED: CACHE,
  REQUEST_CANNOT_BE_MADE: CACHE,
  UNABLE_TO_LOAD_TOKEN: CACHE,
  CRYPTO_KEY_NOT_FOUND: CACHE,
  ACCOUNT_MISMATCH: CACHE,
  INVALID_ID_TOKEN: CACHE,
  NULL_OR_EMPTY_ID_TOKEN: CACHE,
  AUTHORITY_URI_INSECURE: AUTHORITY,
  URL_PARSE_ERROR: AUTHORITY,
  EMPTY_URL_ERROR: AUTHORITY,
  INVALID_CLOUD_DISCOVERY_METADATA: AUTHORITY,
  INVALID_AUTHORITY_METADATA: AUTHORITY,
  UNTRUSTED_AUTHORITY: AUTHORITY,
  AUTHORITY_MISMATCH: AUTHORITY,
  ISSUER_VALIDATION_FAILED: AUTHORITY,
  MISSING_TENANT_ID_ERROR: AUTHORITY,
  INVALID_AUTHORITY_TYPE: AUTHORITY,
  EMPTY_INPUT_SCOPES_ERROR: SCOPES,
  CANNOT_REMOVE_EMPTY_SCOPE: SCOPES,
  CANNOT_APPEND_SCOPESET: SCOPES,
  INVALID_CLAIMS: SCOPES,
  CLAIMS_REQUEST_PARSING_ERROR: SCOPES,
  INVALID_ASSERTION: ASSERTION,
  EMPTY_FIC_ASSERTION: ASSERTION,
  KEY_ID_MISSING: ASSERTION,
};

const codes = Object.keys(MSAL_MORE).map((k) => k.toLowerCase()).join('|');

/** Every rule of this file (patterns.ts). */
export const MSAL_MORE_VOCABULARY_RULES: readonly Rule[] = [codeTable('msal-more', 'entra', 2, `\\b(${codes})\\b`, MSAL_MORE)];
