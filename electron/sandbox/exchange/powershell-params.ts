/**
 * PowerShell-style parameter binding for the Exchange cmdlet stand-in: names case-insensitive
 * with or without the leading "-", mandatory parameters, and values as scripts write them
 * ($true / $false / $null, or JSON true / false / null). The three states of
 * `-SmtpClientAuthenticationDisabled` ($true, $false, $null = inherit) survive binding.
 */
import { PS_MESSAGES } from './powershell-messages.js';

/** How a parameter's value is read. */
export type ParamKind = 'string' | 'guid' | 'strings' | 'bool' | 'nullableBool';

/** One declared parameter. */
export interface ParamSpec {
  readonly kind: ParamKind;
  readonly mandatory?: boolean;
}

/** A cmdlet's parameters, keyed by their canonical name (e.g. `AppId`). */
export type CmdletParams = Readonly<Record<string, ParamSpec>>;

/** Common parameters every cmdlet accepts and the sandbox ignores. */
const COMMON = new Set(['confirm', 'erroraction', 'warningaction', 'verbose', 'debug', 'domaincontroller', 'inheritancetype', 'automapping']);

/** Bound values, by canonical name; absent parameters are missing from the map. */
export type BoundParams = ReadonlyMap<string, string | readonly string[] | boolean | null>;

/** The result of binding. */
export type BindResult = { readonly ok: true; readonly params: BoundParams } | { readonly ok: false; readonly error: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toBoolean(name: string, value: unknown, nullable: boolean): boolean | null | string {
  if (value === null || value === '$null') return nullable ? null : PS_MESSAGES.nullBoolean(name);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = String(value).trim().toLowerCase();
  if (text === '$true' || text === 'true' || text === '1') return true;
  if (text === '$false' || text === 'false' || text === '0') return false;
  return PS_MESSAGES.notBoolean(name, String(value));
}

function bindOne(name: string, spec: ParamSpec, value: unknown): string | readonly string[] | boolean | null | { error: string } {
  switch (spec.kind) {
    case 'bool':
    case 'nullableBool': {
      const b = toBoolean(name, value, spec.kind === 'nullableBool');
      return typeof b === 'string' ? { error: b } : b;
    }
    case 'strings': {
      const list = (Array.isArray(value) ? value : String(value ?? '').split(','))
        .map((v) => String(v).trim()).filter(Boolean);
      return list.length > 0 ? list : { error: PS_MESSAGES.nullOrEmpty(name) };
    }
    case 'string':
    case 'guid': {
      const text = value === null || value === undefined ? '' : String(value).trim();
      if (text === '') return { error: PS_MESSAGES.nullOrEmpty(name) };
      if (spec.kind === 'guid' && !GUID.test(text)) return { error: PS_MESSAGES.notGuid(name, text) };
      return spec.kind === 'guid' ? text.toLowerCase() : text;
    }
    default:
      return { error: PS_MESSAGES.unknownParameter(name) };
  }
}

/** Binds raw parameters to a cmdlet's declared parameters. */
export function bindParameters(declared: CmdletParams, raw: Readonly<Record<string, unknown>>): BindResult {
  const byLower = new Map(Object.keys(declared).map((n) => [n.toLowerCase(), n] as const));
  const params = new Map<string, string | readonly string[] | boolean | null>();
  for (const [key, value] of Object.entries(raw)) {
    const given = key.replace(/^-+/, '');
    const lower = given.toLowerCase();
    if (COMMON.has(lower)) continue;
    const name = byLower.get(lower);
    if (!name) return { ok: false, error: PS_MESSAGES.unknownParameter(given) };
    const bound = bindOne(name, declared[name]!, value);
    if (bound !== null && typeof bound === 'object' && 'error' in bound) return { ok: false, error: bound.error };
    params.set(name, bound);
  }
  const missing = Object.entries(declared).filter(([n, s]) => s.mandatory && !params.has(n)).map(([n]) => n);
  if (missing.length > 0) return { ok: false, error: PS_MESSAGES.missingMandatory(missing) };
  return { ok: true, params };
}

/** Reads a bound string parameter (mandatory ones are present after binding). */
export function stringParam(params: BoundParams, name: string): string | undefined {
  const v = params.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Reads a bound list parameter. */
export function stringsParam(params: BoundParams, name: string): readonly string[] {
  const v = params.get(name);
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
