import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exchangeRoleGrants, grantExchangeAppRole, resolveExchange } from '../../electron/core/tenant/exchange-grants.js';
import { checkGenericApp, type GenericCheckInput } from '../../electron/core/tenant/generic.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { useSignedInSandbox } from './support/admin-session.js';

describe('generic app read through Graph', () => {
  const env = useSignedInSandbox();
  const { reset } = env;
  const check = (appId: string, expects?: GenericCheckInput['expects']) =>
    checkGenericApp({ graph: env.admin.graph, profile: env.admin.profile, tenantId: env.sb.info.tenantId, appId, ...(expects ? { expects } : {}) });

  it('healthy: the generic sender holds SMTP.SendAsApp and IMAP.AccessAsApp, no delegated scopes', async () => {
    await reset(['healthy']);
    const report = await check(SANDBOX_IDS.genericAppId, ['app-only-smtp', 'app-only-imap']);
    assert.equal(report.servicePrincipalObjectId, SANDBOX_IDS.genericSpId);
    assert.deepEqual(report.holds, { 'app-only-smtp': true, 'app-only-imap': true, 'delegated-smtp': false, 'delegated-imap': false });
    assert.deepEqual(report.findings.map((f) => [f.id, f.status, f.code]), [
      ['generic.service-principal', 'ok', null],
      ['generic.smtp-send-as-app', 'ok', null],
      ['generic.imap-access-as-app', 'ok', null],
    ]);
  });

  it('ETRON (delegated): holds SMTP.Send and IMAP.AccessAsUser.All through its Graph grant, no app roles', async () => {
    await reset(['healthy']);
    const report = await check(SANDBOX_IDS.etronAppId, ['delegated-smtp', 'delegated-imap']);
    assert.deepEqual(report.holds, { 'app-only-smtp': false, 'app-only-imap': false, 'delegated-smtp': true, 'delegated-imap': true });
    assert.deepEqual(report.findings.map((f) => f.status), ['ok', 'ok', 'ok']);
  });

  it('consent-missing: the expected app role is missing → consent_missing; granting it through Graph fixes it', async () => {
    await reset(['consent-missing']);
    const report = await check(SANDBOX_IDS.genericAppId);
    assert.deepEqual(report.findings.map((f) => [f.id, f.status, f.code]), [
      ['generic.service-principal', 'ok', null],
      ['generic.smtp-send-as-app', 'missing', 'consent_missing'],
    ]);
    assert.equal(report.findings[1]!.evidence, 'SMTP.SendAsApp (application) on Office 365 Exchange Online is not granted.');
    const exchange = await resolveExchange(env.admin.graph);
    assert.equal(exchange.ok, true);
    if (!exchange.ok) return;
    const granted = await grantExchangeAppRole(env.admin.graph, exchange.value, SANDBOX_IDS.genericSpId, 'SMTP.SendAsApp');
    assert.equal(granted.ok, true, granted.ok ? '' : JSON.stringify(granted.error));
    const grants = await exchangeRoleGrants(env.admin.graph, exchange.value, SANDBOX_IDS.genericSpId);
    assert.deepEqual(grants.ok && Object.keys(grants.value.granted), ['SMTP.SendAsApp']);
    assert.equal((await check(SANDBOX_IDS.genericAppId)).findings[1]!.status, 'ok');
  });

  it('an app id the tenant does not know → no service principal, consent_missing with the admin-consent URL', async () => {
    await reset(['healthy']);
    const appId = '11111111-2222-4333-8444-555555555555';
    const report = await check(appId);
    assert.deepEqual(report.findings, [{
      id: 'generic.service-principal', status: 'missing', code: 'consent_missing',
      evidence: `No service principal with appId ${appId}: the app was never consented in this tenant (or the ID is wrong).`,
      fixStep: { action: 'grant-admin-consent', auto: false, url: `${env.admin.profile.authorityHost}/${env.sb.info.tenantId}/adminconsent?client_id=${appId}` },
    }]);
    assert.deepEqual(report.holds, { 'app-only-smtp': null, 'app-only-imap': null, 'delegated-smtp': null, 'delegated-imap': null });
  });
});
