/**
 * The reader study of issue 10 (test/fixtures/decoder-reader-study/README.md): how often an expert who reads only an error
 * text names the cause its thread's fix names, beside how often the decoder does, on the same items. Prints numbers only —
 * for the blind set-asides too, whose texts and labels nobody who changes the decoder reads.
 * Usage: npx tsx scripts/reader-study.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORY_IDS } from '../electron/core/diagnosis/categories.js';
import { decode } from '../electron/core/diagnosis/decode.js';
import { readCorpus, type CorpusItem } from '../test/helpers/decoder-corpus.js';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const Category = z.enum(CATEGORY_IDS);
const Answer = z.object({
  folder: z.string().regex(/^decoder-corpus(?:-[a-z]+\d*)?$/), source: z.string(), pack: z.string(),
  top1: Category, top2: Category, sure: z.enum(['high', 'low']),
});
const answers = z.array(Answer).parse(JSON.parse(readFileSync(path.join(FIXTURES, 'decoder-reader-study/answers.json'), 'utf8')));

/** Counts of one group of items. */
interface Tally { n: number; reader1: number; reader2: number; decoder1: number; decoder2: number; readerOnly: number; decoderOnly: number; neither: number; agreeNotLabel: number }
const tally = (): Tally => ({ n: 0, reader1: 0, reader2: 0, decoder1: 0, decoder2: 0, readerOnly: 0, decoderOnly: 0, neither: 0, agreeNotLabel: 0 });

const items = new Map<string, CorpusItem>();
const loaded = new Set<string>();
const itemOf = (folder: string, source: string): CorpusItem | undefined => {
  if (!loaded.has(folder)) {
    loaded.add(folder);
    for (const item of readCorpus(path.join(FIXTURES, folder))) items.set(`${folder} ${item.source}`, item);
  }
  return items.get(`${folder} ${source}`);
};

const groups = new Map<string, Tally>();
let missing = 0;
for (const a of answers) {
  const item = itemOf(a.folder, a.source);
  if (!item) { missing++; continue; }
  const causes = decode(item.text).causes.map((c) => c.category);
  const right = (category: string | undefined) => category === item.label || (item.also as readonly string[]).includes(category ?? '');
  const reader = right(a.top1);
  const decoder = right(causes[0]);
  const kind = a.folder.includes('-fresh') ? 'blind' : 'development';
  for (const key of [kind, `${kind}, reader ${a.sure === 'high' ? 'sure' : 'unsure'}`]) {
    const t = groups.get(key) ?? tally();
    groups.set(key, t);
    t.n++;
    if (reader) t.reader1++;
    if (a.top1 === item.label || a.top2 === item.label) t.reader2++;
    if (decoder) t.decoder1++;
    if (causes.slice(0, 2).includes(item.label)) t.decoder2++;
    if (reader && !decoder) t.readerOnly++;
    if (decoder && !reader) t.decoderOnly++;
    if (!reader && !decoder) t.neither++;
    if (!reader && a.top1 === causes[0]) t.agreeNotLabel++;
  }
}

const pct = (x: number, n: number) => `${((x / Math.max(n, 1)) * 100).toFixed(1)} %`;
for (const [key, t] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${key} (${t.n} items): reader top-1 ${pct(t.reader1, t.n)}, top-2 ${pct(t.reader2, t.n)} | decoder top-1 ${pct(t.decoder1, t.n)}, `
    + `top-2 ${pct(t.decoder2, t.n)} | only the reader right ${t.readerOnly}, only the decoder ${t.decoderOnly}, neither ${t.neither} `
    + `(of these, both named the same other cause: ${t.agreeNotLabel})`);
}
if (missing) console.log(`${missing} answers name an item no longer in its folder`);
