/**
 * Both redactors on hostile input: 200 KB pastes and server replies shaped to make a regex
 * backtrack (before the fix, 200 KB of `eyJ` took 30–48 s in each). The bound is generous — it
 * catches quadratic time, not a slow machine (the linear patterns need ~0.1 s here).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactSecrets } from '../../electron/core/diagnosis/redact.js';
import { capForRedaction, MAX_REDACT_INPUT, REDACTED, Redactor } from '../../electron/core/probes/redact.js';

const N = 200_000;
const HOSTILE: Record<string, string> = {
  'eyJ run': 'eyJ'.repeat(N / 3),
  'eyJ segments without signature': 'eyJaaaaaaaaaaaa.'.repeat(N / 16),
  'eyJ after spaces': 'x eyJ'.repeat(N / 5),
  'Bearer then whitespace': `Bearer${' '.repeat(N)}x`,
  'Bearer repeated': 'Bearer '.repeat(N / 7),
  'Basic then tabs': `Basic${'\t'.repeat(N)}x`,
  'XOAUTH2 prefix run': 'dXNlcj'.repeat(N / 6),
  'JSON key then spaces': `"password"${' '.repeat(N)}:`,
  'secret marker run': 'abcQ~'.repeat(N / 5),
  'password= repeated': 'password='.repeat(N / 9),
  'one long base64 run': 'a1B'.repeat(N / 3),
  'eyJ run cut into lines': 'eyJ\n'.repeat(N / 4),
  'base64 cut into short lines': 'a1B\n'.repeat(N / 4),
  'base64 lines of falling length': Array.from({ length: 600 }, (_, i) => 'aB3'.repeat(Math.max(1, 200 - i))).join('\n'),
  'one-letter lines': 'x\n'.repeat(N / 2),
  'a URL cut into lines': `https://${'a1B/\n'.repeat(N / 5)}`,
  'SASL mechanism repeated': 'AUTH PLAIN '.repeat(N / 11),
  'IMAP LOGIN repeated': 'a1 LOGIN '.repeat(N / 9),
  'Basic then base64 without an end': `Basic ${'A'.repeat(N)}`,
};

function timed(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('redaction stays linear on hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`diagnosis redactSecrets: ${name}`, () => {
      const ms = timed(() => redactSecrets(text));
      assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
    });

    it(`probe Redactor (uncapped patterns too): ${name}`, () => {
      const redactor = new Redactor().addSecret('a-registered-secret-value');
      // Each piece below the cap, so the patterns themselves are measured, not only the cap.
      const pieces = Math.ceil(text.length / MAX_REDACT_INPUT);
      const ms = timed(() => {
        for (let i = 0; i < pieces; i++) redactor.redact(text.slice(i * MAX_REDACT_INPUT, (i + 1) * MAX_REDACT_INPUT));
      });
      assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
    });
  }

  it('a 1 MiB SMTP greeting from a hostile server is capped before redaction', () => {
    const greeting = `220 ${'eyJ'.repeat(350_000)}`;
    const out = new Redactor().redact(greeting);
    assert.ok(out.length < MAX_REDACT_INPUT + 100, `kept ${out.length} characters`);
    assert.match(out, /characters left out\]$/);
  });
});

describe('capForRedaction', () => {
  it('leaves short text alone', () => {
    assert.equal(capForRedaction('535 5.7.3 Authentication unsuccessful'), '535 5.7.3 Authentication unsuccessful');
  });

  it('never leaves the head of a secret that the cut splits', () => {
    const secret = 'Abc8Q~xYz0123456789abcdefghijKLMNOPqrstu';
    const text = `${'x '.repeat(20)}${secret} and more`;
    const cut = capForRedaction(text, 50);
    assert.ok(!cut.includes('Abc8Q~'), cut);
    assert.match(cut, /\[\d+ characters left out\]$/);
    // And the registered secret is gone from what the redactor keeps of a long line.
    const redactor = new Redactor().addSecret(secret);
    const line = `${'y'.repeat(MAX_REDACT_INPUT - 10)} ${secret}`;
    assert.ok(!redactor.redact(line).includes(secret.slice(0, 8)));
    assert.ok(!redactor.redact(`token ${secret} end`).includes(secret) && redactor.redact(`token ${secret} end`).includes(REDACTED));
  });
});
