/**
 * The Exchange-PowerShell step in the browser: an injection attempt is refused under the field
 * it names and no script appears; valid values give the Inventory360 script with the Object ID,
 * and "Save as .ps1…" writes it (BOM, CRLF) where the host's dialog says.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ps1Bytes } from '../../electron/core/powershell/save.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct, tempDialogs } from '../helpers/wizard.js';

const OBJECT_ID = 'c3000000-0000-4000-8000-000000000360';

describe('Exchange PowerShell step in the browser', () => {
  const env = useAssistantBrowser();

  it('asks for the product first: before it is chosen, the path has no PowerShell step', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      assert.deepEqual(await page.locator('.wizard-nav ol [data-testid^="step-"]').evaluateAll((b) => b.map((e) => e.getAttribute('data-testid'))),
        ['step-welcome', 'step-profile']);
      await chooseProduct(page, 'inventory360');
      assert.equal(await page.getByTestId('step-exchange-powershell').count(), 1);
    } finally {
      await app.close();
    }
  });

  it('refuses an injection attempt in the mailbox under that field, then writes and saves the script', async () => {
    const dialogs = tempDialogs('ps-e2e-');
    const app = await env.open({ locale: 'de-DE', services: dialogs.services });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-next').click();
      await page.getByTestId('step-exchange-powershell').click();
      await page.getByLabel('Ihr Mandant').fill('contoso.onmicrosoft.com');
      await page.getByLabel('Postfach', { exact: true }).fill("notifications@contoso.example'; Remove-Mailbox -Identity * -Confirm:$false #");
      await page.getByLabel('Objekt-ID der Unternehmensanwendung').fill(OBJECT_ID);
      await page.getByTestId('ps-create').click();

      const mailboxError = 'Bitte eine E-Mail-Adresse wie info@firma.de eingeben – ohne Leerzeichen, Anführungszeichen, $ oder ;.';
      assert.equal(await textWhen(page.getByTestId('ps-mailbox-error'), mailboxError), mailboxError);
      assert.equal(await page.getByTestId('ps-mailbox').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByTestId('ps-mailbox').getAttribute('aria-describedby'), 'ps-mailbox-help ps-mailbox-error');
      assert.equal(await page.getByTestId('ps-organization-error').count(), 0);
      assert.equal(await page.getByTestId('ps-script').count(), 0, 'no script for a refused value');

      await page.getByLabel('Postfach', { exact: true }).fill('notifications@contoso.example');
      assert.equal(await page.getByTestId('ps-mailbox-error').count(), 0, 'the error goes with the change');
      await page.getByTestId('ps-create').click();
      await page.getByTestId('ps-script').waitFor();
      const script = await page.getByTestId('ps-script').inputValue();
      assert.ok(script.includes(`New-ServicePrincipal -AppId '15dd278a-3da9-4654-9edd-568380df74d0' -ObjectId '${OBJECT_ID}' -DisplayName 'Inventory360_Mail_Notification'`));
      assert.ok(script.includes(`Add-MailboxPermission -Identity 'notifications@contoso.example' -User '${OBJECT_ID}' -AccessRights FullAccess`));
      assert.equal(await page.getByTestId('ps-script').getAttribute('readonly'), '');

      await page.getByTestId('ps-save').click();
      const target = path.join(dialogs.dir, 'inventory360-exchange-setup.ps1');
      assert.equal(await textWhen(page.getByTestId('ps-saved'), `Gespeichert: ${target}`), `Gespeichert: ${target}`);
      assert.deepEqual(dialogs.saveRequests, ['inventory360-exchange-setup.ps1']);
      const saved = readFileSync(target);
      assert.deepEqual([...saved.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.deepEqual(saved, ps1Bytes(script));
      // Exchange cannot be read through Graph: the step is ticked when the admin says it ran.
      assert.equal(await page.getByTestId('step-exchange-powershell').locator('.step-number').textContent(), '7');
      await page.getByTestId('confirm-step-box').check();
      assert.equal(await page.getByTestId('step-exchange-powershell').locator('.step-number').textContent(), '✓');
      assert.equal(await page.getByTestId('step-sign-in').locator('.step-number').textContent(), '3', 'a skipped step is not ticked');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('copies the script to the clipboard', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, context } = app;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.pageUrl).origin });
      await chooseProduct(page, 'etron');
      // ETRON's script (SMTP AUTH and IMAP for its mailboxes) is the alternative on its Authenticated SMTP page.
      await page.getByTestId('step-smtp-auth').click();
      await page.getByTestId('smtp-auth-powershell').locator('summary').click();
      await page.getByLabel('Your tenant').fill('contoso.onmicrosoft.com');
      await page.getByLabel('Mailbox', { exact: true }).fill('info@contoso.example');
      assert.equal(await page.getByTestId('ps-servicePrincipalObjectId').count(), 0, 'ETRON signs in as a user: no Object ID');
      await page.getByTestId('ps-create').click();
      await page.getByTestId('ps-script').waitFor();
      await page.getByTestId('ps-copy').click();
      assert.equal(await textWhen(page.getByTestId('ps-copy-status'), 'Copied to the clipboard.'), 'Copied to the clipboard.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.getByTestId('ps-script').inputValue());
      assert.match(copied, /^ {4}Set-CASMailbox -Identity 'info@contoso\.example' -ImapEnabled \$true$/m);
    } finally {
      await app.close();
    }
  });

  it('prefills the tenant and mailbox from the running demo sandbox', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await page.getByTestId('welcome-try-demo').click();
      await page.getByTestId('demo-start').click();
      const tenantId = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
      assert.equal(await textWhen(page.getByTestId('demo-tenant-id'), tenantId, 30_000), tenantId);
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-exchange-powershell').click();
      assert.equal(await page.getByTestId('ps-organization').inputValue(), tenantId);
      assert.equal(await page.getByTestId('ps-mailbox').inputValue(), 'notifications@contoso.example');
      assert.equal(await page.getByTestId('ps-prefilled').textContent(), 'Values the assistant already knows (from demo mode or the last check) are filled in.');
    } finally {
      await app.close();
    }
  });
});
