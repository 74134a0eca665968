/**
 * A rule's first match on a big view, tried only where a match can begin: every match of an alternative contains that
 * alternative's required text, and begins at most `before` code units ahead of it (literal-prefilter.ts, match-extent.ts).
 * So the first match begins at one of the positions [start − before, start] of some occurrence; the regex is tried there,
 * sticky, in increasing order, and the first position where it matches gives what a scan of the whole view gives (both
 * try the same regex at the same index of the same string, lookarounds and \b seeing the whole view).
 * When the positions to try would cost more than scanning the view (many occurrences, or a long or unbounded `before`),
 * or the occurrences are not known, the view is scanned whole, as before.
 */
import { literalStarts, WINDOWED_MIN_CHARS, type RequiredText } from './literal-prefilter.js';

/** Characters a native scan covers in the time of one sticky attempt (measured with npm run bench's 1 MB pastes: 8–16). */
const CHARS_PER_ATTEMPT = 16;

/** The regex's first match in the view (as `regex.exec(view)`), trying `sticky` (the same regex with the y flag) near `texts`. */
export function firstMatchNear(
  regex: RegExp, sticky: RegExp, texts: readonly RequiredText[], view: string,
): RegExpExecArray | null {
  if (view.length < WINDOWED_MIN_CHARS) return regex.exec(view);
  let budget = view.length / CHARS_PER_ATTEMPT;
  const spans: (readonly [number, number])[] = [];
  for (const text of texts) {
    const starts = literalStarts(view, text.literal);
    if (starts === undefined || !Number.isFinite(text.before)) return regex.exec(view);
    budget -= starts.length * (text.before + 1);
    if (budget < 0) return regex.exec(view);
    for (const start of starts) spans.push([Math.max(0, start - text.before), start]);
  }
  if (texts.length > 1) spans.sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const [from, to] of spans) {
    for (let at = Math.max(from, next); at <= to; at++) {
      sticky.lastIndex = at;
      const m = sticky.exec(view);
      if (m) return m;
    }
    next = Math.max(next, to + 1);
  }
  return null;
}
