/**
 * The Authenticated SMTP page's live verdict against the demo tenant, for the Other application
 * (app-only, the demo app — the check logs on as it): with `smtp-auth-disabled-mailbox` Exchange
 * refuses AUTH with 535 5.7.139, the page says "still off" (the reply only in the folded technical
 * details) and the step is not green, whatever the admin ticks; "check again" runs the check once
 * more; a healthy tenant turns the step green by the probe alone. German and English, 1024 px.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useAssistantBrowser, type AssistantPage } from '../helpers/browser.js';
import { assertAccessible, assertNoHorizontalOverflow, chooseAndSignIn, englishLines, enterGenericApp, startDemoFromWelcome } from '../helpers/path.js';

const SHOTS = process.env['LIVEPROBE_SHOTS'];

/** Product → sign-in → the app's ID (checked) → Authenticated SMTP through the step list. */
async function toSmtpAuth(app: AssistantPage, scenario: string, running: string, title: string): Promise<Page> {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await startDemoFromWelcome(page, scenario, running);
  await chooseAndSignIn(app, 'generic');
  await enterGenericApp(page, title);
  await page.getByTestId('step-smtp-auth').click();
  await page.getByTestId('page-smtp-auth').waitFor();
  return page;
}

async function probeState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="smtp-probe"][data-state="${state}"]`).waitFor({ timeout: 30_000 });
}

describe('Authenticated SMTP, proven by the SMTP logon', () => {
  const env = useAssistantBrowser();

  for (const [locale, words] of [
    ['de-DE', { running: 'Der Sandbox-Mandant läuft.', app: 'Ihre Anwendung', off: /^Authentifiziertes SMTP ist noch aus: Der Mailserver lehnt die Anmeldung ab \(5\.7\.139\)\./, on: 'Authentifiziertes SMTP ist eingeschaltet: Der Mailserver hat die Anmeldung angenommen.', again: 'Erneut prüfen' }],
    ['en-US', { running: 'The sandbox tenant is running.', app: 'Your application', off: /^Authenticated SMTP is still off: the mail server refuses the logon \(5\.7\.139\)\./, on: 'Authenticated SMTP is on: the mail server accepted the logon.', again: 'Check again' }],
  ] as const) {
    it(`${locale}: smtp-auth-disabled-mailbox says "still off" with 5.7.139 in the technical details, the step is not green; check again asks once more`, async () => {
      const app = await env.open({ locale });
      try {
        const page = await toSmtpAuth(app, 'smtp-auth-disabled-mailbox', words.running, words.app);
        await probeState(page, 'off');
        assert.match(await page.getByTestId('smtp-probe-verdict').textContent() ?? '', words.off);
        const details = page.getByTestId('smtp-probe-details');
        assert.equal(await details.getAttribute('data-technical'), 'true');
        assert.match(await details.textContent() ?? '', /535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\./);
        assert.equal(await page.getByTestId('step-smtp-auth').getAttribute('data-state'), 'failed');
        assert.equal(await page.getByTestId('confirm-step').count(), 0, 'no tick to override the probe');
        await assertNoHorizontalOverflow(page);
        await assertAccessible(page);
        if (locale === 'de-DE') assert.deepEqual(await englishLines(page), []);
        if (SHOTS) await page.getByTestId('smtp-probe').scrollIntoViewIfNeeded();
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/smtp-auth-off-${locale}.png`, fullPage: true });
        await page.getByTestId('smtp-probe-again').click();
        assert.equal(await page.getByTestId('smtp-probe-again').textContent(), words.again);
        await probeState(page, 'off');
        assert.equal(await page.getByTestId('step-smtp-auth').getAttribute('data-state'), 'failed');
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });

    it(`${locale}: a healthy tenant turns the step green by the probe alone`, async () => {
      const app = await env.open({ locale });
      try {
        const page = await toSmtpAuth(app, 'healthy', words.running, words.app);
        await probeState(page, 'on');
        assert.equal(await page.getByTestId('smtp-probe-verdict').textContent(), words.on);
        assert.equal(await page.getByTestId('step-smtp-auth').getAttribute('data-state'), 'done');
        await assertNoHorizontalOverflow(page);
        if (locale === 'de-DE') assert.deepEqual(await englishLines(page), []);
        if (SHOTS) await page.getByTestId('smtp-probe').scrollIntoViewIfNeeded();
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/smtp-auth-on-${locale}.png`, fullPage: true });
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });
  }
});
