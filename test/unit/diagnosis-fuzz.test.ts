import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORY_IDS } from '../../electron/core/diagnosis/categories.js';
import { decode, decodeAll } from '../../electron/core/diagnosis/decode.js';
import type { DecodeResult, DiagnosisContext } from '../../electron/core/diagnosis/types.js';

/** A small seeded PRNG (mulberry32), so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['535 ', '5.7.', '139', '3', 'AADSTS', '7000215', '\\r\\n', '\\u00', '\n', ' ', 'Bearer ', 'eyJ', '.', 'Q~',
  '=\n', '%3A', '&#', '"', "b'", 'SmtpClientAuthentication is disabled for the ', 'NO ', 'AUTHENTICATE failed', 'E', 'CONN', '_', '\\'];

function randomText(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < 0.5) out += PIECES[Math.floor(next() * PIECES.length)];
    else if (r < 0.8) out += String.fromCharCode(32 + Math.floor(next() * 95));
    else out += String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return out;
}

function assertWellFormed(result: DecodeResult): void {
  assert.ok(Array.isArray(result.causes));
  let previous = 1;
  for (const c of result.causes) {
    assert.ok(CATEGORY_IDS.includes(c.category));
    assert.ok(c.confidence >= 0.1 && c.confidence <= 1 && c.confidence <= previous, `confidence ${c.confidence}`);
    previous = c.confidence;
    assert.ok(c.evidence.length >= 1 && c.evidence.every((e: string) => typeof e === 'string' && e.length <= 400));
  }
  if (result.causes.length === 0) assert.ok(result.hint);
  assert.doesNotThrow(() => JSON.stringify(result));
}

describe('decode never throws and stays linear', () => {
  it('random mixtures of message fragments, escapes and binary', () => {
    const next = prng(20260302);
    for (let i = 0; i < 300; i++) assertWellFormed(decode(randomText(next, Math.floor(next() * 2000))));
  });

  it('values that are not strings, and hostile contexts', () => {
    const throwing = { toString(): string { throw new Error('no'); } };
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } }) as DiagnosisContext;
    for (const value of [undefined, null, 42, {}, [], throwing, Symbol('x'), Buffer.from([0, 255, 13, 10, 53, 51, 53])]) {
      assertWellFormed(decode(value as unknown as string));
      assertWellFormed(decode('535 5.7.3 Authentication unsuccessful', value as unknown as DiagnosisContext));
    }
    assertWellFormed(decode('535 5.7.3 Authentication unsuccessful', hostile));
    assertWellFormed(decodeAll('not an array' as unknown as string[]));
  });

  it('huge and adversarial input is capped and decoded quickly', () => {
    const n = 300_000;
    const inputs = [
      ' '.repeat(n), '\n'.repeat(n), 'A'.repeat(n), 'A_'.repeat(n / 2), '5.7.'.repeat(n / 4), 'AADSTS'.repeat(n / 6),
      '\\'.repeat(n), '\\u00'.repeat(n / 4), 'eyJ.'.repeat(n / 4), 'Bearer '.repeat(n / 7), 'password='.repeat(n / 9),
      '=\n=3D'.repeat(n / 5), 'abcQ~'.repeat(n / 5), 'Login to server x '.repeat(n / 18), randomText(prng(7), n),
      `${'x'.repeat(5_000_000)} 535 5.7.139 SmtpClientAuthentication is disabled for the Mailbox`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      const result = decode(input);
      const ms = performance.now() - started;
      assertWellFormed(result);
      assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms for input starting ${JSON.stringify(input.slice(0, 12))}`);
    }
  });

  it('the tail of a capped input is still read', () => {
    const text = `${'log line\n'.repeat(50_000)}SMTP ERROR: AUTH command failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.`;
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_mailbox');
  });
});
