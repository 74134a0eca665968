/**
 * Every product's path in both languages (issue 7, "Tests"): the walks in path-*.test.ts go
 * through each product in one language with the page-specific assertions; this one walks the
 * same healthy demo tenant in the other language, page by page from the sign-in to the finish,
 * and holds every page to the same rules: the heading takes the focus and names the document,
 * every Graph-verified step turns green, nothing overflows at 1024 px, axe finds nothing, and a
 * German page has no English sentence outside "Technical details".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useAssistantBrowser } from '../helpers/browser.js';
import { assertAccessible, assertHeadingFocused, assertNoHorizontalOverflow, englishLines, openSignedIn, verdict } from '../helpers/path.js';

/** The demo tenant's "other application" (electron/sandbox: the generic app). */
const GENERIC_APP_ID = 'e5000000-0000-4000-8000-00000000a001';

/** What a page needs from the admin before its check can run. */
const INPUTS: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  'app-registration': (page) => page.getByTestId('path-instance').fill('contoso'),
  'generic-app': (page) => page.getByTestId('path-generic-app-id').fill(GENERIC_APP_ID),
};

const WALKS = [
  { profile: 'inventory360', locale: 'en-US', running: 'The sandbox tenant is running.' },
  { profile: 'etron', locale: 'en-US', running: 'The sandbox tenant is running.' },
  { profile: 'generic', locale: 'de-DE', running: 'Der Sandbox-Mandant läuft.' },
] as const;

describe('every path in its second language', () => {
  const env = useAssistantBrowser();

  for (const walk of WALKS) {
    it(`${walk.profile} in ${walk.locale}: every page from sign-in to finish keeps the page rules`, async () => {
      const app = await openSignedIn(env, { locale: walk.locale, scenario: 'healthy', profile: walk.profile });
      const german = walk.locale === 'de-DE';
      try {
        const { page } = app;
        const seen: string[] = [];
        let previous = 'sign-in';
        for (;;) {
          await page.getByTestId('step-next').click();
          const step = await page.waitForFunction((before) => {
            const id = document.querySelector('.page[data-testid^="page-"]')?.getAttribute('data-testid')?.slice(5);
            return id !== before && id;
          }, previous, { timeout: 15_000 }).then((h) => h.jsonValue() as Promise<string>);
          assert.ok(!seen.includes(step), `${step} comes twice: ${seen.join(' → ')}`);
          seen.push(step);
          previous = step;
          await assertHeadingFocused(page, (await page.getByTestId('page-heading').textContent()) ?? '');
          await INPUTS[step]?.(page);
          if (await page.getByTestId('verify').count() > 0) {
            assert.equal(await verdict(page), 'done', `${step}: the tenant's verdict`);
          }
          // What Microsoft 365 cannot show the assistant, the admin confirms.
          const confirm = page.getByTestId('confirm-step-box');
          if (await confirm.count() > 0 && !(await confirm.isChecked())) await confirm.check();
          if (await page.getByTestId('verify').count() > 0 || await confirm.count() > 0) {
            assert.equal(await page.getByTestId(`step-${step}`).getAttribute('data-state'), 'done', `${step}: ticked`);
          }
          await assertNoHorizontalOverflow(page);
          await assertAccessible(page);
          if (german) assert.deepEqual(await englishLines(page), [], `${step}: English on a German page`);
          if (step === 'finish') break;
        }
        assert.ok(seen.length >= 6, seen.join(' → '));
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });
  }
});
