/**
 * Issue 7's last condition: an admin goes "from the welcome page to a passing check and an
 * exported file … by keyboard alone". The Inventory360 path in German against the healthy demo
 * tenant, walked with Tab, Enter and Space only: every control the admin needs is reached by Tab
 * (in a bounded number of presses), shows keyboard focus (`:focus-visible`) and answers its key.
 * The demo tenant's sign-in page stands in for Microsoft's and is filled by the shared helper.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseConfig } from '../../electron/core/export/config-file.js';
import { acceptWritePermission, completeSandboxSignIn } from '../integration/support/chromium.js';
import { textWhen, useAssistantBrowser, type AssistantPage } from '../helpers/browser.js';
import { assertHeadingFocused, verdict } from '../helpers/path.js';
import { tempDialogs } from '../helpers/wizard.js';

/** Tab presses allowed to reach a control: the longest page has fewer stops than this. */
const MAX_TABS = 60;

/** Presses Tab until the control (or an element inside it) has the keyboard focus. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((id) => {
      const active = document.activeElement;
      if (!active || !(active.getAttribute('data-testid') === id || active.closest(`[data-testid="${id}"]`))) return 'elsewhere';
      return active.matches(':focus-visible') ? 'visible' : 'invisible';
    }, testId);
    if (state === 'visible') return;
    assert.notEqual(state, 'invisible', `${testId} has focus but shows no keyboard focus`);
  }
  assert.fail(`${testId} is not reached with ${MAX_TABS} presses of Tab`);
}

/** Tabs to the control and presses the key. */
async function press(page: Page, testId: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, testId);
  await page.keyboard.press(key);
}

/** Tabs to a native select and moves its choice with the arrow keys until it has `value`. */
async function chooseByKeyboard(page: Page, testId: string, value: string): Promise<void> {
  await tabTo(page, testId);
  const select = page.getByTestId(testId);
  for (let i = 0; i < 40 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await select.inputValue(), value);
}

/** "Try it without your tenant", the scenario chosen with the arrow keys, start; waits until it runs. */
async function startDemoByKeyboard(page: Page, scenario: string, running: string): Promise<void> {
  await page.getByTestId('page-welcome').waitFor();
  await press(page, 'welcome-try-demo');
  await chooseByKeyboard(page, 'demo-scenario', scenario);
  await press(page, 'demo-start');
  await textWhen(page.getByTestId('demo-status'), running, 30_000);
}

/** "Sign in to the demo tenant" by keyboard; the demo tenant's page (Microsoft's stand-in) is filled by the shared helper. */
async function signInByKeyboard(app: AssistantPage): Promise<void> {
  const { page, external } = app;
  const before = external.urls.length;
  await press(page, 'signin-demo');
  await completeSandboxSignIn(await external.nth(before), 'admin@contoso.example', 'Sandbox-Admin-1');
  await page.bringToFront();
  await page.getByTestId('signed-in-card').waitFor({ timeout: 15_000 });
}

/** "Next" by keyboard; the new page's heading takes the focus. */
async function nextByKeyboard(page: Page, step: string, title: string): Promise<void> {
  await press(page, 'step-next');
  await page.getByTestId(`page-${step}`).waitFor({ timeout: 15_000 });
  await assertHeadingFocused(page, title);
}

describe('the Inventory360 path by keyboard alone', () => {
  const env = useAssistantBrowser();

  it('goes from the welcome page to a passing test and a saved settings file in German with Tab, Enter and Space', async () => {
    const dialogs = tempDialogs('keyboard-e2e-');
    const app = await env.open({ locale: 'de-DE', services: dialogs.services });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      // The demo tenant: "try it without your tenant", then start it (the healthy tenant is the default).
      await startDemoByKeyboard(page, 'healthy', 'Der Sandbox-Mandant läuft.');

      await press(page, 'welcome-start');
      await page.getByTestId('page-profile').waitFor();
      await press(page, 'profile-inventory360', 'Space');
      assert.match(await page.getByTestId('profile-chosen').textContent() ?? '', /Inventory360/);
      await nextByKeyboard(page, 'sign-in', 'Anmelden');
      await signInByKeyboard(app);

      await nextByKeyboard(page, 'consent', 'Administratorzustimmung');
      assert.equal(await verdict(page), 'done');

      await nextByKeyboard(page, 'object-id', 'Objekt-ID');
      assert.equal(await verdict(page), 'done');
      await press(page, 'value-object-id-copy');
      assert.equal(await textWhen(page.getByTestId('value-object-id-copy-status'), 'Kopiert.'), 'Kopiert.');

      await nextByKeyboard(page, 'smtp-auth', 'Authentifiziertes SMTP');
      await verdict(page);
      if (await page.getByTestId('confirm-step-box').count() > 0 && !(await page.getByTestId('confirm-step-box').isChecked())) {
        await press(page, 'confirm-step-box', 'Space');
      }
      await page.waitForFunction(() => document.querySelector('[data-testid="step-smtp-auth"]')?.getAttribute('data-state') === 'done', undefined, { timeout: 30_000 });

      await nextByKeyboard(page, 'exchange-powershell', 'Exchange PowerShell');
      await nextByKeyboard(page, 'wait-test', 'Warten und testen');
      await press(page, 'wait-start');
      await page.getByTestId('wait-go-finish').waitFor({ timeout: 60_000 });
      assert.equal(await page.getByTestId('wait-outcome').getAttribute('data-reason'), 'passed');
      await press(page, 'wait-go-finish');
      await page.getByTestId('page-finish').waitFor();

      // The finish page lists the file as left to do; its button leads to the export with the values found.
      await tabTo(page, 'left-export');
      await page.keyboard.press('Enter');
      await page.getByTestId('page-export').waitFor();
      await press(page, 'export-save');
      const file = path.join(dialogs.dir, 'inventory360-mail-settings.json');
      assert.equal(await textWhen(page.getByTestId('export-saved'), `Gespeichert: ${file}`, 15_000), `Gespeichert: ${file}`);
      const parsed = parseConfig(readFileSync(file, 'utf8'));
      assert.ok(parsed.ok);
      assert.equal(parsed.value.data['senderMailbox'], 'notifications@contoso.example');
      assert.match(String(parsed.value.data['enterpriseAppObjectId']), /^[0-9a-f-]{36}$/);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('repairs an expired ETRON client secret in English: the instance typed, the new secret created, copied and confirmed by keyboard', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page, external } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await startDemoByKeyboard(page, 'secret-expired', 'The sandbox tenant is running.');
      await press(page, 'welcome-start');
      await page.getByTestId('page-profile').waitFor();
      // A radio group is one Tab stop; the arrow keys move the choice within it.
      await tabTo(page, 'profile-inventory360');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByTestId('profile-etron').locator('input').isChecked(), true);
      await nextByKeyboard(page, 'sign-in', 'Sign in');
      await signInByKeyboard(app);

      await nextByKeyboard(page, 'app-registration', 'App registration');
      await tabTo(page, 'path-instance');
      await page.keyboard.type('contoso');
      // Each key press may start a check of the instance typed so far; the last one decides.
      await page.waitForFunction(() => document.querySelector('[data-testid="verify"]')?.getAttribute('data-state') === 'done', undefined, { timeout: 30_000 });
      assert.equal(await page.getByTestId('value-redirect-uri-value').textContent(), 'https://contoso.wawi.onretail.eu/microsoft_outlook/confirm');
      await nextByKeyboard(page, 'users-groups', 'Users and groups');
      await nextByKeyboard(page, 'client-id', 'Client ID');
      await nextByKeyboard(page, 'client-secret', 'Client secret');
      assert.equal(await verdict(page), 'failed');

      const fix = 'fix-etron.client-secret';
      await press(page, `${fix}-button`);
      const consentAt = external.urls.length;
      await press(page, `${fix}-yes`);
      // Microsoft's page asks once for the assistant's write permission (filled by the helper, as above).
      await acceptWritePermission(await external.nth(consentAt));
      await page.bringToFront();
      await page.getByTestId(`${fix}-secret`).waitFor({ timeout: 15_000 });
      const secret = await page.getByTestId(`${fix}-secret-value`).inputValue();
      assert.ok(secret.length >= 30, 'the whole new secret is shown');
      await press(page, `${fix}-secret-copy`);
      assert.equal(await textWhen(page.getByTestId(`${fix}-secret-copy-status`), 'Copied.'), 'Copied.');
      await press(page, `${fix}-secret-done`);
      await page.getByTestId(`${fix}-secret`).waitFor({ state: 'detached' });
      await press(page, 'verify-run');
      await page.waitForFunction(() => document.querySelector('[data-testid="step-client-secret"]')?.getAttribute('data-state') === 'done', undefined, { timeout: 30_000 });
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
