/**
 * Multifunction printers' and scanners' own "scan to e-mail" messages (vocab-printers.ts), as the
 * vendors' manuals print them, in English and German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { PRINTER_VOCABULARY_RULES } from '../../electron/core/diagnosis/vocab-printers.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Sharp OAuth 2.0 connection test (English and German)', () => {
  expectFirst([
    ['SMTP connection test: Token update failed. Please delete the token and obtain it again.', 'token_expired_or_invalid'],
    ['Token-Update fehlgeschlagen. Bitte löschen Sie das Token und rufen Sie das Token erneut ab.', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Kyocera send error 1102 (the SMTP login was refused)', () => {
  expectFirst([
    ['Send error 1102 — scan to scanner@contoso.com via smtp.office365.com:587', 'smtp_auth_disabled_mailbox'],
    ['Job Log: Scan to E-mail, Result: Error, Error Code: 1102', 'smtp_auth_disabled_mailbox'],
    ['Sendefehler 1102', 'smtp_auth_disabled_mailbox'],
    ['1102: Authentication to the destination has failed', 'smtp_auth_disabled_mailbox'],
  ]);

  it('a bare 1102 without the device\'s words is not read as the Kyocera code', () => {
    const rule = PRINTER_VOCABULARY_RULES.find((r) => r.id === 'kyocera-send-error-1102');
    assert.ok(rule);
    for (const text of ['Order 1102 shipped to contoso.com', 'Send error 11020', 'Port 21102 closed', 'error 1102']) {
      assert.deepEqual(rule.scan(text), [], text);
    }
    assert.equal(rule.scan('Send Error: 1102').length, 1);
  });

  it('the code gives way to the server reply beside it (SMTP AUTH off for the whole tenant)', () => {
    const text = 'Send error 1102\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: Ricoh "Transmission has failed" (Exchange refused the sender)', () => {
  expectFirst([
    ['Transmission has failed', 'send_as_denied'],
  ]);

  it('gives way to the server reply beside it', () => {
    const text = 'Transmission has failed.\n550 5.7.60 SMTP; Client does not have permissions to send as this sender';
    assert.equal(decode(text).causes[0]?.category, 'send_as_denied');
    const tenantOff = 'Transmission has failed.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    assert.equal(decode(tenantOff).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
});
