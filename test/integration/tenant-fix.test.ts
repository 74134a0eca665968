/**
 * The fix chain against an eventually consistent Graph (scenario graph-lag): a service principal
 * for an application created a moment ago is refused for a while and created once Graph knows
 * the application; a lookup that misses a new registration never leads to a second one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckResult } from '../../electron/core/check/check-types.js';
import { runCheck } from '../../electron/core/check/run-check.js';
import { runFix } from '../../electron/core/fix/fix-actions.js';
import { FixMemory } from '../../electron/core/fix/fix-memory.js';
import { fixTenant } from '../../electron/core/fix/fix-tenant.js';
import { checkEtron } from '../../electron/core/tenant/etron.js';
import type { FixTarget } from '../../electron/core/fix/fix-types.js';
import { ok } from '../../electron/core/result.js';
import { ensureEtronApplication, ensureServicePrincipal } from '../../electron/core/tenant/etron-fix.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { useSignedInSandbox } from './support/admin-session.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fixes while Graph catches up (graph-lag)', () => {
  const env = useSignedInSandbox();
  const check = (t: FixTarget): Promise<CheckResult> => runCheck({
    profile: 'etron', cloud: env.admin.profile, tenantId: env.sb.info.tenantId, mailbox: t.mailbox, graph: env.admin.graph,
    ...(t.etron ? { etron: t.etron } : {}),
  });

  it('the enterprise app of a just-created registration is refused at first, then created on a later try', async () => {
    await env.reset(['graph-lag']);
    const created = await ensureEtronApplication(env.admin.graph, { instance: 'filiale-9', displayName: 'ETRON onRetail Filiale 9' });
    assert.equal(created.ok && created.value.created, true);
    const appId = created.ok ? created.value.application.appId : '';
    const logged = env.admin.graph.log.entries().length;
    const sp = await ensureServicePrincipal(env.admin.graph, appId, undefined, { backoffMs: [500, 1_000, 1_000, 1_000] });
    assert.equal(sp.ok && sp.value.created, true, sp.ok ? '' : JSON.stringify(sp.error));
    const posts = env.admin.graph.log.entries().slice(logged).filter((e) => e.method === 'POST').map((e) => e.status);
    assert.equal(posts[0], 400, 'the first try meets the lag');
    assert.equal(posts[posts.length - 1], 201);
    assert.equal(env.sb.context.state.current().servicePrincipals.filter((s) => s.appId === appId).length, 1);
  });

  it('"Do it for me" twice while Graph lags: the second create finds the app the first one made, by the id it returned', async () => {
    await env.reset(['graph-lag']);
    const target: FixTarget = { profile: 'etron', mailbox: SANDBOX_NAMES.mailbox, etron: { instance: 'filiale-11', displayName: 'ETRON onRetail Filiale 11' } };
    const before = await checkEtron({ graph: env.admin.graph, profile: env.admin.profile, instance: 'filiale-11', displayName: 'ETRON onRetail Filiale 11' });
    assert.equal(before.ok, true);
    const findings = before.ok ? before.value.findings : [];
    const finding = findings.find((f) => f.id === 'etron.app-registration')!;
    assert.equal(finding.fixStep?.action, 'create-app-registration');
    const memory = new FixMemory();
    const first = await runFix('create-app-registration', { graph: env.admin.graph, request: target, findings, finding, memory });
    assert.equal(first.ok && first.value.changed, true);
    // A lookup by name right now misses the new registration…
    const byName = await env.admin.graph.get<{ value: unknown[] }>("applications?$filter=displayName eq 'ETRON onRetail Filiale 11'", { step: 'read-apps' });
    assert.deepEqual(byName.ok && byName.value.value, []);
    // …so the same offer again must not create a second one.
    const second = await runFix('create-app-registration', { graph: env.admin.graph, request: target, findings, finding, memory, retry: { backoffMs: [500, 1_000, 1_000] } });
    assert.equal(second.ok, true, second.ok ? '' : JSON.stringify(second.error));
    assert.equal(second.ok && second.value.changed, false);
    assert.equal(env.sb.context.state.current().applications.filter((a) => a.displayName === 'ETRON onRetail Filiale 11').length, 1);
  });

  it('ETRON from nothing: one registration, its enterprise app, secret and consent — and the check passes', async () => {
    await env.reset(['graph-lag']);
    env.sb.context.state.update('the ETRON registration is deleted', (t) => {
      t.applications = t.applications.filter((a) => a.appId !== SANDBOX_IDS.etronAppId);
      t.servicePrincipals = t.servicePrincipals.filter((s) => s.appId !== SANDBOX_IDS.etronAppId);
      t.oauth2PermissionGrants = t.oauth2PermissionGrants.filter((g) => g.clientId !== SANDBOX_IDS.etronSpId);
    });
    await sleep(2_100);
    const target: FixTarget = { profile: 'etron', mailbox: SANDBOX_NAMES.mailbox, etron: { instance: SANDBOX_NAMES.etronInstance } };
    const waits: number[] = [];
    const fixed = await fixTenant({
      graph: env.admin.graph, target, check: async (t) => ok(await check(t)),
      onEvent: (e) => { if (e.kind === 'waiting') waits.push(e.ms); },
    });
    assert.equal(fixed.ok, true, fixed.ok ? '' : JSON.stringify(fixed.error));
    if (!fixed.ok) return;
    assert.deepEqual(fixed.value.before.categories, []);
    assert.deepEqual(fixed.value.attempts.map((a) => (a.status === 'applied' ? a.fix.action : `${a.status} ${a.action}`)), [
      'create-app-registration', 'create-client-secret', 'create-service-principal', 'grant-delegated-consent',
    ]);
    assert.ok(waits.length > 0, 'the checks after the writes met the lag and waited');
    assert.equal(fixed.value.after.overall, 'pass', JSON.stringify(fixed.value.after.steps));
    const t = env.sb.context.state.current();
    assert.equal(t.applications.filter((a) => a.displayName === 'ETRON onRetail').length, 1, 'no duplicate registration');
    const app = t.applications.find((a) => a.displayName === 'ETRON onRetail')!;
    assert.deepEqual([app.web.redirectUris, app.signInAudience, app.requestedAccessTokenVersion], [[SANDBOX_NAMES.etronRedirectUri], 'AzureADandPersonalMicrosoftAccount', 2]);
    assert.equal(t.servicePrincipals.filter((s) => s.appId === app.appId).length, 1);
  });
});
