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

import { atomAt, quantifierAt } from './match-extent.js';

/** Shorter texts filter too little to be worth a lookup. */
const MIN_LITERAL = 3;

/** Characters that a backslash makes literal. */
const ESCAPED_LITERAL = /^[^A-Za-z0-9]$/;
/** A literal character the pre-check may use: printable ASCII. */
const PLAIN = /^[\x20-\x7e]$/;
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
  const runs: RequiredText[] = [];
  let run = '';
  let runBefore = 0;
  let consumed = 0;
  const flush = () => { if (run) runs.push({ literal: run, before: runBefore }); run = ''; };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '|') return undefined;
    const atom = atomAt(source, i, unicode, sets);
    let literal: string | undefined;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (ESCAPED_LITERAL.test(e)) literal = e;
    } else if (!STRUCTURE.has(c)) {
      literal = c;
    }
    const q = quantifierAt(source, atom.next);
    if (literal !== undefined && PLAIN.test(literal) && !q.optional) {
      if (!run) runBefore = consumed;
      run += literal;
      if (q.length > 0) flush();
    } else {
      flush();
    }
    consumed += atom.most === 0 ? 0 : atom.most * q.most;
    i = atom.next + q.length;
  }
  flush();
  const longest = runs.reduce<RequiredText | undefined>((a, b) => (a === undefined || b.literal.length > a.literal.length ? b : a), undefined);
  return longest && longest.literal.length >= MIN_LITERAL ? { literal: longest.literal.toLowerCase(), before: longest.before } : undefined;
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
  return texts && [...new Set(texts.map((t) => t.literal))];
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
  find(text: string): Map<string, number[] | undefined> {
    const found = new Map<string, number[] | undefined>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (state !== 0 && !this.next[state]!.has(c)) state = this.fail[state]!;
      state = this.next[state]!.get(c) ?? 0;
      for (const literal of this.out[state]!) {
        if (!found.has(literal)) found.set(literal, []);
        const starts = found.get(literal);
        if (starts === undefined) continue;
        if (starts.length < MAX_STARTS) starts.push(i - literal.length + 1);
        else found.set(literal, undefined);
      }
    }
    return found;
  }
}

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
    lastFound = automaton.find(lower);
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
