/**
 * Further multifunction printers' and scanners' own "scan to e-mail" messages (vocab-printers-more.ts), as the
 * vendors' pages print them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { PRINTER_MORE_VOCABULARY_RULES } from '../../electron/core/diagnosis/vocab-printers-more.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Lexmark OAuth 2.0 for Email Server "Registration required"', () => {
  expectFirst([
    ['Set Up OAuth 2.0 for Email Server — Status: Registration required', 'token_expired_or_invalid'],
    ['OAuth 2.0 for Email Server: Registration required (scanner@contoso.com, smtp.office365.com:587)', 'token_expired_or_invalid'],
    ['Status: Registration required — Settings > Email > Set Up OAuth 2.0', 'token_expired_or_invalid'],
  ]);

  it('the status words alone, or Entra\'s "app registration required", are not read as Lexmark\'s', () => {
    const rule = PRINTER_MORE_VOCABULARY_RULES.find((r) => r.id === 'lexmark-oauth-registration-required');
    assert.ok(rule);
    for (const text of [
      'Status: Registration required',
      'Free tool, no registration required.',
      'OAuth 2.0: an app registration required for this tenant',
      'OAuth 2.0 is configured.\nRegistration required for the event',
    ]) {
      assert.deepEqual(rule.scan(text), [], text);
    }
    assert.equal(rule.scan('Set Up OAuth 2.0 for Email Server Status: Registration required').length, 1);
  });

  it('gives way to the sign-in service\'s own error beside it', () => {
    const text = 'Set Up OAuth 2.0 for Email Server — Status: Registration required\n'
      + 'AADSTS65001: The user or administrator has not consented to use the application with ID \'00000000-0000-0000-0000-000000000000\'.';
    assert.equal(decode(text).causes[0]?.category, 'consent_missing');
  });
});
