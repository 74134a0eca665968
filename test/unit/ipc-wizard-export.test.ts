/**
 * The hand-over operations through the handler table: the form is checked field by field in
 * German and English, the file is written where the host's dialog says (the secret only sealed),
 * and an imported file comes back as the form — or as its problems, field by field.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig, revealSecret } from '../../electron/core/export/config-file.js';
import { createHandlers } from '../../electron/ipc/handlers.js';
import type { EtronForm, GenericForm, Inventory360Form } from '../../electron/ipc/wizard-types.js';

const INVENTORY360: Inventory360Form = {
  profile: 'inventory360', cloud: 'global', tenantId: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  senderMailbox: 'notifications@contoso.example', enterpriseAppObjectId: 'c3000000-0000-4000-8000-000000000360',
};
const ETRON: EtronForm = {
  profile: 'etron', cloud: 'global', tenantId: '', clientId: 'e5000000-0000-4000-8000-00000000e7a0', secretExpires: '2028-01-31',
  aliasDomain: 'contoso.example', instance: 'contoso', variant: 'B', mailboxes: ['anna.schmidt@contoso.example', 'info@contoso.example'], incoming: true,
};
const GENERIC: GenericForm = {
  profile: 'generic', cloud: 'global', tenantId: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', clientId: 'e5000000-0000-4000-8000-00000000a001',
  flow: 'app-only', mailbox: 'notifications@contoso.example', secretExpires: '2028-01-31', credential: 'secret', certificateThumbprint: '',
};
const SECRET = 'Abc~defGHIjkl.mnoPQRstu_vwxYZ0123456789-';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'export-'));
}

describe('IPC handlers: hand-over file', () => {
  it('previews the Inventory360 file with the servers of the cloud, and nothing is wrong', async () => {
    const handlers = createHandlers();
    const reply = await handlers.table.previewConfigFile({ form: INVENTORY360 });
    assert.ok(reply.ok && reply.value.text);
    assert.equal(reply.value.fileName, 'inventory360-mail-settings.json');
    assert.deepEqual(reply.value.issues, []);
    const parsed = parseConfig(reply.value.text);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.profile, 'inventory360');
    assert.deepEqual(parsed.value.data['smtp'], { host: 'smtp.office365.com', port: 587, encryption: 'STARTTLS' });
    await handlers.dispose();
  });

  it('names every wrong field in English and German, and gives no text', async () => {
    const handlers = createHandlers();
    const inventory = await handlers.table.previewConfigFile({
      form: { ...INVENTORY360, tenantId: ' ', senderMailbox: 'notifications@contoso', enterpriseAppObjectId: '15DD278A-3da9-4654-9edd-568380df74d0' },
    });
    assert.deepEqual(inventory, {
      ok: true,
      value: {
        fileName: 'inventory360-mail-settings.json',
        issues: [
          { field: 'tenantId', en: 'is required', de: 'fehlt noch' },
          { field: 'senderMailbox', en: 'must be an e-mail address like info@contoso.com', de: 'muss eine E-Mail-Adresse wie info@contoso.de sein' },
          { field: 'enterpriseAppObjectId', en: 'is the Application ID of Inventory360 — enter the Object ID of its enterprise application',
            de: 'ist die Anwendungs-ID von Inventory360 – tragen Sie die Objekt-ID der Unternehmensanwendung ein' },
        ],
      },
    });
    const etron = await handlers.table.previewConfigFile({ form: { ...ETRON, variant: 'A', instance: 'https://contoso.wawi.onretail.eu', mailboxes: ['a@contoso.example', 'b@'] } });
    assert.ok(etron.ok);
    assert.deepEqual(etron.value.issues.map((i) => [i.field, i.de]), [
      ['instance', 'muss der erste Teil Ihrer ETRON-Adresse sein, z. B. „contoso“ für contoso.wawi.onretail.eu'],
      ['mailboxes', 'muss in Variante A genau ein gemeinsames Postfach sein'],
      ['mailboxes[1]', 'muss eine E-Mail-Adresse wie info@contoso.de sein'],
    ]);
    await handlers.dispose();
  });

  it('the generic file says which credential the app uses: a secret with its end date, or a certificate with its thumbprint (no secret)', async () => {
    const handlers = createHandlers();
    const withSecret = await handlers.table.previewConfigFile({ form: GENERIC });
    assert.ok(withSecret.ok && withSecret.value.text);
    const secretFile = parseConfig(withSecret.value.text);
    assert.ok(secretFile.ok);
    assert.equal(secretFile.value.data['credential'], 'secret');
    assert.equal(secretFile.value.data['clientSecretExpires'], '2028-01-31T00:00:00Z');
    assert.equal(secretFile.value.data['certificateThumbprint'], undefined);

    const certificate = { ...GENERIC, credential: 'certificate' as const, certificateThumbprint: '48:09:d6:ea:89:a7:c4:3f:69:ff:ac:84:65:6f:8c:bc:b5:71:b1:f9' };
    const withCertificate = await handlers.table.previewConfigFile({ form: certificate });
    assert.ok(withCertificate.ok && withCertificate.value.text);
    const certificateFile = parseConfig(withCertificate.value.text);
    assert.ok(certificateFile.ok);
    assert.equal(certificateFile.value.data['credential'], 'certificate');
    assert.equal(certificateFile.value.data['certificateThumbprint'], '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9');
    assert.equal(certificateFile.value.data['clientSecretExpires'], undefined, 'a certificate has no secret end date');

    const missing = await handlers.table.previewConfigFile({ form: { ...certificate, certificateThumbprint: '', mailbox: '' } });
    assert.ok(missing.ok);
    assert.deepEqual(missing.value.issues, [
      { field: 'mailbox', en: 'is required', de: 'fehlt noch' },
      { field: 'certificateThumbprint', en: 'is required', de: 'fehlt noch' },
    ]);
    const refused = await handlers.table.exportConfigFile({ form: certificate, secret: { value: SECRET, passphrase: 'a long passphrase' } });
    assert.equal(!refused.ok && refused.error.field, 'secret');
    await handlers.dispose();
  });

  it('refuses malformed requests naming the field', async () => {
    const handlers = createHandlers({ chooseSavePath: async () => assert.fail('no dialog for a refused request') });
    const cases: ReadonlyArray<readonly [string, unknown, string, string]> = [
      ['previewConfigFile', { form: { ...INVENTORY360, profile: 'thunderbird' } }, 'form.profile', '"form.profile" must be one of: inventory360, etron, generic.'],
      ['previewConfigFile', { form: { ...INVENTORY360, cloud: 'sandbox' } }, 'form.cloud', '"form.cloud" must be one of: global, usgov-gcchigh, usgov-dod, china.'],
      ['previewConfigFile', { form: { ...INVENTORY360, clientId: 'x' } }, 'form.clientId', 'Unknown field "form.clientId".'],
      ['previewConfigFile', { form: { ...ETRON, mailboxes: 'a@contoso.example' } }, 'form.mailboxes', '"form.mailboxes" must be a list of texts.'],
      ['previewConfigFile', { form: { ...ETRON, mailboxes: ['a@contoso.example', 5] } }, 'form.mailboxes[1]', '"form.mailboxes[1]" must be text.'],
      ['previewConfigFile', { form: 'inventory360' }, 'form', '"form" must be an object.'],
      ['exportConfigFile', { form: INVENTORY360, secret: { value: SECRET, passphrase: 'long enough passphrase' } }, 'secret', 'Inventory360 files carry no client secret.'],
      ['exportConfigFile', { form: ETRON, secret: { value: SECRET, passphrase: 'short' } }, 'passphrase', 'The passphrase must have at least 10 characters.'],
      ['exportConfigFile', { form: ETRON, secret: { value: ' ', passphrase: 'long enough passphrase' } }, 'secret.value', 'The client secret is empty.'],
      ['exportConfigFile', { form: ETRON, secret: { value: SECRET, passphrase: 'long enough passphrase', path: '/tmp/x' } }, 'secret.path', 'Unknown field "secret.path".'],
      ['exportConfigFile', { form: { ...ETRON, clientId: '' } }, 'clientId', 'clientId is required.'],
      ['exportConfigFile', { form: INVENTORY360, path: '/etc/passwd' }, 'path', 'Unknown field "path".'],
      ['importConfigFile', { path: '/etc/passwd' }, 'path', 'Unknown field "path".'],
    ];
    for (const [operation, request, field, message] of cases) {
      assert.deepEqual(await handlers.handle(operation, request), { ok: false, error: { code: 'invalid_input', message, field } },
        `${operation} ${JSON.stringify(request).slice(0, 120)}`);
    }
    await handlers.dispose();
  });

  it('exports the ETRON file with the secret sealed by the passphrase, never in clear', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const handlers = createHandlers({ chooseSavePath: async (name) => { asked.push(name); return path.join(dir, name); } });
    const reply = await handlers.handle('exportConfigFile', { form: ETRON, secret: { value: SECRET, passphrase: 'correct horse battery' } });
    const file = path.join(dir, 'etron-onretail-outlook-settings.json');
    assert.deepEqual(reply, { ok: true, value: { path: file } });
    assert.deepEqual(asked, ['etron-onretail-outlook-settings.json']);
    const text = readFileSync(file, 'utf8');
    assert.equal(text.includes(SECRET), false);
    const parsed = parseConfig(text);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.data['Umleitungs-URL'], 'https://contoso.wawi.onretail.eu/microsoft_outlook/confirm');
    assert.equal(parsed.value.data['Client-Secret gültig bis'], '2028-01-31T00:00:00Z');
    assert.deepEqual((parsed.value.data['Posteingangsserver'] as { Benutzername: string; Server: string; Port: number }[]).map((s) => [s.Benutzername, s.Server, s.Port]),
      [['anna.schmidt@contoso.example', 'outlook.office365.com', 993], ['info@contoso.example', 'outlook.office365.com', 993]]);
    assert.deepEqual(await revealSecret(parsed.value, 'correct horse battery'), { ok: true, value: SECRET });
    await handlers.dispose();
  });

  it('imports an exported file back into the same form, noting the sealed secret', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'etron.json');
    const handlers = createHandlers({ chooseSavePath: async () => file, chooseOpenPath: async (extensions) => (extensions.join() === 'json' ? file : undefined) });
    assert.ok((await handlers.table.exportConfigFile({ form: ETRON, secret: { value: SECRET, passphrase: 'correct horse battery' } })).ok);
    assert.deepEqual(await handlers.handle('importConfigFile', undefined), { ok: true, value: { status: 'imported', path: file, form: ETRON, hasSealedSecret: true } });
    await handlers.dispose();
  });

  it('imports a file with a wrong port as problems by field, in English and German', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'inventory360.json');
    const handlers = createHandlers({ chooseSavePath: async () => file, chooseOpenPath: async () => file });
    assert.ok((await handlers.table.exportConfigFile({ form: INVENTORY360 })).ok);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { smtp: { port: number } };
    data.smtp.port = 70000;
    writeFileSync(file, JSON.stringify(data));
    assert.deepEqual(await handlers.table.importConfigFile(undefined), {
      ok: true,
      value: { status: 'invalid', path: file, code: 'invalid_input', issues: [{ field: 'smtp.port', en: 'must be at most 65535', de: 'darf höchstens 65535 sein' }] },
    });
    await handlers.dispose();
  });

  it('a closed open dialog is cancelled', async () => {
    const handlers = createHandlers({ chooseOpenPath: async () => undefined });
    assert.deepEqual(await handlers.table.importConfigFile(undefined), { ok: false, error: { code: 'cancelled', message: 'No file was chosen.' } });
    await handlers.dispose();
  });
});
