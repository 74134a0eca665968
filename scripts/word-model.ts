/**
 * Writes electron/core/diagnosis/word-model-data.ts, the word counts of the decoder's guess by wording (word-model.ts), from the
 * development corpora (never the set-aside ones). Run it after adding development texts: `npx tsx scripts/word-model.ts`;
 * `--check` only says whether the shipped table is the one the corpora give (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { modelWords } from '../electron/core/diagnosis/word-model.js';
import { developmentItems, type CorpusItem } from '../test/helpers/decoder-corpus.js';

/** A word must be in this many development texts to be kept (names, hosts and one-off identifiers are not). */
const MIN_TEXTS = 3;

export const DATA_FILE = path.resolve(import.meta.dirname, '../electron/core/diagnosis/word-model-data.ts');

/** The source of word-model-data.ts for these labelled texts. */
export function wordModelSource(items: readonly CorpusItem[]): string {
  const categories = [...new Set(items.map((i) => i.label))].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const texts = categories.map((c) => items.filter((i) => i.label === c).length);
  const inTexts = new Map<string, number>();
  const perCategory = new Map<string, number[]>();
  for (const item of items) {
    const c = index.get(item.label)!;
    for (const word of modelWords(item.text)) {
      inTexts.set(word, (inTexts.get(word) ?? 0) + 1);
      const row = perCategory.get(word) ?? categories.map(() => 0);
      row[c]!++;
      perCategory.set(word, row);
    }
  }
  const lines = [...perCategory]
    .filter(([word]) => inTexts.get(word)! >= MIN_TEXTS)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, row]) => `${word}\t${row.flatMap((n, c) => (n > 0 ? [`${c}:${n}`] : [])).join(',')}`);
  return [
    '// Written by scripts/word-model.ts from the development corpora; do not edit (see word-model.ts).',
    'export const WORD_MODEL_DATA = {',
    `  categories: ${JSON.stringify(categories)},`,
    '  /** Development texts per category. */',
    `  texts: ${JSON.stringify(texts)},`,
    '  /** One line per word: the word, a tab, then category index:texts with the word. */',
    `  words: ${JSON.stringify(lines.join('\n'))},`,
    '} as const;',
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const source = wordModelSource(developmentItems());
  if (process.argv.includes('--check')) {
    const same = readFileSync(DATA_FILE, 'utf8') === source;
    console.log(same ? 'word-model-data.ts is current' : 'word-model-data.ts is stale: run npx tsx scripts/word-model.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(DATA_FILE, source);
  console.log(`wrote ${path.relative(process.cwd(), DATA_FILE)} (${(source.length / 1024).toFixed(0)} KB)`);
}
