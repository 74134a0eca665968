/**
 * zod's issues as our import messages: each names its field (`Postausgangsserver[0].Port`) and
 * says what is wrong in English and German. Formats carry their message key in the schema
 * (`format:uuid`, `pattern:<what is expected>`, config-schemas.ts).
 */
import type { z } from 'zod';

/** One validation problem. */
export interface SchemaIssue {
  /** Path like `Postausgangsserver[0].Port`, `(root)` for the whole document. */
  readonly field: string;
  readonly en: string;
  readonly de: string;
}

type Text = { readonly en: string; readonly de: string };

const FORMATS: Record<string, Text> = {
  uuid: { en: 'must be a GUID like 00000000-0000-0000-0000-000000000000', de: 'muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein' },
  email: { en: 'must be an e-mail address', de: 'muss eine E-Mail-Adresse sein' },
  'date-time': { en: 'must be a date and time (ISO 8601)', de: 'muss ein Datum mit Uhrzeit (ISO 8601) sein' },
  hostname: { en: 'must be a host name', de: 'muss ein Hostname sein' },
};

const TYPES: Record<string, Text> = {
  object: { en: 'an object', de: 'ein Objekt' },
  string: { en: 'text', de: 'ein Text' },
  int: { en: 'a whole number', de: 'eine ganze Zahl' },
  number: { en: 'a whole number', de: 'eine ganze Zahl' },
  boolean: { en: 'true or false', de: 'true oder false' },
  array: { en: 'a list', de: 'eine Liste' },
};

/** `a.b[0].c` from zod's path. */
export function fieldOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { readonly present: boolean } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, key)) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true };
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

function describe(issue: z.core.$ZodIssue, input: unknown): Text {
  if (issue.path.length > 0 && !valueAt(input, issue.path).present) return { en: 'is missing', de: 'fehlt' };
  switch (issue.code) {
    case 'invalid_type': {
      const t = TYPES[issue.expected] ?? { en: issue.expected, de: issue.expected };
      return { en: `must be ${t.en}`, de: `muss ${t.de} sein` };
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? { en: `must be ${show(issue.values[0])}`, de: `muss ${show(issue.values[0])} sein` }
        : { en: `must be one of: ${issue.values.join(', ')}`, de: `muss einer dieser Werte sein: ${issue.values.join(', ')}` };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n === 1 ? { en: 'must not be empty', de: 'darf nicht leer sein' } : { en: `needs at least ${n} characters`, de: `braucht mindestens ${n} Zeichen` };
      if (issue.origin === 'array') return { en: `needs at least ${n} entries`, de: `braucht mindestens ${n} Einträge` };
      return { en: `must be at least ${n}`, de: `muss mindestens ${n} sein` };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return { en: `may have at most ${n} characters`, de: `darf höchstens ${n} Zeichen haben` };
      if (issue.origin === 'array') return { en: `may have at most ${n} entries`, de: `darf höchstens ${n} Einträge haben` };
      return { en: `must be at most ${n}`, de: `darf höchstens ${n} sein` };
    }
    case 'invalid_format': {
      const key = issue.message;
      if (key.startsWith('format:') && FORMATS[key.slice(7)]) return FORMATS[key.slice(7)]!;
      const expected = key.startsWith('pattern:') ? key.slice(8) : issue.format;
      return { en: `has the wrong form (expected ${expected})`, de: `hat die falsche Form (erwartet: ${expected})` };
    }
    default:
      return { en: 'is not valid', de: 'ist ungültig' };
  }
}

/** Every issue of a failed parse, in our words (unknown fields one issue each). */
export function schemaIssues(error: z.ZodError, input: unknown): SchemaIssue[] {
  return error.issues.flatMap((issue): SchemaIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldOf([...issue.path, key]), en: 'is not a known field', de: 'ist kein bekanntes Feld' }));
    }
    const text = describe(issue, input);
    return [{ field: fieldOf(issue.path) || '(root)', ...text }];
  });
}
