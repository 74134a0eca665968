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

/**
 * Most bytes of standard input kept at each end. The decoder reads at most MAX_INPUT_CHARS (its head and tail halves), far
 * fewer characters than this many bytes hold, so its answer on the kept ends is its answer on the whole input; and a
 * multi-gigabyte pipe does not fill memory.
 */
export const STDIN_END_BYTES = 1_048_576;

/** Standard input as text: all of it, or, when longer than twice `endBytes`, its first and last `endBytes` bytes around "…". */
export async function readStdin(endBytes = STDIN_END_BYTES, input: AsyncIterable<unknown> = process.stdin): Promise<string> {
  const head: Buffer[] = [];
  let headLength = 0;
  const tail: Buffer[] = [];
  let tailLength = 0;
  let dropped = false;
  for await (const raw of input) {
    let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw));
    if (headLength < endBytes) {
      const take = chunk.subarray(0, endBytes - headLength);
      head.push(take);
      headLength += take.length;
      chunk = chunk.subarray(take.length);
    }
    if (chunk.length === 0) continue;
    tail.push(chunk);
    tailLength += chunk.length;
    // Whole chunks leave the tail while what stays is still at least endBytes: memory stays near twice endBytes.
    while (tail.length > 1 && tailLength - tail[0]!.length >= endBytes) {
      tailLength -= tail.shift()!.length;
      dropped = true;
    }
  }
  if (!dropped) return Buffer.concat([...head, ...tail]).toString('utf8');
  return `${Buffer.concat(head).toString('utf8')}\n…\n${Buffer.concat(tail).toString('utf8')}`;
}

/** The UI language: --lang, else LANG/LC_ALL starting with "de", else English. */
export function pickLanguage(explicit: string | undefined): 'de' | 'en' {
  if (explicit === 'de' || explicit === 'en') return explicit;
  const env = process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return env.toLowerCase().startsWith('de') ? 'de' : 'en';
}
