import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SignInSession } from '../../electron/core/auth/auth-session.js';
import { ASSISTANT_CLIENT_ID_DEFAULT } from '../../electron/core/auth/client-id.js';
import { scopesForSteps } from '../../electron/core/auth/consent-steps.js';
import { cloudProfile, type CloudProfile } from '../../electron/core/clouds.js';
import { GraphClient } from '../../electron/core/graph/graph-client.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { completeSandboxSignIn, launchChromium } from './support/chromium.js';

function connectError(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => { socket.destroy(); resolve('connected'); });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

const portOf = (redirectUri: string): number => Number(new URL(redirectUri).port);

describe('interactive sign-in (authorization code + PKCE, our loopback)', () => {
  let sb: RunningSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let profile: CloudProfile;
  let caPem: string;

  before(async () => {
    sb = await sandbox();
    browser = await launchChromium(sb);
    context = await browser.newContext();
    profile = cloudProfile('sandbox', sb.info);
    caPem = readFileSync(sb.info.caCertPath, 'utf8');
  });
  after(async () => {
    await browser?.close();
    await sb?.close();
  });

  const session = (openBrowser: (url: string) => Promise<void>, timeoutMs?: number) => new SignInSession({
    profile, clientId: ASSISTANT_CLIENT_ID_DEFAULT, tenant: 'organizations', caPem, language: 'en', openBrowser,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

  it('signs the admin in through Chromium and hands out display data only; tokens reach Graph', async () => {
    let page: Page | undefined;
    let port = 0;
    let authorizeUrl = '';
    const s = session(async (url) => {
      authorizeUrl = url;
      page = await context.newPage();
      await page.goto(url);
      await completeSandboxSignIn(page, 'admin@contoso.example', 'Sandbox-Admin-1');
    });
    const signedIn = await s.signInInteractive({ steps: ['read-tenant', 'read-apps'], onListening: (uri) => { port = portOf(uri); } });
    assert.deepEqual(signedIn, {
      ok: true,
      value: {
        name: 'Sandbox Admin',
        username: 'admin@contoso.example',
        tenantId: sb.info.tenantId,
        homeAccountId: `a1000000-0000-4000-8000-000000000001.${sb.info.tenantId}`,
      },
    });
    assert.doesNotMatch(JSON.stringify(signedIn), /eyJ/);
    // The Entra pages follow the app's language (the sandbox's page-language.ts reads ui_locales).
    assert.equal(new URL(authorizeUrl).searchParams.get('ui_locales'), 'en');
    assert.equal(await page!.locator('h1').textContent(), 'Sign-in complete');
    assert.equal(await connectError(port), 'ECONNREFUSED');

    // The token goes to the Graph client only, silently for a consented step.
    const graph = new GraphClient({ graphEndpoint: profile.graphEndpoint, caPem, getToken: s.graphTokenSource() });
    const org = await graph.get<{ value: { displayName: string }[] }>('organization?$select=id,displayName', { step: 'read-tenant' });
    assert.equal(org.ok && org.value.value[0]?.displayName, 'Contoso Sandbox');
    const sp = await graph.get<{ value: { id: string }[] }>(`servicePrincipals?$filter=appId eq '15dd278a-3da9-4654-9edd-568380df74d0'&$select=id`, { step: 'read-apps' });
    assert.equal(sp.ok && sp.value.value[0]?.id, 'c3000000-0000-4000-8000-000000000360');
    graph.close();
    await page!.close();
  });

  it('incremental consent: a consented step is silent; a new one asks in the browser only when allowed', async () => {
    let opened = 0;
    const s = session(async (url) => {
      opened++;
      const page = await context.newPage();
      await page.goto(url);
      await completeSandboxSignIn(page, 'admin@contoso.example', 'Sandbox-Admin-1');
      await page.close();
    });
    assert.equal((await s.signInInteractive({ steps: ['read-tenant'] })).ok, true);
    assert.equal(opened, 1);
    // Application.Read.All was consented for the organization in the first test: no browser.
    const apps = await s.getAccessToken(scopesForSteps(profile, ['read-apps']));
    assert.equal(apps.ok, true);
    assert.equal(opened, 1);
    // Policy.Read.All was never consented: Entra answers AADSTS65001 to the silent request.
    const policyScopes = scopesForSteps(profile, ['read-security-defaults']);
    const noUi = await s.getAccessToken(policyScopes, { interactive: false });
    assert.equal(!noUi.ok && noUi.error.code, 'consent_missing');
    assert.match(!noUi.ok ? noUi.error.detail ?? '' : '', /^AADSTS65001: /);
    assert.equal(opened, 1);
    const graph = new GraphClient({ graphEndpoint: profile.graphEndpoint, caPem, getToken: s.graphTokenSource() });
    const policy = await graph.get<{ isEnabled: boolean }>('policies/identitySecurityDefaultsEnforcementPolicy', { step: 'read-security-defaults' });
    assert.equal(policy.ok && policy.value.isEnabled, false);
    assert.equal(opened, 2);
    graph.close();
  });

  it('shows Entra\'s AADSTS error on our page when the admin cancels consent', async () => {
    let page: Page | undefined;
    let port = 0;
    const s = session(async (url) => {
      page = await context.newPage();
      await page.goto(url);
      await completeSandboxSignIn(page, 'admin@contoso.example', 'Sandbox-Admin-1', 'cancel');
    });
    const result = await s.signInInteractive({ steps: ['read-tenant'], prompt: 'consent', onListening: (uri) => { port = portOf(uri); } });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'user_cancelled_or_consent_declined');
    assert.match(!result.ok ? result.error.detail ?? '' : '', /^AADSTS65004: /);
    assert.equal(await page!.locator('h1').textContent(), 'Sign-in failed');
    assert.equal(await page!.locator('#error').textContent(), 'access_denied');
    assert.equal(await page!.locator('#aadsts').textContent(), 'AADSTS65004');
    assert.match(await page!.locator('#description').textContent() ?? '', /^AADSTS65004: /);
    assert.equal(s.currentAccount(), null);
    assert.equal(await connectError(port), 'ECONNREFUSED');
    await page!.close();
  });

  it('times out when the browser never completes, and the loopback port is closed', async () => {
    let port = 0;
    const s = session(async () => undefined, 300);
    const result = await s.signInInteractive({ onListening: (uri) => { port = portOf(uri); } });
    assert.deepEqual(result, { ok: false, error: { code: 'timeout', message: 'no sign-in reply within 300 ms' } });
    assert.notEqual(port, 0);
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('is cancelled through the AbortSignal, and the loopback port is closed', async () => {
    let port = 0;
    const controller = new AbortController();
    const s = session(async () => { setTimeout(() => controller.abort(), 50); });
    const result = await s.signInInteractive({ signal: controller.signal, onListening: (uri) => { port = portOf(uri); } });
    assert.deepEqual(result, { ok: false, error: { code: 'cancelled', message: 'the sign-in was cancelled' } });
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('signs in with a device code entered on the device login page', async () => {
    const page = await context.newPage();
    const s = session(async () => undefined);
    let prompt: { userCode: string; verificationUri: string; message: string } | undefined;
    const result = await s.signInWithDeviceCode({
      steps: ['read-tenant'],
      onPrompt: (p) => {
        prompt = p;
        void (async () => {
          await page.goto(p.verificationUri);
          await page.locator('#otc').fill(p.userCode);
          await page.locator('#idSIButton9').click();
          await completeSandboxSignIn(page, 'admin@contoso.example', 'Sandbox-Admin-1');
        })();
      },
    });
    assert.equal(prompt?.verificationUri, `${new URL(sb.info.authority).origin}/devicelogin`);
    assert.equal(prompt?.message, `To sign in, use a web browser to open the page ${prompt?.verificationUri} and enter the code ${prompt?.userCode} to authenticate.`);
    assert.deepEqual(result.ok ? result.value.username : result.error, 'admin@contoso.example');
    assert.match(await page.locator('#deviceResult').textContent() ?? '', /^You have signed in to the Microsoft Graph Command Line Tools application/);
    await page.close();
  });

  it('cancels a device code sign-in at once', async () => {
    const controller = new AbortController();
    const s = session(async () => undefined);
    const started = Date.now();
    const result = await s.signInWithDeviceCode({ onPrompt: () => controller.abort(), signal: controller.signal });
    assert.deepEqual(result, { ok: false, error: { code: 'cancelled', message: 'the sign-in was cancelled' } });
    assert.ok(Date.now() - started < 2_000);
  });
});
