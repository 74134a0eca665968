#!/usr/bin/env node
/**
 * Prints only the development items of the decoder corpus (test/fixtures/decoder-corpus), so the
 * held-out items are never seen while the decoder is changed (issue 10). Items whose thread hashes
 * into the held-out part (FNV-1a of the source without #fragment, % 100 < 30; see
 * test/helpers/decoder-corpus.ts) are skipped unread. Usage: node scripts/corpus-dev.mjs [SOURCE-SUBSTRING]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../test/fixtures/decoder-corpus');
const filter = process.argv[2] ?? '';

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
const isDev = (source) => fnv1a(source.replace(/#.*$/, '')) % 100 >= 30;
const split = JSON.parse(readFileSync(path.join(dir, 'split.json'), 'utf8'));
const heldout = new Set(split.heldout);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const blocks = readFileSync(path.join(dir, file), 'utf8').split(/^=== /m).slice(1);
  for (const block of blocks) {
    const source = block.slice(0, block.indexOf('\n')).trim();
    if (!isDev(source) || heldout.has(source)) continue;
    if (filter && !source.includes(filter)) continue;
    process.stdout.write(`=== ${block}`);
  }
}
