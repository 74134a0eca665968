/**
 * Validation and quoting of every value the PowerShell generator inserts. Two walls: each value
 * must match what it claims to be (a GUID, an address, a name), and it is written as a
 * single-quoted literal, in which PowerShell expands nothing ($, backtick, $( ) stay text).
 *
 * The one way out of a single-quoted literal is a quote character, and PowerShell counts four
 * Unicode quotes as single quotes too (‘ ’ ‚ ‛; see its tokenizer's IsSingleQuote and
 * CodeGeneration.EscapeSingleQuotedStringContent). So every one of them is doubled, which
 * PowerShell reads back as that one character.
 */
import { fail, ok, type Result } from '../result.js';

/** Characters PowerShell treats as a single quote: ' ‘ ’ ‚ ‛. */
export const SINGLE_QUOTE_CHARS = ['\u0027', '\u2018', '\u2019', '\u201a', '\u201b'] as const;

const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** A PowerShell single-quoted literal of `value`; every single-quote variant is doubled. */
export function psQuote(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/**
 * Not allowed in any inserted value: control characters (incl. NUL, CR, LF, NEL), line and
 * paragraph separators, format characters (bidi overrides hide code from a reviewer), lone
 * surrogates, private-use and unassigned code points.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * An address: dot-atom local part without quotes, backticks, $ or ; (all legal in RFC 5322, but
 * not in a mailbox an admin types), an LDH domain with at least two labels and a letter TLD.
 */
const ADDRESS =
  /^[A-Za-z0-9!#%&*+/=?^_{|}~-]+(?:\.[A-Za-z0-9!#%&*+/=?^_{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** A DNS domain (tenant's initial or verified domain). */
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

function invalid<T>(field: string, message: string): Result<T> {
  return fail<T>('invalid_input', message, { field });
}

function asString(field: string, label: string, value: unknown): Result<string> {
  if (typeof value !== 'string' || value.trim() === '') return invalid(field, `${label} is required.`);
  return ok(value.trim());
}

/** A GUID (8-4-4-4-12 hex), lower-cased; the all-zero GUID only when `allowNil`. */
export function validateGuid(field: string, label: string, value: unknown, allowNil = false): Result<string> {
  const s = asString(field, label, value);
  if (!s.ok) return s;
  if (!GUID.test(s.value)) return invalid(field, `${label} must be a GUID like 0a1b2c3d-0000-4000-8000-0123456789ab.`);
  const guid = s.value.toLowerCase();
  if (guid === NIL_GUID && !allowNil) return invalid(field, `${label} cannot be the all-zero GUID.`);
  return ok(guid);
}

/** A user principal name or SMTP address, at most 254 characters. */
export function validateAddress(field: string, label: string, value: unknown): Result<string> {
  const s = asString(field, label, value);
  if (!s.ok) return s;
  if (s.value.length > 254) return invalid(field, `${label} is longer than 254 characters.`);
  const at = s.value.lastIndexOf('@');
  if (!ADDRESS.test(s.value) || at > 64) return invalid(field, `${label} must be an e-mail address like user@contoso.com.`);
  return ok(s.value);
}

/** `-Organization`: the tenant id or a domain of the tenant (e.g. contoso.onmicrosoft.com). */
export function validateOrganization(field: string, value: unknown): Result<string> {
  const s = asString(field, 'The organization', value);
  if (!s.ok) return s;
  if (GUID.test(s.value)) return validateGuid(field, 'The tenant id', s.value);
  if (s.value.length > 253 || !DOMAIN.test(s.value)) {
    return invalid(field, 'The organization must be the tenant id or a domain such as contoso.onmicrosoft.com.');
  }
  return ok(s.value.toLowerCase());
}

/**
 * A free-text name (display name, management scope or role assignment name): printable, no
 * control characters, at most `maxLength`. Quotes are allowed; psQuote makes them text.
 */
export function validateName(field: string, label: string, value: unknown, maxLength: number): Result<string> {
  const s = asString(field, label, value);
  if (!s.ok) return s;
  if (NOT_PRINTABLE.test(s.value)) return invalid(field, `${label} contains a control or invisible character.`);
  if ([...s.value].length > maxLength) return invalid(field, `${label} is longer than ${maxLength} characters.`);
  return ok(s.value);
}

/** Display names of service principals (Entra allows 256). */
export const DISPLAY_NAME_MAX = 256;

/** Exchange object names (management scopes, role assignments) are limited to 64 characters. */
export const EXCHANGE_NAME_MAX = 64;

/** Runs validators in order and returns the first failure, or all values. */
export function collect<T extends Record<string, Result<unknown>>>(
  results: T,
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
  const out: Record<string, unknown> = {};
  for (const [key, r] of Object.entries(results)) {
    if (!r.ok) return r;
    out[key] = r.value;
  }
  return ok(out as { [K in keyof T]: T[K] extends Result<infer V> ? V : never });
}
