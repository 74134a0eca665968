/**
 * A cheap pre-check for the decoder's rules: the plain text (ASCII letters, digits, punctuation) that every match of a
 * regex source must contain, so a rule whose words are not in a view is skipped without running its regex. With more than
 * a thousand rules over two views of each paste, most of the decoder's time went into regexes that could not match.
 *
 * Written here, not taken from a library: the regex parsers on npm (regjsparser, regexp-tree) build a full syntax tree and
 * none extracts required literals; what is needed is one conservative pass over the source. Conservative means: whatever
 * it is unsure of (a top-level alternation, a group, a class, an escape like \d or \b, a non-ASCII letter, a quantifier that
 * makes a character optional) ends the current run of text, and a source with a top-level "|" has no required text at all.
 * The answer is compared lower-cased with the lower-cased view: a superset of what a case-insensitive regex without the u
 * or v flag can match on ASCII text (with u/v and i, Unicode case folding maps "ſ" to "s" and "K" to "k", so those get
 * no pre-check). decoder-prefilter.test.ts checks that no rule's answer changes on any corpus text or hostile input.
 *
 * The required texts of all rules are looked up in one pass over a view (an Aho–Corasick automaton over every registered
 * text), not with one `includes` per rule: with some 1,500 rules the separate scans had become the decoder's largest cost.
 * Written here for the same reason: the npm packages for it are small, unmaintained single-author ones, and the automaton
 * is some forty lines.
 */

import { atomAt, maxLength, quantifierAt } from './match-extent.js';

/** Shorter texts filter too little to be worth a lookup. */
const MIN_LITERAL = 3;

/** Characters that a backslash makes literal. */
const ESCAPED_LITERAL = /^[^A-Za-z0-9]$/;
/** Characters that can begin a quantifier, and the answer when none follows. */
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);
const NO_QUANTIFIER = { length: 0, optional: false, most: 1 } as const;
/** Characters that are syntax, not text, outside a class. */
const STRUCTURE = new Set(['(', '[', '.', '^', '$', ')', ']', '{', '}', '?', '*', '+']);

/** A text every match of a regex source contains, and the most characters a match can have before it. */
export interface RequiredText {
  /** Lower-cased. */
  readonly literal: string;
  /** Most UTF-16 code units a match consumes before the text begins (Infinity when unbounded). */
  readonly before: number;
}

/**
 * The longest run of plain text every match of `source` contains, lower-cased, with how far into a match it can begin;
 * undefined when none of at least MIN_LITERAL characters is certain. `unicode`: the regex has the u or v flag; `sets`: v.
 */
export function requiredText(source: string, unicode = false, sets = false): RequiredText | undefined {
  // The runs, each with the index where it begins; how far into a match that is is measured for the chosen run only.
  let best = '';
  let bestAt = 0;
  let run = '';
  let runAt = 0;
  const flush = () => {
    if (run.length > best.length) { best = run; bestAt = runAt; }
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '|') return undefined;
    // Most characters are plain text: their atom ends at the next index and they seldom carry a quantifier.
    const next = c === '\\' || c === '(' || c === '[' ? atomAt(source, i, unicode, sets, false).next : i + 1;
    let literal: string | undefined;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (ESCAPED_LITERAL.test(e)) literal = e;
    } else if (!STRUCTURE.has(c)) {
      literal = c;
    }
    const q = QUANTIFIER_START.has(source[next] ?? '') ? quantifierAt(source, next) : NO_QUANTIFIER;
    const code = literal?.charCodeAt(0) ?? 0;
    if (literal !== undefined && code >= 0x20 && code <= 0x7e && !q.optional) {
      if (!run) runAt = i;
      run += literal;
      if (q.length > 0) flush();
    } else {
      flush();
    }
    i = next + q.length;
  }
  flush();
  if (best.length < MIN_LITERAL) return undefined;
  // Measured when first asked (only big views ask, windowed-exec.ts), not for every rule at start-up.
  const prefix = source.slice(0, bestAt);
  let before: number | undefined;
  return { literal: best.toLowerCase(), get before() { return (before ??= maxLength(prefix, unicode, sets)); } };
}

/** The longest run of plain text every match of `source` contains, lower-cased (requiredText without its position). */
export function requiredLiteral(source: string): string | undefined {
  return requiredText(source)?.literal;
}

/**
 * Per alternative, the text a view must contain for it to match, and how far into a match the text begins; undefined when
 * some alternative has no certain text or the flags fold case beyond ASCII.
 */
export function requiredTexts(sources: readonly string[], flags: string): readonly RequiredText[] | undefined {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return undefined;
  const unicode = flags.includes('u') || flags.includes('v');
  const texts: RequiredText[] = [];
  for (const source of sources) {
    const text = requiredText(source, unicode, flags.includes('v'));
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return texts;
}

/**
 * The texts of which a view must contain at least one for the regex of these alternatives to match (one per
 * alternative), or undefined when some alternative has no certain text or the flags fold case beyond ASCII.
 */
export function requiredLiterals(sources: readonly string[], flags: string): readonly string[] | undefined {
  const texts = requiredTexts(sources, flags);
  return texts && literalsOf(texts);
}

/** The distinct texts of some alternatives' required texts. */
export function literalsOf(texts: readonly RequiredText[]): readonly string[] {
  return [...new Set(texts.map((t) => t.literal))];
}

/** A multi-text search: a trie of the texts with failure links; `find` reports which texts occur in a string, in one pass. */
class LiteralAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** The texts ending at each state, its own and (through the failure links) the shorter ones that end there too. */
  private readonly out: string[][] = [[]];

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let to = this.next[state]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state]!.set(c, to);
        }
        state = to;
      }
      this.out[state]!.push(text);
    }
    // Breadth first: a state's failure link is the longest proper suffix of its text that is also a prefix of some text.
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to] = [...this.out[to]!, ...this.out[this.fail[to]!]!];
        queue.push(to);
      }
    }
  }

  /**
   * The registered texts that occur in `text`, each with where it starts (in order; at most MAX_STARTS, then undefined:
   * too many to be worth trying one by one).
   */
  find(text: string, withStarts: boolean): Map<string, number[] | undefined> {
    const found = new Map<string, number[] | undefined>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (state !== 0 && !this.next[state]!.has(c)) state = this.fail[state]!;
      state = this.next[state]!.get(c) ?? 0;
      const out = this.out[state]!;
      if (out.length === 0) continue;
      for (const literal of out) {
        const starts = found.get(literal);
        if (starts === undefined) {
          if (!found.has(literal)) found.set(literal, withStarts ? [i - literal.length + 1] : undefined);
        } else if (starts.length < MAX_STARTS) {
          starts.push(i - literal.length + 1);
        } else {
          found.set(literal, undefined);
        }
      }
    }
    return found;
  }
}

/** Views shorter than this are scanned whole (windowed-exec.ts): a scan of a few kilobytes costs less than listing positions. */
export const WINDOWED_MIN_CHARS = 16_384;

/** Most starts kept per text and view: beyond them a rule scans the whole view anyway (pattern-kit.ts). */
const MAX_STARTS = 2048;

/** Every rule's required texts; the automaton is built on first use and again after new texts arrive. */
const registered = new Set<string>();
let automaton: LiteralAutomaton | undefined;

/** Adds a rule's required texts to the one-pass search. */
export function registerLiterals(literals: readonly string[]): void {
  for (const literal of literals) {
    if (registered.has(literal)) continue;
    registered.add(literal);
    automaton = undefined;
  }
}

let lastView: string | undefined;
let lastFound: ReadonlyMap<string, readonly number[] | undefined> = new Map();
/** Whether the lower-cased view kept the view's indexes (a few letters, "İ", lower-case to two code units). */
let lastAligned = true;

function lookUp(view: string): void {
  if (view !== lastView || automaton === undefined) {
    automaton ??= new LiteralAutomaton([...registered]);
    const lower = view.toLowerCase();
    // Where each text starts is only asked on big views (windowed-exec.ts); on the rest, listing it would be wasted work.
    lastFound = automaton.find(lower, view.length >= WINDOWED_MIN_CHARS);
    lastAligned = lower.length === view.length;
    lastView = view;
  }
}

/** The registered texts present in the view (lower-cased), computed once for all rules that scan the same view in turn. */
export function literalsIn(view: string): ReadonlyMap<string, unknown> {
  lookUp(view);
  return lastFound;
}

/**
 * Where a registered text starts in the view, in order (lower-cased comparison); undefined when there are too many to
 * list or the lower-cased view's indexes are not the view's.
 */
export function literalStarts(view: string, literal: string): readonly number[] | undefined {
  lookUp(view);
  if (!lastAligned) return undefined;
  return lastFound.has(literal) ? lastFound.get(literal) : [];
}
