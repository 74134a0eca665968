/**
 * "Wait and test" and the finish page in the browser, against the demo tenant: in English a
 * healthy tenant passes on the first try, the page says so (focus on the result), the support
 * report is saved as HTML and JSON, and the finish page lists what is done and left with the
 * product's test-mail steps and field map; in German a tenant without consent keeps failing, the
 * page shows the next try's time in German, the wait is stopped, and after a restart of the app
 * (a new window and main process over the same user-data folder) the interrupted wait is offered
 * again once the admin signs in; a damaged progress file gives one plain sentence.
 * SHOTS_DIR=<folder> also saves screenshots at 1024 px.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PROGRESS_FILE_NAME } from '../../electron/core/state/progress-store.js';
import type { HandlerServices } from '../../electron/ipc/handlers.js';
import { textWhen, useAssistantBrowser, type AssistantPage } from '../helpers/browser.js';
import { chooseProduct, tempDialogs } from '../helpers/wizard.js';
import { completeSandboxSignIn } from '../integration/support/chromium.js';

const SHOTS = process.env['SHOTS_DIR'];

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Starts the demo tenant from the welcome page with `scenario` and signs the admin in. */
async function demoSignedIn(app: AssistantPage, scenario: string, running: string, signedIn: string): Promise<void> {
  const { page, external } = app;
  // Demo mode is the welcome page's secondary link.
  if (await page.getByTestId('demo-scenario').count() === 0) await page.getByTestId('welcome-try-demo').click();
  await page.getByTestId('demo-scenario').selectOption(scenario);
  await page.getByTestId('demo-start').click();
  assert.equal(await textWhen(page.getByTestId('demo-status'), running, 30_000), running);
  await chooseProduct(page, 'inventory360');
  await page.getByTestId('step-sign-in').click();
  await page.getByTestId('signin-demo').click();
  await completeSandboxSignIn(await external.nth(0), 'admin@contoso.example', 'Sandbox-Admin-1');
  await page.bringToFront();
  assert.equal(await textWhen(page.getByTestId('signin-account'), signedIn, 15_000), signedIn);
}

/** The kept progress file once `ready` says it has caught up (saving is debounced). */
async function keptWhen(folder: string, ready: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    let text = '';
    try { text = readFileSync(path.join(folder, PROGRESS_FILE_NAME), 'utf8'); } catch { /* not written yet */ }
    if (ready(text) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('wait and test, finish, in the browser', () => {
  const env = useAssistantBrowser();

  it('passes on the first try in a healthy tenant, saves the support report, and shows the finish (English)', async () => {
    const dialogs = tempDialogs('wait-e2e-');
    const folder = mkdtempSync(path.join(tmpdir(), 'wait-progress-'));
    const services: HandlerServices = { ...dialogs.services, progressFolder: folder };
    const app = await env.open({ locale: 'en-US', services });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await demoSignedIn(app, 'healthy', 'The sandbox tenant is running.', 'Signed in as Sandbox Admin (admin@contoso.example)');

      await page.getByTestId('step-wait-test').click();
      assert.equal(await page.getByTestId('page-wait-test').locator('h2').textContent(), 'Wait and test');
      assert.equal(await page.getByTestId('wait-guidance').locator('p').textContent(),
        'Usually about 30 minutes, sometimes up to 24 hours. You may close the app: it remembers the test and continues after you sign in again.');
      await page.getByTestId('wait-start').click();
      const result = page.getByTestId('wait-result');
      await result.waitFor({ timeout: 30_000 });
      const passedEvent = app.events.map((e) => e.event).find((e) => e.kind === 'retest-progress' && e.progress.kind === 'done');
      assert.deepEqual(passedEvent && passedEvent.kind === 'retest-progress' && passedEvent.progress, { kind: 'done', attempt: 1, passed: true });
      assert.match((await result.textContent()) ?? '', /^It works: the check passed on try 1 at \d{2}:\d{2}:\d{2}\.$/);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'wait-result', 'focus moves to the result');
      assert.equal(await page.getByTestId('step-wait-test').getAttribute('class'), 'done');

      await page.getByTestId('report-save').click();
      const day = new Date().toISOString().slice(0, 10);
      const base = path.join(dialogs.dir, `support-report-inventory360-${day}`);
      const saved = `Saved: ${base}.html and ${base}.json`;
      assert.equal(await textWhen(page.getByTestId('report-saved'), saved), saved);
      assert.match(readFileSync(`${base}.html`, 'utf8'), /<html lang="en">/);
      assert.equal((JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { overall: string }).overall, 'pass');
      assert.ok(await noHorizontalOverflow(page));
      await shot(page, 'wait-test-en-passed');

      await page.getByTestId('wait-go-finish').click();
      assert.equal(await page.getByTestId('page-finish').locator('h2').textContent(), 'Finish');
      assert.deepEqual(await page.getByTestId('finish-done').locator('li').allTextContents(), [
        'Product chosen: Inventory360', 'Signed in as admin@contoso.example', 'Tenant checked: passed', 'Wait and test: passed',
      ]);
      assert.deepEqual(await page.getByTestId('finish-left').locator('li > span').allTextContents(), [
        'Save and run the Exchange PowerShell script', 'Save the settings file', 'Send a test mail from the product (below)',
      ]);
      assert.equal(await page.getByTestId('finish-test-mail').locator('h3').textContent(), 'Send a test mail from Inventory360');
      assert.equal(await page.getByTestId('finish-test-mail').locator('li').nth(1).textContent(),
        'Choose XOAuth2 (Modern Auth) as the authentication type, with the Microsoft 365 backend.');
      assert.equal(await page.getByTestId('finish-file-missing').textContent(), 'You have not saved the settings file yet.');
      assert.equal(await page.getByTestId('finish-fields').locator('tbody th').first().textContent(), 'authType');
      assert.ok(await noHorizontalOverflow(page));
      await shot(page, 'finish-en');

      // What was kept for the next start: no token, no password, no secret.
      const kept = await keptWhen(folder, (text) => text.includes('"step": "finish"'));
      const state = JSON.parse(kept) as { profile: string; mailbox: string; step: string; retest: { passedAt?: string } };
      assert.deepEqual([state.profile, state.mailbox, state.step, typeof state.retest.passedAt], ['inventory360', 'notifications@contoso.example', 'finish', 'string']);
      assert.doesNotMatch(kept, /eyJ|Sandbox-Admin-1|Bearer|secret/i);
      await page.getByTestId('left-export').getByRole('button', { name: 'Open: Save the settings file' }).click();
      await page.getByTestId('page-export').waitFor();
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('shows the next try in German, stops, and after a restart offers the interrupted wait once signed in again', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wait-progress-'));
    const services: HandlerServices = { progressFolder: folder };
    const first = await env.open({ locale: 'de-DE', services });
    let nextAt = '';
    let startedAt = '';
    try {
      const { page } = first;
      await page.setViewportSize({ width: 1024, height: 768 });
      await demoSignedIn(first, 'consent-missing', 'Der Sandbox-Mandant läuft.', 'Angemeldet als Sandbox Admin (admin@contoso.example)');
      await page.getByTestId('step-wait-test').click();
      assert.equal(await page.getByTestId('page-wait-test').locator('h2').textContent(), 'Warten und testen');
      await page.getByTestId('wait-start').click();
      const progress = page.getByTestId('wait-progress');
      await page.getByText('Nächster Versuch um').waitFor({ timeout: 30_000 });
      const waiting = first.events.map((e) => e.event).find((e) => e.kind === 'retest-progress' && e.progress.kind === 'waiting');
      assert.ok(waiting && waiting.kind === 'retest-progress' && waiting.progress.kind === 'waiting');
      nextAt = waiting.progress.nextAt;
      const tried = first.events.map((e) => e.event).find((e) => e.kind === 'retest-progress' && e.progress.kind === 'attempt-started');
      startedAt = tried && tried.kind === 'retest-progress' && tried.progress.kind === 'attempt-started' ? tried.progress.startedAt : '';
      // While it waits, the kept progress says so (for a restart).
      const waitingKept = JSON.parse(await keptWhen(folder, (text) => text.includes(nextAt))) as { retest?: { attempts: number; nextAt?: string } };
      assert.deepEqual(waitingKept.retest && [waitingKept.retest.attempts, waitingKept.retest.nextAt], [1, nextAt]);
      const time = new Intl.DateTimeFormat('de-DE', { timeStyle: 'medium' }).format(new Date(nextAt));
      assert.equal(await progress.textContent(), `Noch nicht erfolgreich (Versuch 1). Nächster Versuch um ${time}.`);
      assert.match((await page.getByTestId('wait-window').textContent()) ?? '', /^Der Assistent testet weiter bis \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\.$/);
      assert.ok(await noHorizontalOverflow(page));
      await shot(page, 'wait-test-de-waiting');
      await page.getByTestId('wait-cancel').click();
      assert.equal(await textWhen(page.getByTestId('wait-result'), 'Test beendet. Sie können ihn jederzeit neu starten.'),
        'Test beendet. Sie können ihn jederzeit neu starten.');
      // A wait the admin stopped is not offered again; the check's outcome is kept.
      const kept = JSON.parse(await keptWhen(folder, (text) => !text.includes('"retest"'))) as { retest?: unknown; lastCheck: { overall: string } };
      assert.deepEqual([kept.retest, kept.lastCheck.overall], [undefined, 'fail']);
      await page.getByTestId('step-finish').click();
      await page.getByTestId('finish-done').waitFor();
      assert.deepEqual(await page.getByTestId('finish-done').locator('li').allTextContents(), [
        'Produkt gewählt: Inventory360', 'Angemeldet als admin@contoso.example',
      ]);
      assert.equal(await page.getByTestId('left-check').locator('span').textContent(), 'Gefundene Probleme beheben');
      assert.equal(await page.getByTestId('finish-test-mail').locator('h3').textContent(), 'Testmail aus Inventory360 senden');
      assert.ok(await noHorizontalOverflow(page));
      await shot(page, 'finish-de');
      // ETRON: its settings pages, named as ETRON names them.
      await chooseProduct(page, 'etron');
      await page.getByTestId('step-finish').click();
      assert.equal(await page.getByTestId('finish-test-mail').locator('li').nth(2).textContent(),
        'Klicken Sie auf „Outlook-Konto verbinden“ und schließen Sie die Microsoft-Anmeldung ab; der Status zeigt „Outlook-Token gültig“.');
      assert.deepEqual((await page.getByTestId('finish-fields').locator('tbody th').allTextContents()).slice(0, 3), ['Client-ID', 'Client-Secret', 'Alias-Domain']);
      assert.equal(await page.getByTestId('left-script').count(), 0, 'ETRON needs no Exchange script');
      assert.equal(await page.getByTestId('left-check').locator('span').textContent(), 'Mandanten prüfen', 'the Inventory360 check does not count for ETRON');
      assert.ok(await noHorizontalOverflow(page));
      await shot(page, 'finish-de-etron');
    } finally {
      await first.close();
    }

    // "Restart" mid-wait: the file as the app keeps it while the first wait still waits.
    const file = path.join(folder, PROGRESS_FILE_NAME);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...saved, profile: 'inventory360', step: 'wait-test', retest: { startedAt, attempts: 1, nextAt } }));
    const second = await env.open({ locale: 'de-DE', services });
    try {
      const { page } = second;
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.getByTestId('page-wait-test').waitFor();
      const interrupted = page.getByTestId('wait-interrupted');
      assert.match((await interrupted.textContent()) ?? '',
        /^Beim Schließen der App lief ein Test \(begonnen \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}, 1 Versuch\)\. Setzen Sie ihn fort: Die 24 Stunden zählen ab seinem ersten Versuch\.$/);
      assert.equal(await page.getByTestId('wait-needs-sign-in').textContent(),
        'Melden Sie sich als Administrator an, um zu testen. Der Assistent speichert Ihre Anmeldung nie – nach einem Neustart melden Sie sich daher erneut an.');
      assert.equal(await page.getByTestId('nav-profile').textContent(), 'Inventory360');
      await shot(page, 'wait-test-de-after-restart');

      // Signed in again (the demo tenant, started anew and healthy by now), the wait continues in its own window: its second try.
      await page.getByTestId('step-welcome').click();
      await demoSignedIn(second, 'healthy', 'Der Sandbox-Mandant läuft.', 'Angemeldet als Sandbox Admin (admin@contoso.example)');
      await page.getByTestId('step-wait-test').click();
      assert.equal(await page.getByTestId('wait-start').textContent(), 'Test fortsetzen');
      await page.getByTestId('wait-start').click();
      await page.getByTestId('wait-result').waitFor({ timeout: 30_000 });
      assert.match((await page.getByTestId('wait-result').textContent()) ?? '', /^Es funktioniert: Die Prüfung war bei Versuch 2 um \d{2}:\d{2}:\d{2} erfolgreich\.$/);
      const resumed = second.events.map((e) => e.event).find((e) => e.kind === 'retest-progress' && e.progress.kind === 'attempt-started');
      assert.ok(resumed && resumed.kind === 'retest-progress' && resumed.progress.kind === 'attempt-started');
      assert.deepEqual([resumed.progress.startedAt, Date.parse(resumed.progress.windowEndsAt) - Date.parse(startedAt)], [startedAt, 24 * 3_600_000]);
      assert.equal(await page.getByTestId('wait-interrupted').count(), 0);
      assert.deepEqual(second.pageErrors, []);
    } finally {
      await second.close();
    }
  });

  it('ignores a damaged progress file with one plain sentence', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wait-progress-'));
    writeFileSync(path.join(folder, PROGRESS_FILE_NAME), '{"version":1,"savedAt":"2026-12-04T10:00:00Z","step":"fin');
    const app = await env.open({ locale: 'en-US', services: { progressFolder: folder } });
    try {
      const notice = 'The progress saved last time could not be read and was ignored. You start from the beginning.';
      assert.equal(await textWhen(app.page.getByTestId('progress-notice'), notice), notice);
      assert.equal(await app.page.getByTestId('page-welcome').count(), 1);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
