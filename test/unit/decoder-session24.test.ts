/**
 * The twenty-fourth session: short lines that name a failed send or receive, or a bare SMTP reply code, got no answer at all
 * ("Failed to send", "Message not sent", "Error: 421", "Error 535", "Cannot receive"), while the same failure in other words
 * ("Sending failed", "Error 550") got a guess. Each is mail content, so the decoder must guess (issue 10: never an empty answer).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('a failed send or receive in few words is a guess, never empty', () => {
  for (const text of [
    'Failed to send', 'Failed to send message', 'Could not send message', 'Unable to send', 'Message not sent', 'Sending error',
    'Error while sending', 'Senden nicht möglich',
  ]) {
    it(`"${text}" is guessed as sending mail`, () => {
      const r = decode(text);
      assert.equal(r.guess, true);
      assert.equal(r.causes[0]?.category, 'smtp_auth_failed_generic');
    });
  }
  for (const text of ['Cannot receive', 'Receiving failed', 'Fehler beim Abrufen', 'Failed to fetch messages']) {
    it(`"${text}" is guessed as the mailbox's sign-in`, () => {
      assert.equal(causes(text)[0], 'imap_auth_failed_generic');
    });
  }
  it('"failed to fetch" a token is not read as receiving mail', () => {
    assert.notEqual(causes('Failed to fetch token from server')[0], 'imap_auth_failed_generic');
  });
});

describe('SMTP\'s greeting commands are mail words', () => {
  it('"Invalid HELO" is guessed as sending mail, not left without an answer', () => {
    assert.equal(decode('Invalid HELO').guess, true);
    assert.equal(decode('EHLO rejected').causes.length > 0, true);
  });
});

describe('a bare SMTP reply code after an error\'s words', () => {
  it('"Error 535" is a refused AUTH, like "SMTP error 535"', () => {
    assert.equal(causes('Error 535')[0], 'smtp_auth_failed_generic');
  });
  it('"Error: 421" and "the server responded: 451" are a busy or limiting server first (RFC 5321 §4.2.3)', () => {
    assert.deepEqual(causes('Error: 421').slice(0, 2), ['throttled', 'network_blocked']);
    assert.equal(causes('the server responded: 451')[0], 'throttled');
  });
  it('"Error: 454" is a temporary AUTH failure first, TLS second (RFC 4954 §6, RFC 3207)', () => {
    assert.deepEqual(causes('Error: 454').slice(0, 2), ['smtp_auth_failed_generic', 'tls_problem']);
  });
  it('an HTTP 401 or 403 after "error" is not read as an SMTP code', () => {
    assert.notEqual(causes('Error: 401')[0], 'throttled');
    assert.notEqual(causes('status 403')[0], 'throttled');
  });
});

describe('text with no mail or sign-in content still gets no cause, and the hint', () => {
  for (const text of ['Unknown error', 'Something went wrong', 'Error']) {
    it(`"${text}"`, () => {
      const r = decode(text);
      assert.deepEqual(r.causes, []);
      assert.ok(r.hint);
    });
  }
});
