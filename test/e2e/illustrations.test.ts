/**
 * "Shows it" in the browser: the demo check with SMTP AUTH off for the mailbox puts the admin
 * center's "Authenticated SMTP" screen on the cause card, in German with its German alt text,
 * loaded from the bundle under the strict CSP; the PowerShell step offers the Object ID screen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ILLUSTRATIONS } from '../../renderer/src/components/illustration-catalog.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { runGermanDemoCheck } from '../helpers/wizard.js';

describe('illustrations in the browser', () => {
  const env = useAssistantBrowser();

  it('shows where to tick "Authenticated SMTP" on the cause card of smtp_auth_disabled_mailbox', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await runGermanDemoCheck(page, 'inventory360', 'smtp-auth-disabled-mailbox');
      const overall = 'Etwas funktioniert noch nicht. Die Ursachen und was zu tun ist stehen unten.';
      assert.equal(await textWhen(page.getByTestId('check-overall'), overall, 30_000), overall);
      assert.equal(await page.getByTestId('cause-0').getAttribute('data-category'), 'smtp_auth_disabled_mailbox');

      const entry = ILLUSTRATIONS['admin-center-authenticated-smtp'];
      const figure = page.getByTestId('cause-0-illustration');
      assert.equal(await figure.getAttribute('data-illustration'), 'admin-center-authenticated-smtp');
      const image = page.getByRole('img', { name: entry.alt.de });
      assert.equal(await image.getAttribute('data-testid'), 'cause-0-illustration-image');
      await image.scrollIntoViewIfNeeded();
      const loaded = await image.evaluate((img: HTMLImageElement) => img.decode().then(() => ({ width: img.naturalWidth, src: img.getAttribute('src') })));
      assert.equal(loaded.width, 720);
      // A file of the build on the page's own origin: the only place img-src 'self' allows.
      const origin = new URL(env.pageUrl).origin;
      assert.match(loaded.src ?? '', new RegExp(`^${origin}/assets/admin-center-authenticated-smtp\\.de-[\\w-]+\\.svg$`));
      // Soft hyphens mark where the narrow column may break a long compound (soft-hyphens.ts); they are not shown otherwise.
      assert.deepEqual((await figure.locator('.illustration-clicks li').allTextContents()).map((t) => t.replace(/\u00ad/g, '')), entry.clicks.de);
      assert.equal(await page.getByTestId('cause-0-illustration-portal').getAttribute('href'), 'https://admin.microsoft.com/#/users');

      // In English the admin center shows English labels: the drawing switches with the UI.
      await page.getByTestId('language-en').click();
      // The Object ID page of the path shows its screen at once.
      await page.getByTestId('step-object-id').click();
      await page.getByTestId('page-object-id').waitFor();
      const objectId = page.getByRole('img', { name: ILLUSTRATIONS['entra-object-id'].alt.en });
      const shown = await objectId.evaluate((img: HTMLImageElement) => img.decode().then(() => ({ width: img.naturalWidth, src: img.getAttribute('src') })));
      assert.equal(shown.width, 720);
      assert.match(shown.src ?? '', new RegExp(`^${origin}/assets/entra-object-id\\.en-[\\w-]+\\.svg$`));
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
