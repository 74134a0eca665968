/**
 * The decoder against a second set-aside of real error texts (test/fixtures/decoder-corpus-fresh):
 * collected after the decoder work of issue 10 by a session that never read the decoder nor ran
 * it on these texts, and never looked at by anyone changing the decoder. Only the numbers are
 * printed, never the items or the misses, so that the set stays blind.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_DIR, DEV_DIRS, pct, readCorpus, scoreCorpus, threadOf } from '../helpers/decoder-corpus.js';

const FRESH_DIR = path.resolve(import.meta.dirname, '../fixtures/decoder-corpus-fresh');
/**
 * A second blind set-aside (issue 10), collected by a session that never read or ran the decoder, while
 * the decoder was changed on decoder-corpus-dev4/dev5 only; threads split from the development
 * collections by a hash of the URL, so no thread is in both (test below).
 */
const FRESH2_DIR = path.resolve(import.meta.dirname, '../fixtures/decoder-corpus-fresh2');
/**
 * A third blind set-aside, collected the same way while the decoder was changed on dev6–dev8 only, and
 * scored once when that work was done. Part of it is vendor documentation (ids with "/blob/"): its score is
 * printed apart too.
 */
const FRESH3_DIR = path.resolve(import.meta.dirname, '../fixtures/decoder-corpus-fresh3');
/**
 * Floors at what the decoder reaches (issue 10's goal: top-1 ≥ 95 %, top-2 100 %). First score,
 * before any change made after the set was collected: top-1 79.4 %, top-2 78.4 % (102 items).
 * After the decoderdev round (5 items whose threads that round had used were removed, 97 left):
 * top-1 80.4 %, top-2 80.4 %. After the decoder3 round (developed on decoder-corpus-dev3 only): top-1 83.5 %, top-2 83.5 %.
 * After the dev4–dev8 rounds and the vocabularies: top-1 84.5 %, top-2 85.6 %.
 */
const TOP1_MIN = 0.84;
const TOP2_MIN = 0.85;
/**
 * Floors for the second set-aside (issue 10's goal: top-1 ≥ 95 %, top-2 100 %). First score, before any
 * change made after it was collected: top-1 69.9 %, top-2 72.6 %, 2 empty answers (113 items).
 */
// After the dev6–dev8 round: top-1 70.8 %, top-2 74.3 % (the session's starting rules: 68.1 % / 72.6 %).
const FRESH2_TOP1_MIN = 0.7;
const FRESH2_TOP2_MIN = 0.74;
/** Empty answers on the second set-aside at its first score; the goal is none. */
const FRESH2_EMPTY_MAX = 2;
/**
 * Floors for the third set-aside at its first score, after the dev6–dev8 round: top-1 63.8 %, top-2 69.6 %,
 * 1 empty answer (69 items; threads 60.9 % / 60.9 %, documentation 65.2 % / 73.9 %). The session's starting
 * rules reach 56.5 % / 66.7 % with 2 empty answers on it.
 */
const FRESH3_TOP1_MIN = 0.63;
const FRESH3_TOP2_MIN = 0.69;
const FRESH3_EMPTY_MAX = 1;

describe('decoder on the fresh set-aside corpus', { skip: !existsSync(FRESH_DIR) && 'no fresh corpus' }, () => {
  it('shares no thread with a corpus the decoder was developed on', () => {
    const fresh = new Set(readCorpus(FRESH_DIR).map((i) => threadOf(i.source)));
    const developed = [CORPUS_DIR, ...DEV_DIRS].flatMap((d) => readCorpus(d)).map((i) => threadOf(i.source));
    assert.deepEqual(developed.filter((t) => fresh.has(t)), []);
  });

  it('never answers empty, and names the fixed cause first or second', () => {
    const items = readCorpus(FRESH_DIR);
    assert.ok(items.length >= 60, `${items.length} items`);
    // Only the numbers: the misses of a set-aside are never printed.
    const { top1, top2, empty } = scoreCorpus(items);
    console.log(`decoder corpus, fresh set-aside (${items.length}): top-1 ${pct(top1)}, top-2 ${pct(top2)}, empty ${empty}`);
    assert.equal(empty, 0);
    assert.ok(top1 >= TOP1_MIN, `top-1 ${pct(top1)}`);
    assert.ok(top2 >= TOP2_MIN, `top-2 ${pct(top2)}`);
  });
});

describe('decoder on the second blind set-aside corpus', { skip: !existsSync(FRESH2_DIR) && 'no fresh2 corpus' }, () => {
  it('shares no thread with a corpus the decoder was developed on, nor with the first set-aside', () => {
    const fresh2 = new Set(readCorpus(FRESH2_DIR).map((i) => threadOf(i.source)));
    const other = [CORPUS_DIR, ...DEV_DIRS, FRESH_DIR].flatMap((d) => readCorpus(d)).map((i) => threadOf(i.source));
    assert.deepEqual(other.filter((t) => fresh2.has(t)), []);
  });

  it('top-1, top-2 and empty answers printed (numbers only), none worse than at its first score', () => {
    const items = readCorpus(FRESH2_DIR);
    assert.ok(items.length >= 100, `${items.length} items`);
    const { top1, top2, empty } = scoreCorpus(items);
    console.log(`decoder corpus, second blind set-aside (${items.length}): top-1 ${pct(top1)}, top-2 ${pct(top2)}, empty ${empty}`);
    assert.ok(empty <= FRESH2_EMPTY_MAX, `${empty} empty answers`);
    assert.ok(top1 >= FRESH2_TOP1_MIN, `top-1 ${pct(top1)}`);
    assert.ok(top2 >= FRESH2_TOP2_MIN, `top-2 ${pct(top2)}`);
  });
});

describe('decoder on the third blind set-aside corpus', { skip: !existsSync(FRESH3_DIR) && 'no fresh3 corpus' }, () => {
  it('shares no thread with a corpus the decoder was developed on, nor with the other set-asides', () => {
    const fresh3 = new Set(readCorpus(FRESH3_DIR).map((i) => threadOf(i.source)));
    const other = [CORPUS_DIR, ...DEV_DIRS, FRESH_DIR, FRESH2_DIR].flatMap((d) => readCorpus(d)).map((i) => threadOf(i.source));
    assert.deepEqual(other.filter((t) => fresh3.has(t)), []);
  });

  it('top-1, top-2 and empty answers printed (numbers only), threads and documentation apart', () => {
    const items = readCorpus(FRESH3_DIR);
    assert.ok(items.length >= 60, `${items.length} items`);
    const parts = [['all', items], ['threads', items.filter((i) => !i.source.includes('/blob/'))], ['documentation', items.filter((i) => i.source.includes('/blob/'))]] as const;
    for (const [name, part] of parts) {
      const { top1, top2, empty } = scoreCorpus(part);
      console.log(`decoder corpus, third blind set-aside, ${name} (${part.length}): top-1 ${pct(top1)}, top-2 ${pct(top2)}, empty ${empty}`);
    }
    const { top1, top2, empty } = scoreCorpus(items);
    assert.ok(empty <= FRESH3_EMPTY_MAX, `${empty} empty answers`);
    assert.ok(top1 >= FRESH3_TOP1_MIN, `top-1 ${pct(top1)}`);
    assert.ok(top2 >= FRESH3_TOP2_MIN, `top-2 ${pct(top2)}`);
  });
});
