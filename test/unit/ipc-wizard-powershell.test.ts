/**
 * The wizard's decode and PowerShell operations through the handler table, as the renderer
 * calls them: malformed requests are refused naming the field, values are checked by the
 * generators (an injection attempt never becomes a script), and saving asks the host's dialog
 * for the path — the renderer cannot name one.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CATEGORY_IDS } from '../../electron/core/diagnosis/categories.js';
import { createHandlers } from '../../electron/ipc/handlers.js';

const SMTP_AUTH_DISABLED = 'SMTP ERROR: AUTH command failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.';
const OBJECT_ID = 'c3000000-0000-4000-8000-000000000360';
const INVENTORY360 = { profile: 'inventory360', organization: 'contoso.onmicrosoft.com', mailbox: 'notifications@contoso.example', servicePrincipalObjectId: OBJECT_ID };

describe('IPC handlers: explain an error', () => {
  it('decodes the pasted 535 5.7.139 text to smtp_auth_disabled_mailbox with German and English texts', async () => {
    const handlers = createHandlers();
    const reply = await handlers.handle('decodeError', { text: SMTP_AUTH_DISABLED, profile: 'inventory360' });
    assert.ok(reply.ok);
    const [first] = (reply.value as { causes: { category: string; step: string; waitLikely: boolean; texts: Record<string, { title: string }> }[] }).causes;
    assert.equal(first?.category, 'smtp_auth_disabled_mailbox');
    assert.equal(first?.step, 'smtp-auth');
    assert.equal(first?.waitLikely, true);
    assert.equal(first?.texts['de']?.title, 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
    await handlers.dispose();
  });

  it('answers unrecognized text with no causes and the hint', async () => {
    const handlers = createHandlers();
    const reply = await handlers.handle('decodeError', { text: 'the printer is out of paper' });
    assert.ok(reply.ok);
    const value = reply.value as { causes: unknown[]; hint: { en: string } };
    assert.deepEqual(value.causes, []);
    assert.match(value.hint.en, /^No known Microsoft 365 error was found in this text\./);
    await handlers.dispose();
  });

  it('gives every category title in both languages', async () => {
    const handlers = createHandlers();
    const reply = await handlers.table.getCategoryTitles(undefined);
    assert.ok(reply.ok);
    assert.deepEqual(Object.keys(reply.value.de), [...CATEGORY_IDS]);
    assert.deepEqual(Object.keys(reply.value.en), [...CATEGORY_IDS]);
    assert.equal(reply.value.de.smtp_auth_disabled_mailbox, 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
    await handlers.dispose();
  });
});

describe('IPC handlers: Exchange PowerShell', () => {
  it('refuses malformed and invalid requests with invalid_input naming the field', async () => {
    const handlers = createHandlers();
    const cases: ReadonlyArray<readonly [string, unknown, string, string]> = [
      ['decodeError', { text: 42 }, 'text', '"text" must be text.'],
      ['decodeError', { text: 'x', profile: 'outlook' }, 'profile', '"profile" must be one of: inventory360, etron, generic.'],
      ['decodeError', { text: 'x', languages: ['de'] }, 'languages', 'Unknown field "languages".'],
      ['decodeError', { text: 'x'.repeat(4_000_001) }, 'text', '"text" is longer than 4000000 characters.'],
      ['generatePowerShellScript', { ...INVENTORY360, profile: 'exchange' }, 'profile', '"profile" must be one of: inventory360, etron, generic.'],
      ['generatePowerShellScript', { ...INVENTORY360, organization: 7 }, 'organization', '"organization" must be text.'],
      ['generatePowerShellScript', { ...INVENTORY360, cloud: 'mars' }, 'cloud', '"cloud" must be one of: global, usgov-gcchigh, usgov-dod, china.'],
      ['generatePowerShellScript', { ...INVENTORY360, enableImap: 'yes' }, 'enableImap', '"enableImap" must be true or false.'],
      ['generatePowerShellScript', { ...INVENTORY360, path: 'C:\\x.ps1' }, 'path', 'Unknown field "path".'],
      ['generatePowerShellScript', { ...INVENTORY360, mailbox: "notifications@contoso.example'; Remove-Mailbox -Identity * #" }, 'mailbox',
        'The mailbox must be an e-mail address like user@contoso.com.'],
      ['generatePowerShellScript', { ...INVENTORY360, organization: '$(Get-Process)' }, 'organization',
        'The organization must be the tenant id or a domain such as contoso.onmicrosoft.com.'],
      ['generatePowerShellScript', { ...INVENTORY360, servicePrincipalObjectId: '' }, 'servicePrincipalObjectId', 'The Object ID is required.'],
      ['generatePowerShellScript', { ...INVENTORY360, servicePrincipalObjectId: '15dd278a-3da9-4654-9edd-568380df74d0' }, 'servicePrincipalObjectId',
        'The Object ID must be the enterprise application\'s Object ID, not its Application (client) ID.'],
      ['generatePowerShellScript', { ...INVENTORY360, profile: 'generic', appId: 'not-a-guid', displayName: 'Mailer' }, 'appId',
        'The Application (client) ID must be a GUID like 0a1b2c3d-0000-4000-8000-0123456789ab.'],
      ['generatePowerShellScript', { profile: 'etron', purpose: 'verify', organization: 'contoso.onmicrosoft.com', mailbox: 'info@contoso.example' }, 'purpose',
        'The check-only script is for app-only access (Inventory360 or another application).'],
      ['savePowerShellScript', { ...INVENTORY360, text: 'Remove-Mailbox -Identity ceo -Confirm:$false' }, 'text', 'Unknown field "text".'],
      ['savePowerShellScript', { ...INVENTORY360, fileName: '../../etc/evil.ps1' }, 'fileName', 'Unknown field "fileName".'],
      ['savePowerShellScript', { ...INVENTORY360, path: '/tmp/setup.ps1' }, 'path', 'Unknown field "path".'],
      ['savePowerShellScript', { ...INVENTORY360, generatedAt: "2026-12-04'; Remove-Mailbox ceo" }, 'generatedAt', 'generatedAt is not a UTC date and time.'],
      ['savePowerShellScript', { ...INVENTORY360, mailbox: "x'; Remove-Mailbox ceo; '" }, 'mailbox', 'The mailbox must be an e-mail address like user@contoso.com.'],
      ['getCategoryTitles', { language: 'de' }, 'language', 'Unknown field "language".'],
    ];
    for (const [operation, request, field, message] of cases) {
      assert.deepEqual(await handlers.handle(operation, request), { ok: false, error: { code: 'invalid_input', message, field } },
        `${operation} ${JSON.stringify(request).slice(0, 120)}`);
    }
    await handlers.dispose();
  });

  it('writes the Inventory360 script with the Object ID in New-ServicePrincipal and Add-MailboxPermission', async () => {
    const handlers = createHandlers();
    const reply = await handlers.table.generatePowerShellScript(INVENTORY360);
    assert.ok(reply.ok);
    assert.equal(reply.value.fileName, 'inventory360-exchange-setup.ps1');
    const lines = reply.value.text.split('\n').map((l) => l.trim());
    assert.ok(lines.includes(`New-ServicePrincipal -AppId '15dd278a-3da9-4654-9edd-568380df74d0' -ObjectId '${OBJECT_ID}' -DisplayName 'Inventory360_Mail_Notification'`));
    assert.ok(lines.includes(`Add-MailboxPermission -Identity 'notifications@contoso.example' -User '${OBJECT_ID}' -AccessRights FullAccess`));
    assert.ok(lines.includes("Connect-ExchangeOnline -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false"));
    assert.deepEqual(Object.keys(reply.value), ['fileName', 'text', 'generatedAt']);
    assert.match(reply.value.text, new RegExp(reply.value.generatedAt.replace(/\.\d{3}Z$/, 'Z')));
    await handlers.dispose();
  });

  it('writes the check-only script, the generic app script and the ETRON SMTP AUTH + IMAP script', async () => {
    const handlers = createHandlers();
    const verify = await handlers.table.generatePowerShellScript({ ...INVENTORY360, purpose: 'verify', cloud: 'usgov-gcchigh' });
    assert.ok(verify.ok);
    assert.equal(verify.value.fileName, 'exchange-online-verify.ps1');
    assert.match(verify.value.text, /^Connect-ExchangeOnline -Organization 'contoso\.onmicrosoft\.com' -ExchangeEnvironmentName O365USGovGCCHigh -ShowBanner:\$false$/m);
    assert.doesNotMatch(verify.value.text, /New-ServicePrincipal -AppId/);

    const generic = await handlers.table.generatePowerShellScript({
      profile: 'generic', organization: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', mailbox: 'notifications@contoso.example',
      servicePrincipalObjectId: 'c3000000-0000-4000-8000-00000000a001', appId: 'e5000000-0000-4000-8000-00000000a001', displayName: "O'Brien Mailer",
    });
    assert.ok(generic.ok);
    assert.equal(generic.value.fileName, 'exchange-online-app-mailbox-access.ps1');
    assert.match(generic.value.text, /New-ServicePrincipal -AppId 'e5000000-0000-4000-8000-00000000a001' -ObjectId 'c3000000-0000-4000-8000-00000000a001' -DisplayName 'O''Brien Mailer'/);

    const etron = await handlers.table.generatePowerShellScript({ profile: 'etron', organization: 'contoso.onmicrosoft.com', mailbox: 'info@contoso.example', enableImap: true });
    assert.ok(etron.ok);
    assert.equal(etron.value.fileName, 'exchange-online-smtp-auth.ps1');
    assert.match(etron.value.text, /^ {4}Set-CASMailbox -Identity 'info@contoso\.example' -SmtpClientAuthenticationDisabled \$false$/m);
    assert.match(etron.value.text, /^ {4}Set-CASMailbox -Identity 'info@contoso\.example' -ImapEnabled \$true$/m);
    await handlers.dispose();
  });

  it('offers RBAC for Applications for a generic app: a scoped New-ManagementRoleAssignment instead of FullAccess', async () => {
    const handlers = createHandlers();
    const generic = {
      profile: 'generic', organization: 'contoso.onmicrosoft.com', mailbox: 'notifications@contoso.example',
      servicePrincipalObjectId: 'c3000000-0000-4000-8000-00000000a001', appId: 'e5000000-0000-4000-8000-00000000a001', displayName: 'Mailer',
    } as const;
    const rbac = await handlers.table.generatePowerShellScript({ ...generic, access: 'rbac' });
    assert.ok(rbac.ok);
    assert.equal(rbac.value.fileName, 'exchange-online-rbac-smtp.ps1');
    assert.match(rbac.value.text, /New-ManagementScope -Name 'SMTP sender notifications@contoso\.example' -RecipientRestrictionFilter 'PrimarySmtpAddress -eq ''notifications@contoso\.example'''/);
    assert.match(rbac.value.text, /New-ManagementRoleAssignment -Name 'SMTP\.SendAsApp notifications@contoso\.example' -Role 'Application SMTP\.SendAsApp' -App 'c3000000-0000-4000-8000-00000000a001' -CustomResourceScope 'SMTP sender notifications@contoso\.example'/);
    assert.doesNotMatch(rbac.value.text, /Add-MailboxPermission/);
    const verify = await handlers.table.generatePowerShellScript({ ...generic, purpose: 'verify', access: 'rbac' });
    assert.ok(verify.ok);
    assert.match(verify.value.text, /Test-ServicePrincipalAuthorization -Identity 'c3000000-0000-4000-8000-00000000a001' -Resource 'notifications@contoso\.example'/);
    assert.deepEqual(await handlers.handle('generatePowerShellScript', { ...INVENTORY360, access: 'rbac' }),
      { ok: false, error: { code: 'invalid_input', message: 'RBAC for Applications is for an app of your own (the generic profile).', field: 'access' } });
    assert.deepEqual(await handlers.handle('generatePowerShellScript', { ...generic, access: 'everything' }),
      { ok: false, error: { code: 'invalid_input', message: '"access" must be one of: mailbox-permission, rbac.', field: 'access' } });
    await handlers.dispose();
  });

  it('saves to the path the host dialog chose, as UTF-8 with BOM and CRLF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps1-'));
    const asked: string[] = [];
    const handlers = createHandlers({ chooseSavePath: async (name) => { asked.push(name); return path.join(dir, `chosen-${name}`); } });
    const generated = await handlers.table.generatePowerShellScript(INVENTORY360);
    assert.ok(generated.ok);
    // The renderer sends the values (and the shown script's time), the main process writes the
    // script it generates from them — byte for byte the one shown, even a second later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const reply = await handlers.handle('savePowerShellScript', { ...INVENTORY360, generatedAt: generated.value.generatedAt });
    const target = path.join(dir, `chosen-${generated.value.fileName}`);
    assert.deepEqual(reply, { ok: true, value: { path: target } });
    assert.deepEqual(asked, [generated.value.fileName]);
    assert.deepEqual(readFileSync(target), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(generated.value.text.replace(/\r?\n/g, '\r\n'), 'utf8')]));
    assert.match(readFileSync(target, 'utf8'), new RegExp(OBJECT_ID));
    assert.deepEqual(readdirSync(dir), [`chosen-${generated.value.fileName}`]);
    await handlers.dispose();
  });

  it('a closed dialog is cancelled and a host without a dialog is internal; nothing is written', async () => {
    const request = INVENTORY360;
    const closed = createHandlers({ chooseSavePath: async () => undefined });
    assert.deepEqual(await closed.handle('savePowerShellScript', request), { ok: false, error: { code: 'cancelled', message: 'No file was chosen.' } });
    await closed.dispose();
    const headless = createHandlers();
    assert.deepEqual(await headless.handle('savePowerShellScript', request),
      { ok: false, error: { code: 'internal', message: 'No file dialog is available in this window.' } });
    await headless.dispose();
  });
});

describe('IPC handlers: demo check', () => {
  it('refuses malformed requests naming the field', async () => {
    const handlers = createHandlers();
    const cases: ReadonlyArray<readonly [unknown, string, string]> = [
      [{ profile: 'outlook' }, 'profile', '"profile" must be one of: inventory360, etron, generic.'],
      [{ profile: 'etron', scenarios: ['healthy', 'broken-dns'] }, 'scenarios[1]', '"scenarios[1]" is not a known scenario name.'],
      [{ profile: 'etron', language: 'fr' }, 'language', '"language" must be one of: de, en.'],
      [{ profile: 'etron', tenant: 'contoso' }, 'tenant', 'Unknown field "tenant".'],
    ];
    for (const [request, field, message] of cases) {
      assert.deepEqual(await handlers.handle('runDemoCheck', request), { ok: false, error: { code: 'invalid_input', message, field } }, JSON.stringify(request));
    }
    await handlers.dispose();
  });

  it('runs the Inventory360 check against a sandbox with the scenario and names the cause', async () => {
    const handlers = createHandlers();
    const reply = await handlers.table.runDemoCheck({ profile: 'inventory360', scenarios: ['smtp-auth-disabled-mailbox'], language: 'de' });
    assert.ok(reply.ok, JSON.stringify(reply));
    assert.equal(reply.value.overall, 'fail');
    assert.deepEqual(reply.value.categories, ['smtp_auth_disabled_mailbox']);
    assert.equal(reply.value.facts.servicePrincipalObjectId, OBJECT_ID);
    assert.equal(reply.value.diagnosis[0]?.texts.de?.title, 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
    await handlers.dispose();
  });
});
