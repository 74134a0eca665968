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

/** Shorter texts filter too little to be worth a lookup. */
const MIN_LITERAL = 3;

/** Characters that a backslash makes literal. */
const ESCAPED_LITERAL = /^[^A-Za-z0-9]$/;
/** A literal character the pre-check may use: printable ASCII. */
const PLAIN = /^[\x20-\x7e]$/;

/** Index just past the group or class that opens at `start` (an escaped character or a class inside is skipped). */
function skipBracketed(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      // A class: "]" right after "[" or "[^" is literal; everything up to the closing "]" is one atom.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      if (source[start] === '[') return j + 1;
      i = j;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Length of a quantifier at `i` ("?", "*", "+", "{n}", "{n,}", "{n,m}", each maybe lazy), 0 when none; and whether it allows zero. */
function quantifierAt(source: string, i: number): { length: number; optional: boolean } {
  const c = source[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') { length = 1; optional = true; }
  else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
    if (m) { length = m[0].length; optional = Number(m[1]) === 0; }
  }
  if (length > 0 && source[i + length] === '?') length++;
  return { length, optional };
}

/**
 * The longest run of plain text every match of `source` contains, lower-cased; undefined when none of at least
 * MIN_LITERAL characters is certain.
 */
export function requiredLiteral(source: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  const flush = () => { if (run) runs.push(run); run = ''; };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let literal: string | undefined;
    let next: number;
    if (c === '|') return undefined;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (ESCAPED_LITERAL.test(e)) { literal = e; next = i + 2; }
      else {
        // \d \w \s \b \B \n \t, \xHH, \uHHHH, \u{…}, \p{…}, \cX, \k<name>, back-references: not plain text.
        next = i + 2;
        if (e === 'x') next = i + 4;
        else if (e === 'u') next = source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 6;
        else if (e === 'p' || e === 'P') next = source.indexOf('}', i) + 1 || source.length;
        else if (e === 'c') next = i + 3;
        else if (e === 'k') next = source.indexOf('>', i) + 1 || source.length;
      }
    } else if (c === '(' || c === '[') {
      next = skipBracketed(source, i);
    } else if (c === '.' || c === '^' || c === '$' || c === ')' || c === ']' || c === '{' || c === '}' || c === '?' || c === '*' || c === '+') {
      next = i + 1;
    } else {
      literal = c;
      next = i + 1;
    }
    const q = quantifierAt(source, next);
    if (literal !== undefined && PLAIN.test(literal)) {
      if (q.length === 0) run += literal;
      else if (q.optional) flush();
      else { run += literal; flush(); }
    } else {
      flush();
    }
    i = next + q.length;
  }
  flush();
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= MIN_LITERAL ? longest.toLowerCase() : undefined;
}

/**
 * The texts of which a view must contain at least one for the regex of these alternatives to match (one per
 * alternative), or undefined when some alternative has no certain text or the flags fold case beyond ASCII.
 */
export function requiredLiterals(sources: readonly string[], flags: string): readonly string[] | undefined {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return undefined;
  const literals: string[] = [];
  for (const source of sources) {
    const literal = requiredLiteral(source);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  return [...new Set(literals)];
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

  /** The registered texts that occur in `text`. */
  find(text: string): Set<string> {
    const found = new Set<string>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (state !== 0 && !this.next[state]!.has(c)) state = this.fail[state]!;
      state = this.next[state]!.get(c) ?? 0;
      for (const literal of this.out[state]!) found.add(literal);
    }
    return found;
  }
}

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
let lastFound: ReadonlySet<string> = new Set();

/** The registered texts present in the view (lower-cased), computed once for all rules that scan the same view in turn. */
export function literalsIn(view: string): ReadonlySet<string> {
  if (view !== lastView || automaton === undefined) {
    automaton ??= new LiteralAutomaton([...registered]);
    lastFound = automaton.find(view.toLowerCase());
    lastView = view;
  }
  return lastFound;
}
