/**
 * The "other application" path against the demo tenant: product → sign-in → your application
 * (its client ID checked at once) → admin consent → client secret → Authenticated SMTP →
 * Exchange PowerShell (app-only) → wait and test → finish; no Inventory360 name on its pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useAssistantBrowser } from '../helpers/browser.js';
import { assertAccessible, assertNoHorizontalOverflow, englishLines, enterGenericApp, GENERIC_APP_ID as APP_ID, next, openSignedIn, verdict } from '../helpers/path.js';

/** No Inventory360 name in the page's text nor in its drawings' descriptions (alt texts). */
async function assertNoInventory360(page: Page): Promise<void> {
  const alts = await page.locator('main img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt));
  assert.doesNotMatch([await page.locator('main').innerText(), ...alts].join('\n'), /Inventory360/);
}

describe('the other-application path in the browser', () => {
  const env = useAssistantBrowser();

  it('walks a healthy tenant in English, app-only, without Inventory360 names', async () => {
    const app = await openSignedIn(env, { locale: 'en-US', scenario: 'healthy', profile: 'generic' });
    try {
      const { page } = app;
      await next(page, 'generic-app', 'Your application');
      await page.getByTestId('path-generic-app-id').fill('my-app');
      assert.equal(await page.getByTestId('path-generic-app-id-verdict').textContent(), 'This must be an ID like 1a2b3c4d-1111-2222-3333-444455556666.');
      await page.getByTestId('path-generic-app-id').fill(APP_ID);
      assert.equal(await verdict(page), 'done');
      await assertNoInventory360(page);

      await next(page, 'consent', 'Admin consent');
      assert.equal(await verdict(page), 'done');
      assert.equal(await page.getByTestId('verify-generic.smtp-send-as-app').getAttribute('data-status'), 'ok');
      assert.equal(await page.locator('main img').count(), 1, 'the admin-consent screen, drawn for an example app');
      await assertNoInventory360(page);
      await next(page, 'client-secret', 'Certificates & secrets');
      await assertNoInventory360(page);
      await page.getByTestId('confirm-step-box').check();
      await page.getByTestId('generic-credential-certificate').click();
      await assertNoInventory360(page);
      await page.getByTestId('generic-credential-secret').click();
      await next(page, 'smtp-auth', 'Authenticated SMTP');
      await assertNoInventory360(page);
      // The check logged on as the app (the demo tenant's own secret): Exchange let the mailbox in.
      assert.equal(await page.getByTestId('smtp-probe').getAttribute('data-state'), 'on');
      assert.equal(await page.getByTestId('step-smtp-auth').getAttribute('data-state'), 'done');
      assert.equal(await page.getByTestId('confirm-step').count(), 0, 'no tick where the probe proves it');
      await next(page, 'exchange-powershell', 'Exchange PowerShell');
      assert.equal(await page.getByTestId('ps-appId').inputValue(), APP_ID);
      await assertNoInventory360(page);
      await assertNoHorizontalOverflow(page);
      await assertAccessible(page);
      await next(page, 'wait-test', 'Wait and test');
      await assertNoInventory360(page);
      await page.getByTestId('step-export').click();
      await page.getByTestId('page-export').waitFor();
      await assertNoInventory360(page);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('certificate instead of a secret, in German: the thumbprint is checked at once; after the upload Graph finds it and the step turns green', async () => {
    const app = await openSignedIn(env, { locale: 'de-DE', scenario: 'healthy', profile: 'generic' });
    try {
      const { page } = app;
      await enterGenericApp(page, 'Ihre Anwendung');
      await next(page, 'consent', 'Administratorzustimmung');
      await next(page, 'client-secret', 'Zertifikate & Geheimnisse');
      await page.getByTestId('generic-credential-certificate').click();
      assert.deepEqual(await page.getByTestId('certificate-steps').locator('li').allTextContents(), [
        'Microsoft Entra Admin Center → App-Registrierungen → Ihre Anwendung → Zertifikate & Geheimnisse.',
        'Registerkarte „Zertifikate“ → „Zertifikat hochladen“.',
        'Die Zertifikatsdatei nur mit dem öffentlichen Schlüssel wählen (.cer, .pem oder .crt), dann „Hinzufügen“.',
        'Den „Fingerabdruck“ der neuen Zeile kopieren und unten einfügen.',
      ]);
      await page.getByTestId('path-generic-thumbprint').fill('6f1c2d3e-aaaa-4bbb-8ccc-0123456789ab');
      assert.equal(await page.getByTestId('path-generic-thumbprint-verdict').textContent(), 'Ein Fingerabdruck hat 40 Zeichen 0–9 und A–F (SHA-1, wie Entra ihn zeigt).');
      // A thumbprint that is not uploaded, pasted whole: looked up at once; Graph finds no such certificate.
      await page.getByTestId('path-generic-thumbprint').fill('48:09:d6:ea:89:a7:c4:3f:69:ff:ac:84:65:6f:8c:bc:b5:71:b1:f9');
      assert.equal(await page.getByTestId('path-generic-thumbprint-verdict').count(), 0);
      await page.getByTestId('verify-generic.certificate').and(page.locator('[data-status="missing"]')).waitFor({ timeout: 30_000 });
      assert.equal(await verdict(page), 'failed');
      assert.equal(await page.getByTestId('verify-generic.certificate').getAttribute('data-status'), 'missing');
      assert.equal(await page.getByTestId('step-client-secret').getAttribute('data-state'), 'failed');
      assert.match(await page.getByTestId('certificate-portal').getAttribute('data-url') ?? '', /\/Credentials\/appId\/e5000000-0000-4000-8000-00000000a001/);
      // The admin uploads the certificate (the demo plays it) and checks again.
      await page.getByTestId('demo-certificate').click();
      await page.getByTestId('demo-certificate-status').filter({ hasText: 'Fingerabdruck' }).waitFor();
      const thumbprint = await page.getByTestId('path-generic-thumbprint').inputValue();
      assert.match(thumbprint, /^[0-9A-F]{40}$/);
      await page.getByTestId('verify-generic.certificate').and(page.locator('[data-status="ok"]')).waitFor({ timeout: 30_000 });
      assert.equal(await verdict(page), 'done');
      assert.equal(await page.getByTestId('verify-generic.certificate').locator('p').first().textContent(), 'Das Zertifikat ist in Ihrer App-Registrierung hochgeladen und gültig.');
      assert.equal(await page.getByTestId('step-client-secret').getAttribute('data-state'), 'done');
      assert.doesNotMatch(await page.locator('main').innerText(), /Inventory360/);
      assert.deepEqual(await englishLines(page), []);
      await assertNoHorizontalOverflow(page);
      await assertAccessible(page);
      // The settings file says which credential: the certificate, by its thumbprint, and no secret.
      await page.getByTestId('step-export').click();
      await page.getByTestId('page-export').waitFor();
      assert.equal(await page.getByTestId('export-credential-certificate').isChecked(), true);
      assert.equal(await page.getByTestId('export-certificateThumbprint').inputValue(), thumbprint);
      assert.equal(await page.getByTestId('export-clientId').inputValue(), APP_ID);
      await page.getByTestId('export-preview').filter({ hasText: '"credential": "certificate"' }).waitFor();
      assert.match(await page.getByTestId('export-preview').textContent() ?? '', new RegExp(`"certificateThumbprint": "${thumbprint}"`));
      assert.equal(await page.getByTestId('export-include-secret').count(), 0, 'a certificate\'s private key never goes into the file');
      await page.getByTestId('step-finish').click();
      await page.getByTestId('page-finish').waitFor();
      assert.equal(await page.getByTestId('finish-credential').textContent(),
        `Ihre Anwendung weist sich mit einem Zertifikat aus (Fingerabdruck ${thumbprint}): Geben Sie Ihrer Anwendung das Zertifikat mit dem privaten Schlüssel; die Datei nennt nur den Fingerabdruck.`);
      assert.deepEqual(await englishLines(page), []);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('consent-missing in German: the consent page fails and offers to grant it', async () => {
    const app = await openSignedIn(env, { locale: 'de-DE', scenario: 'consent-missing', profile: 'generic' });
    try {
      const { page } = app;
      await enterGenericApp(page, 'Ihre Anwendung');
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
    const app = await openSignedIn(env, { locale: 'de-DE', scenario: 'service-principal-missing', profile: 'generic' });
    try {
      const { page } = app;
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
