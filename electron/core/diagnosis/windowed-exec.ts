/**
 * A rule's first match on a big view, tried only where a match can begin: every match of an alternative contains each of that
 * alternative's required texts, and begins at most `before` code units ahead of it (literal-prefilter.ts, match-extent.ts).
 * So a match of the alternative begins at a position that lies within [start − before, start] of some occurrence of each of
 * its texts at once: the intersection, over its texts, of those positions (an alternative with a text absent from the view, or
 * with no position near all of its texts, cannot match and is left out). The regex is tried there, sticky, in increasing
 * order, and the first position where it matches gives what a scan of the whole view gives (both try the same regex at the
 * same index of the same string, lookarounds and \b seeing the whole view). When the positions to try would cost more than
 * scanning the view (many occurrences, or a long `before`), or no text's occurrences are known, the view is scanned whole.
 * (Until the twenty-first session only the text with the fewest positions was used: on npm run bench's dense 1 MB paste the
 * rules tried 406,890 positions with 1,308 regexes; near all texts at once, 51,797 with 293, the same answers.) */
import { literalStarts, WINDOWED_MIN_CHARS, type RequiredText } from './literal-prefilter.js';

/** Characters a native scan covers in the time of one sticky attempt (measured with npm run bench's 1 MB pastes: 8–16). */
const CHARS_PER_ATTEMPT = 16;

/** Spans [from, to] of positions, sorted and not overlapping. */
type Spans = (readonly [number, number])[];

/** The positions [start − before, start] of each occurrence, merged where they overlap. */
function spansOf(starts: readonly number[], before: number): Spans {
  const spans: Spans = [];
  for (const start of starts) {
    const from = Math.max(0, start - before);
    const last = spans[spans.length - 1];
    if (last && from <= last[1] + 1) spans[spans.length - 1] = [last[0], start];
    else spans.push([from, start]);
  }
  return spans;
}

/** The first index of sorted `starts` whose value is at least `value`. */
function firstAtLeast(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions of `spans` that also lie within [start − before, start] of one of `starts` (sorted). Only the occurrences near
 * the spans are visited: the spans come from the rarest text, the others may occur thousands of times.
 */
function narrow(spans: Spans, starts: readonly number[], before: number): Spans {
  const out: Spans = [];
  for (const [from, to] of spans) {
    for (let k = firstAtLeast(starts, from); k < starts.length && starts[k]! <= to + before; k++) {
      const lo = Math.max(from, starts[k]! - before);
      const hi = Math.min(to, starts[k]!);
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) out[out.length - 1] = [last[0], Math.max(last[1], hi)];
      else out.push([lo, hi]);
    }
  }
  return out;
}

/**
 * Where one alternative's match can begin: near an occurrence of each of its texts at once ('absent' when no position is; a
 * text whose occurrences are too many to list, or whose `before` is unbounded, narrows nothing and is left out), or undefined
 * when none of its texts can be tried. In a dense paste most rules' texts are all present somewhere but nowhere together:
 * such a rule's regex is then never run (nor compiled, which is most of a fresh process's cost on such a paste).
 */
function spansFor(texts: readonly RequiredText[], view: string): Spans | 'absent' | undefined {
  const known: { starts: readonly number[]; before: number }[] = [];
  for (const text of texts) {
    const starts = literalStarts(view, text.literal);
    if (starts === undefined) continue;
    if (starts.length === 0) return 'absent';
    if (text.before !== Infinity) known.push({ starts, before: text.before });
  }
  if (known.length === 0) return undefined;
  known.sort((x, y) => x.starts.length - y.starts.length);
  let spans = spansOf(known[0]!.starts, known[0]!.before);
  for (let i = 1; i < known.length && spans.length > 0; i++) spans = narrow(spans, known[i]!.starts, known[i]!.before);
  return spans.length === 0 ? 'absent' : spans;
}

/** The regex's first match in the view (as `regex.exec(view)`), trying `sticky` (the same regex with the y flag) near the texts of its `alternatives`. */
export function firstMatchNear(
  regex: RegExp, sticky: RegExp, alternatives: readonly (readonly RequiredText[])[], view: string,
): RegExpExecArray | null {
  if (view.length < WINDOWED_MIN_CHARS) return regex.exec(view);
  let budget = view.length / CHARS_PER_ATTEMPT;
  const spans: Spans = [];
  for (const texts of alternatives) {
    const found = spansFor(texts, view);
    if (found === 'absent') continue;
    if (found === undefined) return regex.exec(view);
    for (const span of found) {
      budget -= span[1] - span[0] + 1;
      spans.push(span);
    }
    if (budget < 0) return regex.exec(view);
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
