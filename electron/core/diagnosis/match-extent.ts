/**
 * The most UTF-16 code units a part of a regex source can consume: so that a rule's regex on a big paste is tried only
 * where a match can begin — at most that many characters before an occurrence of the text it requires (pattern-kit.ts,
 * literal-prefilter.ts) — instead of scanning the whole paste.
 *
 * Written here, not taken from a library: the npm regex parsers (regjsparser, regexp-tree) build a full syntax tree and
 * none answers this; the question needs one conservative pass. Conservative means: anything that can repeat without
 * bound (*, +, {n,}), a back-reference, or a class of the v flag (which may match strings) is Infinity; a class, an escape
 * or "." under the u or v flag counts 2 (an astral character is two code units); a lookaround, \b, ^ and $ consume 0.
 */

/** Index just past the group or class that opens at `start` (its escapes and inner classes skipped). */
export function closingIndex(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      // In JavaScript a "]" right after "[" or "[^" closes the class ("[^]" is any character), unlike POSIX.
      let j = i + 1;
      if (source[j] === '^') j++;
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

/** Length of a quantifier at `i` and the most repetitions it allows (1 when there is none). */
export function quantifierAt(source: string, i: number): { length: number; optional: boolean; most: number } {
  const c = source[i];
  let length = 0;
  let optional = false;
  let most = 1;
  if (c === '?') { length = 1; optional = true; }
  else if (c === '*') { length = 1; optional = true; most = Infinity; }
  else if (c === '+') { length = 1; most = Infinity; }
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (m) {
      length = m[0].length;
      optional = Number(m[1]) === 0;
      most = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    }
  }
  if (length > 0 && source[i + length] === '?') length++;
  return { length, optional, most };
}

/** The atom at `i`: where it ends and the most it consumes (before any quantifier; a group's only when `measure`). */
export function atomAt(source: string, i: number, unicode: boolean, sets: boolean, measure = true): { next: number; most: number } {
  const c = source[i];
  const one = unicode ? 2 : 1;
  if (c === '\\') {
    const e = source[i + 1] ?? '';
    if (e === 'b' || e === 'B') return { next: i + 2, most: 0 };
    if (e === 'k' || /[1-9]/.test(e)) {
      const end = e === 'k' ? (source.indexOf('>', i) + 1 || source.length) : i + 2;
      return { next: end, most: Infinity };
    }
    if (e === 'x') return { next: i + 4, most: 1 };
    // Without u or v, "\u{3}" is "u" three times and "\p" is "p": the escape is one character, the braces a quantifier.
    if ((e === 'u' || e === 'p' || e === 'P') && !unicode) return { next: e === 'u' && source[i + 2] !== '{' ? i + 6 : i + 2, most: 1 };
    if (e === 'u') return source[i + 2] === '{' ? { next: source.indexOf('}', i) + 1 || source.length, most: 2 } : { next: i + 6, most: 1 };
    if (e === 'p' || e === 'P') return { next: source.indexOf('}', i) + 1 || source.length, most: sets ? Infinity : 2 };
    if (e === 'c') return { next: i + 3, most: 1 };
    return { next: i + 2, most: /[dDwWsS]/.test(e) ? one : 1 };
  }
  if (c === '[') return { next: closingIndex(source, i), most: sets ? Infinity : one };
  if (c === '(') {
    const next = closingIndex(source, i);
    if (!measure) return { next, most: 0 };
    const inner = source.slice(i + 1, next - 1);
    if (/^\?(?:=|!|<=|<!)/.test(inner)) return { next, most: 0 };
    // (?:…), (?<name>…), (?i:…) and modifiers: the content after its prefix.
    const prefix = /^\?(?:<[A-Za-z_$][\w$]*>|[imsx-]*:)?/.exec(inner)?.[0] ?? '';
    return { next, most: maxLength(inner.slice(prefix.length), unicode, sets) };
  }
  if (c === '^' || c === '$') return { next: i + 1, most: 0 };
  if (c === '.') return { next: i + 1, most: one };
  return { next: i + 1, most: 1 };
}

/** The most code units a match of `source` (a whole regex source or a group's content) consumes. */
export function maxLength(source: string, unicode: boolean, sets: boolean): number {
  let best = 0;
  let sum = 0;
  let i = 0;
  while (i < source.length) {
    if (source[i] === '|') {
      best = Math.max(best, sum);
      sum = 0;
      i++;
      continue;
    }
    const atom = atomAt(source, i, unicode, sets);
    const q = quantifierAt(source, atom.next);
    sum += atom.most === 0 ? 0 : atom.most * q.most;
    i = atom.next + q.length;
  }
  return Math.max(best, sum);
}
