import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appOnlyTokenProvider } from '../../electron/core/auth/app-only-token.js';
import { addMonths } from '../../electron/core/tenant/client-secret.js';
import { checkEtron, type EtronReport } from '../../electron/core/tenant/etron.js';
import { assignPrincipals } from '../../electron/core/tenant/etron-assignment.js';
import {
  createEtronSecret, ensureEtronApplication, ensureServicePrincipal, grantEtronDelegatedConsent,
} from '../../electron/core/tenant/etron-fix.js';
import { etronRedirectUri } from '../../electron/core/tenant/etron-registration.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { useSignedInSandbox } from './support/admin-session.js';

const summary = (r: EtronReport) => r.findings.map((f) => [f.id, f.status, f.code]);
const finding = (r: EtronReport, id: string) => r.findings.find((f) => f.id === id)!;

describe('ETRON onRetail read and fixed through Graph', () => {
  const env = useSignedInSandbox();
  const { reset } = env;
  const check = async (instance: string = SANDBOX_NAMES.etronInstance, displayName?: string) => {
    const r = await checkEtron({
      graph: env.admin.graph, profile: env.admin.profile, instance, senderUpns: [SANDBOX_NAMES.mailbox], ...(displayName ? { displayName } : {}),
    });
    assert.equal(r.ok, true, r.ok ? '' : JSON.stringify(r.error));
    return (r as { ok: true; value: EtronReport }).value;
  };

  it('validates the instance as one DNS label', () => {
    assert.deepEqual(etronRedirectUri('filiale-7'), { ok: true, value: 'https://filiale-7.wawi.onretail.eu/microsoft_outlook/confirm' });
    for (const bad of ['', '-x', 'x-', 'Contoso', 'a.b', 'evil.example/x?', 'a'.repeat(64)]) {
      const r = etronRedirectUri(bad);
      assert.equal(!r.ok && r.error.field, 'instance', bad);
      assert.equal(!r.ok && r.error.code, 'invalid_input');
    }
  });

  it('healthy: the seeded registration passes every check', async () => {
    await reset(['healthy']);
    const report = await check();
    assert.deepEqual(summary(report), [
      ['etron.app-registration', 'ok', null], ['etron.redirect-uri', 'ok', null], ['etron.permissions', 'ok', null],
      ['etron.audience', 'ok', null], ['etron.client-secret', 'ok', null], ['etron.service-principal', 'ok', null],
      ['etron.user-assignment', 'ok', null], ['etron.delegated-consent', 'ok', null],
    ]);
    assert.deepEqual(report.application, { applicationObjectId: SANDBOX_IDS.etronAppObjectId, clientId: SANDBOX_IDS.etronAppId, displayName: 'ETRON onRetail' });
    assert.equal(report.servicePrincipalObjectId, SANDBOX_IDS.etronSpId);
    assert.equal(report.appRoleAssignmentRequired, true);
  });

  it('creates the registration from scratch exactly as the guide says, then its enterprise app and secret', async () => {
    await reset(['healthy']);
    const name = 'ETRON onRetail Filiale 7';
    const before = await check('filiale-7', name);
    assert.deepEqual(summary(before), [['etron.app-registration', 'missing', null]]);

    const ensured = await ensureEtronApplication(env.admin.graph, { instance: 'filiale-7', displayName: name });
    assert.equal(ensured.ok && ensured.value.created, true);
    const app = ensured.ok ? ensured.value.application : undefined;
    assert.equal(app?.signInAudience, 'AzureADandPersonalMicrosoftAccount');
    assert.deepEqual(app?.web?.redirectUris, ['https://filiale-7.wawi.onretail.eu/microsoft_outlook/confirm']);
    assert.deepEqual(app?.requiredResourceAccess, [{
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceAccess: [
        { id: '258f6531-6087-4cc4-bb90-092c5fb3ed3f', type: 'Scope' },
        { id: '652390e4-393a-48de-9484-05f9b1212954', type: 'Scope' },
        { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
      ],
    }]);
    const middle = await check('filiale-7', name);
    assert.deepEqual(summary(middle).slice(4), [['etron.client-secret', 'missing', 'bad_client_secret'], ['etron.service-principal', 'missing', null]]);

    const sp = await ensureServicePrincipal(env.admin.graph, app!.appId);
    assert.equal(sp.ok && sp.value.created, true);
    const now = Date.now();
    const secret = await createEtronSecret(env.admin.graph, app!.id);
    assert.equal(secret.ok, true, secret.ok ? '' : JSON.stringify(secret.error));
    if (!secret.ok) return;
    assert.equal(secret.value.validityMonths, 24);
    assert.ok(Math.abs(Date.parse(secret.value.endDateTime) - addMonths(now, 24).getTime()) < 60_000);
    assert.equal(secret.value.warning, undefined);
    assert.match(secret.value.secretText, /^.{20,}$/);

    const after = await check('filiale-7', name);
    assert.deepEqual(summary(after).map(([, status]) => status), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing']);
    assert.deepEqual(finding(after, 'etron.delegated-consent').fixStep, { action: 'grant-delegated-consent', auto: true });
    // The value is handed out once: Graph never shows it again.
    assert.doesNotMatch(JSON.stringify(after), new RegExp(secret.value.secretText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('redirect-mismatch: the wrong redirect URI is found and repaired with PATCH', async () => {
    await reset(['redirect-mismatch']);
    const before = await check();
    const redirect = finding(before, 'etron.redirect-uri');
    assert.deepEqual([redirect.status, redirect.code], ['wrong', 'redirect_uri_mismatch']);
    assert.equal(redirect.evidence, 'Web redirect URIs are [https://contoso.wawi.onretail.eu/microsoft_outlook/callback]; https://contoso.wawi.onretail.eu/microsoft_outlook/confirm is missing');
    const repaired = await ensureEtronApplication(env.admin.graph, { instance: SANDBOX_NAMES.etronInstance });
    assert.equal(repaired.ok && repaired.value.repaired.map((d) => d.kind).join(), 'redirect-uri');
    assert.deepEqual(repaired.ok && repaired.value.application.web?.redirectUris, [SANDBOX_NAMES.etronRedirectUri]);
    assert.deepEqual(summary(await check()).filter(([, s]) => s !== 'ok'), []);
  });

  it('drift in permissions and audience is repaired without dropping other entries', async () => {
    await reset(['healthy']);
    env.sb.context.state.update('admin edits the registration', (t) => {
      const app = t.applications.find((a) => a.appId === SANDBOX_IDS.etronAppId)!;
      // Registered as single-tenant: Entra keeps v1 tokens (null) for it.
      app.signInAudience = 'AzureADMyOrg';
      app.requestedAccessTokenVersion = null;
      app.web.redirectUris.push('https://other.wawi.onretail.eu/microsoft_outlook/confirm');
      app.requiredResourceAccess[0]!.resourceAccess = app.requiredResourceAccess[0]!.resourceAccess
        .filter((r) => r.id !== '258f6531-6087-4cc4-bb90-092c5fb3ed3f');
    });
    const before = await check();
    assert.deepEqual(summary(before).slice(1, 4), [
      ['etron.redirect-uri', 'ok', null], ['etron.permissions', 'missing', 'wrong_scope_or_resource'], ['etron.audience', 'wrong', 'wrong_tenant_or_app'],
    ]);
    assert.equal(finding(before, 'etron.permissions').evidence, 'delegated Microsoft Graph permission(s) missing: SMTP.Send');
    const repaired = await ensureEtronApplication(env.admin.graph, { instance: SANDBOX_NAMES.etronInstance });
    assert.deepEqual(repaired.ok && repaired.value.repaired.map((d) => d.kind), ['permission', 'audience']);
    const app = repaired.ok ? repaired.value.application : undefined;
    // Graph refuses the audience without api.requestedAccessTokenVersion 2 in the same PATCH.
    assert.deepEqual([app?.signInAudience, app?.api?.requestedAccessTokenVersion], ['AzureADandPersonalMicrosoftAccount', 2]);
    assert.deepEqual(app?.web?.redirectUris, [SANDBOX_NAMES.etronRedirectUri, 'https://other.wawi.onretail.eu/microsoft_outlook/confirm']);
    assert.deepEqual(app?.requiredResourceAccess[0]?.resourceAccess.map((r) => r.id).sort(), [
      '258f6531-6087-4cc4-bb90-092c5fb3ed3f', '652390e4-393a-48de-9484-05f9b1212954', 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
    ]);
    assert.deepEqual(summary(await check()).filter(([, st]) => st !== 'ok'), []);
  });

  it('AzureADMultipleOrgs is no drift: ETRON signs in through /common, which works for Microsoft 365 accounts', async () => {
    await reset(['healthy']);
    env.sb.context.state.update('admin narrows the audience to work or school accounts', (t) => {
      const app = t.applications.find((a) => a.appId === SANDBOX_IDS.etronAppId)!;
      app.signInAudience = 'AzureADMultipleOrgs';
    });
    const report = await check();
    const audience = finding(report, 'etron.audience');
    assert.deepEqual([audience.status, audience.code, audience.fixStep], ['ok', null, undefined]);
    assert.match(audience.evidence, /^signInAudience is AzureADMultipleOrgs: Microsoft 365 accounts sign in through \/common/);
    assert.deepEqual(summary(report).filter(([, st]) => st !== 'ok'), []);
  });

  it('user-not-assigned: the sender is not assigned → assigning the user fixes it', async () => {
    await reset(['user-not-assigned']);
    const before = await check();
    const assignment = finding(before, 'etron.user-assignment');
    assert.deepEqual([assignment.status, assignment.code], ['wrong', 'user_not_assigned']);
    assert.equal(assignment.evidence, 'Assignment is required and notifications@contoso.example is not assigned directly.');
    const sp = await ensureServicePrincipal(env.admin.graph, SANDBOX_IDS.etronAppId);
    assert.equal(sp.ok, true);
    const assigned = await assignPrincipals(env.admin.graph, sp.ok ? sp.value.servicePrincipal : (undefined as never), [
      { principalId: SANDBOX_IDS.mailboxUserId }, { principalId: SANDBOX_IDS.adminUserId },
    ]);
    assert.equal(assigned.ok, true, assigned.ok ? '' : JSON.stringify(assigned.error));
    assert.deepEqual(assigned.ok && [assigned.value.created.map((a) => [a.principalId, a.appRoleId]), assigned.value.alreadyAssigned, assigned.value.appRoleAssignmentRequired], [
      [[SANDBOX_IDS.mailboxUserId, '00000000-0000-0000-0000-000000000000']], [SANDBOX_IDS.adminUserId], true,
    ]);
    assert.deepEqual(finding(await check(), 'etron.user-assignment').status, 'ok');
  });

  it('secret-expired: bad_client_secret, and the new secret works at the token endpoint', async () => {
    await reset(['secret-expired']);
    const before = await check();
    const secret = finding(before, 'etron.client-secret');
    assert.deepEqual([secret.status, secret.code, secret.fixStep], ['wrong', 'bad_client_secret', { action: 'create-client-secret', auto: true }]);
    const tokenWith = (clientSecret: string) => appOnlyTokenProvider({
      profile: env.admin.profile, tenant: env.sb.info.tenantId, caPem: env.admin.caPem, clientId: SANDBOX_IDS.etronAppId,
      credential: { kind: 'secret', clientSecret },
    })([`${env.admin.profile.scopes.graphScopePrefix}.default`]);
    const old = await tokenWith(env.sb.info.apps.etron.clientSecret);
    assert.equal(!old.ok && old.error.code, 'bad_client_secret');
    const created = await createEtronSecret(env.admin.graph, SANDBOX_IDS.etronAppObjectId);
    assert.equal(created.ok, true);
    assert.equal(finding(await check(), 'etron.client-secret').status, 'ok');
    const fresh = await tokenWith(created.ok ? created.value.secretText : '');
    assert.equal(fresh.ok, true, fresh.ok ? '' : JSON.stringify(fresh.error));
  });

  it('consent-missing: no admin consent for the mail scopes → granted for all users', async () => {
    await reset(['consent-missing']);
    const before = finding(await check(), 'etron.delegated-consent');
    assert.deepEqual([before.status, before.code], ['missing', 'consent_missing']);
    const granted = await grantEtronDelegatedConsent(env.admin.graph, SANDBOX_IDS.etronSpId);
    assert.equal(granted.ok && granted.value.scope, 'SMTP.Send IMAP.AccessAsUser.All offline_access User.Read');
    assert.equal(finding(await check(), 'etron.delegated-consent').status, 'ok');
  });
});
