/**
 * The Object ID the checks report must be the enterprise app's (the service principal's id) —
 * never the app registration's, the most common cause of 535 5.7.3 — and every fix must use the
 * value the check reported. The sandbox gives each enterprise app a fresh id first, so neither a
 * swapped id nor a hard-coded sandbox id can pass.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { CheckProfile, CheckResult } from '../../electron/core/check/check-types.js';
import { findingsOf } from '../../electron/core/check/finding-causes.js';
import { runCheck } from '../../electron/core/check/run-check.js';
import { runFix } from '../../electron/core/fix/fix-actions.js';
import { fixTenant } from '../../electron/core/fix/fix-tenant.js';
import type { FixTarget } from '../../electron/core/fix/fix-types.js';
import { ok } from '../../electron/core/result.js';
import type { Finding } from '../../electron/core/tenant/findings.js';
import { APP_IDS } from '../../electron/core/well-known.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import type { TenantData } from '../../electron/sandbox/tenant-model.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { useSignedInSandbox } from './support/admin-session.js';

/** Gives the enterprise app of `appId` a new object id everywhere the tenant refers to it. */
function reissueServicePrincipalId(t: TenantData, appId: string): string {
  const sp = t.servicePrincipals.find((s) => s.appId === appId)!;
  const old = sp.id;
  const fresh = randomUUID();
  Object.assign(sp, { id: fresh });
  const swap = (id: string): string => (id.toLowerCase() === old.toLowerCase() ? fresh : id);
  for (const a of t.appRoleAssignments) Object.assign(a, { principalId: swap(a.principalId), resourceId: swap(a.resourceId) });
  for (const g of t.oauth2PermissionGrants) Object.assign(g, { clientId: swap(g.clientId), resourceId: swap(g.resourceId) });
  for (const p of t.exchange.servicePrincipals) p.objectId = swap(p.objectId);
  for (const p of t.exchange.permissions) p.trusteeId = swap(p.trusteeId);
  return fresh;
}

const APPS: Record<CheckProfile, { appId: string; applicationObjectId: string; findingId: string; fixFinding: string }> = {
  inventory360: { appId: APP_IDS.inventory360, applicationObjectId: SANDBOX_IDS.inventory360PublisherAppObjectId, findingId: 'inventory360.enterprise-app', fixFinding: 'inventory360.smtp-send-as-app' },
  generic: { appId: SANDBOX_IDS.genericAppId, applicationObjectId: SANDBOX_IDS.genericAppObjectId, findingId: 'generic.service-principal', fixFinding: 'generic.smtp-send-as-app' },
  etron: { appId: SANDBOX_IDS.etronAppId, applicationObjectId: SANDBOX_IDS.etronAppObjectId, findingId: 'etron.service-principal', fixFinding: 'etron.delegated-consent' },
};

describe('Object IDs: every profile reports the enterprise app\'s id, and every fix uses it', () => {
  const env = useSignedInSandbox();
  const target = (profile: CheckProfile): FixTarget => ({
    profile, mailbox: SANDBOX_NAMES.mailbox,
    ...(profile === 'etron' ? { etron: { instance: SANDBOX_NAMES.etronInstance, appId: SANDBOX_IDS.etronAppId } } : {}),
    ...(profile === 'generic' ? { generic: { appId: SANDBOX_IDS.genericAppId } } : {}),
  });
  const check = (t: FixTarget): Promise<CheckResult> => runCheck({
    profile: t.profile, cloud: env.admin.profile, tenantId: env.sb.info.tenantId, mailbox: t.mailbox, graph: env.admin.graph,
    ...(t.etron ? { etron: t.etron } : {}), ...(t.generic ? { genericAppId: t.generic.appId } : {}),
  });
  const prepare = async (profile: CheckProfile, scenarios: ScenarioName[]): Promise<string> => {
    await env.reset(scenarios);
    return env.sb.context.state.update('the enterprise app gets a new object id', (t) => reissueServicePrincipalId(t, APPS[profile].appId));
  };

  for (const profile of ['inventory360', 'generic', 'etron'] as const) {
    it(`${profile}: the reported Object ID is the service principal's id, and the fix grants to exactly that id`, async () => {
      const spId = await prepare(profile, ['consent-missing']);
      const before = await check(target(profile));
      const reported = findingsOf(before).find((f) => f.id === APPS[profile].findingId)!;
      assert.equal(reported.facts?.['servicePrincipalObjectId'], spId);
      assert.equal(before.facts.servicePrincipalObjectId, spId);
      assert.notEqual(spId, APPS[profile].applicationObjectId);
      assert.match(reported.evidence, new RegExp(`Object ID.* ${spId}`));

      const fixed = await fixTenant({ graph: env.admin.graph, target: target(profile), check: async (t) => ok(await check(t)), retry: { backoffMs: [200, 400] } });
      assert.equal(fixed.ok, true);
      if (!fixed.ok) return;
      assert.deepEqual(fixed.value.attempts.map((a) => [a.status, a.status === 'applied' ? a.fix.findingId : a.findingId]), [['applied', APPS[profile].fixFinding]]);
      assert.equal(fixed.value.after.overall, 'pass', JSON.stringify(fixed.value.after.categories));
      const t = env.sb.context.state.current();
      const granted = profile === 'etron'
        ? t.oauth2PermissionGrants.filter((g) => g.consentType === 'AllPrincipals' && g.clientId === spId)
        : t.appRoleAssignments.filter((a) => a.resourceId === SANDBOX_IDS.exchangeSpId && a.principalId === spId);
      assert.equal(granted.length, 1, 'the grant is made to the reported Object ID');
    });

    it(`${profile}: the fix takes the Object ID from the check, not from anywhere else`, async () => {
      await prepare(profile, ['consent-missing']);
      const before = await check(target(profile));
      const other = randomUUID();
      // The same findings, but the check "reported" another Object ID: the fix must act on that one.
      const findings: Finding[] = findingsOf(before).map((f) => (f.facts?.['servicePrincipalObjectId']
        ? { ...f, facts: { ...f.facts, servicePrincipalObjectId: other } } : f));
      const finding = findings.find((f) => f.id === APPS[profile].fixFinding)!;
      const r = await runFix(finding.fixStep!.action, { graph: env.admin.graph, request: target(profile), findings, finding });
      assert.equal(r.ok, false, 'no grant to an Object ID the tenant does not have');
      const t = env.sb.context.state.current();
      assert.equal(t.appRoleAssignments.some((a) => a.principalId === other) || t.oauth2PermissionGrants.some((g) => g.clientId === other), false);
    });
  }
});
