/**
 * Run-time checks of IPC requests, built on zod 4 schemas. The renderer is the less trusted side:
 * whatever arrives is `unknown` until checked here, and a bad request is answered with
 * `invalid_input` naming the field — never with a thrown exception. Values are not echoed back
 * (later requests carry secrets). Objects are zod strict objects: a field that is not ours —
 * including `__proto__`, `constructor` or `toString` — is an unknown field, never looked up
 * through the prototype chain.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../core/result.js';
import { isScenarioName, type ScenarioName } from '../sandbox/scenarios.js';

/** Turns an unknown request into a typed one, or an invalid_input error. */
export type Validator<T> = (raw: unknown) => Result<T>;

/** `{field}` in a schema's message is replaced by the field's name (`secret.value`, `scenarios[1]`). */
const FIELD = '{field}';

function fieldName(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/** Parses `value` (named `field`) with `schema`; the first problem becomes invalid_input on its field. */
export function check<S extends z.ZodType>(schema: S, value: unknown, field: string): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues;
  // Unknown fields first: the request's shape is wrong before any value is.
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const name = fieldName(field, [...issue.path, issue.keys[0]!]);
    return fail('invalid_input', `Unknown field "${name}".`, { field: name });
  }
  const name = fieldName(field, issue.path);
  // Our schemas carry their message; zod's own ("Invalid input…", "Too big…") is never shown.
  const ours = !/^(Invalid|Too (big|small))\b/.test(issue.message);
  const message = ours ? issue.message.replaceAll(FIELD, name) : `"${name}" is not valid.`;
  return fail('invalid_input', message, { field: name === '' ? 'request' : name });
}

/** Schema: a text of at most `maxLength` characters (empty allowed: the core says "is required" with its field). */
export const textSchema = (maxLength: number) =>
  z.string({ error: `"${FIELD}" must be text.` }).max(maxLength, { error: `"${FIELD}" is longer than ${maxLength} characters.` });

/** Schema: one of a fixed list of strings. */
export const oneOfSchema = <const T extends string>(allowed: readonly T[]) =>
  z.enum(allowed as unknown as [T, ...T[]], { error: `"${FIELD}" must be one of: ${allowed.join(', ')}.` });

/** Schema: true or false. */
export const booleanSchema = () => z.boolean({ error: `"${FIELD}" must be true or false.` });

/** Schema: a list of texts. */
export const textListSchema = (maxItems: number, maxLength: number) =>
  z.array(textSchema(maxLength), { error: `"${FIELD}" must be a list of texts.` }).max(maxItems, { error: `"${FIELD}" has more than ${maxItems} entries.` });

/** Schema: a scenario name (electron/sandbox/scenarios.ts). */
export const scenarioNameSchema = () =>
  z.string({ error: `"${FIELD}" is not a known scenario name.` }).refine(isScenarioName, { error: `"${FIELD}" is not a known scenario name.` }) as unknown as z.ZodType<ScenarioName>;

/** Schema: a plain object with exactly these (optional) fields, each of any value — checked one by one by the caller. */
const fieldsSchema = (allowed: readonly string[], notObject: string) =>
  z.strictObject(Object.fromEntries(allowed.map((key) => [key, z.unknown().optional()])), { error: notObject }) as unknown as z.ZodType<Record<string, unknown>>;

/** For operations without a request: accepts nothing, `null` or `{}`. */
export const noRequest: Validator<void> = (raw) => {
  if (raw === undefined || raw === null) return ok(undefined);
  const checked = check(fieldsSchema([], 'This operation takes no request.'), raw, '');
  return checked.ok ? ok(undefined) : checked;
};

/** Checks that the request is a plain object with no fields but `allowed` (missing = empty). */
export function requestObject(raw: unknown, allowed: readonly string[]): Result<Record<string, unknown>> {
  if (raw === undefined || raw === null) return ok({});
  return check(fieldsSchema(allowed, 'The request must be an object.'), raw, '');
}

/** An optional list of scenario names. */
export function optionalScenarios(value: unknown, field: string): Result<ScenarioName[] | undefined> {
  if (value === undefined) return ok(undefined);
  return check(z.array(scenarioNameSchema(), { error: `"${FIELD}" must be a list of scenario names.` }).max(64, { error: `"${FIELD}" has more than 64 entries.` }), value, field);
}

/** Checks an enableDemoScenario request: one scenario name. */
export const validateEnableScenarioRequest: Validator<{ readonly scenario: ScenarioName }> = (raw) => {
  const request = check(z.strictObject({ scenario: scenarioNameSchema() }, { error: 'The request must be an object.' }), raw ?? {}, '');
  return request.ok ? ok({ scenario: request.value.scenario }) : request;
};

/** A string (empty allowed: the core's own validation says "is required" with its field). */
export function text(value: unknown, field: string, maxLength: number): Result<string> {
  return check(textSchema(maxLength), value, field);
}

/** An optional string; missing stays undefined. */
export function optionalText(value: unknown, field: string, maxLength: number): Result<string | undefined> {
  return value === undefined ? ok(undefined) : text(value, field, maxLength);
}

/** One of a fixed list of strings. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Result<T> {
  return check(oneOfSchema(allowed), value, field) as Result<T>;
}

/** An optional one-of; missing stays undefined. */
export function optionalOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Result<T | undefined> {
  return value === undefined ? ok(undefined) : oneOf(value, field, allowed);
}

/** An optional true/false. */
export function optionalBoolean(value: unknown, field: string): Result<boolean | undefined> {
  return value === undefined ? ok(undefined) : check(booleanSchema(), value, field);
}

/** A list of strings, each at most `maxLength` long. */
export function textList(value: unknown, field: string, maxItems: number, maxLength: number): Result<string[]> {
  return check(textListSchema(maxItems, maxLength), value, field);
}

/** A plain object nested in a request (e.g. `secret`), with no fields but `allowed`. */
export function nestedObject(value: unknown, field: string, allowed: readonly string[]): Result<Record<string, unknown>> {
  return check(fieldsSchema(allowed, `"${field}" must be an object.`), value, field);
}
