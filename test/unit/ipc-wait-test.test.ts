/**
 * "Wait and test" and the support report as the renderer sees them, through the handler table
 * against the demo tenant: a malformed request is refused naming the field; after the admin
 * grants SMTP.SendAsApp in a tenant with replication delay, the tries fail until the grant reaches
 * token issuance and then pass, with growing waits and each next try's time as events; a wait can
 * be cancelled; a resumed wait whose 24 hours are over tries once more and ends; the report is
 * written as HTML and JSON where the dialog says, with no token or password in either.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { AssistantEvent, RetestOutcomeView, RetestProgressView } from '../../electron/ipc/contract.js';
import { createHandlers, type HandlerServices } from '../../electron/ipc/handlers.js';
import { formSignIn } from '../helpers/form-sign-in.js';

const ADMIN = { username: 'admin@contoso.example', password: 'Sandbox-Admin-1' };
const MAILBOX = 'notifications@contoso.example';
const CHECK = { profile: 'inventory360', mailbox: MAILBOX, language: 'en' } as const;
const FAST = { firstIntervalMs: 300, factor: 2, maxIntervalMs: 1_200, windowMs: 60_000 };

function demoHandlers(extra: HandlerServices = {}) {
  const events: AssistantEvent[] = [];
  const handlers = createHandlers({
    openExternal: async (url, trust) => { if (trust) await formSignIn(url, { caPem: trust.caPem, ...ADMIN }); },
    sendEvent: (event) => events.push(event),
    ...extra,
  });
  const retestEvents = (): RetestProgressView[] => events.flatMap((e) => (e.kind === 'retest-progress' ? [e.progress] : []));
  return { handlers, events, retestEvents };
}

async function signedInDemo(handlers: ReturnType<typeof createHandlers>, scenarios: string[]): Promise<void> {
  assert.ok((await handlers.handle('startDemoSandbox', { scenarios })).ok);
  const signedIn = await handlers.handle('signIn', { cloud: 'sandbox', mode: 'browser' });
  assert.ok(signedIn.ok, JSON.stringify(signedIn));
}

/** Waits until the demo tenant has no change left to replicate. */
async function settled(handlers: ReturnType<typeof createHandlers>): Promise<void> {
  const status = await handlers.table.getDemoSandboxStatus(undefined);
  const pending = status.ok && status.value.running ? status.value.pendingReplicationMs : undefined;
  assert.ok(pending !== undefined, 'the demo tenant runs');
  await new Promise((r) => setTimeout(r, pending + 50));
}

describe('startRetest with ETRON\'s sign-in window', () => {
  it('opens the window on the first try only when the person does not finish it; a new check asks again', async () => {
    let opened = 0;
    const { handlers } = demoHandlers({
      retestTiming: { firstIntervalMs: 200, factor: 1, maxIntervalMs: 200, windowMs: 3_000 }, // slack for a loaded machine: 3 tries need ~0.6 s plus the checks
      catchEtronRedirect: async () => { opened++; throw new Error('The sign-in window was closed.'); },
    });
    try {
      await signedInDemo(handlers, []);
      const etron = {
        profile: 'etron', mailbox: MAILBOX, language: 'en',
        etron: { instance: 'contoso', appId: 'e5000000-0000-4000-8000-00000000e7a0', clientSecret: `Xy7Q~${'a1B2c3D4e5'.repeat(3)}abcd` },
      } as const;
      const answer = await handlers.handle('startRetest', { check: etron });
      assert.ok(answer.ok, JSON.stringify(answer));
      const outcome = answer.value as RetestOutcomeView;
      assert.ok(outcome.attempts >= 3, `${outcome.attempts} tries`);
      assert.equal(outcome.passed, false);
      assert.equal(opened, 1, 'later tries report the unfinished sign-in instead of opening the window again');
      assert.ok((await handlers.handle('runTenantCheck', etron)).ok);
      assert.equal(opened, 2, 'a check the admin starts asks again');
    } finally {
      await handlers.dispose();
    }
  });
});

describe('startRetest', () => {
  it('refuses malformed requests naming the field, and a wait without a signed-in admin', async () => {
    const handlers = createHandlers({ retestTiming: FAST });
    try {
      const cases: ReadonlyArray<readonly [unknown, string, string]> = [
        ['again', 'request', 'The request must be an object.'],
        [{ check: CHECK, every: 1 }, 'every', 'Unknown field "every".'],
        [{}, 'check', '"check" must be the tenant check\'s request.'],
        [{ check: [CHECK] }, 'check', '"check" must be the tenant check\'s request.'],
        [{ check: { ...CHECK, mailbox: 'not an address' } }, 'check.mailbox', '"check.mailbox" must be a mail address.'],
        [{ check: { ...CHECK, token: 'x' } }, 'check.token', 'Unknown field "check.token".'],
        [{ check: { profile: 'etron', mailbox: MAILBOX } }, 'check.etron.instance', '"check.etron.instance" is needed for ETRON onRetail.'],
        [{ check: CHECK, startedAt: 'yesterday-ish' }, 'startedAt', '"startedAt" must be a date and time in the past.'],
        [{ check: CHECK, startedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'startedAt', '"startedAt" must be a date and time in the past.'],
      ];
      for (const [request, field, message] of cases) {
        assert.deepEqual(await handlers.handle('startRetest', request), { ok: false, error: { code: 'invalid_input', message, field } }, JSON.stringify(request));
      }
      assert.deepEqual(await handlers.handle('startRetest', { check: CHECK }),
        { ok: false, error: { code: 'not_signed_in', message: 'sign in as an administrator first' } });
      assert.deepEqual(await handlers.handle('cancelRetest', undefined), { ok: true, value: { cancelled: false } });
      assert.deepEqual(await handlers.handle('saveSupportReport', { language: 'de' }),
        { ok: false, error: { code: 'not_found', message: 'run a check first; the report describes its result' } });
      assert.deepEqual(await handlers.handle('saveSupportReport', { language: 'fr' }),
        { ok: false, error: { code: 'invalid_input', message: '"language" must be one of: de, en.', field: 'language' } });
    } finally {
      await handlers.dispose();
    }
  });

  it('fails while the new grant replicates, passes once it has, with growing waits; the report holds no token or password', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wait-test-'));
    const asked: string[] = [];
    const { handlers, retestEvents } = demoHandlers({
      retestTiming: FAST,
      chooseSavePath: async (name) => { asked.push(name); return path.join(dir, name); },
    });
    try {
      await signedInDemo(handlers, ['consent-missing', 'replication-delay']);
      const broken = await handlers.handle('runTenantCheck', CHECK);
      assert.ok(broken.ok);
      // The admin's new consent (read at sign-in) replicates like every change: wait until Graph honours it.
      await settled(handlers);
      const fixed = await handlers.handle('applyFix', { action: 'grant-admin-consent', findingId: 'inventory360.smtp-send-as-app' });
      assert.ok(fixed.ok, JSON.stringify(fixed));

      const started = Date.now();
      const answer = await handlers.handle('startRetest', { check: CHECK });
      assert.ok(answer.ok, JSON.stringify(answer));
      const outcome = answer.value as RetestOutcomeView;
      assert.deepEqual([outcome.passed, outcome.reason], [true, 'passed']);
      assert.ok(outcome.attempts >= 2, 'the first try must fail: Exchange does not see the grant yet');
      assert.equal(outcome.last?.overall, 'pass');
      assert.equal(Date.parse(outcome.windowEndsAt) - Date.parse(outcome.startedAt), 60_000);
      assert.ok(Date.parse(outcome.startedAt) >= started - 1_000);

      const events = retestEvents();
      const waits = events.filter((e): e is Extract<RetestProgressView, { kind: 'waiting' }> => e.kind === 'waiting');
      assert.equal(waits.length, outcome.attempts - 1);
      // 300 ms, then doubling up to the 1.2 s longest wait.
      assert.deepEqual(waits.map((w) => w.waitMs), [300, 600, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200].slice(0, waits.length));
      assert.equal(waits[0]?.overall, 'fail');
      assert.deepEqual(waits[0]?.categories.slice(0, 1), ['consent_missing']);
      const startedTries = events.filter((e) => e.kind === 'attempt-started');
      assert.equal(startedTries.length, outcome.attempts);
      for (const [i, w] of waits.entries()) {
        const next = startedTries[i + 1];
        assert.ok(next && next.kind === 'attempt-started' && Date.parse(next.at) >= Date.parse(w.nextAt) - 5, 'each try starts at the time announced');
      }
      assert.deepEqual(events.at(-1), { kind: 'done', attempt: outcome.attempts, passed: true });

      const saved = await handlers.handle('saveSupportReport', { language: 'de' });
      assert.ok(saved.ok, JSON.stringify(saved));
      const day = new Date().toISOString().slice(0, 10);
      assert.deepEqual(asked, [`support-report-inventory360-${day}.html`]);
      const base = path.join(dir, `support-report-inventory360-${day}`);
      assert.deepEqual(saved.value, { htmlPath: `${base}.html`, jsonPath: `${base}.json` });
      const html = readFileSync(`${base}.html`, 'utf8');
      const json = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { language: string; overall: string; profile: string; mailbox: string };
      assert.match(html, /<title>Microsoft-365-Mail — Supportbericht<\/title>/);
      assert.deepEqual([json.language, json.overall, json.profile, json.mailbox], ['de', 'pass', 'inventory360', MAILBOX]);
      assert.doesNotMatch(html + JSON.stringify(json), /eyJ[A-Za-z0-9_-]{8,}|Sandbox-Admin-1|Q~[A-Za-z0-9_.~-]{20,}/);
    } finally {
      await handlers.dispose();
    }
  });

  it('stops when cancelled during a wait; a resumed wait whose 24 hours are over tries once more and ends', async () => {
    const { handlers, retestEvents } = demoHandlers({ retestTiming: { ...FAST, firstIntervalMs: 60_000, maxIntervalMs: 30 * 60_000, windowMs: 24 * 3_600_000 } });
    try {
      await signedInDemo(handlers, ['consent-missing']);
      const running = handlers.table.startRetest({ check: CHECK });
      const deadline = Date.now() + 30_000;
      while (!retestEvents().some((e) => e.kind === 'waiting') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const waiting = retestEvents().find((e) => e.kind === 'waiting');
      assert.ok(waiting && waiting.kind === 'waiting');
      assert.equal(waiting.waitMs, 60_000);
      assert.ok(Math.abs(Date.parse(waiting.nextAt) - Date.now() - 60_000) < 5_000, 'the next try is a minute away');
      assert.deepEqual(await handlers.handle('cancelRetest', undefined), { ok: true, value: { cancelled: true } });
      const cancelled = await running;
      assert.ok(cancelled.ok);
      assert.deepEqual([cancelled.value.passed, cancelled.value.reason, cancelled.value.attempts], [false, 'cancelled', 1]);

      const dayAndAHourAgo = new Date(Date.now() - 25 * 3_600_000).toISOString();
      const late = await handlers.table.startRetest({ check: CHECK, startedAt: dayAndAHourAgo });
      assert.ok(late.ok);
      assert.deepEqual([late.value.passed, late.value.reason, late.value.attempts, late.value.startedAt], [false, 'cap-reached', 1, dayAndAHourAgo]);
      assert.equal(late.value.last?.categories[0], 'consent_missing');
    } finally {
      await handlers.dispose();
    }
  });
});
