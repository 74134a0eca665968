/**
 * Microsoft's AADSTS messages without their code: clients, ticket systems and forum posts often show
 * only the description ("Application … is not configured as a multi-tenant application. Usage of the
 * /common endpoint is not supported …", "Client is public so neither 'client_assertion' nor
 * 'client_secret' should be presented"). Every message of the published list (aadsts-codes.ts) is
 * recognized by its word sequences, so a code's category also applies when the code is missing.
 *
 * Written here rather than with regexes: ~300 messages as one alternation would be slow to compile
 * and to run. Instead both the messages and the text become words (lower case, hyphens dropped, so
 * "multi-tenant" = "multitenant"; Microsoft's page writes "isn't" where the service sends "is not",
 * so contractions are expanded) and every run of GRAM words of the text is looked up in a map — linear
 * in the input. A message counts when two or more of its runs are found and cover at least COVERAGE of its words (so a shared
 * opening such as "The provided value for the input parameter" does not decide between 'scope' and
 * 'redirect_uri'); a message of GRAM words or fewer must appear whole. Runs that belong to messages
 * of different categories name none of them.
 */
import { AADSTS_CODES, type AadstsCode } from './aadsts-codes.js';
import { p, type Rule, type RuleHit } from './pattern-kit.js';

/** Words per looked-up run. */
const GRAM = 5;
/** A message of fewer words is too common to name one code. */
const MIN_WORDS = 4;
/** A message found without its code is a little less sure than the code itself. */
const WITHOUT_CODE = 0.95;
/** Share of a message's words its found runs must cover. */
const COVERAGE = 0.6;
/** Most message hits one text yields. */
const MAX_HITS = 10;

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan't\b/gi, 'cannot'], [/\bwon't\b/gi, 'will not'], [/n't\b/gi, ' not'], [/\b(there|it|that)'s\b/gi, '$1 is'],
];

/** The words of a text (hyphens and apostrophes inside a word dropped) and where each begins, in two arrays: a 1 MB paste has
 *  some hundred thousand words, and an object per word made the scan's garbage collection its largest cost. */
interface Words {
  readonly tokens: string[];
  readonly ats: number[];
}

/** The words of a text with their index (hyphens and apostrophes inside a word dropped). */
function wordsOf(text: string): Words {
  const tokens: string[] = [];
  const ats: number[] = [];
  // Lower-cased once, so the words need no case-insensitive regex and no copy each. Only the Kelvin sign and "İ" lower-case
  // to ASCII letters (which the case-insensitive [a-z] does not match); with them the text is read word by word as before.
  const once = !/[\u212a\u0130]/.test(text);
  const source = once ? text.toLowerCase() : text;
  const regex = once ? /[a-z0-9]+(?:['’-][a-z0-9]+){0,4}/g : /[a-z0-9]+(?:['’-][a-z0-9]+){0,4}/gi;
  for (let m = regex.exec(source); m; m = regex.exec(source)) {
    const word = /['’-]/.test(m[0]) ? m[0].replace(/['’-]/g, '') : m[0];
    tokens.push(once ? word : word.toLowerCase());
    ats.push(m.index);
  }
  return { tokens, ats };
}

/** Microsoft's message without the error's name ("InvalidReplyTo - "), contractions expanded. */
function messageWords(entry: AadstsCode): string[] {
  let text = entry.message.replace(/^\(not on Microsoft's page\) /, '').replace(/^(?:V2Error: )?[A-Za-z0-9_]+ - /, '');
  for (const [from, to] of CONTRACTIONS) text = text.replace(from, to);
  // Placeholders ({appId}, '{name}') are not words of the message.
  text = text.replace(/\{[^}]{0,40}\}/g, ' ');
  return wordsOf(text).tokens;
}

interface Index {
  /** A run of GRAM words → the codes whose message has it. */
  readonly grams: ReadonlyMap<string, readonly AadstsCode[]>;
  /** Words per message (of the codes in `grams`). */
  readonly lengths: ReadonlyMap<string, number>;
  /** The last run of each message (of the codes in `grams`). */
  readonly endings: ReadonlyMap<string, string>;
  /** A whole short message (MIN_WORDS..GRAM words) → its codes, by length. */
  readonly whole: ReadonlyMap<number, ReadonlyMap<string, readonly AadstsCode[]>>;
  /** Every word of the runs and whole messages above: a run of the text with any other word is not looked up. */
  readonly vocabulary: ReadonlySet<string>;
}

function add<K>(map: Map<K, AadstsCode[]>, key: K, entry: AadstsCode): void {
  const list = map.get(key) ?? [];
  if (!list.includes(entry)) list.push(entry);
  map.set(key, list);
}

/** Keeps only keys whose codes all propose the same first category. */
function unambiguous<K>(map: Map<K, AadstsCode[]>): Map<K, AadstsCode[]> {
  for (const [key, entries] of map) {
    if (new Set(entries.map((e) => e.proposals[0]?.category)).size > 1) map.delete(key);
  }
  return map;
}

function buildIndex(): Index {
  const grams = new Map<string, AadstsCode[]>();
  const lengths = new Map<string, number>();
  const endings = new Map<string, string>();
  const whole = new Map<number, Map<string, AadstsCode[]>>();
  for (const entry of AADSTS_CODES.values()) {
    const words = messageWords(entry);
    if (words.length < MIN_WORDS) continue;
    if (words.length <= GRAM) {
      const byLength = whole.get(words.length) ?? new Map<string, AadstsCode[]>();
      add(byLength, words.join(' '), entry);
      whole.set(words.length, byLength);
      continue;
    }
    lengths.set(entry.code, words.length);
    endings.set(entry.code, words.slice(-GRAM).join(' '));
    for (let i = 0; i + GRAM <= words.length; i++) add(grams, words.slice(i, i + GRAM).join(' '), entry);
  }
  for (const byLength of whole.values()) unambiguous(byLength);
  unambiguous(grams);
  const vocabulary = new Set<string>();
  for (const key of [...grams.keys(), ...[...whole.values()].flatMap((byLength) => [...byLength.keys()])]) {
    for (const word of key.split(' ')) vocabulary.add(word);
  }
  return { grams, lengths, endings, whole, vocabulary };
}

const INDEX = buildIndex();

interface Found {
  readonly entry: AadstsCode;
  readonly first: number;
  last: number;
  /** The distinct runs found; a whole short message confirms at once. */
  readonly runs: Set<string>;
  confirmed: boolean;
}

/**
 * A message found in part must end where the text's words end it: its last run was found, or its last word follows the
 * runs found within two words ("… to access '{resource}'" for "… to access the resource"). A shared opening alone ("The
 * request is not valid for the …") is another message ("… application's 'userAudience' configuration").
 */
function endsHere(seen: Found, tokens: readonly string[]): boolean {
  const ending = INDEX.endings.get(seen.entry.code) ?? '';
  if (seen.runs.has(ending)) return true;
  const lastWord = ending.slice(ending.lastIndexOf(' ') + 1);
  return tokens[seen.last + 1] === lastWord || tokens[seen.last + 2] === lastWord;
}

/** Finds Microsoft's messages whose code is not in the text (a code present is read by patterns-entra.ts). */
export const aadstsMessageRule: Rule = {
  id: 'aadsts-message',
  scan(view) {
    const { tokens, ats } = wordsOf(view);
    const found = new Map<string, Found>();
    const note = (entry: AadstsCode, i: number, n: number, run: string | undefined): void => {
      const seen = found.get(entry.code) ?? { entry, first: i, last: i, runs: new Set<string>(), confirmed: false };
      found.set(entry.code, seen);
      seen.last = Math.max(seen.last, i + n - 1);
      if (run === undefined) {
        seen.confirmed = true;
        return;
      }
      seen.runs.add(run);
      seen.confirmed ||= seen.runs.size >= 2 && seen.runs.size + GRAM - 1 >= COVERAGE * (INDEX.lengths.get(entry.code) ?? Infinity)
        && endsHere(seen, tokens);
    };
    // Only runs of words that all occur in some message can be looked up: count, for each word, the known words from it on.
    const known = new Int32Array(tokens.length + 1);
    for (let i = tokens.length - 1; i >= 0; i--) known[i] = INDEX.vocabulary.has(tokens[i]!) ? known[i + 1]! + 1 : 0;
    for (let i = 0; i + MIN_WORDS <= tokens.length; i++) {
      if (known[i]! < MIN_WORDS) continue;
      for (const [length, byLength] of INDEX.whole) {
        if (i + length > tokens.length || known[i]! < length) continue;
        for (const entry of byLength.get(tokens.slice(i, i + length).join(' ')) ?? []) note(entry, i, length, undefined);
      }
      if (i + GRAM > tokens.length || known[i]! < GRAM) continue;
      const run = tokens.slice(i, i + GRAM).join(' ');
      for (const entry of INDEX.grams.get(run) ?? []) note(entry, i, GRAM, run);
    }
    const hits: RuleHit[] = [];
    for (const f of found.values()) {
      // Stop at MAX_HITS before searching the view for the code: a big paste confirms dozens of messages.
      if (hits.length >= MAX_HITS) break;
      if (!f.confirmed || view.includes(f.entry.code)) continue;
      const start = ats[f.first] ?? 0;
      const lastAt = ats[f.last];
      const end = lastAt !== undefined ? lastAt + tokens[f.last]!.length : start;
      hits.push({
        ruleId: `aadsts-message:${f.entry.code}`, family: 'entra', specificity: 3, index: start, length: end - start,
        proposals: f.entry.proposals.map((x) => p(x.category, Math.round(x.weight * WITHOUT_CODE * 100) / 100)), protocolSensitive: false,
      });
    }
    return hits;
  },
};
