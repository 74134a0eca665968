/**
 * Messages read in the twenty-second session's development texts (dev87–dev94): the client secret sent where the access token
 * belongs; Microsoft's Italian NDR for 5.4.1 ("Indirizzo del destinatario rifiutato"); AADSTS50000 as a set-up fault, not an
 * outage; Dynamics 365's UserPrivilegeError and its queue owner without a security role (-2147209462); Dynamics 365's "mailbox
 * location could not be determined" (the server's address first); AADSTS70016 (authorization pending) names the device-code
 * sign-in not finished among the first two.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('the client secret sent as the password', () => {
  it('"passes client_secret directly as the XOAUTH2 password" beside 535 5.7.3 is the token first', () => {
    const text = 'The plugin passes client_secret directly as the XOAUTH2 password, but Microsoft requires fetching a short-lived '
      + 'access token. Without this, every O365 auth attempt fails with 535 5.7.3 Authentication unsuccessful.';
    assert.equal(causes(text)[0], 'token_expired_or_invalid');
  });
  it('"uses the client secret as the SMTP password" alone', () => {
    assert.equal(causes('The app uses the client secret as the SMTP password')[0], 'token_expired_or_invalid');
  });
  it('a client secret and a password in separate sentences are not read so', () => {
    assert.notEqual(causes('Enter the client secret. Then set the SMTP password as the fallback.')[0], 'token_expired_or_invalid');
  });
});

describe("Microsoft's Italian NDR for 5.4.1", () => {
  it('"550 5.4.1 Indirizzo del destinatario rifiutato: Accesso negato" is the recipient, not a guess', () => {
    const r = decode('550 5.4.1 Indirizzo del destinatario rifiutato: Accesso negato');
    assert.equal(r.guess, undefined);
    assert.equal(r.causes[0]?.category, 'recipient_rejected');
  });
});

describe('AADSTS50000', () => {
  it('the code in a translated message is the service principal, then the token — not throttling', () => {
    const got = causes('AADSTS50000: 토큰을 발급하는 동안 오류가 발생했거나 로그인 서비스에 문제가 발생했습니다.');
    assert.deepEqual(got.slice(0, 2), ['service_principal_missing_or_wrong_id', 'token_expired_or_invalid']);
    assert.ok(!got.includes('throttled'));
  });
  it("with Microsoft's English message, the message's own rule puts the token first", () => {
    const got = causes('AADSTS50000: There was an error issuing a token or an issue with our sign-in service.');
    assert.equal(got[0], 'token_expired_or_invalid');
    assert.ok(!got.includes('throttled'));
  });
});

describe("Dynamics 365's mailbox owner without privileges", () => {
  it('"Email Server Error Code: UserPrivilegeError" is a right missing', () => {
    const text = 'An internal Microsoft Dynamics 365 error occurred while synchronizing appointments, contacts, and tasks for the '
      + 'mailbox Support. The mailbox didn\'t synchronize.\nEmail Server Error Code: UserPrivilegeError';
    assert.equal(causes(text)[0], 'mailbox_permission_missing');
  });
  it('"UnknownIncomingEmailIntegrationError -2147209462" is a right missing; another of its numbers is not', () => {
    const text = (n: string) => `Email Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError ${n} exception.`;
    assert.equal(causes(text('-2147209462'))[0], 'mailbox_permission_missing');
    assert.notEqual(causes(text('-2147220956'))[0], 'mailbox_permission_missing');
  });
});

describe("Dynamics 365's mailbox location not determined", () => {
  it('the server address first, its reach second', () => {
    for (const text of [
      'The mailbox location could not be determined while sending the email message "Test". Mailbox Support didn\'t synchronize.',
      'The location of the mailbox Support could not be determined while receiving email. The owner of the associated email server '
        + 'profile has been notified.',
    ]) assert.deepEqual(causes(text).slice(0, 2), ['unexpected_server_reply', 'network_blocked'], text);
  });
});

describe('AADSTS70016 (authorization pending)', () => {
  it('names the device-code sign-in not finished among the first two', () => {
    const got = causes('AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.');
    assert.ok(got.slice(0, 2).includes('user_cancelled_or_consent_declined'), got.join());
  });
});
