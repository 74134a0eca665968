// Screenshots of the wizard path (not part of the repo): npx tsx /work/wt/shots/wizard/shoot.ts <profile> <lang> <scheme> [scenario]
import { launchChromium, openAssistant, serveDirectory } from './test/helpers/browser.js';
import { chooseAndSignIn, startDemoFromWelcome } from './test/helpers/path.js';

const [profile = 'inventory360', lang = 'de', scheme = 'light', scenario = 'healthy'] = process.argv.slice(2);
const out = '/work/wt/shots/review';
const browser = await launchChromium();
const server = await serveDirectory();
const app = await openAssistant(browser, server.pageUrl, { locale: lang === 'de' ? 'de-DE' : 'en-US' });
const { page } = app;
try {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
  const shot = async (name: string) => {
    await page.waitForTimeout(400);
    // The page scrolls inside <main>: make main as tall as its content for a full shot.
    await page.addStyleTag({ content: '' }).catch(() => undefined);
    await page.evaluate(() => { const m = document.getElementById('main')!; const app = document.querySelector('.app') as HTMLElement; app.style.height = 'auto'; m.style.overflow = 'visible'; });
    await page.screenshot({ path: `${out}/${profile}-${scenario}-${lang}-${scheme}-${name}.png`, fullPage: true });
    await page.evaluate(() => { const m = document.getElementById('main')!; const app = document.querySelector('.app') as HTMLElement; app.style.height = ''; m.style.overflow = ''; });
  };
  await shot('01-welcome');
  await startDemoFromWelcome(page, scenario, lang === 'de' ? 'Der Sandbox-Mandant läuft.' : 'The sandbox tenant is running.').catch(async (e) => { await shot('error'); throw e; });
  await chooseAndSignIn(app, profile as 'inventory360');
  await shot('02-sign-in');
  let n = 3;
  for (;;) {
    const nextButton = page.getByTestId('step-next');
    if (await nextButton.count() === 0 || n > 20) break;
    await nextButton.click();
    await page.waitForTimeout(300);
    const stepId = (await page.locator('.page[data-testid]').first().getAttribute('data-testid', { timeout: 5000 }))?.slice(5);
    if (stepId === 'app-registration') await page.getByTestId('path-instance').fill('contoso');
    if (stepId === 'generic-app') await page.getByTestId('path-generic-app-id').fill('e5000000-0000-4000-8000-00000000a001');
    if (await page.getByTestId('confirm-step-box').count() > 0) await page.getByTestId('confirm-step-box').check().catch(() => undefined);
    if (await page.getByTestId('verify').count() > 0) {
      await page.getByTestId('verify-verdict').waitFor({ timeout: 30_000 }).catch(() => undefined);
    }
    const step = (await page.locator('.page[data-testid]').first().getAttribute('data-testid', { timeout: 5000 }))?.slice(5) ?? 'x';
    await shot(`${String(n++).padStart(2, '0')}-${step}`);
  }
  console.log('errors', app.pageErrors);
} catch (e) {
  console.log('FAILED', String(e).slice(0, 300), app.pageErrors);
  await page.screenshot({ path: `${out}/error.png` });
} finally {
  await app.close();
  await browser.close();
  await server.close();
}
