/**
 * The IMAP probe against servers that fail: a port that never finishes TLS, a server that
 * never greets, resets, sends garbage, speaks plaintext on 993, or presents an untrusted
 * certificate. Each: the right category within the deadline, no AUTHENTICATE sent, socket closed.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { probeImap } from '../../electron/core/probes/imap-probe.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { startScriptedServer } from '../helpers/scripted-server.js';

const USER = 'notifications@contoso.example';
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJl';
const names = (r: { steps: readonly { name: string; ok: boolean }[] }): string[] => r.steps.map((s) => `${s.name}:${s.ok ? 'ok' : 'failed'}`);
const sentAuth = (transcript: readonly string[]): boolean => transcript.some((l) => /^C: \S+ AUTHENTICATE/i.test(l));

describe('IMAP probe against servers that misbehave', () => {
  let tls: SandboxTlsMaterial;
  before(async () => { tls = await createSandboxTls(); });

  it('gives up on a port that accepts TCP but never does TLS, within its deadline', async () => {
    const server = await startScriptedServer({ kind: 'stall' });
    try {
      const started = Date.now();
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 400 });
      const took = Date.now() - started;
      assert.ok(took >= 350 && took < 1500, `took ${took} ms`);
      assert.deepEqual({ category: r.category, code: r.error?.code, reply: r.serverReply, steps: names(r) },
        { category: 'network_blocked', code: 'timeout', reply: null, steps: ['connect:failed'] });
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('gives up on a TLS server that never greets', async () => {
    const server = await startScriptedServer({ kind: 'stall' }, { tls });
    try {
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 400 });
      assert.deepEqual({ category: r.category, code: r.error?.code, steps: names(r) },
        { category: 'network_blocked', code: 'timeout', steps: ['connect:ok', 'greeting:failed'] });
      assert.equal(r.details.tls?.protocol, 'TLSv1.3');
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('reports a reset after the greeting as network_blocked', async () => {
    const server = await startScriptedServer({ kind: 'reset-after-greeting', greeting: '* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] ready\r\n' }, { tls });
    try {
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 3000 });
      assert.deepEqual({ category: r.category, reply: r.serverReply, steps: names(r) }, {
        category: 'network_blocked', reply: '* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] ready',
        steps: ['connect:ok', 'greeting:ok', 'auth:failed'],
      });
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('reports garbage instead of a greeting at once as not Exchange, with the exact line, without authenticating', async () => {
    const server = await startScriptedServer({ kind: 'garbage', bytes: 'HTTP/1.1 400 Bad Request\r\n\r\n' }, { tls });
    try {
      const started = Date.now();
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 5000 });
      assert.ok(Date.now() - started < 2500, 'it does not wait for the deadline');
      assert.deepEqual({ ok: r.ok, category: r.category, reply: r.serverReply }, { ok: false, category: 'unexpected_server_reply', reply: 'HTTP/1.1 400 Bad Request' });
      assert.equal(sentAuth(r.transcript), false);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('reports plaintext on the TLS port as tls_problem', async () => {
    const server = await startScriptedServer({ kind: 'garbage', bytes: '* OK plaintext IMAP on 993\r\n' });
    try {
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 3000 });
      assert.equal(r.category, 'tls_problem');
      assert.match(r.error?.message ?? '', /ERR_SSL_WRONG_VERSION_NUMBER|wrong version number/);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('refuses a certificate from an untrusted CA: tls_problem, no AUTHENTICATE', async () => {
    const stranger = await createSandboxTls();
    const server = await startScriptedServer({ kind: 'lines', greeting: '* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] ready\r\n', answer: (l) => `${l.split(' ')[0]} OK done\r\n` }, { tls: stranger });
    try {
      const r = await probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: 3000 });
      assert.deepEqual({ category: r.category, code: r.error?.code, steps: names(r) }, { category: 'tls_problem', code: 'tls_problem', steps: ['connect:failed'] });
      assert.match(r.error?.message ?? '', /UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
      assert.deepEqual(server.received, []);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });
});
