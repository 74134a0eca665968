/**
 * "Explain an error" in the browser: the pasted Exchange reply is decoded by the same handler
 * table Electron uses, and the page shows the catalogue's cause with its fix steps, the wait
 * advice, the evidence and the step that fixes it — in German and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { textFor } from '../../electron/core/diagnosis/catalogue.js';
import { textWhen, useAssistantBrowser } from '../helpers/browser.js';
import { chooseProduct } from '../helpers/wizard.js';

/** Waits until the cause at `rank` is `category` (the page re-renders after each decode). */
async function causeShows(page: Page, rank: number, category: string): Promise<void> {
  await page.locator(`[data-testid="cause-${rank}"][data-category="${category}"]`).waitFor();
}

const PASTED = 'SMTP ERROR: AUTH command failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.';

describe('explain an error in the browser', () => {
  const env = useAssistantBrowser();

  it('shows the German title and first fix step of smtp_auth_disabled_mailbox for the 535 5.7.139 reply', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-decode').click();
      // Nothing to explain yet: the field says it is required and takes the focus.
      await page.getByTestId('decode-explain').click();
      assert.equal(await page.getByTestId('decode-text-error').textContent(), 'Pflichtfeld.');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'decode-text');
      assert.equal(await page.getByTestId('decode-text').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByTestId('decode-text').getAttribute('aria-describedby'), 'decode-text-error');
      assert.equal(await page.getByTestId('decode-results').count(), 0);
      await page.getByLabel('Fehlermeldung').fill(PASTED);
      await page.getByTestId('decode-explain').click();

      const german = textFor('smtp_auth_disabled_mailbox', 'de', 'inventory360');
      assert.equal(await textWhen(page.getByTestId('cause-0-title'), german.title), 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
      assert.equal(await page.getByTestId('cause-0').getAttribute('data-category'), 'smtp_auth_disabled_mailbox');
      assert.deepEqual(await page.getByTestId('cause-0-fix').locator('li').allTextContents(), [...german.fix]);
      assert.equal(await page.getByTestId('cause-0-cause').textContent(), german.cause);
      assert.equal(await page.getByTestId('cause-0-wait').locator('p').textContent(), german.waitHint);
      assert.equal(await page.getByTestId('cause-0-evidence').textContent(),
        '…command failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.');
      assert.equal(await page.getByTestId('cause-0-step').textContent(), 'SMTP AUTH einschalten');

      // The language switch re-renders the same result in English, without decoding again.
      await page.getByTestId('language-en').click();
      const english = textFor('smtp_auth_disabled_mailbox', 'en', 'inventory360');
      assert.equal(await textWhen(page.getByTestId('cause-0-title'), english.title), english.title);
      assert.equal(await page.getByTestId('cause-0-fix').locator('li').first().textContent(), english.fix[0]);
      assert.equal(await page.getByTestId('cause-0-step').textContent(), 'Turn on SMTP AUTH');

      // The step that fixes it is one click away.
      await page.getByTestId('cause-0-go').click();
      await page.getByTestId('page-smtp-auth').waitFor();
      assert.equal(await page.getByTestId('step-smtp-auth').getAttribute('aria-current'), 'step');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('asks how the app signs in when a bare 535 5.7.3 leaves it open, and re-ranks by the answer (DE, then EN)', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.getByTestId('step-decode').click();
      await page.getByLabel('Fehlermeldung').fill('535 5.7.3 Authentication unsuccessful [FR3P281CA0094.DEUP281.PROD.OUTLOOK.COM]');
      await page.getByTestId('decode-explain').click();
      const ask = page.getByTestId('decode-ask');
      assert.equal(await textWhen(ask.locator('legend'), 'Eine Frage entscheidet über die Ursache'), 'Eine Frage entscheidet über die Ursache');
      assert.equal(await page.getByTestId('cause-0').getAttribute('data-category'), 'smtp_auth_failed_generic');
      assert.equal(await page.getByTestId('decode-ask-answered').count(), 0);

      await page.getByRole('radio', { name: /Als Anwendung selbst/ }).check();
      await page.getByTestId('decode-ask-answered').waitFor();
      await causeShows(page, 0, 'service_principal_missing_or_wrong_id');
      assert.equal(await page.getByTestId('decode-flow-app-only').getAttribute('class'), 'choice chosen');

      await page.getByTestId('language-en').click();
      await page.getByRole('radio', { name: /As a user/ }).check();
      await causeShows(page, 1, 'wrong_scope_or_resource');
      assert.equal(await page.getByTestId('decode-ask-answered').textContent(), 'The causes are ordered by your answer.');

      // A reply whose cause does not depend on the sign-in asks nothing (once the answer is cleared).
      await page.getByTestId('decode-clear').click();
      await page.getByTestId('decode-text').fill('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.');
      await page.getByTestId('decode-explain').click();
      await causeShows(page, 0, 'smtp_auth_disabled_mailbox');
      assert.equal(await ask.count(), 0);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('scrolls a new explanation into view: at 1024 × 768 the question and the first cause show without scrolling (DE)', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.getByTestId('step-decode').click();
      await page.getByLabel('Fehlermeldung').fill('535 5.7.3 Authentication unsuccessful [FR3P281CA0094.DEUP281.PROD.OUTLOOK.COM]');
      await page.getByTestId('decode-explain').click();
      await page.getByTestId('decode-ask').waitFor();
      const inView = async (testId: string): Promise<boolean> => {
        const box = await page.getByTestId(testId).boundingBox();
        return box !== null && box.y >= 0 && box.y + 40 <= 768;
      };
      assert.ok(await inView('decode-ask'), 'the question is in view');
      assert.ok(await inView('cause-0'), 'the first cause begins in view');

      // The same result in the other language stays where the admin scrolled it.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.getByTestId('language-en').click();
      await page.getByTestId('decode-ask').locator('legend').filter({ hasText: 'One question decides the cause' }).waitFor();
      assert.equal(await page.evaluate(() => window.scrollY), 0);
    } finally {
      await app.close();
    }
  });

  it('does not ask when the chosen product says how it signs in', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-decode').click();
      await page.getByTestId('decode-text').fill('535 5.7.3 Authentication unsuccessful');
      await page.getByTestId('decode-explain').click();
      await causeShows(page, 0, 'service_principal_missing_or_wrong_id');
      assert.equal(await page.getByTestId('decode-ask').count(), 0);
    } finally {
      await app.close();
    }
  });

  it('says when the message alone does not settle the cause, and leads to the check; a message that names its cause does not (DE, then EN)', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-decode').click();
      await page.getByTestId('decode-text').fill('535 5.7.3 Authentication unsuccessful [FR3P281CA0094.DEUP281.PROD.OUTLOOK.COM]');
      await page.getByTestId('decode-explain').click();
      await page.getByTestId('decode-undecided').filter({ hasText: 'Diese Meldung allein legt die Ursache nicht fest' }).waitFor();
      assert.equal(await page.getByTestId('decode-undecided').getByTestId('decode-to-check').textContent(), 'Zur Prüfung →');
      // The hint and the first cause's heading are in view together.
      const box = await page.getByTestId('cause-0').boundingBox();
      assert.ok(box !== null && box.y + 40 <= 768, `the first cause begins in view (${box?.y})`);
      await page.getByTestId('language-en').click();
      await page.getByTestId('decode-undecided').filter({ hasText: 'This message alone does not settle the cause' }).waitFor();
      assert.equal(await page.getByTestId('decode-to-check').textContent(), 'Go to the check →');

      // A message that names its cause says nothing of the kind.
      await page.getByTestId('decode-text').fill(PASTED);
      await page.getByTestId('decode-explain').click();
      await causeShows(page, 0, 'smtp_auth_disabled_mailbox');
      assert.equal(await page.getByTestId('decode-undecided').count(), 0);

      // The check is one click away.
      await page.getByTestId('decode-text').fill('535 5.7.3 Authentication unsuccessful');
      await page.getByTestId('decode-explain').click();
      await page.getByTestId('decode-to-check').click();
      await page.getByTestId('page-checks').waitFor();
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('a text with no known message gets guesses, and the first one says "best guess", not "most likely" (DE, then EN)', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await page.getByTestId('step-decode').click();
      await page.getByTestId('decode-text').fill('Zugriff verweigert');
      await page.getByTestId('decode-explain').click();
      assert.equal(await textWhen(page.getByTestId('cause-0-badge'), 'Beste Vermutung'), 'Beste Vermutung');
      assert.match(await page.getByTestId('decode-note').textContent() ?? '', /Vermutung/);
      // A guess leads to the check from its note.
      assert.equal(await page.getByTestId('decode-note').getByTestId('decode-to-check').textContent(), 'Zur Prüfung →');
      await page.getByTestId('language-en').click();
      assert.equal(await textWhen(page.getByTestId('cause-0-badge'), 'Best guess'), 'Best guess');

      // A known message keeps "most likely".
      await page.getByTestId('decode-text').fill('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.');
      await page.getByTestId('decode-explain').click();
      assert.equal(await textWhen(page.getByTestId('cause-0-badge'), 'Most likely'), 'Most likely');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });

  it('says when nothing is recognized and how to paste a better text', async () => {
    const app = await env.open({ locale: 'en-US' });
    try {
      const { page } = app;
      await page.getByTestId('step-decode').click();
      await page.getByTestId('decode-text').fill('The printer is out of paper.');
      await page.getByTestId('decode-explain').click();
      const hint = 'No known Microsoft 365 error was found in this text. Paste the complete error message including its code (for example "535 5.7.3" or "AADSTS7000215"), or run the check.';
      assert.equal(await textWhen(page.getByTestId('decode-nothing').locator('p'), hint), hint);
      assert.equal(await page.getByTestId('cause-0').count(), 0);

      await page.getByTestId('decode-clear').click();
      assert.equal(await page.getByTestId('decode-text').inputValue(), '');
      assert.equal(await page.getByTestId('decode-results').count(), 0);
    } finally {
      await app.close();
    }
  });

  it('explains a pasted log of megabytes: the error at its end is found, and the page says only the beginning and end were read (DE)', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      await chooseProduct(page, 'inventory360');
      await page.getByTestId('step-decode').click();
      // A log past the request's bound (MAX_PASTE_CHARS), put in as one paste would (Playwright's typing of megabytes takes minutes).
      const log = `${'2026-12-06 12:00:00 INFO heartbeat ok\n'.repeat(110_000)}${PASTED}`;
      await page.getByTestId('decode-text').evaluate((element: HTMLTextAreaElement, text: string) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, text);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }, log);
      await page.getByTestId('decode-explain').click();
      await causeShows(page, 0, 'smtp_auth_disabled_mailbox');
      assert.equal(await page.getByTestId('decode-note').textContent(), 'Der Text war sehr lang; gelesen wurden nur sein Anfang und sein Ende (200.000 Zeichen).');
      assert.equal(await page.getByTestId('decode-error').count(), 0);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
