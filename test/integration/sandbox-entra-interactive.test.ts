import assert from 'node:assert/strict';
import { X509Certificate, createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfidentialClientApplication, InteractionRequiredAuthError, PublicClientApplication } from '@azure/msal-node';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { jwtClaims, msalConfig } from './sandbox-entra-helpers.js';

const SMTP_SEND = 'https://outlook.office.com/SMTP.Send';
const IMAP = 'https://outlook.office.com/IMAP.AccessAsUser.All';

/**
 * Chromium trusts the sandbox by pinning the public key of THIS start's server certificate
 * (--ignore-certificate-errors-spki-list): any other certificate is still refused, so this is
 * certificate pinning, not switching verification off. Intercepting with a Playwright route
 * would instead replace the browser's own redirects and form posts, which are what we test.
 */
function spkiPin(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

async function signIn(page: Page, user: string, password: string): Promise<void> {
  await page.fill('#i0116', user);
  await page.fill('#i0118', password);
  await page.click('#idSIButton9');
}

describe('sandbox Entra: interactive sign-in in a real browser', () => {
  let sb: RunningSandbox;
  let browser: Browser;
  before(async () => {
    sb = await sandbox();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', `--ignore-certificate-errors-spki-list=${spkiPin(sb.context.tls.certPem)}`],
    });
  });
  after(async () => {
    await browser?.close();
    await sb?.close();
  });

  it('MSAL acquireTokenInteractive: sign-in page, consent page, form_post back to the loopback, SMTP.Send token', async () => {
    const page = await browser.newPage();
    const pca = new PublicClientApplication(msalConfig(sb, SANDBOX_IDS.publisherAssistantAppId, 'organizations'));
    let openedUrl = '';
    // A failing browser step must fail the test at once, not leave MSAL waiting for the loopback.
    let failBrowserStep: (e: unknown) => void = () => undefined;
    const browserStepFailed = new Promise<never>((_, reject) => { failBrowserStep = reject; });
    const result = await Promise.race([browserStepFailed, pca.acquireTokenInteractive({
      scopes: [SMTP_SEND],
      openBrowser: async (url) => {
        openedUrl = url;
        void (async () => {
          await page.goto(url);
          await signIn(page, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1');
          await page.waitForSelector('#consentForm', { timeout: 10_000 });
          assert.match(await page.textContent('ul.perms') ?? '', /SMTP\.Send/);
          await page.click('#idSIButton9');
        })().catch(failBrowserStep);
      },
    })]);
    assert.equal(new URL(openedUrl).searchParams.get('response_mode'), 'form_post');
    const claims = jwtClaims(result.accessToken);
    assert.equal(claims.aud, 'https://outlook.office.com');
    assert.ok(claims.scp.split(' ').includes('SMTP.Send'));
    assert.equal(claims.upn, SANDBOX_NAMES.mailbox);
    assert.equal(claims.appid, SANDBOX_IDS.publisherAssistantAppId);
    assert.equal(claims.appidacr, '0');
    assert.equal(result.account?.username, SANDBOX_NAMES.mailbox);
    assert.equal(result.account?.homeAccountId, `${SANDBOX_IDS.mailboxUserId}.${sb.info.tenantId}`);
    const id = result.idTokenClaims as Record<string, unknown>;
    assert.equal(id.aud, SANDBOX_IDS.publisherAssistantAppId);
    assert.equal(id.iss, `${sb.info.authority}/v2.0`);
    assert.equal(id.ver, '2.0');
    assert.equal(id.nonce, undefined);
    // The consent was recorded as the user's own grant on Exchange Online.
    const grant = sb.context.state.current().oauth2PermissionGrants.find((g) =>
      g.clientId === SANDBOX_IDS.publisherAssistantSpId && g.principalId === SANDBOX_IDS.mailboxUserId && g.resourceId === SANDBOX_IDS.exchangeSpId);
    assert.equal(grant?.consentType, 'Principal');
    assert.equal(grant?.scope, 'SMTP.Send');

    // The refresh token renews silently; a permission never consented needs interaction (AADSTS65001).
    const renewed = await pca.acquireTokenSilent({ account: result.account!, scopes: [SMTP_SEND], forceRefresh: true });
    assert.notEqual(renewed.accessToken, result.accessToken);
    await assert.rejects(pca.acquireTokenSilent({ account: result.account!, scopes: [IMAP], forceRefresh: true }), (e: any) => {
      assert.ok(e instanceof InteractionRequiredAuthError);
      assert.equal(e.subError, 'consent_required');
      assert.match(e.errorMessage, /AADSTS65001: The user or administrator has not consented to use the application with ID 'e5000000-0000-4000-8000-0000000a55a1' named 'M365 Mail Setup Assistant'\. Send an interactive authorization request for this user and resource\./);
      return true;
    });
    await page.close();
  });

  it('a wrong password stays on the sign-in page with AADSTS50126', async () => {
    const page = await browser.newPage();
    const url = `${sb.info.authority}/oauth2/v2.0/authorize?client_id=${SANDBOX_IDS.publisherAssistantAppId}&response_type=code&redirect_uri=${encodeURIComponent('http://localhost:1234')}&scope=${encodeURIComponent(SMTP_SEND)}`;
    await page.goto(url);
    await signIn(page, SANDBOX_NAMES.mailbox, 'not-the-password');
    assert.equal(await page.textContent('#usernameError'), "Your account or password is incorrect. If you don't remember your password, reset it now.");
    assert.equal(await page.getAttribute('[data-aadsts]', 'data-aadsts'), '50126');
    await page.close();
  });

  it('redirect-mismatch: ETRON\'s redirect URI is not registered → AADSTS50011 on Entra\'s page, no redirect', async () => {
    sb.context.state.reset(['redirect-mismatch']);
    const base = msalConfig(sb, SANDBOX_IDS.etronAppId, 'organizations');
    const cca = new ConfidentialClientApplication({ ...base, auth: { ...base.auth, clientSecret: sb.info.apps.etron.clientSecret } });
    const url = await cca.getAuthCodeUrl({ redirectUri: SANDBOX_NAMES.etronRedirectUri, scopes: ['offline_access', IMAP, SMTP_SEND] });
    const page = await browser.newPage();
    await page.goto(url);
    assert.equal(new URL(page.url()).origin, new URL(sb.info.authority).origin);
    assert.equal(await page.textContent('#errorMessage'),
      `AADSTS50011: The redirect URI '${SANDBOX_NAMES.etronRedirectUri}' specified in the request does not match the redirect URIs configured for the application '${SANDBOX_IDS.etronAppId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`);
    await page.close();
  });

  it('user-not-assigned: ETRON requires assignment → AADSTS50105 after sign-in', async () => {
    sb.context.state.reset(['user-not-assigned']);
    const base = msalConfig(sb, SANDBOX_IDS.etronAppId, 'organizations');
    const cca = new ConfidentialClientApplication({ ...base, auth: { ...base.auth, clientSecret: sb.info.apps.etron.clientSecret } });
    const url = await cca.getAuthCodeUrl({ redirectUri: SANDBOX_NAMES.etronRedirectUri, scopes: ['offline_access', IMAP, SMTP_SEND] });
    const page = await browser.newPage();
    await page.goto(url);
    await signIn(page, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1');
    assert.equal(await page.textContent('#errorMessage'),
      `AADSTS50105: Your administrator has configured the application ETRON onRetail ('${SANDBOX_IDS.etronAppId}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user '${SANDBOX_NAMES.mailbox}' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator. Please contact your administrator to assign access to this application.`);
    await page.close();
  });
});
