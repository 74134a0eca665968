/**
 * The IMAP probe against a real Dovecot (XOAUTH2 only, bearer tokens validated as JWTs against
 * the sandbox's signing key): a second, independent IMAP implementation, so the probe is not
 * only right about our own sandbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeImap } from '../../electron/core/probes/imap-probe.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { TokenSigner } from '../../electron/sandbox/token-signer.js';
import { dovecotAvailable, signingKeyOf, startDovecot, type RunningDovecot } from '../helpers/dovecot.js';

const USER = 'notifications@contoso.example';

describe('IMAP probe against Dovecot', { skip: dovecotAvailable() ? false : 'dovecot is not installed (apt-get install dovecot-imapd) or not root' }, () => {
  let tls: SandboxTlsMaterial;
  let signer: TokenSigner;
  let dovecot: RunningDovecot;
  const token = (claims: Record<string, unknown> = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    return signer.sign({
      aud: 'https://outlook.office.com', iss: 'https://127.0.0.1/sandbox/', iat: now, nbf: now, exp: now + 3600,
      sub: 'sub-1', upn: USER, tid: 'tenant', scp: 'IMAP.AccessAsUser.All', ver: '1.0', ...claims,
    });
  };

  before(async () => {
    tls = await createSandboxTls();
    signer = new TokenSigner();
    dovecot = await startDovecot({ tls, signingKey: signingKeyOf(signer) });
  });
  after(() => dovecot?.stop());

  it('passes with AUTHENTICATE XOAUTH2 (SASL-IR) → LIST → LOGOUT and no other command', async () => {
    const r = await probeImap({ host: '127.0.0.1', port: dovecot.port, user: USER, accessToken: token(), ca: tls.caCertPem, timeoutMs: 10_000 });
    assert.equal(r.ok, true, `${JSON.stringify(r.error)}\n${dovecot.log()}`);
    // Dovecot puts its capabilities in the greeting and the AUTHENTICATE OK: no CAPABILITY round trip.
    assert.deepEqual(r.transcript.filter((l) => l.startsWith('C:')), ['C: 1 AUTHENTICATE XOAUTH2 [redacted]', 'C: 2 LIST "" "*"', 'C: 3 LOGOUT']);
    assert.match(r.steps.find((s) => s.name === 'auth')?.reply ?? '', /^1 OK \[CAPABILITY IMAP4rev1 .*\] Logged in$/);
    assert.deepEqual(r.details.mailboxes, ['INBOX']);
    assert.match(r.serverReply ?? '', /^3 OK Logout completed/);
  });

  it('reports Dovecot\'s exact refusal of a bad token as imap_auth_failed_generic', async () => {
    const forged = `${token().split('.').slice(0, 2).join('.')}.${Buffer.from('not the signature').toString('base64url')}`;
    const r = await probeImap({ host: '127.0.0.1', port: dovecot.port, user: USER, accessToken: forged, ca: tls.caCertPem, timeoutMs: 10_000 });
    assert.deepEqual({ ok: r.ok, category: r.category, reply: r.serverReply, code: r.error?.code },
      { ok: false, category: 'imap_auth_failed_generic', reply: '1 NO [AUTHENTICATIONFAILED] Authentication failed.', code: 'imap_auth_failed_generic' });
    assert.ok(!r.transcript.some((l) => /\bLIST\b/.test(l)), 'no LIST after a failed login');
  });

  it('refuses a token for another user than the XOAUTH2 user', async () => {
    const r = await probeImap({ host: '127.0.0.1', port: dovecot.port, user: USER, accessToken: token({ upn: 'anna.schmidt@contoso.example' }), ca: tls.caCertPem, timeoutMs: 10_000 });
    assert.deepEqual({ category: r.category, reply: r.serverReply }, { category: 'imap_auth_failed_generic', reply: '1 NO [AUTHENTICATIONFAILED] Authentication failed.' });
  });
});
