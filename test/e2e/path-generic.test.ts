/**
 * The "other application" path against the demo tenant: product → sign-in → your application
 * (its client ID checked at once) → admin consent → client secret → Authenticated SMTP →
 * Exchange PowerShell (app-only) → wait and test → finish; no Inventory360 name on its pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useAssistantBrowser } from '../helpers/browser.js';
import { assertAccessible, assertNoHorizontalOverflow, chooseAndSignIn, englishLines, next, startDemoFromWelcome, verdict } from '../helpers/path.js';

const APP_ID = 'e5000000-0000-4000-8000-00000000a001';

describe('the other-application path in the browser', () => {
  const env = useAssistantBrowser();

  it('walks a healthy tenant in English, app-only, without Inventory360 names', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await startDemoFromWelcome(page, 'healthy', 'The sandbox tenant is running.');
      await chooseAndSignIn(app, 'generic');
      await next(page, 'generic-app', 'Your application');
      await page.getByTestId('path-generic-app-id').fill('my-app');
      assert.equal(await page.getByTestId('path-generic-app-id-verdict').textContent(), 'This must be an ID like 1a2b3c4d-1111-2222-3333-444455556666.');
      await page.getByTestId('path-generic-app-id').fill(APP_ID);
      assert.equal(await verdict(page), 'done');

      await next(page, 'consent', 'Admin consent');
      assert.equal(await verdict(page), 'done');
      assert.equal(await page.getByTestId('verify-generic.smtp-send-as-app').getAttribute('data-status'), 'ok');
      assert.doesNotMatch(await page.locator('main').innerText(), /Inventory360/);
      await next(page, 'client-secret', 'Client secret');
      assert.doesNotMatch(await page.locator('main').innerText(), /Inventory360/);
      await page.getByTestId('confirm-step-box').check();
      await next(page, 'smtp-auth', 'Authenticated SMTP');
      await page.getByTestId('confirm-step-box').check();
      await next(page, 'exchange-powershell', 'Exchange PowerShell');
      assert.equal(await page.getByTestId('ps-appId').inputValue(), APP_ID);
      await assertNoHorizontalOverflow(page);
      await assertAccessible(page);
      await next(page, 'wait-test', 'Wait and test');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('consent-missing in German: the consent page fails and offers to grant it', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await startDemoFromWelcome(page, 'consent-missing', 'Der Sandbox-Mandant läuft.');
      await chooseAndSignIn(app, 'generic');
      await next(page, 'generic-app', 'Ihre Anwendung');
      await page.getByTestId('path-generic-app-id').fill(APP_ID);
      assert.equal(await verdict(page), 'done');
      await next(page, 'consent', 'Administratorzustimmung');
      assert.equal(await verdict(page), 'failed');
      assert.equal(await page.getByTestId('verify-generic.smtp-send-as-app').getAttribute('data-status'), 'missing');
      assert.equal(await page.getByTestId('verify-generic.smtp-send-as-app').locator('p').first().textContent(), 'SMTP.SendAsApp ist nicht erteilt.');
      assert.equal(await page.getByTestId('fix-generic.smtp-send-as-app-button').count(), 1);
      assert.equal(await page.getByTestId('step-consent').getAttribute('data-state'), 'failed');
      assert.deepEqual(await englishLines(page), []);
      await assertNoHorizontalOverflow(page);
      await assertAccessible(page);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('service-principal-missing in German: the test from here fails with 535 5.7.3 and the cause sends the admin to the PowerShell page with the Object ID field', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await startDemoFromWelcome(page, 'service-principal-missing', 'Der Sandbox-Mandant läuft.');
      await chooseAndSignIn(app, 'generic');
      await page.getByTestId('step-checks').click();
      await page.getByLabel('Szenario').selectOption('service-principal-missing');
      await page.getByTestId('check-run').click();
      await page.getByTestId('check-overall').waitFor({ state: 'visible', timeout: 30_000 });
      assert.match(await page.getByTestId('check-step-smtp-reply').textContent() ?? '', /^535 5\.7\.3 Authentication unsuccessful/);
      assert.equal(await page.getByTestId('cause-0').getAttribute('data-category'), 'service_principal_missing_or_wrong_id');
      assert.deepEqual(await englishLines(page), []);
      await assertNoHorizontalOverflow(page);
      await assertAccessible(page);
      await page.getByTestId('cause-0-go').click();
      await page.getByTestId('page-exchange-powershell').waitFor();
      assert.equal(await page.getByTestId('ps-servicePrincipalObjectId').count(), 1);
      assert.doesNotMatch(await page.locator('main').innerText(), /Inventory360/);
      assert.deepEqual(await englishLines(page), []);
      await assertAccessible(page);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
