/**
 * The hand-over step in the browser: the Inventory360 file is written where the host's dialog
 * says and parses back; a file with a wrong port is refused field by field in German; the ETRON
 * secret goes in only sealed with a passphrase typed twice; an imported file fills the form.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig, revealSecret } from '../../electron/core/export/config-file.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct, tempDialogs } from '../helpers/wizard.js';

const TENANT_ID = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJECT_ID = 'c3000000-0000-4000-8000-000000000360';
const SECRET = 'Abc~defGHIjkl.mnoPQRstu_vwxYZ0123456789-';

describe('hand-over step in the browser', () => {
  const env = useAssistantBrowser();

  it('writes a valid Inventory360 file, then refuses an edited copy with a wrong port in German', async () => {
    const dialogs = tempDialogs('export-e2e-');
    const app = await env.open({ locale: 'de-DE', services: dialogs.services });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-export').click();
      await page.getByLabel('Mandanten-ID').fill(TENANT_ID);
      await page.getByLabel('Absenderpostfach').fill('notifications@contoso');
      const mailboxIssue = 'Absenderpostfach muss eine E-Mail-Adresse wie info@contoso.de sein';
      assert.equal(await textWhen(page.getByTestId('export-senderMailbox-error'), mailboxIssue), mailboxIssue);
      assert.equal(await page.getByTestId('export-enterpriseAppObjectId-error').count(), 0, 'untouched fields stay quiet until Save');
      await page.getByTestId('export-save').click();
      const objectIdIssue = 'Objekt-ID der Unternehmensanwendung fehlt noch';
      assert.equal(await textWhen(page.getByTestId('export-enterpriseAppObjectId-error'), objectIdIssue), objectIdIssue);
      assert.equal(await page.getByTestId('export-fix-first').textContent(), 'Bitte korrigieren Sie zuerst die markierten Felder.');
      assert.deepEqual(dialogs.saveRequests, [], 'no dialog for a form with problems');

      await page.getByLabel('Absenderpostfach').fill('notifications@contoso.example');
      await page.getByLabel('Objekt-ID der Unternehmensanwendung').fill(OBJECT_ID);
      await page.getByTestId('export-preview').waitFor();
      assert.match(await page.getByTestId('export-preview').textContent() ?? '', /"enterpriseAppObjectId": "c3000000-0000-4000-8000-000000000360"/);
      await page.getByTestId('export-save').click();
      const file = path.join(dialogs.dir, 'inventory360-mail-settings.json');
      assert.equal(await textWhen(page.getByTestId('export-saved'), `Gespeichert: ${file}`), `Gespeichert: ${file}`);
      const parsed = parseConfig(readFileSync(file, 'utf8'));
      assert.ok(parsed.ok);
      assert.equal(parsed.value.profile, 'inventory360');
      assert.deepEqual(
        [parsed.value.data['tenantId'], parsed.value.data['senderMailbox'], parsed.value.data['enterpriseAppObjectId'], parsed.value.data['authType']],
        [TENANT_ID, 'notifications@contoso.example', OBJECT_ID, 'XOAuth2'],
      );
      assert.deepEqual(parsed.value.data['smtp'], { host: 'smtp.office365.com', port: 587, encryption: 'STARTTLS' });

      const edited = JSON.parse(readFileSync(file, 'utf8')) as { smtp: { port: number } };
      edited.smtp.port = 70000;
      const broken = path.join(dialogs.dir, 'edited.json');
      writeFileSync(broken, JSON.stringify(edited, null, 2));
      dialogs.openAnswer = broken;
      await page.getByTestId('export-import').click();
      const issue = 'smtp.port darf höchstens 65535 sein';
      assert.equal(await textWhen(page.getByTestId('export-import-issue'), issue), issue);
      assert.equal(await page.getByTestId('export-import-problems').locator('p').textContent(), `Die Datei ${broken} kann nicht verwendet werden:`);

      // Not JSON at all, or another program's JSON: one plain sentence, the parser's words folded away.
      for (const [name, body] of [['notes.json', 'Hallo, das ist kein JSON'], ['other.json', '{"name":"package"}']] as const) {
        const foreign = path.join(dialogs.dir, name);
        writeFileSync(foreign, body);
        dialogs.openAnswer = foreign;
        await page.getByTestId('export-import').click();
        const sentence = 'Diese Datei ist keine Einstellungsdatei dieses Assistenten.';
        assert.equal(await textWhen(page.getByTestId('export-import-sentence'), sentence), sentence);
        assert.equal(await page.getByTestId('export-import-details').getAttribute('open'), null);
      }
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('seals the ETRON secret only with a passphrase typed twice, and imports the file back into the form', async () => {
    const dialogs = tempDialogs('export-etron-');
    const app = await env.open({ locale: 'en-US', services: dialogs.services });
    try {
      const { page } = app;
      await chooseProduct(page, 'etron');
      await page.getByTestId('step-export').click();
      await page.getByTestId('export-variant-B').click();
      await page.getByLabel('Mailboxes').fill('anna.schmidt@contoso.example\n\ninfo@contoso.example');
      await page.getByLabel('ETRON instance').fill('contoso');
      await page.getByLabel('Alias domain').fill('contoso.example');
      await page.getByLabel('Application (client) ID').fill('e5000000-0000-4000-8000-00000000e7a0');
      await page.getByTestId('export-include-secret').check();
      await page.getByLabel('Client secret (value)').fill(SECRET);
      await page.getByLabel('Passphrase (at least 10 characters)').fill('correct horse battery');
      await page.getByLabel('Repeat the passphrase').fill('correct horse batterie');
      assert.equal(await textWhen(page.getByTestId('export-passphrase-repeat-error'), 'The two passphrases do not match.'), 'The two passphrases do not match.');
      await page.getByTestId('export-save').click();
      assert.deepEqual(dialogs.saveRequests, [], 'nothing is saved while the passphrases differ');

      await page.getByLabel('Repeat the passphrase').fill('correct horse battery');
      await page.getByTestId('export-preview').waitFor();
      assert.equal((await page.getByTestId('export-preview').textContent())?.includes('Client-Secret"'), false, 'the preview never shows the secret');
      await page.getByTestId('export-save').click();
      const file = path.join(dialogs.dir, 'etron-onretail-outlook-settings.json');
      assert.equal(await textWhen(page.getByTestId('export-saved'), `Saved: ${file}`), `Saved: ${file}`);
      const text = readFileSync(file, 'utf8');
      assert.equal(text.includes(SECRET), false);
      const parsed = parseConfig(text);
      assert.ok(parsed.ok);
      assert.deepEqual(await revealSecret(parsed.value, 'correct horse battery'), { ok: true, value: SECRET });
      assert.deepEqual((parsed.value.data['Postausgangsserver'] as { Benutzername: string }[]).map((s) => s.Benutzername),
        ['anna.schmidt@contoso.example', 'info@contoso.example']);

      // A fresh window: the import fills the form and chooses the product from the file.
      const second = await env.open({ locale: 'en-US', services: { chooseOpenPath: async () => file } });
      try {
        await chooseProduct(second.page, 'inventory360');
        await second.page.getByTestId('step-export').click();
        await second.page.getByTestId('export-import').click();
        const loaded = `Loaded from ${file}. You can now change the values and save again.`;
        assert.equal(await textWhen(second.page.getByTestId('export-imported').locator('p').first(), loaded), loaded);
        assert.equal(await second.page.getByTestId('export-imported').locator('p').nth(1).textContent(),
          'The file contains an encrypted client secret. It is not copied into the form.');
        assert.equal(await second.page.getByTestId('nav-profile').textContent(), 'ETRON onRetail');
        assert.equal(await second.page.getByTestId('export-mailboxes').inputValue(), 'anna.schmidt@contoso.example\ninfo@contoso.example');
        assert.equal(await second.page.getByTestId('export-instance').inputValue(), 'contoso');
        assert.equal(await second.page.getByTestId('export-variant-B').isChecked(), true);
      } finally {
        await second.close();
      }
    } finally {
      await app.close();
    }
  });
});
