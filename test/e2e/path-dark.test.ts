/**
 * Dark theme on every page (issue 7 §4 "Light and dark theme following the OS"): each product's
 * path, walked in a dark system theme against the healthy demo tenant, shows every page with
 * Fluent's dark tokens — the app's background and text as webDarkTheme names them, no light
 * surface left anywhere in the window (a card, field or note that kept a light colour) — with
 * axe's contrast rules passing and nothing wider than the window at 1024 px.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { webDarkTheme } from '@fluentui/react-components';
import type { Page } from 'playwright-core';
import { useAssistantBrowser } from '../helpers/browser.js';
import { assertAccessible, assertNoHorizontalOverflow, openSignedIn, walkHealthyPath } from '../helpers/path.js';

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Where screenshots go when SHOTS_DIR is set (to look at them; nothing is compared). */
const SHOTS = process.env.SHOTS_DIR;

/**
 * The page is dark: the app frame (FluentProvider) has webDarkTheme's background and text colours, and no visible
 * element has a light background (relative luminance above 0.4) — the illustrations, drawn
 * portal screens, are pictures and not counted.
 */
async function assertDark(page: Page, step: string): Promise<void> {
  const seen = await page.evaluate(() => {
    const app = document.querySelector('.app')!;
    const style = getComputedStyle(app);
    // No named helper functions in here: the test's transpiler would wrap them in a `__name` call the page lacks.
    const light = [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('img, svg, .illustration-frame') && e.getClientRects().length > 0)
      .map((e) => ({ e, color: getComputedStyle(e).backgroundColor }))
      .filter(({ color }) => {
        const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
        if (a === 0) return false;
        const [lr, lg, lb] = [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb! > 0.4;
      })
      .map(({ e, color }) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)} ${color}`);
    return { theme: app.getAttribute('data-theme'), background: style.backgroundColor, color: style.color, light: light.slice(0, 5) };
  });
  assert.deepEqual(seen, {
    theme: 'dark', background: rgb(webDarkTheme.colorNeutralBackground1), color: rgb(webDarkTheme.colorNeutralForeground1), light: [],
  }, `${step}: dark theme`);
}

const WALKS = [
  { profile: 'inventory360', locale: 'de-DE' },
  { profile: 'etron', locale: 'en-US' },
  { profile: 'generic', locale: 'de-DE' },
] as const;

describe('dark theme on every page', () => {
  const env = useAssistantBrowser();

  for (const walk of WALKS) {
    it(`${walk.profile} in ${walk.locale}: every page from the welcome page to the finish is dark, readable and fits 1024 px`, async () => {
      const app = await env.open({ locale: walk.locale, colorScheme: 'dark' });
      await assertDark(app.page, 'welcome').finally(() => app.close());
      const signedIn = await openSignedIn(env, { locale: walk.locale, colorScheme: 'dark', scenario: 'healthy', profile: walk.profile });
      try {
        const { page } = signedIn;
        if (SHOTS) mkdirSync(SHOTS, { recursive: true });
        const check = async (step: string) => {
          await assertDark(page, step);
          await assertNoHorizontalOverflow(page);
          await assertAccessible(page);
          if (SHOTS) await page.screenshot({ path: `${SHOTS}/dark-${walk.profile}-${step}.png`, fullPage: true });
        };
        await check('sign-in');
        const seen = await walkHealthyPath(page, check);
        assert.ok(seen.length >= 6, seen.join(' → '));
        assert.deepEqual(signedIn.pageErrors, []);
      } finally {
        await signedIn.close();
      }
    });
  }
});
