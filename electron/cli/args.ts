/**
 * A small argument parser for the CLI commands: `--name value`, `--flag`, repeatable options,
 * and positionals — with a usage error (exit 2) for anything unknown instead of guessing.
 */

/** How each option is read. */
export type OptionSpec = Record<string, 'flag' | 'value' | 'list'>;

/** Parsed arguments. */
export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/** Parses argv against a spec; returns an error message for unknown or incomplete options. */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs | string {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('--') || arg === '-') { positionals.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (!kind) return `unknown option --${name}`;
    if (kind === 'flag') {
      if (eq !== -1) return `--${name} takes no value`;
      flags.add(name);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) return `--${name} needs a value`;
    if (kind === 'value') values.set(name, value);
    else lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  return { flags, values, lists, positionals };
}

/** Reads all of stdin as text (for `decode -`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The UI language: --lang, else LANG/LC_ALL starting with "de", else English. */
export function pickLanguage(explicit: string | undefined): 'de' | 'en' {
  if (explicit === 'de' || explicit === 'en') return explicit;
  const env = process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return env.toLowerCase().startsWith('de') ? 'de' : 'en';
}
