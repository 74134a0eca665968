/**
 * Runtime checks of IPC requests. The renderer is the less trusted side: whatever arrives is
 * `unknown` until checked here, and a bad request is answered with `invalid_input` naming the
 * field — never with a thrown exception. Values are not echoed back (later requests carry secrets).
 */
import { fail, ok, type Result } from '../core/result.js';
import { isScenarioName, type ScenarioName } from '../sandbox/scenarios.js';

/** Turns an unknown request into a typed one, or an invalid_input error. */
export type Validator<T> = (raw: unknown) => Result<T>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function invalid<T>(field: string, message: string): Result<T> {
  return fail('invalid_input', message, { field });
}

/** For operations without a request: accepts nothing, `null` or `{}`. */
export const noRequest: Validator<void> = (raw) => {
  if (raw === undefined || raw === null) return ok(undefined);
  if (!isPlainObject(raw)) return invalid('request', 'This operation takes no request.');
  const extra = Object.keys(raw)[0];
  return extra === undefined ? ok(undefined) : invalid(extra, `Unknown field "${extra}".`);
};

/** Checks that the request is a plain object with no fields but `allowed` (missing = empty). */
export function requestObject(raw: unknown, allowed: readonly string[]): Result<Record<string, unknown>> {
  if (raw === undefined || raw === null) return ok({});
  if (!isPlainObject(raw)) return invalid('request', 'The request must be an object.');
  const extra = Object.keys(raw).find((key) => !allowed.includes(key));
  return extra === undefined ? ok(raw) : invalid(extra, `Unknown field "${extra}".`);
}

/** An optional list of scenario names (electron/sandbox/scenarios.ts). */
export function optionalScenarios(value: unknown, field: string): Result<ScenarioName[] | undefined> {
  if (value === undefined) return ok(undefined);
  if (!Array.isArray(value)) return invalid(field, `"${field}" must be a list of scenario names.`);
  const names: ScenarioName[] = [];
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'string' || !isScenarioName(item)) {
      return invalid(`${field}[${index}]`, `"${field}[${index}]" is not a known scenario name.`);
    }
    names.push(item);
  }
  return ok(names);
}

/** Checks an enableDemoScenario request: one scenario name. */
export const validateEnableScenarioRequest: Validator<{ readonly scenario: ScenarioName }> = (raw) => {
  const request = requestObject(raw, ['scenario']);
  if (!request.ok) return request;
  const scenario = request.value['scenario'];
  return typeof scenario === 'string' && isScenarioName(scenario)
    ? ok({ scenario })
    : invalid('scenario', '"scenario" is not a known scenario name.');
};

/** A string (empty allowed: the core's own validation says "is required" with its field). */
export function text(value: unknown, field: string, maxLength: number): Result<string> {
  if (typeof value !== 'string') return invalid(field, `"${field}" must be text.`);
  if (value.length > maxLength) return invalid(field, `"${field}" is longer than ${maxLength} characters.`);
  return ok(value);
}

/** An optional string; missing stays undefined. */
export function optionalText(value: unknown, field: string, maxLength: number): Result<string | undefined> {
  return value === undefined ? ok(undefined) : text(value, field, maxLength);
}

/** One of a fixed list of strings. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Result<T> {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? ok(value as T)
    : invalid(field, `"${field}" must be one of: ${allowed.join(', ')}.`);
}

/** An optional one-of; missing stays undefined. */
export function optionalOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Result<T | undefined> {
  return value === undefined ? ok(undefined) : oneOf(value, field, allowed);
}

/** An optional true/false. */
export function optionalBoolean(value: unknown, field: string): Result<boolean | undefined> {
  if (value === undefined || typeof value === 'boolean') return ok(value);
  return invalid(field, `"${field}" must be true or false.`);
}

/** A list of strings, each at most `maxLength` long. */
export function textList(value: unknown, field: string, maxItems: number, maxLength: number): Result<string[]> {
  if (!Array.isArray(value)) return invalid(field, `"${field}" must be a list of texts.`);
  if (value.length > maxItems) return invalid(field, `"${field}" has more than ${maxItems} entries.`);
  const out: string[] = [];
  for (const [index, item] of value.entries()) {
    const checked = text(item, `${field}[${index}]`, maxLength);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return ok(out);
}

/** A plain object nested in a request (e.g. `secret`), with no fields but `allowed`. */
export function nestedObject(value: unknown, field: string, allowed: readonly string[]): Result<Record<string, unknown>> {
  if (!isPlainObject(value)) return invalid(field, `"${field}" must be an object.`);
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  return extra === undefined ? ok(value) : invalid(`${field}.${extra}`, `Unknown field "${field}.${extra}".`);
}
