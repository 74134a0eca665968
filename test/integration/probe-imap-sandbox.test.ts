/**
 * The IMAP probe against the sandbox's Exchange IMAP: a healthy mailbox passes with
 * AUTHENTICATE + LIST + LOGOUT and nothing else; a disabled mailbox authenticates and then
 * answers `BAD User is authenticated but not connected.` — which AUTH alone would miss.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeImap, type ImapProbeOptions } from '../../electron/core/probes/imap-probe.js';
import { probeAll } from '../../electron/core/probes/index.js';
import { SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { appOnlyToken, delegatedToken } from '../helpers/probe-tokens.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

function probeOptions(sb: RunningSandbox, accessToken: string): ImapProbeOptions {
  return { host: sb.info.imap.host, port: sb.info.imap.port, user: sb.info.mailbox, accessToken, caCertPath: sb.info.caCertPath, timeoutMs: 10_000 };
}
const names = (r: { steps: readonly { name: string; ok: boolean }[] }): string[] => r.steps.map((s) => `${s.name}:${s.ok ? 'ok' : 'failed'}`);

describe('IMAP probe: healthy sandbox tenant', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(() => sb.close());

  it('passes app-only with exactly CAPABILITY, AUTHENTICATE XOAUTH2 (SASL-IR), LIST, LOGOUT', async () => {
    const r = await probeImap(probeOptions(sb, await appOnlyToken(sb)));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(names(r), ['connect:ok', 'greeting:ok', 'capability:ok', 'auth:ok', 'list:ok', 'logout:ok']);
    assert.deepEqual(r.transcript.filter((l) => l.startsWith('C:')), ['C: 1 CAPABILITY', 'C: 2 AUTHENTICATE XOAUTH2 [redacted]', 'C: 3 LIST "" "*"', 'C: 4 LOGOUT']);
    assert.equal(r.steps.find((s) => s.name === 'auth')?.reply, '2 OK AUTHENTICATE completed.');
    assert.ok(r.details.mailboxes.includes('INBOX'));
    assert.equal(r.serverReply, '4 OK LOGOUT completed.');
  });

  it('passes a delegated Outlook token (ETRON)', async () => {
    const r = await probeImap(probeOptions(sb, delegatedToken(sb)));
    assert.equal(r.ok, true, JSON.stringify(r.error));
  });

  it('user= a mailbox the signed-in user has no rights on: AUTHENTICATE OK, LIST gets BAD not connected → mailbox_permission_missing (the token check knows the user)', async () => {
    const r = await probeAll({ imap: { ...probeOptions(sb, delegatedToken(sb)), user: SANDBOX_NAMES.otherUser } });
    const imap = r.imap!;
    assert.deepEqual({ ok: imap.ok, category: imap.category, code: imap.error?.code, reply: imap.serverReply, steps: names(imap).slice(3) },
      { ok: false, category: 'mailbox_permission_missing', code: 'mailbox_permission_missing', reply: '3 BAD User is authenticated but not connected.', steps: ['auth:ok', 'list:failed'] });
    assert.deepEqual(r.tokenChecks.imap?.mismatches.map((m) => m.id), ['upn_mismatch']);
    // The probe alone cannot tell it from IMAP being off.
    const alone = await probeImap({ ...probeOptions(sb, delegatedToken(sb)), user: SANDBOX_NAMES.otherUser });
    assert.equal(alone.category, 'imap_disabled_or_not_connected');
  });

  it('a Microsoft Graph token gets NO AUTHENTICATE failed. → imap_auth_failed_generic', async () => {
    const r = await probeImap(probeOptions(sb, delegatedToken(sb, { resource: 'graph', scopes: ['User.Read', 'IMAP.AccessAsUser.All'] })));
    assert.deepEqual({ category: r.category, reply: r.serverReply, last: names(r).at(-1) },
      { category: 'imap_auth_failed_generic', reply: '2 NO AUTHENTICATE failed.', last: 'auth:failed' });
  });
});

const SCENARIOS: Array<{ scenario: ScenarioName; steps: string[]; reply: string; category: string }> = [
  { scenario: 'imap-disabled', steps: ['auth:ok', 'list:failed'], reply: '3 BAD User is authenticated but not connected.', category: 'imap_disabled_or_not_connected' },
  { scenario: 'mailbox-permission-missing', steps: ['auth:ok', 'list:failed'], reply: '3 BAD User is authenticated but not connected.', category: 'imap_disabled_or_not_connected' },
  { scenario: 'service-principal-missing', steps: ['auth:failed'], reply: '2 NO AUTHENTICATE failed.', category: 'imap_auth_failed_generic' },
];

for (const c of SCENARIOS) {
  describe(`IMAP probe: scenario ${c.scenario}`, () => {
    let sb: RunningSandbox;
    before(async () => { sb = await sandbox({ scenarios: [c.scenario] }); });
    after(() => sb.close());

    it(`${c.reply} → ${c.category}`, async () => {
      const r = await probeImap(probeOptions(sb, await appOnlyToken(sb)));
      assert.deepEqual({ ok: r.ok, category: r.category, code: r.error?.code, reply: r.serverReply },
        { ok: false, category: c.category, code: c.category, reply: c.reply });
      assert.deepEqual(names(r).slice(3), c.steps);
    });
  });
}
