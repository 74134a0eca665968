/**
 * The handler table as the renderer sees it: requests are unknown data, answers are Results.
 * Malformed requests are refused with invalid_input naming the field; exceptions become
 * internal errors without a stack; the demo sandbox really starts and stops.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MAX_PASTE_CHARS, type DecodeResult } from '../../electron/ipc/contract.js';
import { guarded } from '../../electron/ipc/handlers.js';
import { MAX_PASTE_CHARS as RENDERER_MAX_PASTE_CHARS, pasteWithinLimit } from '../../renderer/src/paste-limit.js';
import { useHandlers } from '../helpers/handlers.js';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { name: string; version: string };

/** Reads the first line an SMTP server sends (its 220 greeting), or the connection error code. */
function smtpGreeting(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setEncoding('utf8');
    socket.once('data', (line: string) => { resolve(line.slice(0, 4)); socket.destroy(); });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

describe('IPC handlers', () => {
  // Disposed after each test even when it fails: an open sandbox or listener would keep the file running.
  const createHandlers = useHandlers();
  it('getAppInfo answers with the package version and the host-provided locale and versions', async () => {
    const handlers = createHandlers({ locale: () => 'de-DE', versions: { node: '24.1.0', electron: '41.7.1', chrome: '146.0.0.0' } });
    assert.deepEqual(await handlers.handle('getAppInfo', undefined), {
      ok: true,
      value: {
        name: pkg.name, version: pkg.version, platform: process.platform, arch: process.arch,
        versions: { node: '24.1.0', electron: '41.7.1', chrome: '146.0.0.0' }, locale: 'de-DE',
      },
    });
    await handlers.dispose();
  });

  it('reports no electron/chrome versions outside Electron', async () => {
    const handlers = createHandlers({ locale: () => 'en-US' });
    const info = await handlers.table.getAppInfo({});
    assert.ok(info.ok);
    assert.deepEqual(info.value.versions, { node: process.versions.node });
    await handlers.dispose();
  });

  it('rejects malformed requests with invalid_input naming the field', async () => {
    const handlers = createHandlers({ locale: () => 'en-US' });
    const cases: ReadonlyArray<readonly [string, unknown, string, string]> = [
      ['getAppInfo', { verbose: true }, 'verbose', 'Unknown field "verbose".'],
      ['getAppInfo', 'please', 'request', 'This operation takes no request.'],
      ['startDemoSandbox', 42, 'request', 'The request must be an object.'],
      ['startDemoSandbox', ['healthy'], 'request', 'The request must be an object.'],
      ['startDemoSandbox', { scenarios: 'healthy' }, 'scenarios', '"scenarios" must be a list of scenario names.'],
      ['startDemoSandbox', { scenarios: ['healthy', 'no-such-scenario'] }, 'scenarios[1]', '"scenarios[1]" is not a known scenario name.'],
      ['startDemoSandbox', { scenarios: [7] }, 'scenarios[0]', '"scenarios[0]" is not a known scenario name.'],
      ['startDemoSandbox', { scenarios: [], clientSecret: 'x' }, 'clientSecret', 'Unknown field "clientSecret".'],
      ['stopDemoSandbox', { force: true }, 'force', 'Unknown field "force".'],
      ['startDemoSandbox', JSON.parse('{"__proto__": {"scenarios": ["healthy"]}}'), '__proto__', 'Unknown field "__proto__".'],
      ['startDemoSandbox', { constructor: 'x' }, 'constructor', 'Unknown field "constructor".'],
      ['decodeError', { text: 'x', toString: 'y' }, 'toString', 'Unknown field "toString".'],
      ['exportConfigFile', { form: { profile: 'inventory360', cloud: 'global', tenantId: '', senderMailbox: '', enterpriseAppObjectId: '', valueOf: 1 } }, 'form.valueOf', 'Unknown field "form.valueOf".'],
      ['deleteTenant', undefined, 'operation', 'Unknown operation.'],
    ];
    for (const [operation, request, field, message] of cases) {
      assert.deepEqual(await handlers.handle(operation, request), { ok: false, error: { code: 'invalid_input', message, field } },
        `${operation} ${JSON.stringify(request)}`);
    }
    assert.deepEqual(await handlers.handle('getDemoSandboxStatus', undefined), { ok: true, value: { running: false } });
    await handlers.dispose();
  });

  it('decodes a pasted log of megabytes (the decoder reads its beginning and end and says so); refuses one past MAX_PASTE_CHARS', async () => {
    const handlers = createHandlers();
    const log = `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n${'INFO heartbeat ok\n'.repeat(60_000)}`;
    assert.ok(log.length > 1_000_000);
    const answer = await handlers.handle('decodeError', { text: log });
    assert.ok(answer.ok, JSON.stringify(answer).slice(0, 200));
    const decoded = answer.value as DecodeResult;
    assert.equal(decoded.causes[0]?.category, 'smtp_auth_disabled_tenant');
    assert.match(decoded.note?.en ?? '', /only its beginning and its end/);
    assert.equal(RENDERER_MAX_PASTE_CHARS, MAX_PASTE_CHARS, 'the renderer shortens to the bound the main process takes');
    const tooLong = 'x'.repeat(MAX_PASTE_CHARS + 1);
    assert.equal((await handlers.handle('decodeError', { text: tooLong })).ok, false);
    // What the renderer sends instead: the paste's beginning and end, within the bound, the error at its end still read.
    const shortened = pasteWithinLimit(`${tooLong}\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.`);
    assert.ok(shortened.length <= MAX_PASTE_CHARS);
    const kept = await handlers.handle('decodeError', { text: shortened });
    assert.ok(kept.ok);
    assert.equal((kept.value as DecodeResult).causes[0]?.category, 'smtp_auth_disabled_tenant');
    await handlers.dispose();
  });

  it('turns an exception into an internal error with the first message line and no stack', async () => {
    const handlers = createHandlers({
      locale: () => { throw new Error('locale store unreadable\n    at readLocale (/app/main.js:1:1)'); },
    });
    const reply = await handlers.handle('getAppInfo', undefined);
    assert.deepEqual(reply, { ok: false, error: { code: 'internal', message: 'locale store unreadable' } });
    assert.equal(JSON.stringify(reply).includes(' at '), false);
    await handlers.dispose();
  });

  it('guarded() maps non-Error throws to a generic internal message', async () => {
    assert.deepEqual(await guarded(() => { throw 42; }), { ok: false, error: { code: 'internal', message: 'Unexpected error.' } });
    assert.deepEqual(await guarded(() => Promise.reject(new Error(''))), { ok: false, error: { code: 'internal', message: 'Unexpected error.' } });
  });

  it('starts the demo sandbox with display data only, serves SMTP, and stops it', async () => {
    const handlers = createHandlers({ locale: () => 'en-US' });
    try {
      const started = await handlers.handle('startDemoSandbox', { scenarios: ['smtp-auth-disabled-mailbox', 'replication-delay'] });
      assert.ok(started.ok, JSON.stringify(started));
      const status = started.value as { running: true; sandbox: Record<string, unknown> & { smtp: { port: number }; authority: string }; pendingReplicationMs: number };
      assert.equal(status.running, true);
      assert.equal(status.pendingReplicationMs, 0);
      assert.deepEqual(Object.keys(status.sandbox).sort(), ['authority', 'graph', 'imap', 'mailbox', 'scenarios', 'smtp', 'tenantId']);
      assert.equal(status.sandbox['tenantId'], '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
      assert.equal(status.sandbox['mailbox'], 'notifications@contoso.example');
      assert.deepEqual(status.sandbox['scenarios'], ['smtp-auth-disabled-mailbox', 'replication-delay']);
      assert.match(status.sandbox.authority, /^https:\/\/127\.0\.0\.1:\d+\/5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f$/);
      assert.doesNotMatch(JSON.stringify(started), /secret|password/i);
      assert.deepEqual(await handlers.handle('getDemoSandboxStatus', null), started);

      const port = status.sandbox.smtp.port;
      assert.equal(await smtpGreeting(port), '220 ');
      assert.deepEqual(await handlers.handle('stopDemoSandbox', undefined), { ok: true, value: { running: false } });
      assert.equal(await smtpGreeting(port), 'ECONNREFUSED');
      assert.deepEqual(await handlers.handle('stopDemoSandbox', undefined), { ok: true, value: { running: false } });
    } finally {
      await handlers.dispose();
    }
  });

  it('dispose() stops a running demo sandbox', async () => {
    const handlers = createHandlers({ locale: () => 'en-US' });
    const started = await handlers.table.startDemoSandbox(undefined);
    assert.ok(started.ok && started.value.running);
    assert.deepEqual(started.value.sandbox.scenarios, ['healthy']);
    await handlers.dispose();
    assert.equal(await smtpGreeting(started.value.sandbox.smtp.port), 'ECONNREFUSED');
  });
});
