import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appOnlyTokenProvider } from '../../electron/core/auth/app-only-token.js';
import { categoriesOf } from '../../electron/core/tenant/findings.js';
import { checkInventory360, grantInventory360SmtpSendAsApp } from '../../electron/core/tenant/inventory360.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { request, adminRequest } from '../helpers/sandbox.js';
import { useSignedInSandbox } from './support/admin-session.js';

const SMTP_SEND_AS_APP = '7146a1f0-8703-45b3-9eae-527a64c00995';

describe('Inventory360 read through Graph', () => {
  const env = useSignedInSandbox();
  const { reset } = env;
  const check = (senderUpn: string = SANDBOX_NAMES.mailbox) =>
    checkInventory360({ graph: env.admin.graph, profile: env.admin.profile, tenantId: env.sb.info.tenantId, senderUpn });
  const summary = (r: Awaited<ReturnType<typeof check>>) => r.findings.map((f) => [f.id, f.status, f.code]);

  it('healthy: every finding ok, with the enterprise app\'s Object ID and the resolved Exchange role', async () => {
    await reset(['healthy']);
    const report = await check();
    assert.deepEqual(summary(report), [
      ['inventory360.enterprise-app', 'ok', null],
      ['inventory360.smtp-send-as-app', 'ok', null],
      ['inventory360.sending-user', 'ok', null],
      ['tenant.security-defaults', 'ok', null],
    ]);
    assert.equal(report.servicePrincipalObjectId, SANDBOX_IDS.inventory360SpId);
    assert.equal(report.findings[0]!.evidence,
      `Enterprise app "Inventory360" found; its Object ID (service principal id) is ${SANDBOX_IDS.inventory360SpId}.`);
    assert.deepEqual(report.findings[1]!.facts, {
      exchangeServicePrincipalObjectId: SANDBOX_IDS.exchangeSpId, smtpSendAsAppRoleId: SMTP_SEND_AS_APP,
      grantedAt: report.findings[1]!.facts!.grantedAt,
    });
    assert.deepEqual(report.links, {
      adminConsent: `${env.admin.profile.authorityHost}/${env.sb.info.tenantId}/adminconsent?client_id=15dd278a-3da9-4654-9edd-568380df74d0`,
      enterpriseAppOverview: `${env.admin.profile.entraPortal}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SANDBOX_IDS.inventory360SpId}/appId/15dd278a-3da9-4654-9edd-568380df74d0`,
      enterpriseAppPermissions: `${env.admin.profile.entraPortal}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/${SANDBOX_IDS.inventory360SpId}/appId/15dd278a-3da9-4654-9edd-568380df74d0`,
    });
    assert.equal(report.findings[2]!.evidence, 'User "notifications@contoso.example" exists, is enabled and has 1 licence(s).');
  });

  it('consent-missing: SMTP.SendAsApp is missing → consent_missing with the admin-consent link', async () => {
    await reset(['consent-missing']);
    const report = await check();
    const smtp = report.findings.find((f) => f.id === 'inventory360.smtp-send-as-app')!;
    assert.equal(smtp.status, 'missing');
    assert.equal(smtp.code, 'consent_missing');
    assert.equal(smtp.evidence, 'Inventory360 holds no SMTP.SendAsApp assignment on Exchange Online (it holds no app roles).');
    assert.deepEqual(smtp.fixStep, { action: 'grant-admin-consent', auto: true, url: report.links.adminConsent });
    assert.deepEqual(categoriesOf(report.findings), ['consent_missing']);
  });

  it('security-defaults: enabled is reported as a fact, not a problem (they block passwords, not OAuth); turning them off is not proposed', async () => {
    await reset(['security-defaults']);
    const report = await check();
    assert.deepEqual(summary(report).at(-1), ['tenant.security-defaults', 'ok', null]);
    const finding = report.findings.find((f) => f.id === 'tenant.security-defaults')!;
    assert.deepEqual({ facts: finding.facts, fixStep: finding.fixStep }, { facts: { isEnabled: true }, fixStep: undefined });
    assert.deepEqual(categoriesOf(report.findings), []);
  });

  it('the sending user: unknown, disabled (shared mailbox) and unlicensed are told apart', async () => {
    await reset(['healthy']);
    const unknown = (await check('nobody@contoso.example')).findings.find((f) => f.id === 'inventory360.sending-user')!;
    assert.deepEqual([unknown.status, unknown.evidence], ['missing', 'Graph has no user "nobody@contoso.example" (Request_ResourceNotFound). Check the address.']);
    const shared = (await check(SANDBOX_NAMES.sharedMailbox)).findings.find((f) => f.id === 'inventory360.sending-user')!;
    assert.deepEqual([shared.status, shared.fixStep?.action], ['wrong', 'enable-user']);
    env.sb.context.state.update('remove licence', (t) => { t.users.find((u) => u.id === SANDBOX_IDS.otherUserId)!.assignedLicenses = []; });
    const unlicensed = (await check(SANDBOX_NAMES.otherUser)).findings.find((f) => f.id === 'inventory360.sending-user')!;
    assert.deepEqual([unlicensed.status, unlicensed.fixStep?.action, unlicensed.evidence],
      ['wrong', 'assign-licence', 'User "anna.schmidt@contoso.example" has no assigned licence, so there is no mailbox to send from.']);
  });

  it('replication-delay: after granting SMTP.SendAsApp through Graph, Graph shows it at once while tokens lag', async () => {
    await reset(['consent-missing', 'replication-delay'], 60_000);
    const granted = await grantInventory360SmtpSendAsApp(env.admin.graph);
    assert.equal(granted.ok, true, granted.ok ? '' : JSON.stringify(granted.error));
    const report = await check();
    assert.deepEqual(summary(report)[1], ['inventory360.smtp-send-as-app', 'ok', null]);
    // Token issuance still sees the old tenant: Inventory360's own app-only token has no role yet.
    const getToken = appOnlyTokenProvider({
      profile: env.admin.profile, tenant: env.sb.info.tenantId, caPem: env.admin.caPem, clientId: env.sb.info.apps.inventory360.clientId,
      credential: { kind: 'secret', clientSecret: env.sb.info.apps.inventory360.clientSecret },
    });
    const token = await getToken(env.admin.profile.scopes.appOnly);
    assert.equal(token.ok, true);
    const claims = JSON.parse(Buffer.from((token.ok ? token.value : '').split('.')[1]!, 'base64url').toString('utf8')) as { roles?: string[] };
    assert.equal(claims.roles, undefined);
  });

  it('a Graph error becomes an unknown finding with the reason, not a crash', async () => {
    await reset(['healthy']);
    const set = await adminRequest(env.sb, 'POST', '/graph/throttle', { count: 40, retryAfterSeconds: 0 });
    assert.equal(set.status, 200);
    const report = await check();
    await adminRequest(env.sb, 'POST', '/graph/throttle', { count: 0, retryAfterSeconds: 0 });
    assert.deepEqual(report.findings.map((f) => [f.status, f.error?.code]), [
      ['unknown', 'throttled'], ['unknown', 'throttled'], ['unknown', 'throttled'], ['unknown', 'throttled'],
    ]);
  });
});
