/**
 * SMTP onboarding to App RBAC (office-developer-exchange-docs smtp-app-rbac-onboarding.md): the app
 * holds no API permission, Exchange gives it 'Application SMTP.SendAsApp' for a management scope,
 * and its token — without any role — sends. The generated RBAC script runs against the sandbox's
 * Exchange PowerShell stand-in, and the check accepts the role-less token when told the tenant
 * uses RBAC.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cloudProfile } from '../../electron/core/clouds.js';
import { runCheck } from '../../electron/core/check/run-check.js';
import { rbacScript } from '../../electron/core/powershell/rbac.js';
import { probeSmtp } from '../../electron/core/probes/smtp-probe.js';
import { checkToken } from '../../electron/core/probes/token-check.js';
import { ok } from '../../electron/core/result.js';
import { EXO_ROLE_IDS } from '../../electron/core/well-known.js';
import { runExchangeCmdlet } from '../../electron/sandbox/exchange/powershell.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { adminRequest, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { appOnlyToken } from '../helpers/exchange-tokens.js';

describe('RBAC for Applications: SMTP without an API permission', () => {
  let sb: RunningSandbox;
  let ca: string;
  before(async () => {
    sb = await sandbox();
    ca = readFileSync(sb.info.caCertPath, 'utf8');
  });
  after(() => sb.close());

  /** The generic app as Microsoft's RBAC onboarding registers it: no SMTP.SendAsApp, no FullAccess, no Exchange pointer yet. */
  const onboardedWithoutPermission = async (): Promise<void> => {
    assert.equal((await adminRequest(sb, 'POST', '/reset', { scenarios: ['healthy'] })).status, 200);
    sb.context.state.update('the app holds no API permission and no mailbox permission', (t) => {
      t.appRoleAssignments = t.appRoleAssignments.filter((a) => !(a.principalId === SANDBOX_IDS.genericSpId && a.appRoleId === EXO_ROLE_IDS['SMTP.SendAsApp']));
      t.exchange.permissions = t.exchange.permissions.filter((p) => p.trusteeId !== SANDBOX_IDS.genericSpId);
      t.exchange.servicePrincipals = t.exchange.servicePrincipals.filter((p) => p.objectId !== SANDBOX_IDS.genericSpId);
    });
  };
  const send = (accessToken: string) => probeSmtp({
    host: sb.info.smtp.host, port: sb.info.smtp.port, user: sb.info.mailbox, accessToken, ca,
    testMessage: { from: sb.info.mailbox, to: sb.info.mailbox },
  });
  const runScript = (mailbox: string) => {
    const script = rbacScript({
      organization: SANDBOX_NAMES.initialDomain, cloud: cloudProfile('sandbox', sb.info), appId: SANDBOX_IDS.genericAppId,
      servicePrincipalObjectId: SANDBOX_IDS.genericSpId, displayName: 'Contoso Mail Sender', mailbox,
    });
    assert.equal(script.ok, true);
    const commands = script.ok ? script.value.commands : [];
    assert.deepEqual(commands.map((c) => c.cmdlet), [
      'New-ServicePrincipal', 'New-ManagementScope', 'New-ManagementRoleAssignment', 'Get-ServicePrincipal', 'Test-ServicePrincipalAuthorization',
    ]);
    return commands.map((c) => runExchangeCmdlet(sb.context, c.cmdlet, { ...c.parameters }));
  };

  it('before the role assignment the role-less token is refused with 535 5.7.3; after the script it sends', async () => {
    await onboardedWithoutPermission();
    const token = await appOnlyToken(sb, 'generic');
    const refused = await send(token);
    assert.equal(refused.ok, false);
    assert.match(refused.serverReply ?? '', /^535 5\.7\.3 Authentication unsuccessful/);

    const results = runScript(sb.info.mailbox);
    assert.ok(results.every((r) => r.ok), JSON.stringify(results));
    const exchange = sb.context.state.current().exchange;
    assert.deepEqual(exchange.roleAssignments, [{
      name: `SMTP.SendAsApp ${sb.info.mailbox}`, role: 'Application SMTP.SendAsApp', appObjectId: SANDBOX_IDS.genericSpId,
      customResourceScope: `SMTP sender ${sb.info.mailbox}`,
    }]);
    const test = results[4]!;
    assert.deepEqual(test.ok && test.output, [{
      RoleName: 'Application SMTP.SendAsApp', GrantedPermissions: 'SMTP.SendAsApp', AllowedResourceScope: `SMTP sender ${sb.info.mailbox}`,
      ScopeType: 'CustomRecipientScope', InScope: true,
    }]);

    const fresh = await appOnlyToken(sb, 'generic');
    assert.equal(checkToken({ accessToken: fresh, protocol: 'smtp', user: sb.info.mailbox }).mismatches[0]?.id, 'missing_role_smtp_sendasapp');
    assert.deepEqual(checkToken({ accessToken: fresh, protocol: 'smtp', user: sb.info.mailbox, appOnlyAuthorization: 'rbac' }).ok, true);
    const sent = await send(fresh);
    assert.equal(sent.ok, true, sent.serverReply ?? '');
  });

  it('a scope for another mailbox: AUTH succeeds, the mailbox is refused at the end of DATA', async () => {
    await onboardedWithoutPermission();
    assert.ok(runScript(SANDBOX_NAMES.otherUser).every((r) => r.ok));
    const sent = await send(await appOnlyToken(sb, 'generic'));
    assert.equal(sent.ok, false);
    assert.equal(sent.category, 'mailbox_permission_missing');
  });

  it('"Application Mail.Send" is a Graph role: it does not authorize SMTP', async () => {
    await onboardedWithoutPermission();
    const pointer = runExchangeCmdlet(sb.context, 'New-ServicePrincipal', { AppId: SANDBOX_IDS.genericAppId, ObjectId: SANDBOX_IDS.genericSpId });
    assert.equal(pointer.ok, true);
    const assigned = runExchangeCmdlet(sb.context, 'New-ManagementRoleAssignment', { Role: 'Application Mail.Send', App: SANDBOX_IDS.genericSpId });
    assert.equal(assigned.ok, true);
    const refused = await send(await appOnlyToken(sb, 'generic'));
    assert.match(refused.serverReply ?? '', /^535 5\.7\.3/);
  });

  it('the check of an RBAC tenant passes with the role-less token and does not ask for SMTP.SendAsApp', async () => {
    await onboardedWithoutPermission();
    assert.ok(runScript(sb.info.mailbox).every((r) => r.ok));
    const cloud = cloudProfile('sandbox', sb.info);
    const token = await appOnlyToken(sb, 'generic');
    const input = {
      profile: 'generic' as const, cloud, tenantId: sb.info.tenantId, caPem: ca, mailbox: sb.info.mailbox, probeSmtp: true,
      mailTokens: { flow: 'app-only' as const, provider: async () => ok(token), clientId: SANDBOX_IDS.genericAppId },
    };
    const rbac = await runCheck({ ...input, appOnlyAuthorization: 'rbac' });
    assert.equal(rbac.overall, 'pass', JSON.stringify(rbac.steps));
    const permission = await runCheck(input);
    assert.deepEqual([permission.overall, permission.steps.find((s) => s.id === 'token')?.category], ['fail', 'consent_missing']);
  });
});
