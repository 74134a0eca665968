/**
 * Messages read in the twenty-first session's development texts (dev78–dev83): PowerShell's "The term 'Get-Mailbox' is not
 * recognized..." cut short by the tool that quotes it (the Exchange module not connected); a bare "550 Address Unknown" (the
 * recipient, guessed); a redirect URI that "doesn't match the configured redirect" in a tool's own words; exchangelib's
 * "Unknown failure in response. Code: 403" (the app's right to the mailbox).
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

describe('a redirect URI that does not match, in a tool\'s own words', () => {
  it('"the finishing uri … doesn\'t match the configured redirect" is the app registration\'s redirect URIs', () => {
    for (const text of [
      'the process failed since the finishing uri `http://localhost:8080/finish` doesn\'t match the configured redirect',
      'Error: redirect URI http://localhost:1234/callback does not match',
    ]) {
      const r = decode(text);
      assert.equal(r.guess, undefined, text);
      assert.equal(r.causes[0]?.category, 'redirect_uri_mismatch', text);
    }
  });
});

describe("exchangelib's 403 from EWS", () => {
  it('"Unknown failure in response. Code: 403" is the app\'s right to the mailbox first, its consent second', () => {
    assert.deepEqual(causes('exchangelib.errors.MalformedResponseError: Unknown failure in response. Code: 403').slice(0, 2), ['mailbox_permission_missing', 'consent_missing']);
  });
});
