/**
 * Messages read in the twenty-first session's development texts (dev78–dev83): PowerShell's "The term 'Get-Mailbox' is not
 * recognized..." cut short by the tool that quotes it (the Exchange module not connected); a bare "550 Address Unknown" (the
 * recipient, guessed).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('an Exchange cmdlet unknown, the message cut short', () => {
  it("\"The term 'Get-Mailbox' is not recognized...\" is the Exchange Online module, not a guess", () => {
    const r = decode("Exchange Online command 'Get-Mailbox' failed | The term 'Get-Mailbox' is not recognized...");
    assert.equal(r.guess, undefined);
    assert.equal(r.causes[0]?.category, 'exchange_powershell_not_ready');
  });
  it('a cmdlet of another module is not read as Exchange', () => {
    assert.notEqual(causes("The term 'Get-MgUser' is not recognized...")[0], 'exchange_powershell_not_ready');
  });
});

describe('a recipient address unknown', () => {
  it('"550 Address Unknown" is guessed as the recipient', () => {
    const r = decode('550 Address Unknown');
    assert.ok(r.guess);
    assert.equal(r.causes[0]?.category, 'recipient_rejected');
  });
});
