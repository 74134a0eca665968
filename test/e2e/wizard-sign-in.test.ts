/**
 * Sign-in and the tenant check in the browser: the demo tenant started through the UI (without
 * auto-approve), "Sign in to the demo tenant" opens its sign-in page in a second page of the same
 * browser, where the admin signs in and consents; the check of the signed-in tenant reports its
 * progress as events and shows Graph's findings; a fault switched on in the demo tenant comes
 * back as a cause card with its fix page; sign-out forgets the account.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFor } from '../../electron/core/diagnosis/catalogue.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct } from '../helpers/wizard.js';
import { completeSandboxSignIn } from '../integration/support/chromium.js';

const TENANT_ID = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('sign-in and tenant check in the browser', () => {
  const env = useAssistantBrowser();

  it('signs in to the demo tenant on its own page, checks Inventory360, finds missing consent, signs out', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, external, handlers } = app;
      await page.getByTestId('welcome-try-demo').click();
      await page.getByTestId('demo-start').click();
      assert.equal(await textWhen(page.getByTestId('demo-status'), 'The sandbox tenant is running.', 30_000), 'The sandbox tenant is running.');
      await chooseProduct(page, 'inventory360');

      await page.getByTestId('step-sign-in').click();
      await page.getByTestId('signin-demo').click();
      assert.equal(await textWhen(page.getByTestId('signin-waiting'), 'Waiting for the sign-in in the demo tenant\'s window…'),
        'Waiting for the sign-in in the demo tenant\'s window…');
      const signInPage = await external.nth(0);
      assert.match(signInPage.url(), new RegExp(`^https://127\\.0\\.0\\.1:\\d+/${TENANT_ID}/oauth2/v2\\.0/authorize\\?`));
      assert.equal(await signInPage.locator('h1').textContent(), 'Sign in');
      await completeSandboxSignIn(signInPage, 'admin@contoso.example', 'Sandbox-Admin-1');
      assert.equal(await signInPage.locator('h1').textContent(), 'Sign-in complete');
      // Back to the app, as the admin would (a background tab also slows Playwright's clicks to a crawl).
      await page.bringToFront();

      const signedIn = 'Signed in as Sandbox Admin (admin@contoso.example)';
      assert.equal(await textWhen(page.getByTestId('signin-account'), signedIn, 15_000), signedIn);
      assert.equal(await page.getByTestId('signin-tenant-id').textContent(), TENANT_ID);
      assert.equal(await page.getByTestId('signin-cloud').textContent(), 'Demo tenant on this computer');
      assert.equal(await page.getByTestId('step-sign-in').getAttribute('class'), 'done');

      await page.getByTestId('step-checks').click();
      assert.equal(await page.getByTestId('tenant-mailbox').inputValue(), 'notifications@contoso.example');
      await page.getByTestId('tenant-check-run').click();
      assert.equal(await textWhen(page.getByTestId('check-overall'), 'Everything works.', 30_000), 'Everything works.');
      assert.equal(await page.getByTestId('check-results').getAttribute('data-kind'), 'tenant');
      assert.equal(await page.getByTestId('check-step-tenant').getAttribute('data-status'), 'pass');
      // On the demo tenant the check logs on as Inventory360's server (the demo app's own secret).
      assert.equal(await page.getByTestId('check-step-smtp').getAttribute('data-status'), 'pass');
      const enterpriseApp = page.getByTestId('finding-inventory360.enterprise-app');
      assert.equal(await enterpriseApp.getAttribute('data-status'), 'ok');
      assert.equal(await enterpriseApp.locator('.finding-evidence').textContent(),
        'Enterprise app "Inventory360" found; its Object ID (service principal id) is c3000000-0000-4000-8000-000000000360.');
      assert.equal(await page.getByTestId('check-findings').locator('li').count(), 4);
      assert.equal(await page.getByTestId('check-no-mail-probe').count(), 0, 'a test logon was made');
      const delivered = app.events.filter((e) => e.event.kind === 'check-progress' && e.event.progress.step === 'tenant');
      assert.deepEqual(delivered.map((e) => [e.event.kind === 'check-progress' && e.event.progress.kind, e.listeners]),
        [['step-started', 1], ['step-finished', 1]]);

      await page.getByTestId('break-demo-scenario').selectOption('consent-missing');
      await page.getByTestId('break-demo-apply').click();
      assert.equal(await textWhen(page.getByTestId('break-demo-active'), 'The demo tenant now has: Healthy tenant (everything configured), Admin consent missing.'),
        'The demo tenant now has: Healthy tenant (everything configured), Admin consent missing.');
      await page.getByTestId('tenant-check-run').click();
      const failed = 'Something does not work yet. The causes and what to do are below.';
      assert.equal(await textWhen(page.getByTestId('check-overall'), failed, 30_000), failed);
      assert.equal(await page.getByTestId('check-step-tenant').getAttribute('data-status'), 'fail');
      const grant = page.getByTestId('finding-inventory360.smtp-send-as-app');
      assert.equal(await grant.getAttribute('data-status'), 'missing');
      assert.equal(await grant.locator('.finding-evidence').textContent(), 'Inventory360 holds no SMTP.SendAsApp assignment on Exchange Online (it holds no app roles).');
      const cause = page.getByTestId('cause-0');
      assert.equal(await cause.getAttribute('data-category'), 'consent_missing');
      const english = textFor('consent_missing', 'en', 'inventory360');
      assert.equal(await page.getByTestId('cause-0-title').textContent(), english.title);
      assert.equal(await page.getByTestId('cause-0-fix').locator('li').first().textContent(), english.fix[0]);
      assert.equal(await page.getByTestId('cause-0-wait').locator('p').textContent(), english.waitHint);
      const link = page.getByTestId('cause-0-link-0');
      assert.equal(await link.textContent(), 'Open the admin consent page ↗');
      assert.match(await link.getAttribute('data-url') ?? '', new RegExp(`^https://127\\.0\\.0\\.1:\\d+/${TENANT_ID}/adminconsent\\?client_id=15dd278a-3da9-4654-9edd-568380df74d0$`));
      await link.click();
      const consentPage = await external.nth(1);
      assert.equal(consentPage.url(), await link.getAttribute('data-url'));
      assert.equal(await consentPage.locator('h1').textContent(), 'Sign in');
      await page.bringToFront();
      assert.equal(await textWhen(page.getByTestId('cause-0-link-opened'), 'The page has opened in your browser.'), 'The page has opened in your browser.');

      await page.getByTestId('step-sign-in').click();
      await page.getByTestId('signin-sign-out').click();
      assert.equal(await textWhen(page.getByTestId('signin-demo'), 'Sign in to the demo tenant'), 'Sign in to the demo tenant');
      assert.equal(await page.getByTestId('signin-account').count(), 0);
      assert.equal(await page.getByTestId('step-sign-in').getAttribute('class'), null);
      assert.deepEqual(await handlers.table.getAccount(undefined), { ok: true, value: null });
      await page.getByTestId('step-checks').click();
      assert.equal(await page.getByTestId('tenant-check-sign-in-first').count(), 1);
      assert.equal(await page.getByTestId('check-results').count(), 0);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
