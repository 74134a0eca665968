/**
 * The whole check against every scenario of the sandbox tenant: each scenario must be named by
 * the right diagnosis category, with the profile the scenario concerns (Inventory360 only sends,
 * so IMAP scenarios are checked with the generic app; assignment, redirect URI and delegated
 * consent belong to ETRON's own app registration).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckProfile } from '../../electron/core/check/check-types.js';
import { runSandboxCheck } from '../../electron/demo/sandbox-check.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';

const EXPECTED: readonly [ScenarioName, CheckProfile, string][] = [
  ['consent-missing', 'inventory360', 'consent_missing'],
  ['consent-missing', 'etron', 'consent_missing'],
  ['service-principal-missing', 'inventory360', 'service_principal_missing_or_wrong_id'],
  ['service-principal-missing', 'generic', 'service_principal_missing_or_wrong_id'],
  ['smtp-auth-disabled-mailbox', 'inventory360', 'smtp_auth_disabled_mailbox'],
  ['smtp-auth-disabled-tenant', 'inventory360', 'smtp_auth_disabled_tenant'],
  ['mailbox-permission-missing', 'inventory360', 'mailbox_permission_missing'],
  ['send-as-denied', 'inventory360', 'send_as_denied'],
  ['imap-disabled', 'generic', 'imap_disabled_or_not_connected'],
  ['user-not-assigned', 'etron', 'user_not_assigned'],
  ['secret-expired', 'etron', 'bad_client_secret'],
  ['secret-expired', 'generic', 'bad_client_secret'],
  ['secret-wrong', 'generic', 'bad_client_secret'],
  ['secret-wrong', 'etron', 'bad_client_secret'],
  ['redirect-mismatch', 'etron', 'redirect_uri_mismatch'],
  // ETRON variant A logging in to SMTP with the shared mailbox: the token check names it before Exchange's 535 5.7.3.
  ['shared-mailbox-smtp-login', 'etron', 'shared_mailbox_smtp_login'],
];

describe('full check against every sandbox scenario', () => {
  for (const profile of ['inventory360', 'etron', 'generic'] as const) {
    it(`healthy: the ${profile} check passes with every part green`, async () => {
      const r = await runSandboxCheck({ profile, scenarios: ['healthy'] });
      assert.ok(!('error' in r), 'error' in r ? r.error : '');
      assert.equal(r.overall, 'pass');
      assert.deepEqual(r.categories, []);
      assert.ok(r.steps.length >= 3);
      for (const s of r.steps) assert.equal(s.status, 'pass', `${s.id}: ${s.summary}`);
      assert.ok(r.steps.some((s) => s.id === 'smtp'));
      if (profile !== 'inventory360') assert.ok(r.steps.some((s) => s.id === 'imap'));
    });
  }

  for (const [scenario, profile, category] of EXPECTED) {
    it(`${scenario} (${profile}) → ${category}`, async () => {
      const r = await runSandboxCheck({ profile, scenarios: [scenario] });
      assert.ok(!('error' in r), 'error' in r ? r.error : '');
      assert.equal(r.overall, 'fail');
      assert.equal(r.categories[0], category, `categories: ${r.categories.join(', ')}`);
      assert.ok(r.diagnosis.some((d) => d.category === category && d.texts.en?.fix.length) || r.steps.some((s) => s.findings?.some((f) => f.code === category)));
    });
  }

  it('security-defaults: an OAuth-only set-up passes (security defaults block passwords, not XOAUTH2)', async () => {
    const r = await runSandboxCheck({ profile: 'inventory360', scenarios: ['security-defaults'] });
    assert.ok(!('error' in r), 'error' in r ? r.error : '');
    assert.deepEqual({ overall: r.overall, categories: r.categories }, { overall: 'pass', categories: [] });
  });

  it('names the exact server reply of the failing part', async () => {
    const r = await runSandboxCheck({ profile: 'inventory360', scenarios: ['smtp-auth-disabled-mailbox'] });
    assert.ok(!('error' in r));
    const smtp = r.steps.find((s) => s.id === 'smtp')!;
    assert.match(smtp.serverReply ?? '', /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\. Visit https:\/\/aka\.ms\/smtp_auth_disabled for more information\./);
    assert.equal(smtp.cause, 'smtp_auth_disabled_mailbox');
  });
});

describe('reachability runs only when the network is in question', () => {
  it('a closed SMTP port gives network_blocked, and then the reachability part tells "refused"', async () => {
    const net = await import('node:net');
    const { prepareSandboxCheck } = await import('../../electron/demo/sandbox-check.js');
    const { runCheck } = await import('../../electron/core/check/run-check.js');
    const { startSandbox } = await import('../helpers/sandbox.js');
    const sb = await startSandbox({ autoApprove: true });
    try {
      const closed = net.createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as import('node:net').AddressInfo).port;
      await new Promise<void>((r) => closed.close(() => r()));
      const setup = await prepareSandboxCheck(sb, { profile: 'inventory360' });
      assert.ok(!('error' in setup));
      const r = await runCheck({ ...setup.input, cloud: { ...setup.input.cloud, smtp: { ...setup.input.cloud.smtp, port } } });
      assert.equal(r.steps.find((s) => s.id === 'smtp')?.category, 'network_blocked');
      const reach = r.steps.find((s) => s.id === 'reachability');
      assert.equal(reach?.status, 'fail');
      assert.match(reach?.transcript?.join('\n') ?? '', /refused/i);
      assert.equal(r.categories[0], 'network_blocked');
      const healthy = await runCheck(setup.input);
      assert.equal(healthy.steps.some((s) => s.id === 'reachability'), false, 'no second connection when SMTP worked');
    } finally {
      await sb.close();
    }
  });
});
