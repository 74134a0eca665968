/**
 * A rule's first match on a big view, tried only where a match can begin: every match of an alternative contains each of that
 * alternative's required texts, and begins at most `before` code units ahead of it (literal-prefilter.ts, match-extent.ts).
 * So the first match begins at one of the positions [start − before, start] of some occurrence of any one of them; per
 * alternative the one whose positions are fewest to try is taken (an alternative with a text absent from the view cannot match
 * and is left out). The regex is tried there, sticky, in increasing order, and the first position where it matches gives what
 * a scan of the whole view gives (both try the same regex at the same index of the same string, lookarounds and \b seeing the
 * whole view). When the positions to try would cost more than scanning the view (many occurrences, or a long or unbounded
 * `before`), or the occurrences are not known, the view is scanned whole, as before.
 */
import { literalStarts, WINDOWED_MIN_CHARS, type RequiredText } from './literal-prefilter.js';

/** Characters a native scan covers in the time of one sticky attempt (measured with npm run bench's 1 MB pastes: 8–16). */
const CHARS_PER_ATTEMPT = 16;

/** Where an alternative's match can begin: the occurrences of its cheapest text, that text's `before`, and the attempts they cost. */
interface Anchor {
  readonly starts: readonly number[];
  readonly before: number;
  readonly cost: number;
}

/** The cheapest text of one alternative to try around; 'absent' when one of its texts is not in the view, undefined when none can be tried. */
function anchorOf(texts: readonly RequiredText[], view: string): Anchor | 'absent' | undefined {
  let best: Anchor | undefined;
  for (const text of texts) {
    const starts = literalStarts(view, text.literal);
    if (starts === undefined) continue;
    if (starts.length === 0) return 'absent';
    const cost = starts.length * (text.before + 1);
    if (cost < (best?.cost ?? Infinity)) best = { starts, before: text.before, cost };
  }
  return best;
}

/** The regex's first match in the view (as `regex.exec(view)`), trying `sticky` (the same regex with the y flag) near the texts of its `alternatives`. */
export function firstMatchNear(
  regex: RegExp, sticky: RegExp, alternatives: readonly (readonly RequiredText[])[], view: string,
): RegExpExecArray | null {
  if (view.length < WINDOWED_MIN_CHARS) return regex.exec(view);
  let budget = view.length / CHARS_PER_ATTEMPT;
  const spans: (readonly [number, number])[] = [];
  for (const texts of alternatives) {
    const anchor = anchorOf(texts, view);
    if (anchor === 'absent') continue;
    if (anchor === undefined) return regex.exec(view);
    budget -= anchor.cost;
    if (budget < 0) return regex.exec(view);
    for (const start of anchor.starts) spans.push([Math.max(0, start - anchor.before), start]);
  }
  if (alternatives.length > 1) spans.sort((a, b) => a[0] - b[0]);
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
