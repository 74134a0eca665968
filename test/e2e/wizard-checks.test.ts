/**
 * The check step in the browser (demo check): the whole Inventory360 check against a sandbox
 * tenant broken by a scenario, through the same handler table Electron uses. The page shows the
 * failing part with Exchange's exact reply and the catalogue's cause; what the check learned
 * (the enterprise app's Object ID) prefills the PowerShell step.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFor } from '../../electron/core/diagnosis/catalogue.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct, runGermanDemoCheck } from '../helpers/wizard.js';

describe('demo check in the browser', () => {
  const env = useAssistantBrowser();

  it('finds SMTP AUTH disabled for the mailbox, shows the reply and the fix, and prefills the Object ID', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await runGermanDemoCheck(page, 'inventory360', 'smtp-auth-disabled-mailbox');

      const overall = 'Etwas funktioniert noch nicht. Die Ursachen und was zu tun ist stehen unten.';
      assert.equal(await textWhen(page.getByTestId('check-overall'), overall, 30_000), overall);
      const smtp = page.getByTestId('check-step-smtp');
      assert.equal(await smtp.getAttribute('data-status'), 'fail');
      assert.match(await page.getByTestId('check-step-smtp-reply').textContent() ?? '',
        /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\./);
      assert.equal(await page.getByTestId('check-step-smtp-category').textContent(), 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
      assert.equal(await page.getByTestId('check-step-tenant').getAttribute('data-status'), 'pass');
      const german = textFor('smtp_auth_disabled_mailbox', 'de', 'inventory360');
      assert.equal(await page.getByTestId('cause-0-title').textContent(), german.title);
      assert.equal(await page.getByTestId('cause-0-fix').locator('li').first().textContent(), german.fix[0]);

      await page.getByTestId('step-exchange-powershell').click();
      // The page loads when first shown; the check's values arrive with its first render.
      await page.waitForFunction(() => (document.querySelector('[data-testid="ps-servicePrincipalObjectId"]') as HTMLInputElement | null)?.value !== '' );
      assert.equal(await page.getByTestId('ps-servicePrincipalObjectId').inputValue(), 'c3000000-0000-4000-8000-000000000360');
      assert.equal(await page.getByTestId('ps-organization').inputValue(), '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
      assert.equal(await page.getByTestId('ps-mailbox').inputValue(), 'notifications@contoso.example');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('reports a healthy ETRON tenant as working, every part passed', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await chooseProduct(page, 'etron');
      await page.getByTestId('step-checks').click();
      await page.getByTestId('check-run').click();
      assert.equal(await textWhen(page.getByTestId('check-overall'), 'Everything works.', 30_000), 'Everything works.');
      const statuses = await page.locator('[data-testid^="check-step-"][data-status]').evaluateAll(
        (rows) => rows.map((r) => `${r.getAttribute('data-testid')}=${r.getAttribute('data-status')}`));
      assert.ok(statuses.includes('check-step-smtp=pass') && statuses.includes('check-step-imap=pass'), statuses.join(' '));
      assert.equal(statuses.some((s) => s.endsWith('=fail')), false, statuses.join(' '));
      assert.equal(await page.getByTestId('cause-0').count(), 0);
    } finally {
      await app.close();
    }
  });
});
