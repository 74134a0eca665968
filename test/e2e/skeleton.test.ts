/**
 * The walking skeleton in a real browser: the built renderer, `window.assistant` backed by the
 * same handler table Electron uses, and a real sandbox tenant started through it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';

const packageVersion = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('application shell in the browser', () => {
  const env = useAssistantBrowser();

  it('shows the app version from package.json on "About", in English for an English browser', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      assert.equal(await page.title(), 'Welcome – M365 Mail Setup Assistant');
      // Versions are for support staff: on the About page, not the welcome page.
      assert.equal(await page.getByTestId('app-version').count(), 0);
      await page.getByTestId('step-about').click();
      assert.equal(await textWhen(page.getByTestId('app-version'), packageVersion), packageVersion);
      assert.equal(await page.getByTestId('app-title').textContent(), 'M365 Mail Setup Assistant');
      assert.equal(await page.title(), 'About – M365 Mail Setup Assistant');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('starts in German for a German browser and switches languages with the toggle', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      const title = page.getByTestId('app-title');
      assert.equal(await textWhen(title, 'M365-Mail-Einrichtungsassistent'), 'M365-Mail-Einrichtungsassistent');
      // Demo mode is the welcome page's secondary link, not its first card.
      assert.equal(await page.getByTestId('welcome-try-demo').textContent(), 'Ohne eigenen Mandanten ausprobieren');
      await page.getByTestId('welcome-try-demo').click();
      assert.equal(await page.getByTestId('demo-start').textContent(), 'Starten');
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');

      await page.getByTestId('language-en').click();
      assert.equal(await textWhen(title, 'M365 Mail Setup Assistant'), 'M365 Mail Setup Assistant');
      assert.equal(await page.getByTestId('demo-start').textContent(), 'Start');
      assert.equal(await page.getByTestId('language-en').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');

      await page.getByTestId('language-de').click();
      assert.equal(await textWhen(title, 'M365-Mail-Einrichtungsassistent'), 'M365-Mail-Einrichtungsassistent');
      assert.equal(await page.getByLabel('Szenario').inputValue(), 'healthy');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('starts the healthy sandbox tenant, shows its tenant id and SMTP port, and stops it', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, handlers } = app;
      await page.getByTestId('welcome-try-demo').click();
      await page.getByLabel('Scenario').selectOption('healthy');
      await page.getByTestId('demo-start').click();
      const tenantId = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
      assert.equal(await textWhen(page.getByTestId('demo-tenant-id'), tenantId, 30_000), tenantId);

      const status = await handlers.table.getDemoSandboxStatus(undefined);
      assert.ok(status.ok && status.value.running, 'the handler table reports the sandbox running');
      const { smtp, imap, mailbox } = status.value.sandbox;
      assert.ok(smtp.port > 0);
      assert.equal(await page.getByTestId('demo-smtp').textContent(), `127.0.0.1:${smtp.port}`);
      assert.equal(await page.getByTestId('demo-imap').textContent(), `127.0.0.1:${imap.port}`);
      assert.equal(await page.getByTestId('demo-mailbox').textContent(), mailbox);
      assert.equal(await page.getByTestId('demo-scenarios').textContent(), 'Healthy tenant (everything configured)');
      assert.equal(await page.getByTestId('demo-status').textContent(), 'The sandbox tenant is running.');
      assert.equal(await page.getByTestId('demo-start').isDisabled(), true);

      await page.getByTestId('demo-stop').click();
      assert.equal(await textWhen(page.getByTestId('demo-status'), 'The sandbox tenant is not running.'), 'The sandbox tenant is not running.');
      assert.equal(await page.getByTestId('demo-tenant-id').count(), 0);
      assert.deepEqual(await handlers.table.getDemoSandboxStatus(undefined), { ok: true, value: { running: false } });
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('shows the localized invalid_input error next to the control for an unknown scenario', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, handlers } = app;
      await page.getByTestId('welcome-try-demo').click();
      // A stale or tampered option list: the renderer sends the name, the main process checks it.
      await page.getByLabel('Scenario').evaluate((select) => {
        const option = document.createElement('option');
        option.value = 'no-such-scenario';
        option.textContent = 'No such scenario';
        select.append(option);
      });
      await page.getByLabel('Scenario').selectOption('no-such-scenario');
      await page.getByTestId('demo-start').click();

      const error = page.getByTestId('demo-error');
      const english = 'The request was not valid. (field: scenarios[0])';
      assert.equal(await textWhen(error, english), english);
      assert.equal(await error.getAttribute('data-code'), 'invalid_input');
      assert.equal(await page.getByLabel('Scenario').getAttribute('aria-describedby'), 'demo-error');

      await page.getByTestId('language-de').click();
      const german = 'Die Anfrage war ungültig. (Feld: scenarios[0])';
      assert.equal(await textWhen(error, german), german);
      assert.equal(await page.getByTestId('demo-status').textContent(), 'Der Sandbox-Mandant läuft nicht.');
      assert.deepEqual(await handlers.table.getDemoSandboxStatus(undefined), { ok: true, value: { running: false } });
    } finally {
      await app.close();
    }
  });

  it('offers the sign-in to a Microsoft cloud, says the default client ID is Microsoft Graph Command Line Tools, and names a bad tenant at its field', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await page.getByTestId('welcome-start').click();
      await page.getByTestId('profile-inventory360').click();
      await page.getByTestId('step-sign-in').click();
      await page.getByTestId('page-sign-in').waitFor();
      assert.equal(await page.getByTestId('step-sign-in').getAttribute('aria-current'), 'step');
      // No demo tenant runs: only the real tenant's sign-in is offered.
      assert.equal(await page.getByTestId('signin-demo').count(), 0);
      assert.deepEqual(await page.getByTestId('signin-cloud-select').locator('option').allTextContents(),
        ['Worldwide (also GCC)', 'US Government GCC High', 'US Government DoD', 'China (operated by 21Vianet)']);
      // The assistant's own client ID is jargon: it is set on the About page.
      await page.getByTestId('step-about').click();
      await page.getByTestId('page-about').waitFor();
      // The default needs no registration, so the settings stay folded until opened.
      assert.equal(await page.getByTestId('signin-settings').getAttribute('open'), null);
      await page.getByTestId('signin-settings').locator('summary').click();
      const note = 'The default is Microsoft Graph Command Line Tools, Microsoft\'s own app for Microsoft Graph PowerShell: no app registration is needed, and the consent page and the sign-in logs show that name.';
      assert.equal(await textWhen(page.getByTestId('signin-graph-cli-note'), note), note);

      await page.getByTestId('signin-client-id').fill('not-a-guid');
      assert.equal(await page.getByTestId('signin-client-id-error').textContent(),
        'The client ID is a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc — or leave the field empty.');
      await page.getByTestId('signin-client-id').fill('1b2c3d4e-0000-4000-8000-123456789abc');
      assert.equal(await page.getByTestId('signin-client-id-error').count(), 0);
      assert.equal(await page.getByTestId('signin-graph-cli-note').count(), 0);

      await page.getByTestId('step-sign-in').click();
      await page.getByTestId('signin-tenant').fill('contoso');
      await page.getByTestId('signin-start').click();
      const tenantError = 'Enter a domain such as contoso.onmicrosoft.com or the tenant ID — or leave the field empty.';
      assert.equal(await textWhen(page.getByTestId('signin-tenant-error'), tenantError), tenantError);
      assert.equal(await page.getByTestId('signin-tenant').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByTestId('signin-error').count(), 0);
      assert.deepEqual(app.external.urls, [], 'nothing was opened for a request that was refused');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
