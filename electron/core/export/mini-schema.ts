/**
 * A small JSON Schema (draft 2020-12 subset) validator for our own config schemas: the same
 * objects are published as .schema.json files, and this checks imports against them with
 * messages that name the field and say what is wrong (German and English).
 */

/** The subset of JSON Schema our config schemas use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'string' | 'integer' | 'boolean' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: (string | number)[];
  const?: string | number;
  pattern?: string;
  format?: 'uuid' | 'email' | 'date-time' | 'hostname';
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
}

/** One validation problem. */
export interface SchemaIssue {
  /** Path like `Postausgangsserver[0].Port`. */
  readonly field: string;
  readonly en: string;
  readonly de: string;
}

const FORMATS: Record<NonNullable<JsonSchema['format']>, { re: RegExp; en: string; de: string }> = {
  uuid: { re: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, en: 'must be a GUID like 00000000-0000-0000-0000-000000000000', de: 'muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein' },
  email: { re: /^[A-Za-z0-9.!#%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/, en: 'must be an e-mail address', de: 'muss eine E-Mail-Adresse sein' },
  'date-time': { re: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/, en: 'must be a date and time (ISO 8601)', de: 'muss ein Datum mit Uhrzeit (ISO 8601) sein' },
  hostname: { re: /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$/, en: 'must be a host name', de: 'muss ein Hostname sein' },
};

const TYPE_NAMES: Record<NonNullable<JsonSchema['type']>, { en: string; de: string }> = {
  object: { en: 'an object', de: 'ein Objekt' },
  string: { en: 'text', de: 'ein Text' },
  integer: { en: 'a whole number', de: 'eine ganze Zahl' },
  boolean: { en: 'true or false', de: 'true oder false' },
  array: { en: 'a list', de: 'eine Liste' },
};

function typeOk(type: NonNullable<JsonSchema['type']>, value: unknown): boolean {
  switch (type) {
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
  }
}

const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);

/** Validates `value` against `schema`; returns every issue found (empty = valid). */
export function validateSchema(schema: JsonSchema, value: unknown, field = ''): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (en: string, de: string): void => { issues.push({ field: field || '(root)', en, de }); };
  if (schema.type && !typeOk(schema.type, value)) {
    const t = TYPE_NAMES[schema.type];
    add(`must be ${t.en}`, `muss ${t.de} sein`);
    return issues;
  }
  if (schema.const !== undefined && value !== schema.const) add(`must be "${schema.const}"`, `muss "${schema.const}" sein`);
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    add(`must be one of: ${schema.enum.join(', ')}`, `muss einer dieser Werte sein: ${schema.enum.join(', ')}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) add(schema.minLength === 1 ? 'must not be empty' : `needs at least ${schema.minLength} characters`, schema.minLength === 1 ? 'darf nicht leer sein' : `braucht mindestens ${schema.minLength} Zeichen`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) add(`may have at most ${schema.maxLength} characters`, `darf höchstens ${schema.maxLength} Zeichen haben`);
    if (schema.format && !FORMATS[schema.format].re.test(value)) add(FORMATS[schema.format].en, FORMATS[schema.format].de);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) add(`has the wrong form (expected ${schema.description ?? schema.pattern})`, `hat die falsche Form (erwartet: ${schema.description ?? schema.pattern})`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add(`must be at least ${schema.minimum}`, `muss mindestens ${schema.minimum} sein`);
    if (schema.maximum !== undefined && value > schema.maximum) add(`must be at most ${schema.maximum}`, `darf höchstens ${schema.maximum} sein`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) add(`needs at least ${schema.minItems} entries`, `braucht mindestens ${schema.minItems} Einträge`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) add(`may have at most ${schema.maxItems} entries`, `darf höchstens ${schema.maxItems} Einträge haben`);
    if (schema.items) value.forEach((item, i) => issues.push(...validateSchema(schema.items!, item, `${field}[${i}]`)));
  }
  if (schema.type === 'object' && typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in obj)) issues.push({ field: join(field, key), en: 'is missing', de: 'fehlt' });
    }
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) issues.push(...validateSchema(sub, v, join(field, key)));
      else if (schema.additionalProperties === false) issues.push({ field: join(field, key), en: 'is not a known field', de: 'ist kein bekanntes Feld' });
    }
  }
  return issues;
}
