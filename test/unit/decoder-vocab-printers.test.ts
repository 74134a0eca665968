/**
 * Multifunction printers' and scanners' own "scan to e-mail" messages (vocab-printers.ts), as the
 * vendors' manuals print them, in English and German.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Sharp OAuth 2.0 connection test (English and German)', () => {
  expectFirst([
    ['SMTP connection test: Token update failed. Please delete the token and obtain it again.', 'token_expired_or_invalid'],
    ['Token-Update fehlgeschlagen. Bitte löschen Sie das Token und rufen Sie das Token erneut ab.', 'token_expired_or_invalid'],
  ]);
});
