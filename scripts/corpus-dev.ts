/**
 * Prints only the development items of the decoder corpus (test/fixtures/decoder-corpus), so the
 * held-out items are never seen while the decoder is changed (issue 10). The part of an item is the
 * corpus helper's own (partOf: a hash of the thread; split.json records the same split and a test holds
 * them equal). Usage: npx tsx scripts/corpus-dev.ts [SOURCE-SUBSTRING]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, partOf, SOURCE_LINE } from '../test/helpers/decoder-corpus.js';

const filter = process.argv[2] ?? '';

for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const blocks = readFileSync(path.join(CORPUS_DIR, file), 'utf8').split(SOURCE_LINE).slice(1);
  for (const block of blocks) {
    const source = block.slice(0, block.indexOf('\n')).trim();
    if (partOf(source) !== 'dev' || (filter && !source.includes(filter))) continue;
    process.stdout.write(`=== ${block}`);
  }
}
