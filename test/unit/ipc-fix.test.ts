/**
 * applyFix as the renderer sees it: malformed requests are refused naming the field; only a fix
 * the last tenant check offered (fixStep.auto) runs, once; the admin is asked for exactly the
 * write permission it needs; a new client secret comes back once; no answer carries a token.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHandlers } from '../helpers/handlers.js';
import { formSignIn } from '../helpers/form-sign-in.js';

const ADMIN = { username: 'admin@contoso.example', password: 'Sandbox-Admin-1' };
const MAILBOX = 'notifications@contoso.example';
const NOT_OFFERED = { ok: false, error: { code: 'invalid_input', message: 'The last check did not offer to fix this finding.', field: 'findingId' } };

interface FindingView { readonly id: string; readonly status: string; readonly evidence: string; readonly facts?: Record<string, unknown>; readonly fixStep?: { action: string; auto: boolean } }

function findingOf(answer: unknown, id: string): FindingView {
  const steps = (answer as { value: { steps: { findings?: FindingView[] }[] } }).value.steps;
  const found = steps.flatMap((s) => s.findings ?? []).find((f) => f.id === id);
  assert.ok(found, `finding ${id}`);
  return found;
}

/** The scopes of the sign-in pages opened so far, one entry per page. */
function scopesOf(urls: readonly string[]): string[] {
  return urls.filter((u) => u.includes('/oauth2/v2.0/authorize')).map((u) => new URL(u).searchParams.get('scope') ?? '');
}


/** 2028-12-04T… → 04.12.2028 (the German summary's date, written out by hand so the test can fail). */
const germanDay = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

describe('applyFix', () => {
  // Disposed after each test even when it fails: an open sandbox or listener would keep the file running.
  const createHandlers = useHandlers();
  it('refuses malformed requests and fixes nobody offered, naming the field', async () => {
    const handlers = createHandlers();
    const actions = 'grant-admin-consent, grant-app-role, grant-delegated-consent, enable-user, assign-licence, disable-security-defaults, create-app-registration, repair-app-registration, create-service-principal, assign-users, create-client-secret, sign-in-with-more-rights';
    const cases: ReadonlyArray<readonly [unknown, string, string]> = [
      [undefined, 'action', `"action" must be one of: ${actions}.`],
      ['grant-app-role', 'request', 'The request must be an object.'],
      [{ action: 'delete-tenant', findingId: 'x' }, 'action', `"action" must be one of: ${actions}.`],
      [{ action: 'grant-app-role' }, 'findingId', '"findingId" must be text.'],
      [{ action: 'grant-app-role', findingId: 'a'.repeat(201) }, 'findingId', '"findingId" is longer than 200 characters.'],
      [{ action: 'grant-app-role', findingId: 'generic.smtp-send-as-app', appId: 'b7000000-0000-4000-8000-000000000001' }, 'appId', 'Unknown field "appId".'],
      [{ action: 'grant-admin-consent', findingId: 'inventory360.smtp-send-as-app' }, 'findingId', 'The last check did not offer to fix this finding.'],
    ];
    for (const [request, field, message] of cases) {
      assert.deepEqual(await handlers.handle('applyFix', request), { ok: false, error: { code: 'invalid_input', message, field } }, JSON.stringify(request));
    }
    await handlers.dispose();
  });

  it('grants SMTP.SendAsApp after consent for AppRoleAssignment.ReadWrite.All, creates an ETRON secret once, never hands out a token', async () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const handlers = createHandlers({
      log: (line) => logs.push(line),
      openExternal: async (url, trust) => {
        opened.push(url);
        if (trust) await formSignIn(url, { caPem: trust.caPem, ...ADMIN });
      },
    });
    const answers: unknown[] = [];
    const call = async (operation: string, request: unknown) => {
      const answer = await handlers.handle(operation, request);
      answers.push(answer);
      return answer;
    };
    try {
      assert.ok((await call('startDemoSandbox', { scenarios: ['consent-missing'] })).ok);
      assert.ok((await call('signIn', { cloud: 'sandbox', mode: 'browser' })).ok);
      const signInScopes = scopesOf(opened)[0] ?? '';
      assert.doesNotMatch(signInScopes, /ReadWrite/, 'the sign-in asks for read permissions only');

      const broken = await call('runTenantCheck', { profile: 'inventory360', mailbox: MAILBOX });
      const grant = findingOf(broken, 'inventory360.smtp-send-as-app');
      assert.equal(grant.status, 'missing');
      assert.deepEqual([grant.fixStep?.action, grant.fixStep?.auto], ['grant-admin-consent', true]);
      // Offered for this finding only, and with this action only.
      assert.deepEqual(await call('applyFix', { action: 'grant-app-role', findingId: 'inventory360.smtp-send-as-app' }),
        { ok: false, error: { code: 'invalid_input', message: 'The last check offered a different fix for this finding.', field: 'action' } });
      assert.deepEqual(await call('applyFix', { action: 'grant-admin-consent', findingId: 'inventory360.enterprise-app' }), NOT_OFFERED);

      const before = opened.length;
      const fixed = await call('applyFix', { action: 'grant-admin-consent', findingId: 'inventory360.smtp-send-as-app' });
      assert.ok(fixed.ok, JSON.stringify(fixed));
      assert.equal(opened.length, before + 1, 'the consent page opened once');
      assert.deepEqual(scopesOf(opened.slice(before)).map((s) => s.split(' ').filter((p) => p.includes('ReadWrite'))),
        [['https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All']]);
      assert.deepEqual(await call('applyFix', { action: 'grant-admin-consent', findingId: 'inventory360.smtp-send-as-app' }), NOT_OFFERED);

      const again = await call('runTenantCheck', { profile: 'inventory360', mailbox: MAILBOX });
      const granted = findingOf(again, 'inventory360.smtp-send-as-app');
      assert.equal(granted.status, 'ok');
      const assignment = /\(assignment ([^)]+)\)/.exec(granted.evidence)?.[1];
      assert.deepEqual(fixed, { ok: true, value: {
        action: 'grant-admin-consent', findingId: 'inventory360.smtp-send-as-app', changed: true,
        summary: `SMTP.SendAsApp on Office 365 Exchange Online granted to Inventory360 (assignment ${assignment}).`,
        summaryDe: `SMTP.SendAsApp für Office 365 Exchange Online an Inventory360 erteilt (Zuweisung ${assignment}).`,
      } });
      assert.equal((again as { value: { overall: string } }).value.overall, 'pass');

      // ETRON: the expired secret and the missing delegated consent are both offered.
      assert.ok((await call('enableDemoScenario', { scenario: 'secret-expired' })).ok);
      const etron = await call('runTenantCheck', { profile: 'etron', mailbox: MAILBOX, etron: { instance: 'contoso' } });
      assert.deepEqual(findingOf(etron, 'etron.client-secret').fixStep, { action: 'create-client-secret', auto: true });
      assert.deepEqual(findingOf(etron, 'etron.delegated-consent').fixStep, { action: 'grant-delegated-consent', auto: true });
      const applicationObjectId = findingOf(etron, 'etron.app-registration').facts?.['applicationObjectId'];
      assert.equal(applicationObjectId, 'd4000000-0000-4000-8000-000000000002');

      const beforeSecret = opened.length;
      const secret = await call('applyFix', { action: 'create-client-secret', findingId: 'etron.client-secret' });
      assert.ok(secret.ok, JSON.stringify(secret));
      assert.deepEqual(scopesOf(opened.slice(beforeSecret)).map((s) => s.split(' ').filter((p) => p.includes('ReadWrite'))),
        [['https://graph.microsoft.com/Application.ReadWrite.All']]);
      const made = secret.value as { newSecret: { secretText: string; endDateTime: string; validityMonths: number; hint: string } };
      assert.equal(made.newSecret.validityMonths, 24);
      assert.equal(made.newSecret.hint, made.newSecret.secretText.slice(0, 3));
      assert.ok(made.newSecret.secretText.length >= 30);
      assert.deepEqual(secret, { ok: true, value: {
        action: 'create-client-secret', findingId: 'etron.client-secret', changed: true,
        summary: `New client secret "ETRON-OAuth" valid until ${made.newSecret.endDateTime} (24 months).`,
        summaryDe: `Neuer geheimer Clientschlüssel "ETRON-OAuth", gültig bis ${germanDay(made.newSecret.endDateTime)} (24 Monate).`,
        newSecret: made.newSecret,
      } });
      assert.deepEqual(await call('applyFix', { action: 'create-client-secret', findingId: 'etron.client-secret' }), NOT_OFFERED);

      const renewed = await call('runTenantCheck', { profile: 'etron', mailbox: MAILBOX, etron: { instance: 'contoso' } });
      const secretFinding = findingOf(renewed, 'etron.client-secret');
      assert.deepEqual([secretFinding.status, secretFinding.facts?.['latestEndDateTime']], ['ok', made.newSecret.endDateTime]);

      // Signed out: what the check offered no longer runs.
      assert.ok((await call('signOut', undefined)).ok);
      assert.deepEqual(await call('applyFix', { action: 'grant-delegated-consent', findingId: 'etron.delegated-consent' }),
        { ok: false, error: { code: 'not_signed_in', message: 'sign in as the administrator who ran the check, and check again' } });

      const everything = JSON.stringify(answers);
      assert.equal(everything.split(made.newSecret.secretText).length - 1, 1, 'the secret is in one answer only');
      assert.doesNotMatch(everything, /eyJ|Sandbox-Admin-1/);
      assert.doesNotMatch(logs.join('\n'), new RegExp(`eyJ|${made.newSecret.secretText.replace(/[^\w]/g, '\\$&')}`));
      assert.ok(logs.includes('fix: create-client-secret etron.client-secret → done'));
    } finally {
      await handlers.dispose();
    }
  });
});
