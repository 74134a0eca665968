/**
 * A token cut across lines — by a terminal or a log viewer at its width, or by a mail — read whole, so every piece of it is
 * redacted: read alone, a piece shorter than the patterns' minimum (the tail of a JWT's signature, half of a client secret)
 * would stay in the text.
 *
 * A run of token characters that continues over a line break is a candidate (WRAPPED_RUN). A break counts as a cut only where
 * the line before it is at least as long as the line after (a wrap fills its lines; the line after a token's last piece is
 * the next message, "S: 535 5.7.3 …" or "AADSTS7000215: …", and is not read into the token). The pieces between cuts are
 * read joined with the secret patterns; where a secret found there crosses a cut, its part in each piece becomes the mark.
 * Written here because no library of the field redacts wrapped text.
 */
import { ENTRA_SECRET, JWT, LONG_RUN, looksRandom, MARK } from './secret-patterns.js';

/** A token character (of a JWT, a client secret, base64 or base64url, a key=value). */
const TOKEN_CHAR = '[A-Za-z0-9._~+/=-]';
/** A line break with the blanks around it. */
const LINE_BREAK = '[ \\t]*\\r?\\n[ \\t]*';
/** A run of token characters continued across line breaks. Anchored at the start of a run, and each piece ends where a
 *  non-token character or a line break does, so the match is linear. */
const WRAPPED_RUN = new RegExp(`(?<!${TOKEN_CHAR})${TOKEN_CHAR}+(?:${LINE_BREAK}${TOKEN_CHAR}+)+`, 'g');
/** The break between two pieces of a run, kept by split(). */
const BREAK = new RegExp(`(${LINE_BREAK})`);
/** Every line break, to read a URL cut by a wrap whole. */
const BREAKS = new RegExp(LINE_BREAK, 'g');
/** A run inside a URL: "://" and no space or quote since (looked for within URL_LOOK_BACK characters before the run and its first
 *  two characters, the slashes of "https://" being token characters; a wrap may cut the URL there too). */
const URL_BEFORE = /:\/\/[^\s"'<>`]*$/;
const URL_LOOK_BACK = 300;
/** The shortest secret crossingSecrets finds other than a JWT: an Entra client secret (3 characters, "Q~", 20 more). */
const SHORTEST_SECRET = 25;
/** A run's first piece shorter than this may read as anything ("dXNl" of "AUTH XOAUTH2 dXNl\ncj1pbmZv…" at 20 columns). */
const SHORT_HEAD = 8;
/** A word: letters only, cased as a word is ("Correlation", "S", "PIPELINING"). */
const WORD = /^(?:[A-Z]?[a-z]+|[A-Z]+)$/;

/** The text with every secret cut across lines redacted in each of its pieces. */
export function redactWrappedRuns(text: string): string {
  return text.includes('\n') ? text.replace(WRAPPED_RUN, (run: string, offset: number) => redactRun(run, offset, text)) : text;
}

/** One run: split where a break is not a cut, each group of pieces joined by cuts read on its own. */
function redactRun(run: string, offset: number, text: string): string {
  // Most runs are a line's last word and the next line's first: too short for any secret but a JWT to cross them.
  if (run.length < SHORTEST_SECRET && !run.includes('eyJ')) return run;
  const parts = run.split(BREAK);
  const inUrl = URL_BEFORE.test(text.slice(Math.max(0, offset - URL_LOOK_BACK), offset + 2).replace(BREAKS, ''));
  let out = '';
  let group = [parts[0]!];
  let position = offset + parts[0]!.length;
  for (let i = 1; i < parts.length; i += 2) {
    const lineEnd = position + parts[i]!.indexOf('\n');
    if (isCut(text, lineEnd)) group.push(parts[i]!, parts[i + 1]!);
    else {
      out += `${redactGroup(group, inUrl)}${parts[i]}`;
      group = [parts[i + 1]!];
    }
    position += parts[i]!.length + parts[i + 1]!.length;
  }
  return out + redactGroup(group, inUrl);
}

/** Whether the line break at lineEnd cuts a line as a wrap does: the line before is at least as long as the line after. */
function isCut(text: string, lineEnd: number): boolean {
  const before = lineEnd - (text.lastIndexOf('\n', lineEnd - 1) + 1);
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const after = (nextEnd === -1 ? text.length : nextEnd) - (lineEnd + 1);
  return before >= after;
}

/** Pieces joined by cuts (pieces at even indexes, the cuts between them): each piece's part of a secret crossing a cut becomes
 *  the mark. A secret wholly within one piece is left to the redactor's own patterns. */
function redactGroup(parts: readonly string[], inUrl: boolean): string {
  if (parts.length < 3) return parts.join('');
  const pieces = parts.filter((_part, i) => i % 2 === 0);
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    length += piece.length;
  }
  const spans = crossingSecrets(pieces.join(''), starts, inUrl);
  if (spans.length === 0) return parts.join('');
  const marked = new Uint8Array(length);
  for (const [start, end] of spans) marked.fill(1, start, end);
  return parts.map((part, i) => (i % 2 === 1 ? part : markedIn(part, starts[i / 2]!, marked))).join('');
}

/**
 * Where a secret crosses a cut in the pieces, joined: [start, end) of each. A JWT and an Entra client secret are known by
 * their shape. A long random run counts only when each piece before a cut looks like a token on its own (tokenLike, as every
 * line of a wrapped token does; a first piece of a few characters may not): words of a list one per line
 * ("ENHANCEDSTATUSCODES\nPIPELINING"), a trace id before the next line's "Correlation" and a path cut by the width read as one
 * run too. A span that runs into a word at the start of its last piece ("…MTEx\nS: A00000001 NO") ends before that word (a
 * token's tail that happens to read as a word is a few letters of it, no secret on its own). In a URL's host and path
 * ("https://graph.microsoft.com/v1.0/me/calendars/AQMk…") only the token shapes count: its ids are no secrets, and its words
 * are read. A "key=value" is not read across a cut: the next line's "Server=…" is not part of the password.
 */
function crossingSecrets(joined: string, starts: readonly number[], inUrl: boolean): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const add = (start: number, matchEnd: number, randomPieces: boolean): void => {
    const first = firstAfter(starts, start) - 1;
    const last = firstAfter(starts, matchEnd - 1) - 1;
    const end = last > first && WORD.test(joined.slice(starts[last]!, matchEnd)) ? starts[last]! : matchEnd;
    const lastCut = firstAfter(starts, end - 1) - 1;
    if (lastCut === first) return;
    for (let piece = first; randomPieces && piece < lastCut; piece++) {
      const part = joined.slice(Math.max(start, starts[piece]!), starts[piece + 1]);
      if (!tokenLike(part) && (piece > first || part.length >= SHORT_HEAD)) return;
    }
    spans.push([start, end]);
  };
  for (const m of joined.matchAll(JWT)) add(m.index!, m.index! + m[0].length, false);
  for (const m of joined.matchAll(ENTRA_SECRET)) add(m.index!, m.index! + m[0].length, false);
  if (inUrl) return spans;
  for (const m of joined.matchAll(LONG_RUN)) if (looksRandom(m[0])) add(m.index!, m.index! + m[0].length, true);
  return spans;
}

/** A piece of a random run: mixed case and digits, or three humps from a small letter to a capital ("ZXlKMGVYQWlPaUpLVjFR":
 *  twenty base64 characters lack a digit one time in thirty). */
function tokenLike(part: string): boolean {
  return looksRandom(part) || (part.match(/[a-z][A-Z]/g)?.length ?? 0) >= 3;
}

/** Index of the first of the ascending numbers greater than value (binary search: a long wrapped blob has thousands of pieces). */
function firstAfter(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ascending[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A piece with each stretch of marked characters (offsets from the joined pieces) replaced by the mark. */
function markedIn(piece: string, start: number, marked: Uint8Array): string {
  let out = '';
  for (let i = 0; i < piece.length; i++) {
    if (!marked[start + i]) out += piece[i];
    else if (i === 0 || !marked[start + i - 1]) out += MARK;
  }
  return out;
}
