/**
 * The kept progress through the handler table: what is saved comes back exactly; a secret, token,
 * password or sign-in code is refused wherever it is put, and the file never holds one — not even
 * the client secret the demo tenant just handed out; a corrupted, foreign, binary or oversized
 * file is ignored with a plain notice; a host without a folder keeps nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createHandlers } from '../../electron/ipc/handlers.js';
import { PROGRESS_FILE_NAME } from '../../electron/core/state/progress-store.js';
import { formSignIn } from '../helpers/form-sign-in.js';

const ADMIN = { username: 'admin@contoso.example', password: 'Sandbox-Admin-1' };
const MAILBOX = 'notifications@contoso.example';
/** Shapes a token or secret has (as core/diagnosis/redact.ts knows them). */
const SECRET_SHAPES = /eyJ[A-Za-z0-9_-]{8,}|[A-Za-z0-9_.~-]{3,4}Q~[A-Za-z0-9_.~-]{20,}|Sandbox-Admin-1|Bearer /;

const PROGRESS = {
  profile: 'etron', tenant: 'contoso.onmicrosoft.com', mailbox: MAILBOX, etronInstance: 'contoso', step: 'wait-test',
  lastCheck: {
    checkedAt: '2026-12-04T10:00:00.000Z', overall: 'fail', categories: ['consent_missing'],
    steps: [{ id: 'sign-in', status: 'pass' }, { id: 'tenant', status: 'fail' }],
  },
  retest: { startedAt: '2026-12-04T10:00:00.000Z', attempts: 3, nextAt: '2026-12-04T10:07:00.000Z' },
};

/** The Other application's setup with a certificate: app ID, flow and the (public) thumbprint. */
const GENERIC = {
  profile: 'generic', tenant: 'contoso.onmicrosoft.com', mailbox: MAILBOX, step: 'client-secret',
  genericAppId: 'e5000000-0000-4000-8000-00000000a001', genericFlow: 'app-only', genericImap: true,
  genericCredential: 'certificate', certificateThumbprint: '3B1F2A9C4D5E6F708192A3B4C5D6E7F809A1B2C3',
};

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'progress-'));
}

describe('kept progress', () => {
  it('comes back as saved, with its version and save time; clearing removes it', async () => {
    const dir = folder();
    const handlers = createHandlers({ progressFolder: dir });
    try {
      assert.deepEqual(await handlers.handle('loadProgress', undefined), { ok: true, value: { state: null } });
      const saved = await handlers.handle('saveProgress', PROGRESS);
      assert.ok(saved.ok, JSON.stringify(saved));
      const state = { version: 1, savedAt: (saved.value as { savedAt: string }).savedAt, ...PROGRESS };
      assert.deepEqual(saved.value, state);
      assert.deepEqual(await handlers.handle('loadProgress', undefined), { ok: true, value: { state } });
      assert.deepEqual(JSON.parse(readFileSync(path.join(dir, PROGRESS_FILE_NAME), 'utf8')), state);
      assert.deepEqual(readdirSync(dir), [PROGRESS_FILE_NAME], 'no temp file left behind');
      if (process.platform !== 'win32') assert.equal(statSync(path.join(dir, PROGRESS_FILE_NAME)).mode & 0o777, 0o600);
      // A later app (a new handler table) finds it too: it survives a restart.
      const later = createHandlers({ progressFolder: dir });
      assert.deepEqual(await later.handle('loadProgress', undefined), { ok: true, value: { state } });
      await later.dispose();
      // ETRON's further mailboxes (variant B) and the Other application's fields come back too.
      const more = await handlers.handle('saveProgress', { ...PROGRESS, etronMoreMailboxes: ['lager@contoso.example', 'shop@contoso.example'] });
      assert.ok(more.ok, JSON.stringify(more));
      assert.deepEqual((more.value as { etronMoreMailboxes?: string[] }).etronMoreMailboxes, ['lager@contoso.example', 'shop@contoso.example']);
      const generic = await handlers.handle('saveProgress', GENERIC);
      assert.ok(generic.ok, JSON.stringify(generic));
      assert.deepEqual(await handlers.handle('loadProgress', undefined), { ok: true, value: { state: generic.value } });
      assert.deepEqual(await handlers.handle('clearProgress', undefined), { ok: true, value: { cleared: true } });
      assert.deepEqual(await handlers.handle('loadProgress', undefined), { ok: true, value: { state: null } });
      assert.deepEqual(await handlers.handle('clearProgress', undefined), { ok: true, value: { cleared: false } });
    } finally {
      await handlers.dispose();
    }
  });

  it('refuses a secret, token, password or code wherever it is put, and the file never holds one', async () => {
    const dir = folder();
    const opened: string[] = [];
    const handlers = createHandlers({
      progressFolder: dir,
      openExternal: async (url, trust) => { opened.push(url); if (trust) await formSignIn(url, { caPem: trust.caPem, ...ADMIN }); },
    });
    try {
      // A real client secret of the demo tenant, as the renderer receives it once.
      assert.ok((await handlers.handle('startDemoSandbox', { scenarios: ['secret-expired'] })).ok);
      assert.ok((await handlers.handle('signIn', { cloud: 'sandbox', mode: 'browser' })).ok);
      assert.ok((await handlers.handle('runTenantCheck', { profile: 'etron', mailbox: MAILBOX, etron: { instance: 'contoso' } })).ok);
      const made = await handlers.handle('applyFix', { action: 'create-client-secret', findingId: 'etron.client-secret' });
      assert.ok(made.ok, JSON.stringify(made));
      const secret = (made.value as { newSecret: { secretText: string } }).newSecret.secretText;
      const jwt = `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('{"aud":"https://outlook.office365.com"}').toString('base64url')}.c2ln`;
      const authCode = new URL(opened[0] ?? 'https://x').searchParams.get('code_challenge') ?? 'n/a';

      const cases: ReadonlyArray<readonly [Record<string, unknown>, string]> = [
        [{ clientSecret: secret }, 'clientSecret'],
        [{ accessToken: jwt }, 'accessToken'],
        [{ password: ADMIN.password }, 'password'],
        [{ deviceCode: 'ABCD-EFGH' }, 'deviceCode'],
        [{ mailbox: secret }, 'mailbox'],
        [{ mailbox: `${secret}@contoso.example` }, 'mailbox'],
        // Entra's own secret shape (three characters, a digit, "Q~", then 34 more).
        [{ mailbox: `Xy7Q~${'a1B2c3D4e5'.repeat(3)}abcd@contoso.example` }, 'mailbox'],
        [{ tenant: jwt }, 'tenant'],
        [{ step: authCode }, 'step'],
        [{ etronInstance: secret }, 'etronInstance'],
        [{ etronMoreMailboxes: ['lager@contoso.example', `${secret}@contoso.example`] }, 'etronMoreMailboxes[1]'],
        [{ etronMoreMailboxes: Array.from({ length: 21 }, (_, i) => `m${i}@contoso.example`) }, 'etronMoreMailboxes'],
        [{ genericAppId: secret }, 'genericAppId'],
        // A client secret where the thumbprint belongs: not 40 hex digits.
        [{ certificateThumbprint: secret }, 'certificateThumbprint'],
        [{ genericCredential: 'password' }, 'genericCredential'],
        [{ lastCheck: { ...PROGRESS.lastCheck, serverReply: `535 ${jwt}` } }, 'serverReply'],
        [{ retest: { ...PROGRESS.retest, token: jwt } }, 'token'],
      ];
      for (const [request, field] of cases) {
        const answer = await handlers.handle('saveProgress', { ...PROGRESS, ...request });
        assert.equal(answer.ok, false, JSON.stringify(request));
        assert.equal(!answer.ok && answer.error.field, field, JSON.stringify(request));
        assert.doesNotMatch(JSON.stringify(answer), SECRET_SHAPES, 'the refusal does not echo the value');
      }
      assert.ok((await handlers.handle('saveProgress', PROGRESS)).ok);
      const file = readFileSync(path.join(dir, PROGRESS_FILE_NAME), 'utf8');
      assert.equal(file.includes(secret), false);
      assert.doesNotMatch(file, SECRET_SHAPES);
    } finally {
      await handlers.dispose();
    }
  });

  it('ignores a corrupted, foreign, binary or oversized file with a plain notice', async () => {
    const dir = folder();
    const handlers = createHandlers({ progressFolder: dir });
    const file = path.join(dir, PROGRESS_FILE_NAME);
    const load = () => handlers.table.loadProgress(undefined);
    try {
      const cases: ReadonlyArray<readonly [string | Buffer, string]> = [
        ['{"version":1,"savedAt":"2026-12-04T10:00:00Z","profile":"inv', 'unreadable'],
        [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]), 'unreadable'],
        ['x'.repeat(70 * 1024), 'unreadable'],
        ['{"name":"some-other-app","version":"2.0.0","dependencies":{}}', 'not-ours'],
        ['[1,2,3]', 'not-ours'],
        ['null', 'not-ours'],
        [JSON.stringify({ version: 2, savedAt: '2026-12-04T10:00:00Z' }), 'not-ours'],
        [JSON.stringify({ version: 1, savedAt: '2026-12-04T10:00:00Z', profile: 'outlook' }), 'not-ours'],
        [JSON.stringify({ version: 1, savedAt: '2026-12-04T10:00:00Z', mailbox: 'a@b.example', refreshToken: 'x' }), 'not-ours'],
        ['{"version":1,"savedAt":"2026-12-04T10:00:00Z","__proto__":{"polluted":true},"step":"checks"}', 'not-ours'],
      ];
      for (const [content, notice] of cases) {
        writeFileSync(file, content);
        assert.deepEqual(await load(), { ok: true, value: { state: null, notice } }, String(content).slice(0, 60));
      }
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      // The next save replaces the bad file.
      assert.ok((await handlers.handle('saveProgress', { step: 'checks' })).ok);
      const loaded = await load();
      assert.ok(loaded.ok && loaded.value.state?.step === 'checks');
    } finally {
      await handlers.dispose();
    }
  });

  it('keeps nothing in a host without a folder', async () => {
    const handlers = createHandlers();
    try {
      assert.deepEqual(await handlers.handle('loadProgress', undefined), { ok: true, value: { state: null } });
      assert.deepEqual(await handlers.handle('saveProgress', { step: 'checks' }), { ok: false, error: { code: 'internal', message: 'This window keeps no progress.' } });
      assert.deepEqual(await handlers.handle('saveProgress', 'everything'), { ok: false, error: { code: 'invalid_input', message: '"request" must be an object.', field: 'request' } });
    } finally {
      await handlers.dispose();
    }
  });
});
