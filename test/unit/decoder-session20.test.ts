/**
 * Messages read in the twentieth session: a bare "Server not found" (a mail client's failed name lookup) is guessed as the
 * network rather than left without an answer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('short lines in a user\'s words', () => {
  it('"Server not found" is guessed as the network', () => {
    for (const text of ['Server not found', 'The SMTP server could not be found']) {
      const r = decode(text);
      assert.ok(r.guess, text);
      assert.equal(r.causes[0]?.category, 'network_blocked', text);
    }
  });
  it('a mailbox that is not found is no network problem', () => {
    assert.notEqual(causes('Mailbox not found')[0], 'network_blocked');
  });
});
