/**
 * The sign-in and tenant-check operations as the renderer sees them: malformed requests are
 * refused naming the field; without a sign-in nothing runs; the demo tenant's sign-in goes
 * through its real sign-in page (openExternal), the check of the signed-in tenant reports
 * progress as events and explains what it found, and no answer or event ever carries a token.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssistantEvent } from '../../electron/ipc/contract.js';
import { createHandlers } from '../../electron/ipc/handlers.js';
import type { SandboxTrust } from '../../electron/ipc/ops/open-external.js';
import { formSignIn } from '../helpers/form-sign-in.js';

const TENANT_ID = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const ADMIN = { username: 'admin@contoso.example', password: 'Sandbox-Admin-1' };

describe('sign-in and tenant-check operations', () => {
  it('refuse malformed requests with invalid_input naming the field', async () => {
    const handlers = createHandlers();
    const cases: ReadonlyArray<readonly [string, unknown, string, string]> = [
      ['signIn', {}, 'cloud', '"cloud" must be one of: global, usgov-gcchigh, usgov-dod, china, sandbox.'],
      ['signIn', { cloud: 'mars', mode: 'browser' }, 'cloud', '"cloud" must be one of: global, usgov-gcchigh, usgov-dod, china, sandbox.'],
      ['signIn', { cloud: 'global' }, 'mode', '"mode" must be one of: browser, device-code.'],
      ['signIn', { cloud: 'global', mode: 'browser', tenant: 42 }, 'tenant', '"tenant" must be text.'],
      ['signIn', { cloud: 'global', mode: 'browser', tenant: 'contoso' }, 'tenant', '"tenant" must be a domain such as contoso.onmicrosoft.com or a tenant ID.'],
      ['signIn', { cloud: 'global', mode: 'browser', tenant: 'a b.example' }, 'tenant', '"tenant" must be a domain such as contoso.onmicrosoft.com or a tenant ID.'],
      ['signIn', { cloud: 'global', mode: 'browser', clientId: 'my-app' }, 'clientId', '"clientId" must be a GUID.'],
      ['signIn', { cloud: 'global', mode: 'browser', password: 'x' }, 'password', 'Unknown field "password".'],
      ['signIn', { cloud: 'global', mode: 'browser', language: 'fr' }, 'language', '"language" must be one of: de, en.'],
      ['cancelSignIn', { now: true }, 'now', 'Unknown field "now".'],
      ['getAccount', { token: true }, 'token', 'Unknown field "token".'],
      ['runTenantCheck', { profile: 'inventory360' }, 'mailbox', '"mailbox" must be text.'],
      ['runTenantCheck', { profile: 'inventory360', mailbox: 'notifications' }, 'mailbox', '"mailbox" must be a mail address.'],
      ['runTenantCheck', { profile: 'outlook', mailbox: 'a@b.example' }, 'profile', '"profile" must be one of: inventory360, etron, generic.'],
      ['runTenantCheck', { profile: 'inventory360', mailbox: 'a@b.example', sender: 'info' }, 'sender', '"sender" must be a mail address.'],
      ['runTenantCheck', { profile: 'inventory360', mailbox: 'a@b.example', clientSecret: 's3cret' }, 'clientSecret', 'Unknown field "clientSecret".'],
      ['runTenantCheck', { profile: 'etron', mailbox: 'a@b.example' }, 'etron.instance', '"etron.instance" is needed for ETRON onRetail.'],
      ['runTenantCheck', { profile: 'etron', mailbox: 'a@b.example', etron: { instance: 'https://contoso.wawi.onretail.eu' } }, 'etron.instance', '"etron.instance" must be the first part of <instance>.wawi.onretail.eu.'],
      ['runTenantCheck', { profile: 'etron', mailbox: 'a@b.example', etron: { instance: 'contoso', clientSecret: 'x' } }, 'etron.clientSecret', '"etron.clientSecret" must be the secret\'s value (8 to 256 visible characters, no spaces).'],
      ['runTenantCheck', { profile: 'etron', mailbox: 'a@b.example', etron: { instance: 'contoso', appId: 'etron' } }, 'etron.appId', '"etron.appId" must be a GUID.'],
      ['runTenantCheck', { profile: 'generic', mailbox: 'a@b.example' }, 'generic.appId', '"generic.appId" is needed for the generic profile.'],
      ['runTenantCheck', { profile: 'generic', mailbox: 'a@b.example', generic: { appId: 'x', flow: 'app-only' } }, 'generic.appId', '"generic.appId" must be a GUID.'],
      ['runTenantCheck', { profile: 'generic', mailbox: 'a@b.example', generic: { appId: 'b7000000-0000-4000-8000-000000000001', flow: 'magic' } }, 'generic.flow', '"generic.flow" must be one of: app-only, delegated.'],
      ['runTenantCheck', { profile: 'generic', mailbox: 'a@b.example', generic: { appId: 'b7000000-0000-4000-8000-000000000001', flow: 'app-only', imap: 'yes' } }, 'generic.imap', '"generic.imap" must be true or false.'],
      ['runTenantCheck', { profile: 'generic', mailbox: 'a@b.example', generic: { appId: 'b7000000-0000-4000-8000-000000000001', flow: 'app-only', certificateThumbprint: '6f1c2d3e-aaaa-4bbb-8ccc-0123456789ab' } }, 'generic.certificateThumbprint', '"generic.certificateThumbprint" must be the 40 hex digits of a SHA-1 thumbprint.'],
      ['runTenantCheck', { profile: 'etron', mailbox: 'a@b.example', etron: { instance: 'contoso', moreMailboxes: ['anna@b.example', 'b@'] } }, 'etron.moreMailboxes[1]', '"etron.moreMailboxes[1]" must be a mail address.'],
      ['openLink', {}, 'url', '"url" must be text.'],
      ['openLink', { url: 'https://evil.example/' }, 'url', 'This link was not offered by the assistant.'],
      ['enableDemoScenario', { scenario: 'everything-broken' }, 'scenario', '"scenario" is not a known scenario name.'],
    ];
    for (const [operation, request, field, message] of cases) {
      assert.deepEqual(await handlers.handle(operation, request), { ok: false, error: { code: 'invalid_input', message, field } },
        `${operation} ${JSON.stringify(request)}`);
    }
    await handlers.dispose();
  });

  it('without a sign-in: no account, nothing to cancel, and the check says to sign in first', async () => {
    const handlers = createHandlers();
    assert.deepEqual(await handlers.handle('getAccount', undefined), { ok: true, value: null });
    assert.deepEqual(await handlers.handle('signOut', undefined), { ok: true, value: { signedOut: false } });
    assert.deepEqual(await handlers.handle('cancelSignIn', undefined), { ok: true, value: { cancelled: false } });
    assert.deepEqual(await handlers.handle('cancelCheck', undefined), { ok: true, value: { cancelled: false } });
    assert.deepEqual(await handlers.handle('runTenantCheck', { profile: 'inventory360', mailbox: 'notifications@contoso.example' }),
      { ok: false, error: { code: 'not_signed_in', message: 'sign in as an administrator first' } });
    assert.deepEqual(await handlers.handle('signIn', { cloud: 'sandbox', mode: 'browser' }),
      { ok: false, error: { code: 'not_found', message: 'the demo tenant is not running; start it on the welcome page', field: 'cloud' } });
    assert.deepEqual(await handlers.handle('signIn', { cloud: 'global', mode: 'browser' }),
      { ok: false, error: { code: 'internal', message: 'no browser can be opened in this window; use the device code sign-in', field: 'mode' } });
    assert.deepEqual(await handlers.handle('enableDemoScenario', { scenario: 'consent-missing' }),
      { ok: false, error: { code: 'not_found', message: 'The demo tenant is not running.' } });
    await handlers.dispose();
  });

  it('says whether the default client ID is Microsoft Graph Command Line Tools', async () => {
    const builtIn = createHandlers();
    assert.deepEqual(await builtIn.handle('getSignInDefaults', undefined),
      { ok: true, value: { clientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', source: 'built-in', isMicrosoftGraphCli: true } });
    await builtIn.dispose();
    const fromEnv = createHandlers({ env: { M365_ASSISTANT_CLIENT_ID: '1B2C3D4E-0000-4000-8000-123456789ABC' } });
    assert.deepEqual(await fromEnv.handle('getSignInDefaults', undefined),
      { ok: true, value: { clientId: '1b2c3d4e-0000-4000-8000-123456789abc', source: 'environment', isMicrosoftGraphCli: false } });
    await fromEnv.dispose();
  });

  it('signs in to the demo tenant on its page, checks it with progress events, explains consent_missing, never hands out a token', async () => {
    const opened: { url: string; trust: SandboxTrust | undefined }[] = [];
    const events: AssistantEvent[] = [];
    let caPem = '';
    const handlers = createHandlers({
      openExternal: async (url, trust) => {
        opened.push({ url, trust });
        caPem = trust?.caPem ?? '';
        if (trust && url.includes('/oauth2/v2.0/authorize')) await formSignIn(url, { caPem: trust.caPem, ...ADMIN });
      },
      sendEvent: (event) => {
        events.push(event);
        // The admin types the code on the device page, on another device.
        if (event.kind === 'device-code') void formSignIn(event.url, { caPem, ...ADMIN, userCode: event.code });
      },
    });
    const answers: unknown[] = [];
    const call = async (operation: string, request: unknown) => {
      const answer = await handlers.handle(operation, request);
      answers.push(answer);
      return answer;
    };
    try {
      const started = await call('startDemoSandbox', { scenarios: ['healthy'] });
      assert.ok(started.ok);
      const signedIn = await call('signIn', { cloud: 'sandbox', mode: 'browser', language: 'de' });
      assert.deepEqual(signedIn, { ok: true, value: {
        name: 'Sandbox Admin', username: 'admin@contoso.example', tenantId: TENANT_ID,
        homeAccountId: `a1000000-0000-4000-8000-000000000001.${TENANT_ID}`, cloud: 'sandbox',
      } });
      assert.equal(opened.length, 1);
      assert.match(opened[0]!.url, new RegExp(`^https://127\\.0\\.0\\.1:\\d+/${TENANT_ID}/oauth2/v2\\.0/authorize\\?`));
      assert.equal(opened[0]!.trust?.origin, new URL(opened[0]!.url).origin);
      assert.deepEqual(await call('getAccount', undefined), { ok: true, value: (signedIn as { value: unknown }).value });

      const healthy = await call('runTenantCheck', { profile: 'inventory360', mailbox: 'notifications@contoso.example' });
      assert.ok(healthy.ok, JSON.stringify(healthy));
      const result = healthy.value as { overall: string; steps: { id: string; status: string }[]; categories: string[]; facts: Record<string, unknown> };
      // On the demo tenant the check also logs on as Inventory360's server (the demo app's own secret); the logon worked, so no reachability test.
      assert.deepEqual(result.steps.map((s) => `${s.id}=${s.status}`), ['tenant=pass', 'token=pass', 'smtp=pass']);
      assert.equal(result.overall, 'pass');
      assert.equal(result.facts['servicePrincipalObjectId'], 'c3000000-0000-4000-8000-000000000360');
      const progress = events.filter((e) => e.kind === 'check-progress');
      assert.deepEqual(progress.filter((e) => e.progress.step === 'tenant').map((e) => e.progress.kind), ['step-started', 'step-finished']);
      assert.equal(new Set(progress.map((e) => e.run)).size, 1);

      // A check can be cancelled while it runs; its late progress is not reported.
      const running = call('runTenantCheck', { profile: 'inventory360', mailbox: 'notifications@contoso.example' });
      assert.deepEqual(await call('cancelCheck', undefined), { ok: true, value: { cancelled: true } });
      assert.deepEqual(await running, { ok: false, error: { code: 'cancelled', message: 'the check was cancelled' } });
      const cancelledRun = Math.max(...events.flatMap((e) => (e.kind === 'check-progress' ? [e.run] : [])));
      assert.equal(events.some((e) => e.kind === 'check-progress' && e.run === cancelledRun && e.progress.kind === 'step-finished'), false);

      const broken = await call('enableDemoScenario', { scenario: 'consent-missing' });
      assert.ok(broken.ok && (broken.value as { running: true; sandbox: { scenarios: string[] } }).sandbox.scenarios.includes('consent-missing'));
      const consent = await call('runTenantCheck', { profile: 'inventory360', mailbox: 'notifications@contoso.example', language: 'de' });
      assert.ok(consent.ok);
      const failed = consent.value as { overall: string; categories: string[]; diagnosis: { category: string; waitLikely: boolean; step: string; evidence: string[]; texts: Record<string, { title: string }> }[]; steps: { findings?: { fixStep?: { url?: string } }[] }[] };
      assert.equal(failed.overall, 'fail');
      assert.deepEqual(failed.categories, ['consent_missing']);
      assert.deepEqual(failed.diagnosis.map((d) => [d.category, d.step, d.waitLikely]), [['consent_missing', 'consent', true]]);
      assert.equal(failed.diagnosis[0]!.texts['de']!.title, 'Administratorzustimmung fehlt');
      // The demo check logs on as Inventory360's server: Graph, the token and Exchange agree (535 5.7.3 without the role).
      const evidence = failed.diagnosis[0]!.evidence;
      assert.deepEqual(evidence.slice(0, 2), ['graph check: admin consent missing', 'token check: missing_role_smtp_sendasapp']);
      assert.match(evidence[2] ?? '', /^535 5\.7\.3 Authentication unsuccessful \[/);
      assert.equal(failed.steps.flatMap((s) => (s as { findings?: { evidence: string }[] }).findings ?? []).some((f) => f.evidence === 'Inventory360 holds no SMTP.SendAsApp assignment on Exchange Online (it holds no app roles).'), true);
      const consentUrl = failed.steps.flatMap((s) => s.findings ?? []).find((f) => f.fixStep?.url)?.fixStep?.url ?? '';
      assert.match(consentUrl, new RegExp(`/${TENANT_ID}/adminconsent\\?client_id=15dd278a-3da9-4654-9edd-568380df74d0$`));
      assert.ok(new Set(events.filter((e) => e.kind === 'check-progress').map((e) => e.run)).size >= 2, 'each check has its own run number');

      // The fix link opens (with the demo tenant's trust); a link the assistant did not offer does not.
      assert.deepEqual(await call('openLink', { url: consentUrl }), { ok: true, value: { opened: true } });
      assert.equal(opened.at(-1)!.url, consentUrl);
      assert.equal(opened.at(-1)!.trust?.origin, new URL(consentUrl).origin);
      assert.equal((await call('openLink', { url: `${consentUrl}&redirect_uri=https://evil.example` })).ok, false);

      assert.deepEqual(await call('signOut', undefined), { ok: true, value: { signedOut: true } });
      assert.deepEqual(await call('getAccount', undefined), { ok: true, value: null });

      // The device code: its prompt reaches the renderer as an event; entered on the device page, the admin is in.
      const byCode = await call('signIn', { cloud: 'sandbox', mode: 'device-code' });
      assert.ok(byCode.ok, JSON.stringify(byCode));
      const prompt = events.find((e) => e.kind === 'device-code');
      assert.ok(prompt && prompt.kind === 'device-code');
      assert.match(prompt.url, /^https:\/\/127\.0\.0\.1:\d+\/devicelogin$/);
      assert.match(prompt.code, /^[A-Z0-9]{6,12}$/);
      // The device page is offered to openLink only while the sign-in waits.
      assert.equal((await call('openLink', { url: prompt.url })).ok, false);
      assert.equal(opened.length, 2, 'the device code sign-in opened no browser');

      // Restarting the demo tenant ends the sign-in to the old one.
      await call('startDemoSandbox', { scenarios: ['healthy'] });
      assert.deepEqual(await call('getAccount', undefined), { ok: true, value: null });
      assert.doesNotMatch(JSON.stringify([answers, events]), /eyJ|Sandbox-Admin-1|client_secret/);
    } finally {
      await handlers.dispose();
    }
  });

  it('cancels a sign-in that waits for the browser', async () => {
    let opened!: () => void;
    const browserOpened = new Promise<void>((resolve) => { opened = resolve; });
    const handlers = createHandlers({ openExternal: async () => { opened(); } });
    try {
      assert.ok((await handlers.handle('startDemoSandbox', undefined)).ok);
      const signIn = handlers.handle('signIn', { cloud: 'sandbox', mode: 'browser' });
      await browserOpened;
      assert.deepEqual(await handlers.handle('cancelSignIn', undefined), { ok: true, value: { cancelled: true } });
      assert.deepEqual(await signIn, { ok: false, error: { code: 'cancelled', message: 'the sign-in was cancelled' } });
      assert.deepEqual(await handlers.handle('getAccount', undefined), { ok: true, value: null });
    } finally {
      await handlers.dispose();
    }
  });
});
