/**
 * Linear time on hostile input: a 1 MB paste decodes well under the bound, and 10× the input takes
 * about 10× the time (quadratic growth would take about 100×). Inputs beyond MAX_INPUT_CHARS are
 * shortened to their head and tail, and the result says so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { MAX_INPUT_CHARS } from '../../electron/core/diagnosis/normalize.js';

/** Generous: the machine is shared; the decoder needs well under a second. */
const BOUND_MS = 3000;
const ADVERSARIAL = [
  'eyJ', 'AADSTS', '5.7.', ' ', '%25', 'eyJ' + 'a'.repeat(190) + ' ', 'AADSTS5', '\\u00', 'error_codes":[', '&#', 'eyJhbGciOi.',
  'Q~' + 'a'.repeat(150) + ' ', 'password=', 'Bearer ', '535 ', 'x\n', '=\n', 'A1 LOGIN ', '5.7.57 Client not authenticated ', '<a ',
  // Entra's service texts (patterns-entra.ts) and another server's greeting (patterns-network.ts), almost matching.
  'The resource principal named ', "Application with identifier '", '220 host.example ESMTP ', 'ssl://h:58',
];

function timed(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    decode(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('decoding is linear in the input', () => {
  for (const unit of ADVERSARIAL) {
    it(`1 MB of ${JSON.stringify(unit.slice(0, 16))} decodes within ${BOUND_MS} ms, and 10× the text takes about 10× the time`, () => {
      const mb = timed(repeat(unit, 1_000_000));
      assert.ok(mb < BOUND_MS, `1 MB: ${mb.toFixed(0)} ms`);
      // Both sizes below the cap, so the whole text is read.
      const small = timed(repeat(unit, MAX_INPUT_CHARS / 10));
      const large = timed(repeat(unit, MAX_INPUT_CHARS));
      assert.ok(large < Math.max(40 * small, 500), `${MAX_INPUT_CHARS / 10} chars: ${small.toFixed(1)} ms, ${MAX_INPUT_CHARS}: ${large.toFixed(1)} ms`);
    });
  }

  it('a longer paste is shortened to its head and tail, and the note says so (DE/EN)', () => {
    const text = `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.\n${'log line\n'.repeat(200_000)}`;
    const result = decode(text);
    assert.equal(result.causes[0]?.category, 'smtp_auth_disabled_mailbox');
    assert.match(result.note?.en ?? '', /only its beginning and its end/);
    assert.match(result.note?.de ?? '', /nur sein Anfang und sein Ende/);
  });
});
