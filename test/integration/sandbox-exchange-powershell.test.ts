import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runExchangeCmdlet, type CmdletResult } from '../../electron/sandbox/exchange/powershell.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS } from '../../electron/core/well-known.js';
import { request, sandbox, type RunningSandbox, adminRequest } from '../helpers/sandbox.js';

const DC = 'EXO-SANDBOX-DC01.SANDBOX.PROD.OUTLOOK.EXAMPLE';
const notFound = (identity: string): CmdletResult =>
  ({ ok: false, error: `The operation couldn't be performed because object '${identity}' couldn't be found on '${DC}'.` });

describe('sandbox Exchange PowerShell', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  const reset = (scenario: ScenarioName, replicationDelayMs?: number): void => sb.context.state.reset([scenario], replicationDelayMs);
  const run = (cmdlet: string, parameters: Record<string, unknown> = {}): CmdletResult => runExchangeCmdlet(sb.context, cmdlet, parameters);

  it('New-ServicePrincipal creates the pointer (any GUIDs, as in Exchange); Get-ServicePrincipal finds it by name, app id or object id', () => {
    reset('service-principal-missing');
    const view = { Identity: SANDBOX_IDS.inventory360SpId, Name: SANDBOX_IDS.inventory360SpId, DisplayName: 'Inventory360_Mail_Notification', AppId: APP_IDS.inventory360, ObjectId: SANDBOX_IDS.inventory360SpId };
    assert.deepEqual(run('New-ServicePrincipal', { '-AppId': APP_IDS.inventory360, '-ObjectId': SANDBOX_IDS.inventory360SpId, '-DisplayName': 'Inventory360_Mail_Notification' }),
      { ok: true, output: [view] });
    for (const identity of ['Inventory360_Mail_Notification', APP_IDS.inventory360, SANDBOX_IDS.inventory360SpId]) {
      assert.deepEqual(run('get-serviceprincipal', { identity }), { ok: true, output: [view] });
    }
    assert.deepEqual(run('Get-ServicePrincipal', { Identity: 'nope' }), notFound('nope'));
    // The app registration's object id is accepted too: Exchange does not check it against Entra.
    assert.equal(run('New-ServicePrincipal', { AppId: SANDBOX_IDS.genericAppId, ObjectId: SANDBOX_IDS.genericAppObjectId }).ok, true);
    assert.deepEqual(sb.context.state.current().exchange.servicePrincipals.at(-1),
      { appId: SANDBOX_IDS.genericAppId, objectId: SANDBOX_IDS.genericAppObjectId, displayName: SANDBOX_IDS.genericAppObjectId });
  });

  it('New-ServicePrincipal refuses duplicates, bad GUIDs, missing and unknown parameters with PowerShell\'s texts', () => {
    reset('healthy');
    assert.deepEqual(run('New-ServicePrincipal', { AppId: APP_IDS.inventory360, ObjectId: '11111111-1111-4111-8111-111111111111' }),
      { ok: false, error: `A service principal with AppId '${APP_IDS.inventory360}' already exists in this organization.` });
    assert.deepEqual(run('New-ServicePrincipal', { AppId: 'not-a-guid', ObjectId: SANDBOX_IDS.genericSpId }), {
      ok: false,
      error: 'Cannot process argument transformation on parameter \'AppId\'. Cannot convert value "not-a-guid" to type "System.Guid". '
        + 'Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."',
    });
    assert.deepEqual(run('New-ServicePrincipal', { ObjectId: SANDBOX_IDS.genericSpId }),
      { ok: false, error: 'Cannot process command because of one or more missing mandatory parameters: AppId.' });
    assert.deepEqual(run('New-ServicePrincipal', { AppId: APP_IDS.inventory360, ObjectId: SANDBOX_IDS.genericSpId, Tenant: 'x' }),
      { ok: false, error: 'A parameter cannot be found that matches parameter name \'Tenant\'.' });
    assert.deepEqual(run('New-MgServicePrincipal'), { ok: false, error: 'The term \'New-MgServicePrincipal\' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.' });
  });

  it('Remove-ServicePrincipal removes the pointer and the permissions granted to it', () => {
    reset('healthy');
    assert.deepEqual(run('Remove-ServicePrincipal', { Identity: SANDBOX_IDS.genericSpId, Confirm: false }), { ok: true, output: [] });
    const t = sb.context.state.current();
    assert.equal(t.exchange.servicePrincipals.some((p) => p.objectId === SANDBOX_IDS.genericSpId), false);
    assert.equal(t.exchange.permissions.some((p) => p.trusteeId === SANDBOX_IDS.genericSpId), false);
  });

  it('Add-/Get-/Remove-MailboxPermission FullAccess for a service principal, with Exchange\'s warnings', () => {
    reset('mailbox-permission-missing');
    const params = { Identity: SANDBOX_NAMES.mailbox, User: SANDBOX_IDS.inventory360SpId, AccessRights: 'FullAccess', InheritanceType: 'All' };
    const row = { Identity: 'notifications', User: SANDBOX_IDS.inventory360SpId, AccessRights: ['FullAccess'], IsInherited: false, Deny: false, InheritanceType: 'All' };
    assert.deepEqual(run('Add-MailboxPermission', params), { ok: true, output: [row] });
    assert.deepEqual(run('Add-MailboxPermission', params),
      { ok: true, output: [], warnings: [`An existing permission entry was found for user: ${SANDBOX_IDS.inventory360SpId}.`] });
    assert.deepEqual(run('Get-MailboxPermission', { Identity: 'notifications' }), { ok: true, output: [row] });
    assert.deepEqual(run('Remove-MailboxPermission', { ...params, Confirm: false }), { ok: true, output: [] });
    assert.deepEqual(run('Remove-MailboxPermission', params), { ok: true, output: [], warnings: [
      `Can't remove the access control entry on the object "notifications" for account "${SANDBOX_IDS.inventory360SpId}" because the ACE doesn't exist on the object.`] });
    assert.deepEqual(run('Add-MailboxPermission', { ...params, Identity: 'nobody@contoso.example' }), notFound('nobody@contoso.example'));
    assert.deepEqual(run('Add-MailboxPermission', { ...params, User: 'ghost' }), notFound('ghost'));
    assert.deepEqual(run('Add-MailboxPermission', { ...params, AccessRights: 'SendAs' }),
      { ok: false, error: 'The sandbox supports only -AccessRights FullAccess for Add-MailboxPermission.' });
  });

  it('Add-RecipientPermission SendAs for the app on the shared mailbox', () => {
    reset('send-as-denied');
    const added = run('Add-RecipientPermission', { Identity: SANDBOX_NAMES.sharedMailbox, Trustee: 'EXO SP for Contoso Mail Sender', AccessRights: 'SendAs', Confirm: false });
    const row = { Identity: 'info', Trustee: SANDBOX_IDS.genericSpId, AccessControlType: 'Allow', AccessRights: ['SendAs'], IsInherited: false, InheritanceType: 'None' };
    assert.deepEqual(added, { ok: true, output: [row] });
    assert.deepEqual(run('Get-RecipientPermission', { Identity: 'info', Trustee: SANDBOX_IDS.genericSpId }), { ok: true, output: [row] });
    assert.deepEqual(sb.context.state.current().exchange.permissions.at(-1),
      { mailboxId: SANDBOX_IDS.sharedMailboxId, trusteeId: SANDBOX_IDS.genericSpId, accessRights: 'SendAs' });
  });

  it('Set-CASMailbox -SmtpClientAuthenticationDisabled keeps three states; -ImapEnabled; Get-CASMailbox shows them', () => {
    reset('healthy');
    const cas = (): unknown => (run('Get-CASMailbox', { Identity: SANDBOX_NAMES.mailbox }) as { output: unknown[] }).output[0];
    assert.deepEqual(cas(), { Identity: 'notifications', Name: 'notifications', PrimarySmtpAddress: SANDBOX_NAMES.mailbox, SmtpClientAuthenticationDisabled: false, ImapEnabled: true, PopEnabled: true });
    assert.deepEqual(run('Set-CASMailbox', { Identity: 'notifications', SmtpClientAuthenticationDisabled: null }), { ok: true, output: [] });
    assert.equal((cas() as { SmtpClientAuthenticationDisabled: unknown }).SmtpClientAuthenticationDisabled, null);
    assert.deepEqual(run('Set-CASMailbox', { Identity: 'notifications', SmtpClientAuthenticationDisabled: '$true', ImapEnabled: '$false' }), { ok: true, output: [] });
    assert.deepEqual(cas(), { Identity: 'notifications', Name: 'notifications', PrimarySmtpAddress: SANDBOX_NAMES.mailbox, SmtpClientAuthenticationDisabled: true, ImapEnabled: false, PopEnabled: true });
    assert.deepEqual(run('Set-CASMailbox', { Identity: 'notifications', SmtpClientAuthenticationDisabled: true }),
      { ok: true, output: [], warnings: ['The command completed successfully but no settings of \'notifications\' have been modified.'] });
    assert.deepEqual(run('Set-CASMailbox', { Identity: 'notifications', ImapEnabled: 'maybe' }), { ok: false, error:
      'Cannot process argument transformation on parameter \'ImapEnabled\'. Cannot convert value "maybe" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.' });
    assert.deepEqual(run('Set-CASMailbox', { Identity: 'nobody', ImapEnabled: true }), notFound('nobody'));
  });

  it('Get-EXOCasMailbox hides SmtpClientAuthenticationDisabled unless asked for with -Properties', () => {
    reset('healthy');
    const plain = run('Get-EXOCasMailbox', { Identity: 'notifications' }) as { output: Record<string, unknown>[] };
    assert.equal('SmtpClientAuthenticationDisabled' in plain.output[0]!, false);
    const asked = run('Get-EXOCasMailbox', { Identity: 'notifications', Properties: 'SmtpClientAuthenticationDisabled' }) as { output: Record<string, unknown>[] };
    assert.equal(asked.output[0]!.SmtpClientAuthenticationDisabled, false);
  });

  it('Get-/Set-TransportConfig -SmtpClientAuthenticationDisabled (no $null for the tenant)', () => {
    reset('healthy');
    assert.deepEqual(run('Get-TransportConfig'), { ok: true, output: [{ SmtpClientAuthenticationDisabled: true }] });
    assert.deepEqual(run('Set-TransportConfig', { SmtpClientAuthenticationDisabled: false }), { ok: true, output: [] });
    assert.deepEqual(run('Get-TransportConfig'), { ok: true, output: [{ SmtpClientAuthenticationDisabled: false }] });
    assert.deepEqual(run('Set-TransportConfig', { SmtpClientAuthenticationDisabled: null }),
      { ok: false, error: 'Cannot bind argument to parameter \'SmtpClientAuthenticationDisabled\' because it is null.' });
  });

  it('changes are current at once (Get-*) and effective for SMTP/IMAP only after the replication delay', () => {
    reset('smtp-auth-disabled-mailbox', 60_000);
    assert.equal(run('Set-CASMailbox', { Identity: 'notifications', SmtpClientAuthenticationDisabled: false }).ok, true);
    const mailbox = (t: ReturnType<typeof sb.context.state.current>) => t.users.find((u) => u.id === SANDBOX_IDS.mailboxUserId)!;
    assert.equal(mailbox(sb.context.state.current()).smtpClientAuthenticationDisabled, false);
    assert.equal(mailbox(sb.context.state.effective()).smtpClientAuthenticationDisabled, true);
    assert.ok(sb.context.state.pendingReplicationMs() > 59_000);
  });

  it('runs through the sandbox admin endpoint (POST /_sandbox/exchange/cmdlet)', async () => {
    reset('healthy');
    const reply = await adminRequest(sb, 'POST', '/exchange/cmdlet', { cmdlet: 'Get-CASMailbox', parameters: { Identity: 'info' } });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.json(), { ok: true, output: [{ Identity: 'info', Name: 'info', PrimarySmtpAddress: SANDBOX_NAMES.sharedMailbox, SmtpClientAuthenticationDisabled: null, ImapEnabled: true, PopEnabled: true }] });
    const refused = await adminRequest(sb, 'POST', '/exchange/cmdlet', { cmdlet: 'Get-ServicePrincipal', parameters: { Identity: 'ghost' } });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.json(), notFound('ghost'));
  });
});

describe('sandbox admin endpoint: per-start secret and checked input', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  it('refuses every /_sandbox/ request without the secret or with another one, and changes nothing', async () => {
    assert.match(sb.info.adminSecret, /^[A-Za-z0-9_-]{32}$/);
    const paths: ReadonlyArray<readonly [string, string, object | undefined]> = [
      ['POST', '/reset', { scenarios: ['consent-missing'] }],
      ['POST', '/scenarios', { enable: ['secret-wrong'] }],
      ['POST', '/exchange/cmdlet', { cmdlet: 'Set-CASMailbox', parameters: { Identity: 'notifications', SmtpClientAuthenticationDisabled: true } }],
      ['POST', '/graph/throttle', { count: 5 }],
      ['GET', '/status', undefined],
    ];
    for (const [method, path, body] of paths) {
      const none = await request(sb, method, `${sb.info.adminEndpoint}${path}`, body ? { body } : {});
      assert.equal(none.status, 401, `${method} ${path}`);
      assert.equal(none.json().error, 'unauthorized');
      const wrong = await request(sb, method, `${sb.info.adminEndpoint}${path}`, { headers: { Authorization: `Bearer ${'x'.repeat(32)}` }, ...(body ? { body } : {}) });
      assert.equal(wrong.status, 401, `${method} ${path}`);
    }
    assert.deepEqual(sb.context.state.activeScenarios(), ['healthy']);
    assert.equal((await adminRequest(sb, 'GET', '/status')).status, 200);
  });

  it('checks the bodies and names the wrong field', async () => {
    const cases: ReadonlyArray<readonly [string, object, string]> = [
      ['/scenarios', { enable: ['no-such-scenario'] }, 'enable.0'],
      ['/scenarios', { enable: [] }, 'enable'],
      ['/reset', { scenarios: ['healthy'], replicationDelayMs: -1 }, 'replicationDelayMs'],
      ['/reset', { scenarios: ['healthy'], dropDatabase: true }, 'dropDatabase'],
      ['/reset', JSON.parse('{"__proto__": {"replicationDelayMs": 5}}'), '__proto__'],
      ['/exchange/cmdlet', { cmdlet: 'x'.repeat(65) }, 'cmdlet'],
      ['/exchange/cmdlet', { cmdlet: 'Get-CASMailbox', parameters: { Identity: { $gt: '' } } }, 'parameters.Identity'],
    ];
    for (const [path, body, field] of cases) {
      const reply = await adminRequest(sb, 'POST', path, body);
      assert.equal(reply.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.equal(reply.json().field, field, `${path} ${JSON.stringify(body)}`);
    }
    assert.deepEqual(sb.context.state.activeScenarios(), ['healthy']);
  });
});
