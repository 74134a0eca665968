/**
 * The suite behind decoder-prefilter-corpus-1/-2.test.ts (two files, each within the runner's per-file limit as the corpus
 * grows). The decoder's pre-check (literal-prefilter.ts) never changes a rule's answer: every rule with a regex answers as its regex
 * does over every development text and hostile text, and on big views, where a rule is tried only near its required text, it
 * finds the first match its regex finds. (The pre-check's own cases: decoder-prefilter.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WINDOWED_MIN_CHARS } from '../../electron/core/diagnosis/literal-prefilter.js';
import { ALL_RULES } from '../../electron/core/diagnosis/patterns.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';
import { DEV_DIRS, readCorpus } from './decoder-corpus.js';

/** Every development text's views (both) and the hostile texts' views, in the corpus's order. */
function corpusViews(): string[] {
  const texts = DEV_DIRS.flatMap((d) => readCorpus(d)).map((i) => i.text);
  const hostile = [
    'ſmtp ſend KELVIN K İstanbul ǅ Ⅻ ﬀ', 'AUTHENTICATION UNSUCCESSFUL 535 5.7.3', 'a'.repeat(5000), '535\u00a05.7.139',
    texts.slice(0, 40).join('\n').toUpperCase(), texts.slice(40, 80).join(' ').toLowerCase(),
  ];
  return [...texts, ...hostile].flatMap((t) => { const v = textViews(t); return v.spaced === v.joined ? [v.spaced] : [v.spaced, v.joined]; });
}

/**
 * The views in this many parts, a test each: the whole comparison (some million regex runs) took a minute on its own, half the
 * runner's per-test limit, and grows with the corpus.
 */
const PARTS = 4;

/** The parts `parts` (of PARTS) of the corpus comparison, and the big-view comparison when `bigViews`. */
export function prefilterCorpusSuite(parts: readonly number[], bigViews: boolean): void {
  describe('decoder pre-check over the corpora', () => {
    const views = corpusViews();
    const rules = ALL_RULES.filter((r) => r.regex);
    const references = rules.map((rule) => new RegExp(rule.regex!.source, rule.regex!.flags.replace(/[gy]/g, '')));
    const size = Math.ceil(views.length / PARTS);
    for (const part of parts) {
      it(`every rule with a regex answers exactly as its regex does, over every development text (both views) and hostile text (part ${part + 1} of ${PARTS})`, () => {
        assert.ok(rules.length > 800, `${rules.length} rules with a regex`);
        const differing = new Map<string, string>();
        // Views outside, rules inside: the pre-check looks a view up once for all rules, as the decoder does.
        for (const view of views.slice(part * size, (part + 1) * size)) {
          rules.forEach((rule, i) => {
            if (!differing.has(rule.id) && references[i]!.test(view) !== rule.scan(view).length > 0) differing.set(rule.id, view.slice(0, 80));
          });
        }
        assert.deepEqual([...differing].map(([id, view]) => `${id}: ${view}`), []);
      });
    }

    if (bigViews) it('on big views, where a rule is tried only near its required text, every rule finds the first match its regex finds', () => {
      const texts = DEV_DIRS.flatMap((d) => readCorpus(d)).map((i) => i.text);
      const chunks: string[] = [];
      // Three chunks of 120 texts from across the corpus (each view tens of kilobytes): enough occurrences, near and far, to try
      // every rule's windows; all texts would make this test the slowest of the suite.
      for (const from of [0, Math.floor(texts.length / 2), texts.length - 120]) chunks.push(texts.slice(from, from + 120).join('\n'));
      const big = [
        ...chunks, chunks[0]!.toUpperCase(), chunks[1]!.replace(/\n/g, ' '),
        // A required text repeated past the kept starts, one far from its words, and a view whose lower-casing moves indexes.
        'authentication unsuccessful '.repeat(4000) + texts[3], 'x'.repeat(WINDOWED_MIN_CHARS) + texts.slice(0, 20).join(' '),
        `İ ${chunks[2]!}`,
      ];
      const views = big.flatMap((t) => { const v = textViews(t); return v.spaced === v.joined ? [v.spaced] : [v.spaced, v.joined]; });
      assert.ok(views.filter((v) => v.length >= WINDOWED_MIN_CHARS).length >= 8, 'big views');
      const rules = ALL_RULES.filter((r) => r.regex);
      const references = rules.map((rule) => new RegExp(rule.regex!.source, rule.regex!.flags.replace(/[gy]/g, '')));
      const differing = new Map<string, string>();
      for (const view of views) {
        rules.forEach((rule, i) => {
          if (differing.has(rule.id)) return;
          const want = references[i]!.exec(view);
          const got = rule.scan(view)[0];
          if ((want === null) !== (got === undefined) || (want && got && (want.index !== got.index || want[0].length !== got.length))) {
            differing.set(rule.id, `${want?.index ?? '-'} / ${got?.index ?? '-'}`);
          }
        });
      }
      assert.deepEqual([...differing].map(([id, where]) => `${id}: ${where}`), []);
    });
  });
}
