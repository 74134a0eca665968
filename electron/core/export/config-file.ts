/**
 * Export and import of the per-profile config files. Secrets are left out unless the caller
 * passes a passphrase, and then sealed (secret-box.ts). Imports are validated against the
 * published schema; a newer schemaVersion is refused with a clear message instead of guessing.
 */
import { promises as fs } from 'node:fs';
import { fail, ok, type Result } from '../result.js';
import { writeFileAtomic } from './atomic-write.js';
import { CONFIG_FORMATS, CONFIG_SCHEMA_VERSION, CONFIG_SCHEMAS, configSchemaId, type ConfigProfile } from './config-schemas.js';
import { schemaIssues, type SchemaIssue } from './schema-issues.js';
import { openSecret, sealSecret, type SealedSecret } from './secret-box.js';

/** A parsed, valid config file. */
export interface ImportedConfig {
  readonly profile: ConfigProfile;
  readonly data: Record<string, unknown>;
}

/** Import failure details: every schema issue, each naming its field. */
export interface ImportProblem {
  readonly code: 'invalid_input' | 'unsupported_version' | 'io_error';
  readonly issues: readonly SchemaIssue[];
  /** The text is not one of our config files at all (not JSON, not an object, another format). */
  readonly notOurs?: true;
}

const MAX_FILE = 1024 * 1024;

/** Where a secret goes in each profile's file. */
const SECRET_FIELD: Record<ConfigProfile, string | undefined> = {
  inventory360: undefined,
  etron: 'Client-Secret',
  generic: 'clientSecret',
};

/** At most this many issues are reported (then one line says how many more): a hostile file cannot flood the UI. */
export const MAX_REPORTED_ISSUES = 100;

/** The problems of `data` as a config file of `profile` (empty = valid). Unknown and inherited names (`__proto__`, `constructor`) are unknown fields. */
export function validateConfig(profile: ConfigProfile, data: unknown): SchemaIssue[] {
  const parsed = CONFIG_SCHEMAS[profile].safeParse(data);
  if (parsed.success) return [];
  const issues = schemaIssues(parsed.error, data);
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [...issues.slice(0, MAX_REPORTED_ISSUES), { field: '(file)', en: `has ${more} more problems`, de: `hat ${more} weitere Probleme` }];
}

/**
 * Builds the file content for a profile: adds format, version and export time, seals the
 * secret when a passphrase is given (otherwise drops it), and validates the result.
 */
export async function buildConfigFile(
  profile: ConfigProfile,
  fields: Record<string, unknown>,
  secret?: { readonly value: string; readonly passphrase: string },
  now = new Date(),
): Promise<Result<string>> {
  const data: Record<string, unknown> = {
    $schema: configSchemaId(profile),
    format: CONFIG_FORMATS[profile],
    schemaVersion: CONFIG_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    ...fields,
  };
  const secretField = SECRET_FIELD[profile];
  if (secretField) delete data[secretField];
  if (secret && secretField) {
    const sealed = await sealSecret(secret.value, secret.passphrase);
    if (!sealed.ok) return sealed;
    data[secretField] = sealed.value;
  }
  const issues = validateConfig(profile, data);
  if (issues.length > 0) {
    const first = issues[0]!;
    return fail('invalid_input', `${first.field} ${first.en}`, { field: first.field, detail: issues.map((i) => `${i.field}: ${i.en}`).join('; ') });
  }
  return ok(`${JSON.stringify(data, null, 2)}\n`);
}

/** Builds and writes a config file atomically (mode 0600). */
export async function exportConfigFile(
  file: string,
  profile: ConfigProfile,
  fields: Record<string, unknown>,
  secret?: { readonly value: string; readonly passphrase: string },
): Promise<Result<string>> {
  const content = await buildConfigFile(profile, fields, secret);
  if (!content.ok) return content;
  return writeFileAtomic(file, content.value);
}

/** Parses and validates config text. */
export function parseConfig(text: string): { ok: true; value: ImportedConfig } | { ok: false; problem: ImportProblem } {
  const problem = (code: ImportProblem['code'], field: string, en: string, de: string, notOurs?: true) =>
    ({ ok: false as const, problem: { code, issues: [{ field, en, de }], ...(notOurs ? { notOurs } : {}) } });
  if (text.length > MAX_FILE) return problem('invalid_input', '(file)', 'is larger than 1 MiB — not a config file', 'ist größer als 1 MiB — keine Einstellungsdatei', true);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return problem('invalid_input', '(file)', `is not valid JSON (${(err as Error).message})`, `ist kein gültiges JSON (${(err as Error).message})`, true);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem('invalid_input', '(root)', 'must be a JSON object', 'muss ein JSON-Objekt sein', true);
  const obj = data as Record<string, unknown>;
  const profile = (Object.keys(CONFIG_FORMATS) as ConfigProfile[]).find((p) => CONFIG_FORMATS[p] === obj.format);
  if (!profile) {
    return problem('invalid_input', 'format', `must be one of ${Object.values(CONFIG_FORMATS).join(', ')}`, `muss einer dieser Werte sein: ${Object.values(CONFIG_FORMATS).join(', ')}`, true);
  }
  const version = obj.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CONFIG_SCHEMA_VERSION) {
    return problem('unsupported_version', 'schemaVersion',
      `is ${version}, but this version of the assistant reads only up to ${CONFIG_SCHEMA_VERSION}; please update the assistant`,
      `ist ${version}, diese Version des Assistenten liest nur bis ${CONFIG_SCHEMA_VERSION}; bitte aktualisieren Sie den Assistenten`);
  }
  const issues = validateConfig(profile, obj);
  if (issues.length > 0) return { ok: false, problem: { code: 'invalid_input', issues } };
  return { ok: true, value: { profile, data: obj } };
}

/** Reads and validates a config file. */
export async function importConfigFile(file: string): Promise<{ ok: true; value: ImportedConfig } | { ok: false; problem: ImportProblem }> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE) return { ok: false, problem: { code: 'invalid_input', notOurs: true, issues: [{ field: '(file)', en: 'is larger than 1 MiB — not a config file', de: 'ist größer als 1 MiB — keine Einstellungsdatei' }] } };
    return parseConfig(await fs.readFile(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, problem: { code: 'io_error', issues: [{ field: '(file)', en: `cannot be read (${e.code ?? e.message})`, de: `kann nicht gelesen werden (${e.code ?? e.message})` }] } };
  }
}

/** Decrypts the secret of an imported config with the passphrase. */
export async function revealSecret(config: ImportedConfig, passphrase: string): Promise<Result<string | undefined>> {
  const field = SECRET_FIELD[config.profile];
  const sealed = field ? (config.data[field] as SealedSecret | undefined) : undefined;
  if (!sealed) return ok(undefined);
  return openSecret(sealed, passphrase);
}
