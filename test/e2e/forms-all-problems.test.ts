/**
 * Every form reports all its problems at once when it is sent: each field its own message
 * ("Pflichtfeld." / "Required." when empty), focus on the first field with a problem, aria-invalid
 * and aria-describedby on each — in German and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useAssistantBrowser } from '../helpers/browser.js';
import { assertAccessible, assertNoHorizontalOverflow, chooseAndSignIn, englishLines, next, startDemoFromWelcome } from '../helpers/path.js';
import { chooseProduct } from '../helpers/wizard.js';

/** The id of the focused element. */
const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);

/** A TextField's state: its error text, aria-invalid and what it is described by. */
async function fieldState(page: Page, id: string): Promise<[string | null, string | null, string | null]> {
  const input = page.locator(`#${id}`);
  const error = page.getByTestId(`${id}-error`);
  return [await error.count() > 0 ? await error.textContent() : null, await input.getAttribute('aria-invalid'), await input.getAttribute('aria-describedby')];
}

describe('forms report every problem at once', () => {
  const env = useAssistantBrowser();

  for (const [locale, required, count] of [['de-DE', 'Pflichtfeld.', '5 Felder brauchen Ihre Aufmerksamkeit.'], ['en-US', 'Required.', '5 fields need your attention.']] as const) {
    it(`PowerShell form, sent empty (${locale}): all five fields say so, focus on the first`, async () => {
      const app = await env.open({ locale });
      try {
        const { page } = app;
        await chooseProduct(page, 'generic');
        await page.getByTestId('step-exchange-powershell').click();
        await page.getByTestId('ps-create').click();
        for (const field of ['organization', 'mailbox', 'servicePrincipalObjectId', 'appId', 'displayName']) {
          const [error, invalid, describedBy] = await fieldState(page, `ps-${field}`);
          assert.equal(error, required, field);
          assert.equal(invalid, 'true', field);
          assert.match(describedBy ?? '', new RegExp(`(^| )ps-${field}-error$`), field);
        }
        assert.equal(await page.getByTestId('ps-problems').textContent(), count);
        assert.equal(await focusedId(page), 'ps-organization');
        assert.equal(await page.getByTestId('ps-script').count(), 0, 'nothing is made from an empty form');
        await page.setViewportSize({ width: 1024, height: 768 });
        await assertNoHorizontalOverflow(page);
        await assertAccessible(page);
        if (locale === 'de-DE') assert.deepEqual(await englishLines(page), []);
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });
  }

  it('tenant check (German): empty mailbox, wrong sender and empty app ID are named together; focus on the mailbox', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await startDemoFromWelcome(page, 'healthy', 'Der Sandbox-Mandant läuft.');
      await chooseAndSignIn(app, 'generic');
      await page.getByTestId('step-checks').click();
      await page.locator('#tenant-mailbox').fill('');
      await page.locator('#tenant-sender').fill('info@');
      await page.getByTestId('tenant-check-run').click();
      assert.deepEqual(await fieldState(page, 'tenant-mailbox'), ['Pflichtfeld.', 'true', 'tenant-mailbox-help tenant-mailbox-error']);
      assert.equal((await fieldState(page, 'tenant-sender'))[0], 'Geben Sie den Absender als Adresse ein oder lassen Sie das Feld leer.');
      assert.equal((await fieldState(page, 'tenant-generic-app-id'))[0], 'Pflichtfeld.');
      assert.equal(await page.getByTestId('tenant-check-problems').textContent(), '3 Felder brauchen Ihre Aufmerksamkeit.');
      assert.equal(await focusedId(page), 'tenant-mailbox');
      await assertAccessible(page);
      assert.deepEqual(await englishLines(page), []);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  for (const [locale, required, title] of [['de-DE', 'Pflichtfeld.', 'Ihre Anwendung'], ['en-US', 'Required.', 'Your application']] as const) {
    it(`a path page's field (${locale}): "Next" with an empty client ID stays, says it is required and focuses it`, async () => {
      const app = await env.open({ locale });
      try {
        const { page } = app;
        await page.setViewportSize({ width: 1024, height: 768 });
        await startDemoFromWelcome(page, 'healthy', locale === 'de-DE' ? 'Der Sandbox-Mandant läuft.' : 'The sandbox tenant is running.');
        await chooseAndSignIn(app, 'generic');
        await next(page, 'generic-app', title);
        await page.getByTestId('step-next').click();
        assert.equal(await page.getByTestId('page-generic-app').count(), 1, 'the page stays');
        assert.equal(await page.getByTestId('path-generic-app-id-verdict').textContent(), required);
        assert.equal(await page.getByTestId('path-generic-app-id').getAttribute('aria-invalid'), 'true');
        assert.ok((await page.getByTestId('path-generic-app-id').getAttribute('aria-describedby'))?.length);
        assert.equal(await focusedId(page), 'path-generic-app-id');
        assert.equal(await page.getByTestId('path-problems').textContent(), locale === 'de-DE' ? 'Ein Feld braucht Ihre Aufmerksamkeit.' : 'One field needs your attention.');
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });
  }

  it('sign-in (English): a tenant that is neither a domain nor an ID is named before any sign-in starts', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-sign-in').click();
      await page.locator('#signin-tenant').fill('contoso');
      await page.getByTestId('signin-start').click();
      assert.deepEqual(await fieldState(page, 'signin-tenant'), [
        'Enter a domain such as contoso.onmicrosoft.com or the tenant ID — or leave the field empty.', 'true', 'signin-tenant-help signin-tenant-error',
      ]);
      assert.equal(await focusedId(page), 'signin-tenant');
      assert.equal(app.external.urls.length, 0, 'no browser was opened');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('settings file (English): Save on an empty form marks every field and focuses the first', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await chooseProduct(page, 'generic');
      await page.getByTestId('step-export').click();
      await page.getByTestId('export-credential-certificate').check();
      await page.getByTestId('export-save').click();
      await page.getByTestId('export-certificateThumbprint-error').waitFor();
      for (const [field, label] of [['tenantId', 'Tenant ID'], ['clientId', 'Application (client) ID'], ['mailbox', 'Mailbox'], ['certificateThumbprint', 'Certificate thumbprint']]) {
        const [error, invalid] = await fieldState(page, `export-${field}`);
        assert.equal(error, `${label} is required`, field);
        assert.equal(invalid, 'true', field);
      }
      assert.equal(await focusedId(page), 'export-tenantId');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
