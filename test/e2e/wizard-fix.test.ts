/**
 * "Fix it for me" in the browser: the demo tenant (no auto-approve) with Inventory360's
 * SMTP.SendAsApp missing; the admin signs in on the demo tenant's page, the check finds the
 * missing grant, the cause card offers the fix, the confirmation names the change, Microsoft's
 * consent page asks for exactly AppRoleAssignment.ReadWrite.All, and after "Accept" the grant
 * is made; the page says Entra and Exchange may take a while, and "Check again" shows it granted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct } from '../helpers/wizard.js';
import { completeSandboxSignIn } from '../integration/support/chromium.js';

const FINDING = 'inventory360.smtp-send-as-app';
const FIX = `fix-${FINDING}`;

describe('fix it for me in the browser', () => {
  const env = useAssistantBrowser();

  it('grants SMTP.SendAsApp to Inventory360 after the admin consents to AppRoleAssignment.ReadWrite.All', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, external, handlers } = app;
      await page.getByTestId('welcome-try-demo').click();
      await page.getByTestId('demo-start').click();
      assert.equal(await textWhen(page.getByTestId('demo-status'), 'The sandbox tenant is running.', 30_000), 'The sandbox tenant is running.');
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-sign-in').click();
      await page.getByTestId('signin-demo').click();
      await completeSandboxSignIn(await external.nth(0), 'admin@contoso.example', 'Sandbox-Admin-1');
      await page.bringToFront();
      const signedIn = 'Signed in as Sandbox Admin (admin@contoso.example)';
      assert.equal(await textWhen(page.getByTestId('signin-account'), signedIn, 15_000), signedIn);

      await page.getByTestId('step-checks').click();
      await page.getByTestId('break-demo-scenario').selectOption('consent-missing');
      await page.getByTestId('break-demo-apply').click();
      await textWhen(page.getByTestId('break-demo-active'), 'The demo tenant now has: Healthy tenant (everything configured), Admin consent missing.');
      await page.getByTestId('tenant-check-run').click();
      const failed = 'Something does not work yet. The causes and what to do are below.';
      assert.equal(await textWhen(page.getByTestId('check-overall'), failed, 30_000), failed);
      assert.equal(await page.getByTestId(`finding-${FINDING}`).getAttribute('data-status'), 'missing');

      // The button sits on the cause card; nothing happens before the admin confirms.
      const fix = page.getByTestId('cause-0').getByTestId(FIX);
      assert.equal(await fix.getByTestId(`${FIX}-button`).textContent(), 'Fix it for me');
      await fix.getByTestId(`${FIX}-button`).click();
      assert.equal(await fix.getByTestId(`${FIX}-change`).textContent(),
        'Grant SMTP.SendAsApp (Office 365 Exchange Online) to Inventory360 in tenant contoso.example.');
      assert.equal(await fix.getByTestId(`${FIX}-permission`).textContent(),
        'The first time, Microsoft asks you to allow the assistant this one permission: AppRoleAssignment.ReadWrite.All.');
      assert.equal(external.urls.length, 1);
      await fix.getByTestId(`${FIX}-yes`).click();
      assert.equal(await textWhen(fix.getByTestId(`${FIX}-working`), 'Making the change… If a Microsoft page opens, sign in and accept.'),
        'Making the change… If a Microsoft page opens, sign in and accept.');

      // Microsoft's consent page asks for the one write permission, in the second page.
      const consentPage = await external.nth(1);
      const scopes = new URL(consentPage.url()).searchParams.get('scope')?.split(' ') ?? [];
      assert.deepEqual(scopes.filter((s) => s.includes('ReadWrite')), ['https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All']);
      await consentPage.locator('#i0116').fill('admin@contoso.example');
      await consentPage.locator('#i0118').fill('Sandbox-Admin-1');
      await consentPage.locator('#idSIButton9').click();
      await consentPage.waitForSelector('#consentForm');
      assert.equal(await consentPage.locator('h1').textContent(), 'Permissions requested');
      const asked = await consentPage.locator('ul.perms li').allTextContents();
      assert.deepEqual(asked.filter((p) => p.includes('ReadWrite')), ['AppRoleAssignment.ReadWrite.All (AppRoleAssignment.ReadWrite.All)']);
      await consentPage.locator('#consentOrg').check();
      await consentPage.locator('#consentForm #idSIButton9').click();
      await consentPage.waitForSelector('body[data-outcome]');
      await page.bringToFront();

      const done = fix.getByTestId(`${FIX}-done`);
      await done.waitFor({ timeout: 15_000 });
      const summary = await fix.getByTestId(`${FIX}-summary`).textContent() ?? '';
      assert.match(summary, /^SMTP\.SendAsApp on Office 365 Exchange Online granted to Inventory360 \(assignment [^)]+\)\.$/);
      assert.equal(await done.locator('strong').textContent(), 'Done.');
      assert.equal(await fix.getByTestId(`${FIX}-wait`).locator('p').textContent(),
        'Microsoft Entra and Exchange Online can take 30 minutes, sometimes up to 24 hours, before the change takes effect everywhere. Check again to see what Microsoft Graph shows now.');
      // Ran once: the main process no longer offers it.
      assert.deepEqual(await handlers.table.applyFix({ action: 'grant-admin-consent', findingId: FINDING }),
        { ok: false, error: { code: 'invalid_input', message: 'The last check did not offer to fix this finding.', field: 'findingId' } });

      await fix.getByTestId(`${FIX}-check-again`).click();
      assert.equal(await textWhen(page.getByTestId('check-overall'), 'Everything works.', 30_000), 'Everything works.');
      const granted = page.getByTestId(`finding-${FINDING}`);
      assert.equal(await granted.getAttribute('data-status'), 'ok');
      assert.equal(await granted.locator('.finding-evidence').textContent(),
        `SMTP.SendAsApp on Office 365 Exchange Online is granted (${/\((assignment [^)]+)\)/.exec(summary)?.[1]}).`);
      assert.equal(await page.getByTestId(FIX).count(), 0);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
