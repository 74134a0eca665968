/**
 * Headless Chromium for sign-in tests. It trusts the sandbox's server certificate by pinning its
 * public key (`--ignore-certificate-errors-spki-list`, exactly that key, nothing else) — TLS
 * verification stays on for every other certificate.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningSandbox } from '../../helpers/sandbox.js';

/** base64 SHA-256 of the certificate's SubjectPublicKeyInfo (the pin Chromium expects). */
export function spkiPin(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** Launches Chromium trusting the sandbox's TLS key. */
export function launchChromium(sb: RunningSandbox): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--ignore-certificate-errors-spki-list=${spkiPin(sb.context.tls.certPem)}`,
    ],
  });
}

/** What the browser ends on: our loopback page (success/error) or the device result page. */
const DONE = 'body[data-outcome], #deviceResult';

/**
 * The admin's second visit to the demo tenant's sign-in page, when the assistant asks for a write
 * permission ("Do it for me"): sign in, tick "consent on behalf of your organization", accept,
 * and wait for the page that tells the outcome.
 */
export async function acceptWritePermission(page: Page, username = 'admin@contoso.example', password = 'Sandbox-Admin-1'): Promise<void> {
  await page.locator('#i0116').fill(username);
  await page.locator('#i0118').fill(password);
  await page.locator('#idSIButton9').click();
  await page.waitForSelector('#consentForm');
  await page.locator('#consentOrg').check();
  await page.locator('#consentForm #idSIButton9').click();
  await page.waitForSelector('body[data-outcome]');
}

/**
 * Signs in on the sandbox sign-in page and, when Entra asks, accepts (for the organization) or
 * cancels the consent page. Resolves when the browser shows the final page.
 */
export async function completeSandboxSignIn(page: Page, username: string, password: string, consent: 'accept' | 'cancel' = 'accept'): Promise<void> {
  await page.locator('#i0116').fill(username);
  await page.locator('#i0118').fill(password);
  await page.locator('#idSIButton9').click();
  await page.waitForSelector(`#consentForm, ${DONE}`);
  if (await page.locator('#consentForm').count() > 0) {
    if (consent === 'cancel') {
      await page.locator('#consentForm #idBtn_Back').click();
    } else {
      const orgBox = page.locator('#consentOrg');
      if (await orgBox.count() > 0) await orgBox.check();
      await page.locator('#consentForm #idSIButton9').click();
    }
    await page.waitForSelector(DONE);
  }
}
