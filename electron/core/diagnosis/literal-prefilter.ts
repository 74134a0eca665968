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
 * is some hundred lines.
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

/** A run of plain text in a regex source, and the index where it begins. */
interface Run {
  readonly text: string;
  readonly at: number;
}

/**
 * Plain text characters: printable ASCII that is neither syntax nor an escape. A stretch of them is taken at once (the rules'
 * sources are mostly words, and this runs for every alternative of every rule when the decoder loads).
 */
const PLAIN = /[^\\|()[\].^$?*+{}\x00-\x1f\x7f-\uffff]+/y;

/** The runs of plain text every match of `source` contains, in order; undefined when the source has a top-level "|". */
function runsOf(source: string, unicode: boolean, sets: boolean): Run[] | undefined {
  const runs: Run[] = [];
  let run = '';
  let runAt = 0;
  const flush = () => {
    if (run) runs.push({ text: run, at: runAt });
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    PLAIN.lastIndex = i;
    if (PLAIN.test(source)) {
      // All but the last character are text; the last is too unless a quantifier follows it (handled one by one below).
      const end = PLAIN.lastIndex;
      const last = QUANTIFIER_START.has(source[end] ?? '') ? end - 1 : end;
      if (last > i) {
        if (!run) runAt = i;
        run += source.slice(i, last);
        i = last;
        if (i === end) continue;
      }
    }
    const c = source[i]!;
    if (c === '|') return undefined;
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
  return runs;
}

/** A run as a required text; its distance from a match's start is measured when first asked (only big views ask, windowed-exec.ts). */
class LazyRequiredText implements RequiredText {
  readonly literal: string;
  private measured: number | undefined;
  constructor(private readonly source: string, private readonly run: Run, private readonly unicode: boolean, private readonly sets: boolean) {
    this.literal = run.text.toLowerCase();
  }

  get before(): number {
    return (this.measured ??= maxLength(this.source.slice(0, this.run.at), this.unicode, this.sets));
  }
}

/** Further runs (beside the longest) shorter than this would add more lookups than they save. */
const MIN_FURTHER = 4;

/**
 * Every text every match of `source` contains: the longest run (the first of them) first, then each other run of at least
 * MIN_FURTHER characters; undefined when the longest has fewer than MIN_LITERAL characters. A view must contain all of them for
 * the source to match there, and on a big view a match is looked for near whichever of them is cheapest to try
 * (windowed-exec.ts): the longest run is often a common word ("authentication") where a shorter one beside it is rare.
 */
export function requiredRuns(source: string, unicode = false, sets = false): readonly RequiredText[] | undefined {
  const runs = runsOf(source, unicode, sets);
  let best: Run | undefined;
  for (const run of runs ?? []) if (run.text.length > (best?.text.length ?? 0)) best = run;
  if (!runs || !best || best.text.length < MIN_LITERAL) return undefined;
  const texts: RequiredText[] = [new LazyRequiredText(source, best, unicode, sets)];
  for (const run of runs) {
    if (run.text.length < MIN_FURTHER || run === best) continue;
    const text = new LazyRequiredText(source, run, unicode, sets);
    if (!texts.some((t) => t.literal === text.literal)) texts.push(text);
  }
  return texts;
}

/**
 * The longest run of plain text every match of `source` contains, lower-cased, with how far into a match it can begin;
 * undefined when none of at least MIN_LITERAL characters is certain. `unicode`: the regex has the u or v flag; `sets`: v.
 */
export function requiredText(source: string, unicode = false, sets = false): RequiredText | undefined {
  return requiredRuns(source, unicode, sets)?.[0];
}

/** The longest run of plain text every match of `source` contains, lower-cased (requiredText without its position). */
export function requiredLiteral(source: string): string | undefined {
  return requiredText(source)?.literal;
}

/**
 * Per alternative, the texts a view must contain for it to match (requiredRuns), each with how far into a match it begins;
 * undefined when some alternative has no certain text or the flags fold case beyond ASCII.
 */
export function requiredTexts(sources: readonly string[], flags: string): readonly (readonly RequiredText[])[] | undefined {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return undefined;
  const unicode = flags.includes('u') || flags.includes('v');
  const alternatives: (readonly RequiredText[])[] = [];
  for (const source of sources) {
    const texts = requiredRuns(source, unicode, flags.includes('v'));
    if (texts === undefined) return undefined;
    alternatives.push(texts);
  }
  return alternatives;
}

/**
 * The texts the pre-check looks up for these alternatives (every required text of each), or undefined when some alternative
 * has no certain text or the flags fold case beyond ASCII.
 */
export function requiredLiterals(sources: readonly string[], flags: string): readonly string[] | undefined {
  const texts = requiredTexts(sources, flags);
  return texts && literalsOf(texts);
}

/** The distinct texts of some alternatives' required texts. */
export function literalsOf(alternatives: readonly (readonly RequiredText[])[]): readonly string[] {
  return [...new Set(alternatives.flatMap((texts) => texts.map((t) => t.literal)))];
}

/** Whether some alternative has all its required texts among those present in a view (literalsIn). */
export function someAlternativePresent(alternatives: readonly (readonly RequiredText[])[], present: ReadonlyMap<string, unknown>): boolean {
  return alternatives.some((texts) => texts.every((t) => present.has(t.literal)));
}

/** A state's transitions when it has one child (`NONE`: none, `MANY`: several, kept in a map). */
const NONE = -1;
const MANY = -2;

/**
 * A multi-text search: a trie of the texts with failure links; `find` reports which texts occur in a string, in one pass.
 * Most states of a trie of words have one child, so a state keeps that child in two typed arrays and only a branching state
 * gets a map; the root's ASCII children sit in a table. (One map per state made building it and every search allocate tens
 * of thousands of objects.)
 */
export class LiteralAutomaton {
  /** The single child's character, NONE or MANY; the single child. */
  private readonly childChar: Int32Array;
  private readonly childState: Int32Array;
  /** The children of states with several; their ASCII children also in a table, 128 entries per such state (0: none). */
  private readonly branches = new Map<number, Map<number, number>>();
  private readonly branchSlot: Int32Array;
  private readonly branchAscii: Int32Array;
  /** The root's children by ASCII character (0: none). */
  private readonly rootAscii = new Int32Array(128);
  private readonly fail: Int32Array;
  /** The text ending at a state ('': none), and the nearest state on its failure chain where another text ends (0: none). */
  private readonly own: string[];
  private readonly nextOutput: Int32Array;

  constructor(texts: readonly string[]) {
    const childChar: number[] = [NONE];
    const childState: number[] = [0];
    this.own = [''];
    const add = (state: number, c: number): number => {
      const to = childChar.length;
      childChar.push(NONE);
      childState.push(0);
      this.own.push('');
      if (childChar[state] === NONE) {
        childChar[state] = c;
        childState[state] = to;
      } else {
        if (childChar[state] !== MANY) {
          this.branches.set(state, new Map([[childChar[state]!, childState[state]!]]));
          childChar[state] = MANY;
        }
        this.branches.get(state)!.set(c, to);
      }
      return to;
    };
    for (const text of texts) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        state = this.step(state, c, childChar, childState) ?? add(state, c);
      }
      this.own[state] = text;
    }
    this.childChar = Int32Array.from(childChar);
    this.childState = Int32Array.from(childState);
    for (const [c, to] of this.children(0)) if (c < 128) this.rootAscii[c] = to;
    this.branchSlot = new Int32Array(childChar.length);
    this.branchAscii = new Int32Array(this.branches.size * 128);
    let slot = 0;
    for (const [state, children] of this.branches) {
      this.branchSlot[state] = slot;
      for (const [c, to] of children) if (c < 128) this.branchAscii[slot * 128 + c] = to;
      slot++;
    }
    this.fail = new Int32Array(childChar.length);
    this.nextOutput = new Int32Array(childChar.length);
    // Breadth first: a state's failure link is the longest proper suffix of its text that is also a prefix of some text.
    const queue: number[] = this.children(0).map(([, to]) => to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, to] of this.children(state)) {
        let f = this.fail[state]!;
        while (f !== 0 && this.step(f, c) === undefined) f = this.fail[f]!;
        const target = this.step(f, c);
        const link = target !== undefined && target !== to ? target : 0;
        this.fail[to] = link;
        this.nextOutput[to] = this.own[link] !== '' ? link : this.nextOutput[link]!;
        queue.push(to);
      }
    }
  }

  /** The state after `c` from `state`, if it has that child (in the arrays being built, or by default in the finished ones). */
  private step(state: number, c: number, chars: ArrayLike<number> = this.childChar, states: ArrayLike<number> = this.childState): number | undefined {
    const one = chars[state];
    if (one === c) return states[state];
    return one === MANY ? this.branches.get(state)!.get(c) : undefined;
  }

  private children(state: number): [number, number][] {
    const one = this.childChar[state];
    if (one === MANY) return [...this.branches.get(state)!];
    return one === NONE ? [] : [[one!, this.childState[state]!]];
  }

  /**
   * The registered texts that occur in `text`, each with where it starts (in order; at most MAX_STARTS, then undefined:
   * too many to be worth trying one by one).
   */
  find(text: string, withStarts: boolean): Map<string, number[] | undefined> {
    const found = new Map<string, number[] | undefined>();
    const { childChar, childState, fail, rootAscii, own, nextOutput, branchSlot, branchAscii } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Follow failure links until a state has a child for c (the single child checked inline: most states have one).
      let next = -1;
      while (state !== 0) {
        const one = childChar[state]!;
        if (one === c) next = childState[state]!;
        else if (one !== MANY) next = -1;
        else if (c < 128) next = branchAscii[branchSlot[state]! * 128 + c]! || -1;
        else next = this.branches.get(state)!.get(c) ?? -1;
        if (next !== -1) break;
        state = fail[state]!;
      }
      state = next !== -1 ? next : c < 128 ? rootAscii[c]! : (this.step(0, c) ?? 0);
      let out = own[state] !== '' ? state : nextOutput[state]!;
      for (; out !== 0; out = nextOutput[out]!) {
        const literal = own[out]!;
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
