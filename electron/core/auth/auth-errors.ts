/**
 * Sign-in failures as catalogue codes. MSAL throws; the assistant's callers get a Result whose
 * error code says what to do (DESIGN.md "Diagnosis categories"). The AADSTS code decides when
 * there is one — Entra's `error` values (invalid_grant, invalid_client…) are too coarse.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import type { AppError, ErrorCode } from '../result.js';
import { aadstsCodeOf } from './loopback-pages.js';
import { LoopbackError } from './loopback-client.js';
import type { TransportFailure } from './network-error-memo.js';

/** AADSTS numbers → category, from the table in DESIGN.md. */
const AADSTS_CATEGORIES: Readonly<Record<string, CategoryId>> = {
  AADSTS53003: 'security_policy_blocks', AADSTS50076: 'security_policy_blocks',
  AADSTS50011: 'redirect_uri_mismatch', AADSTS500113: 'redirect_uri_mismatch',
  AADSTS900971: 'redirect_uri_mismatch', AADSTS500112: 'redirect_uri_mismatch',
  AADSTS50194: 'wrong_tenant_or_app', AADSTS700016: 'wrong_tenant_or_app', AADSTS90002: 'wrong_tenant_or_app',
  AADSTS7000215: 'bad_client_secret', AADSTS7000222: 'bad_client_secret',
  AADSTS7000218: 'public_vs_confidential_client', AADSTS700025: 'public_vs_confidential_client',
  AADSTS50105: 'user_not_assigned',
  AADSTS65001: 'consent_missing', AADSTS90094: 'consent_missing',
  AADSTS650052: 'service_principal_missing_or_wrong_id', AADSTS500011: 'service_principal_missing_or_wrong_id',
  AADSTS70011: 'wrong_scope_or_resource', AADSTS65006: 'wrong_scope_or_resource', AADSTS1002012: 'wrong_scope_or_resource',
  // A Microsoft-owned client (e.g. Graph Command Line Tools) asked for a resource it is not
  // pre-authorized for: the scope belongs to another app (client-id.ts).
  AADSTS65002: 'wrong_scope_or_resource',
  AADSTS70008: 'token_expired_or_invalid', AADSTS700082: 'token_expired_or_invalid',
  AADSTS65004: 'user_cancelled_or_consent_declined',
};

/** OAuth `error` values → category, when no AADSTS code says more. */
const OAUTH_ERRORS: Readonly<Record<string, ErrorCode>> = {
  access_denied: 'user_cancelled_or_consent_declined',
  consent_required: 'consent_missing',
  interaction_required: 'consent_missing',
  invalid_grant: 'token_expired_or_invalid',
  invalid_client: 'bad_client_secret',
  unauthorized_client: 'wrong_tenant_or_app',
  invalid_scope: 'wrong_scope_or_resource',
  // MSAL's own codes for the device code flow.
  device_code_polling_cancelled: 'cancelled',
  user_timeout_reached: 'timeout',
  device_code_expired: 'timeout',
};

/** The fields of an MSAL AuthError we read (duck-typed: MSAL's classes differ across bundles). */
interface MsalErrorLike {
  readonly errorCode?: unknown;
  readonly errorMessage?: unknown;
  readonly subError?: unknown;
  readonly message?: unknown;
}

/** Is this an error that a new interactive sign-in (consent) can fix? */
export function needsInteraction(err: unknown): boolean {
  const e = (err ?? {}) as MsalErrorLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const sub = typeof e.subError === 'string' ? e.subError : '';
  const text = `${String(e.errorMessage ?? '')} ${String(e.message ?? '')}`;
  return ['interaction_required', 'consent_required', 'login_required', 'no_tokens_found', 'no_account_in_silent_request'].includes(code)
    || sub === 'consent_required'
    || /AADSTS65001\b/.test(text);
}

/** The category of an OAuth error reply, e.g. from the loopback or a token response. */
export function oauthErrorCode(error: string, description: string | undefined): ErrorCode {
  const aadsts = aadstsCodeOf(description);
  return (aadsts && AADSTS_CATEGORIES[aadsts]) || OAUTH_ERRORS[error] || 'not_signed_in';
}

/** A failure on the wire: blocked network or an untrusted certificate. */
function transportErrorOf(t: TransportFailure): AppError {
  const detail = `${t.code ? `${t.code}: ` : ''}${t.message}`;
  if (/CERT|SELF_SIGNED|UNABLE_TO|ERR_TLS|ERR_SSL|EPROTO/i.test(t.code) || /certificate/i.test(t.message)) {
    return { code: 'tls_problem', message: 'the TLS certificate of the sign-in service was not trusted', detail };
  }
  return { code: 'network_blocked', message: 'the sign-in service could not be reached', detail };
}

/**
 * Entra's own sentence out of MSAL's wrapper ("Error(s): 7000215 - Timestamp: … - Description:
 * AADSTS7000215: Invalid client secret … - Correlation ID: …"): the part support recognises.
 */
function entraSentence(text: string): string {
  const described = /Description: ([\s\S]*?)(?: - Correlation ID:| - Trace ID:|$)/.exec(text)?.[1] ?? text;
  return (described.split(/\r?\n/)[0] ?? described).trim();
}

/** Any sign-in failure (MSAL error, loopback failure, network error) as an AppError. */
export function authErrorOf(err: unknown, transport?: TransportFailure): AppError {
  if (err instanceof LoopbackError) {
    const code: ErrorCode = err.failure === 'state_mismatch' ? 'invalid_input' : err.failure === 'listen_failed' ? 'io_error' : err.failure;
    return { code, message: err.message, ...(err.failure === 'state_mismatch' ? { field: 'state' } : {}) };
  }
  const e = (err ?? {}) as MsalErrorLike;
  const errorCode = typeof e.errorCode === 'string' ? e.errorCode : '';
  const description = typeof e.errorMessage === 'string' ? e.errorMessage : typeof e.message === 'string' ? e.message : String(err);
  const firstLine = entraSentence(description);
  // An AADSTS code is Entra's answer; its text may mention certificates or networks in passing.
  if (!aadstsCodeOf(description)) {
    if (transport) return transportErrorOf(transport);
    if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|ECONNRESET/.test(description)) {
      return { code: 'network_blocked', message: 'the sign-in service could not be reached', detail: firstLine };
    }
    if (/self[- ]signed|UNABLE_TO_VERIFY|CERT_|ERR_TLS|unable to get (local )?issuer/i.test(description)) {
      return { code: 'tls_problem', message: 'the TLS certificate of the sign-in service was not trusted', detail: firstLine };
    }
  }
  const code = oauthErrorCode(errorCode, description);
  const aadsts = aadstsCodeOf(description);
  return {
    code,
    message: `sign-in failed: ${errorCode || 'error'}${aadsts ? ` (${aadsts})` : ''}`,
    detail: firstLine,
  };
}
