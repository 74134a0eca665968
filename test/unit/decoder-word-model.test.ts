/**
 * The decoder's guess by wording (word-model.ts): its shipped table is what scripts/word-model.ts writes from the development
 * corpora as they are, its words are read as the model was trained, and it only ever adds to a guess.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isCategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { matchText } from '../../electron/core/diagnosis/match.js';
import { MODEL_CHARS, modelWords, wordPosterior } from '../../electron/core/diagnosis/word-model.js';
import { WORD_MODEL_DATA } from '../../electron/core/diagnosis/word-model-data.js';
import { DATA_FILE, wordModelSource } from '../../scripts/word-model.js';
import { developmentItems } from '../helpers/decoder-corpus.js';

describe('the shipped word table', () => {
  it('is what scripts/word-model.ts writes from the development corpora (run it after adding development texts)', () => {
    assert.equal(readFileSync(DATA_FILE, 'utf8'), wordModelSource(developmentItems()));
  });
  it('names only categories, each with its count of development texts', () => {
    assert.ok(WORD_MODEL_DATA.categories.every((c) => isCategoryId(c)));
    assert.equal(WORD_MODEL_DATA.texts.length, WORD_MODEL_DATA.categories.length);
    assert.ok(WORD_MODEL_DATA.texts.every((n) => n > 0));
  });
});

describe('the words a text is read by', () => {
  it('are its distinct words of letters, lower-cased, without a trailing hyphen or apostrophe', () => {
    assert.deepEqual(modelWords("Relay access DENIED; relay-access denied. Client's 535 5.7.3 rate-"), ['relay', 'access', 'denied', 'relay-access', "client's", 'rate']);
  });
  it('come from the first MODEL_CHARS characters only', () => {
    assert.deepEqual(modelWords(`${' '.repeat(MODEL_CHARS)}connector`), []);
  });
});

describe('the guess by wording', () => {
  it('gives probabilities over the categories, most likely first, summing to 1', () => {
    const posterior = wordPosterior('the relay refused our connector, the sending domain is not accepted');
    const sum = posterior.reduce((s, x) => s + x.p, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
    assert.ok(posterior.every((x, i) => i === 0 || posterior[i - 1]!.p >= x.p));
  });
  it('is read only for a text with guesses (about mail or sign-in), and then only when no known message decides', () => {
    assert.deepEqual(matchText('The weather is fine today and nothing failed.').wording, []);
    const known = decode('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
    assert.equal(known.guess, undefined);
    assert.ok(known.causes.every((c) => c.evidence.every((e) => !e.startsWith('… '))));
  });
  it('joins a guess with the words that favour its first cause as evidence', () => {
    const r = decode('Our mail relay keeps refusing: the connector for the accepted domain rejects the sending server when it relays outbound mail.');
    assert.ok(r.guess);
    assert.ok(r.causes.length > 0);
    assert.ok(r.causes.some((c) => c.evidence.some((e) => /^… .* …$/.test(e))), JSON.stringify(r.causes.map((c) => c.evidence)));
  });
});
