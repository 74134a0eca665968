/**
 * Steps the wizard-path browser tests repeat: start the demo tenant from the welcome page's
 * secondary link, choose the product, sign in on the demo tenant's page, and checks every page
 * must pass (focus on the heading, no horizontal overflow at 1024 px, no English sentence on a
 * German page outside "Technical details" — the rule of /work/shared/tools/english-lines.js).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { completeSandboxSignIn } from '../integration/support/chromium.js';
import type { AssistantBrowser, AssistantPage, OpenAssistantOptions } from './browser.js';
import { textWhen } from './browser.js';
import { englishLines as englishLinesOf } from './english-lines.js';

/** Starts the demo tenant with a scenario from the welcome page's "try it without your tenant" link. */
export async function startDemoFromWelcome(page: Page, scenario: string, running: string): Promise<void> {
  await page.getByTestId('welcome-try-demo').click();
  await page.getByTestId('demo-scenario').selectOption(scenario);
  await page.getByTestId('demo-start').click();
  assert.equal(await textWhen(page.getByTestId('demo-status'), running, 30_000), running);
}

/** Welcome → product → sign-in (demo tenant) → the mailbox prefilled; ends on the sign-in page. */
export async function chooseAndSignIn(app: AssistantPage, profile: 'inventory360' | 'etron' | 'generic'): Promise<void> {
  const { page, external } = app;
  await page.getByTestId('welcome-start').click();
  await page.getByTestId(`profile-${profile}`).click();
  await page.getByTestId('step-next').click();
  await page.getByTestId('page-sign-in').waitFor();
  const before = external.urls.length;
  await page.getByTestId('signin-demo').click();
  await completeSandboxSignIn(await external.nth(before), 'admin@contoso.example', 'Sandbox-Admin-1');
  await page.bringToFront();
  await page.getByTestId('signed-in-card').waitFor({ timeout: 15_000 });
}

/** What openSignedIn opens: the browser's language, the demo tenant's scenario and the product. */
export interface SignedInOptions extends OpenAssistantOptions {
  readonly locale: 'de-DE' | 'en-US';
  readonly scenario: string;
  readonly profile: 'inventory360' | 'etron' | 'generic';
}

/**
 * The prelude of every path test: opens the assistant at 1024 × 768, starts the demo tenant with
 * the scenario from the welcome page, chooses the product and signs in; ends on the sign-in page.
 * Closes the page again when the prelude fails (the caller closes it otherwise).
 */
export async function openSignedIn(env: AssistantBrowser, options: SignedInOptions): Promise<AssistantPage> {
  const { scenario, profile, ...open } = options;
  const app = await env.open(open);
  try {
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await startDemoFromWelcome(app.page, scenario, options.locale === 'de-DE' ? 'Der Sandbox-Mandant läuft.' : 'The sandbox tenant is running.');
    await chooseAndSignIn(app, profile);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** The demo tenant's "other application" (electron/sandbox: the generic app). */
export const GENERIC_APP_ID = 'e5000000-0000-4000-8000-00000000a001';

/** Next to "Your application", enter the demo app's ID there; the tenant's verdict is "done". */
export async function enterGenericApp(page: Page, title: string): Promise<void> {
  await next(page, 'generic-app', title);
  await page.getByTestId('path-generic-app-id').fill(GENERIC_APP_ID);
  assert.equal(await verdict(page), 'done');
}

/** What a page needs from the admin before its check can run. */
const PATH_INPUTS: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  'app-registration': (page) => page.getByTestId('path-instance').fill('contoso'),
  'generic-app': (page) => page.getByTestId('path-generic-app-id').fill(GENERIC_APP_ID),
};

/**
 * From the sign-in page of a healthy demo tenant to the finish page with Next: on every page the
 * heading takes the focus and names the document, the admin's input is typed, every
 * Graph-verified step turns green and is ticked (what Graph cannot show, the admin confirms);
 * then `onPage` holds the page to the caller's rules. Returns the steps in their order.
 */
export async function walkHealthyPath(page: Page, onPage: (step: string) => Promise<void>): Promise<string[]> {
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
    await PATH_INPUTS[step]?.(page);
    if (await page.getByTestId('verify').count() > 0) {
      assert.equal(await verdict(page), 'done', `${step}: the tenant's verdict`);
    }
    const confirm = page.getByTestId('confirm-step-box');
    if (await confirm.count() > 0 && !(await confirm.isChecked())) await confirm.check();
    if (await page.getByTestId('verify').count() > 0 || await confirm.count() > 0) {
      assert.equal(await page.getByTestId(`step-${step}`).getAttribute('data-state'), 'done', `${step}: ticked`);
    }
    await onPage(step);
    if (step === 'finish') return seen;
  }
}

/** Clicks Next and waits for the page; asserts focus went to its heading and the title names it. */
export async function next(page: Page, step: string, title: string): Promise<void> {
  await page.getByTestId('step-next').click();
  await page.getByTestId(`page-${step}`).waitFor({ timeout: 15_000 });
  await assertHeadingFocused(page, title);
}

/** The page heading has the focus and names the step; so does the document title. */
export async function assertHeadingFocused(page: Page, title: string): Promise<void> {
  const focused = await page.evaluate(() => ({ testId: document.activeElement?.getAttribute('data-testid'), text: document.activeElement?.textContent }));
  assert.deepEqual(focused, { testId: 'page-heading', text: title });
  assert.match(await page.title(), new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
}

/** Waits until the page's verification has a verdict and returns its state (done/failed/open). */
export async function verdict(page: Page, timeoutMs = 30_000): Promise<string> {
  const verify = page.getByTestId('verify');
  await verify.waitFor({ timeout: timeoutMs });
  await page.getByTestId('verify-verdict').waitFor({ timeout: timeoutMs });
  return (await verify.getAttribute('data-state')) ?? '';
}

/** No element is wider than the window (long URIs and IDs wrap). */
export async function assertNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const main = document.getElementById('main');
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 80));
    return { scroll: document.documentElement.scrollWidth > width || (main ? main.scrollWidth > main.clientWidth : false), wide: wide.slice(0, 5) };
  });
  assert.deepEqual(overflow, { scroll: false, wide: [] });
}

/** The lines of the visible page, outside "Technical details", that read as English sentences. */
export async function englishLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const e of clone.querySelectorAll('[data-technical="true"], script, style, textarea')) e.remove();
    document.body.append(clone);
    clone.style.position = 'absolute';
    const seen = clone.innerText;
    clone.remove();
    return seen;
  });
  return englishLinesOf(text);
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core finds no accessibility violation on the page as it is now (WCAG 2.0/2.1 A and AA and
 * axe's best practices). The script goes in through the DevTools protocol, which the page's CSP
 * does not govern — the product's CSP stays as strict as shipped.
 */
export async function assertAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // Colours are measured at rest: a button whose transition (disabled → enabled) is half done
    // has half its contrast.
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(violations, []);
}
