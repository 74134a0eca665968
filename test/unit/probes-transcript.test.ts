/**
 * The probe transcript keeps the first and the last lines of a conversation and cuts long lines,
 * so no server can make it grow without limit (issue 9 §1); secrets are redacted before cutting.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../../electron/core/probes/redact.js';
import { Transcript, TRANSCRIPT_LIMITS } from '../../electron/core/probes/transcript.js';

const judge = (): boolean => true;

describe('Transcript bounds', () => {
  it('keeps head and tail of 10 000 lines with one "… N lines left out" marker between them', () => {
    const t = new Transcript(new Redactor(), judge);
    for (let i = 0; i < 10_000; i++) t.server(`* ${i} EXISTS`);
    const lines = t.text();
    const { headLines, tailLines } = TRANSCRIPT_LIMITS;
    assert.equal(lines.length, headLines + 1 + tailLines);
    assert.equal(lines[0], 'S: * 0 EXISTS');
    assert.equal(lines[headLines - 1], `S: * ${headLines - 1} EXISTS`);
    assert.equal(lines[headLines], `* … ${10_000 - headLines - tailLines} lines left out`);
    assert.equal(lines.at(-1), 'S: * 9999 EXISTS');
  });

  it('keeps a short conversation whole', () => {
    const t = new Transcript(new Redactor(), judge);
    t.event('connecting to 127.0.0.1:993');
    t.server('* OK ready');
    assert.deepEqual(t.text(), ['* connecting to 127.0.0.1:993', 'S: * OK ready']);
  });

  it('cuts a long line to the limit and says how much is left out; a secret in it stays redacted', () => {
    const secret = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl';
    const t = new Transcript(new Redactor().addSecret(secret), judge);
    t.server(`${secret} ${'x'.repeat(100_000)}`);
    const [line] = t.text();
    assert.ok(line!.length <= TRANSCRIPT_LIMITS.lineChars + 80, `${line!.length} characters`);
    assert.ok(!line!.includes(secret));
    assert.match(line!, /… \(\d+ more characters left out\)$/);
  });
});
