/**
 * Messages read in the twentieth session's development texts (dev66–dev77): a bare "Server not found" (the network, guessed);
 * AADSTS500131's on-behalf-of audience (the scope requested); rate limiting in words, not in headers; Google's web-login challenge
 * (534-5.7.14); a HELO/EHLO name refused; the CRM E-mail Router's 401 for a mailbox; a sender's address "not allowed"; EWS's
 * impersonation refusal in the plural; DPAPI's "Key not valid for use in specified state"; the app registration's "Allow public
 * client flows" named beside a refused sign-in.
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

describe("on-behalf-of with a token of another audience (AADSTS500131, AADSTS50013's wording): the scope requested", () => {
  for (const text of [
    "AADSTS500131: Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was 'api://contoso.example' and the expected audience is '00000000-0000-0000-0000-000000000001'.",
    'AADSTS50013: Assertion audience does not match the Client app presenting the assertion.',
    'AADSTS500131',
  ]) {
    it(text.slice(0, 60), () => assert.equal(causes(text)[0], 'wrong_scope_or_resource'));
  }
});

describe('a limit reached, in words', () => {
  it('"rate-limiting by Office 365" and "temporarily limited … due to high traffic" are guessed as throttling', () => {
    for (const text of ['[user] is currently experiencing delays due to rate-limiting by Office 365', 'Office 365 temporarily limited our access to your account due to high traffic. Please retry later.']) {
      assert.equal(causes(text)[0], 'throttled', text);
    }
  });
  it("an HTTP reply's rate-limit headers are no throttling", () => {
    assert.notEqual(causes('HTTP 403\nRate-Limit-Limit: 10000\nRate-Limit-Remaining: 10000\nX-RateLimit-Reset: 1')[0], 'throttled');
  });
});

describe("Google's web-login challenge (534-5.7.14 \"Please log in via your web browser\")", () => {
  it('reads as Google\'s block of the sign-in, then the password sign-in', () => {
    const text = "smtplib.SMTPAuthenticationError: (534, '5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web browser and\\n5.7.14 then try again.\\n5.7.14 Learn more at https://support.google.com/mail/answer/78754')";
    assert.deepEqual(causes(text).slice(0, 2), ['security_policy_blocks', 'basic_auth_used']);
  });
});

describe('from dev73 and dev76: a greeting name refused, a mailbox the router may not open, a sender address not allowed', () => {
  it('a HELO/EHLO name refused is the client\'s greeting (its host name setting)', () => {
    for (const text of ['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', '550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)']) {
      assert.equal(causes(text)[0], 'unexpected_server_reply', text);
    }
  });
  it('the CRM E-mail Router\'s 401 for one mailbox is the mailbox right (English and French)', () => {
    for (const text of [
      'Incoming Status: Failure - The remote Microsoft Exchange e-mail server returned the error "(401) Unauthorized". Verify that you have permission to connect to the mailbox.',
      "le serveur de messagerie Microsoft Exchange distant a retourné l'erreur « (401) Non autorisé ». Vérifiez que vous êtes autorisé à vous connecter à la boîte aux lettres.",
    ]) {
      assert.equal(causes(text)[0], 'mailbox_permission_missing', text.slice(0, 40));
    }
  });
  it('"The Sender\'s Address Was Not Allowed" is the sender, not the recipient', () => {
    assert.equal(causes("554 5.1.0 The Sender's Address Was Not Allowed")[0], 'send_as_denied');
  });
});

describe('from dev75: an impersonation refused in the plural, a stored token or credential DPAPI cannot read', () => {
  it('"does not have permissions to impersonate the requested user" is the mailbox right', () => {
    assert.equal(causes('The account does not have permissions to impersonate the requested user')[0], 'mailbox_permission_missing');
  });
  it('"Key not valid for use in specified state" is a cached token or saved credential, not an empty answer', () => {
    assert.equal(causes('Key not valid for use in specified state.')[0], 'token_expired_or_invalid');
  });
});

describe('from dev67: the app registration\'s "Allow public client flows" named beside a refused sign-in', () => {
  it('decides for a public client registered as confidential, over the code\'s secret reading', () => {
    for (const text of [
      '| `AADSTS70002` | Entra wants a client secret, i.e. it thinks this is a confidential client | Authentication → **Allow public client flows: Yes** |',
      'Device code "invalid_client": enable "Allow public client flows" in App registrations > Authentication.',
    ]) {
      assert.equal(causes(text)[0], 'public_vs_confidential_client', text.slice(0, 40));
    }
  });
  it('AADSTS70002 alone stays the client secret', () => {
    assert.equal(causes('AADSTS70002: Error validating credentials. AADSTS50012: Invalid client secret is provided.')[0], 'bad_client_secret');
  });
});
