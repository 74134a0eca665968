/**
 * `decode -` reads standard input bounded: a pipe of any size keeps only its first and last STDIN_END_BYTES bytes, and the
 * decoder's answer on those ends is its answer on the whole input (it reads only MAX_INPUT_CHARS, head and tail, anyway).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStdin, STDIN_END_BYTES } from '../../electron/cli/args.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { MAX_INPUT_CHARS } from '../../electron/core/diagnosis/normalize.js';

async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('decode - : standard input, bounded', () => {
  it('keeps all of a short input, exactly', async () => {
    const text = 'Grüße: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    assert.equal(await readStdin(64, chunks(text, 7)), text);
    assert.equal(await readStdin(STDIN_END_BYTES, chunks(text, 3)), text);
  });

  it('keeps the first and last bytes of a long input around "…", never much more than twice the limit', async () => {
    const text = `HEAD-${'x'.repeat(50_000)}-TAIL`;
    const kept = await readStdin(1_000, chunks(text, 256));
    assert.ok(kept.startsWith('HEAD-') && kept.endsWith('-TAIL'), kept.slice(0, 20));
    assert.match(kept, /\n…\n/);
    assert.ok(kept.length <= 2_000 + 256 + 3, `${kept.length}`);
  });

  it('gives the decoder the same answer as the whole input would, the shortened-input note included', async () => {
    const filler = '2026-12-06 10:00:00 INFO worker processed a job in 12 ms\n'.repeat(Math.ceil((3 * STDIN_END_BYTES) / 56));
    const text = `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n${filler}421 4.7.0 Connection dropped due to SocketError\n`;
    assert.ok(text.length > 2 * STDIN_END_BYTES && text.length > MAX_INPUT_CHARS);
    const kept = await readStdin(STDIN_END_BYTES, chunks(text, 65_536));
    assert.ok(kept.length < text.length);
    const whole = decode(text);
    const ends = decode(kept);
    assert.deepEqual(ends.causes.map((c) => [c.category, c.confidence]), whole.causes.map((c) => [c.category, c.confidence]));
    assert.deepEqual(ends.note, whole.note);
    assert.ok(ends.note?.en, 'says the input was shortened');
  });
});
