/**
 * The SMTP probe against real servers that fail the ways networks and servers fail: stall,
 * reset, garbage, no STARTTLS, 454, an untrusted certificate. Every case: the right category,
 * the exact reply, no AUTH sent without TLS, the deadline kept, and the socket closed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { probeSmtp } from '../../electron/core/probes/smtp-probe.js';
import { startScriptedServer } from '../helpers/scripted-server.js';
import { startSmtpTestServer, type SmtpTestServer } from '../helpers/smtp-test-server.js';

const USER = 'notifications@contoso.example';
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJl';
const names = (r: { steps: readonly { name: string; ok: boolean }[] }): string[] => r.steps.map((s) => `${s.name}:${s.ok ? 'ok' : 'failed'}`);
const sentAuth = (transcript: readonly string[]): boolean => transcript.some((l) => /^C: AUTH/i.test(l));

describe('SMTP probe against a local smtp-server', () => {
  let tls: SandboxTlsMaterial;
  let server: SmtpTestServer;
  before(async () => {
    tls = await createSandboxTls();
    server = await startSmtpTestServer({ accessToken: TOKEN, tls });
  });
  after(() => server.close());

  it('passes EHLO → STARTTLS → EHLO → AUTH XOAUTH2 → MAIL/RCPT/DATA → QUIT, never leaking the token', async () => {
    const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, testMessage: { from: USER, to: 'anna.schmidt@contoso.example' } });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(names(r), ['connect:ok', 'greeting:ok', 'ehlo:ok', 'starttls:ok', 'tls:ok', 'ehlo_tls:ok', 'auth:ok', 'mail_from:ok', 'rcpt_to:ok', 'data:ok', 'message:ok', 'quit:ok']);
    assert.equal(r.steps.find((s) => s.name === 'auth')?.reply, '235 Authentication successful');
    assert.equal(r.serverReply, '221 Bye');
    assert.deepEqual(r.transcript.filter((l) => l.startsWith('C:')), [
      'C: EHLO m365-mail-assistant.local', 'C: STARTTLS', 'C: EHLO m365-mail-assistant.local', 'C: AUTH XOAUTH2 [redacted]',
      `C: MAIL FROM:<${USER}>`, 'C: RCPT TO:<anna.schmidt@contoso.example>', 'C: DATA', 'C: [test message]', 'C: QUIT',
    ]);
    assert.equal(r.details.tls?.protocol, 'TLSv1.3');
    assert.equal(r.details.tls?.chain[0]?.issuer, 'CN=M365 Mail Assistant Sandbox CA, O=Sandbox tenant (not Microsoft)');
    assert.deepEqual(server.messages.at(-1), { from: USER, to: ['anna.schmidt@contoso.example'] });
    assert.ok(!JSON.stringify(r).includes(TOKEN.split('.')[1]!));
    assert.equal(await server.allClosed(), true);
  });

  it('reports the exact 535 reply for a token the server refuses', async () => {
    const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: 'eyJ0eXAiOiJKV1QifQ.eyJub3BlIjp0cnVlfQ.c2ln', ca: tls.caCertPem });
    assert.deepEqual({ ok: r.ok, category: r.category, reply: r.serverReply, code: r.error?.code },
      { ok: false, category: 'smtp_auth_failed_generic', reply: '535 5.7.3 Authentication unsuccessful', code: 'smtp_auth_failed_generic' });
    assert.deepEqual(names(r).slice(-1), ['auth:failed']);
    assert.equal(await server.allClosed(), true);
  });

  it('refuses to go on with a certificate from an untrusted CA: tls_problem, no AUTH', async () => {
    const stranger = await createSandboxTls();
    const attempts = server.authAttempts();
    const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: stranger.caCertPem });
    assert.deepEqual({ ok: r.ok, category: r.category, code: r.error?.code }, { ok: false, category: 'tls_problem', code: 'tls_problem' });
    assert.deepEqual(names(r).slice(-2), ['starttls:ok', 'tls:failed']);
    assert.match(r.error?.message ?? '', /unable to verify the first certificate \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/);
    assert.equal(sentAuth(r.transcript), false);
    assert.equal(server.authAttempts(), attempts);
    assert.equal(await server.allClosed(), true);
  });
});

describe('SMTP probe: STARTTLS missing or refused', () => {
  it('stops when the server does not offer STARTTLS: tls_problem, no AUTH sent', async () => {
    const server = await startSmtpTestServer({ accessToken: TOKEN, noStartTls: true });
    try {
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: server.tls.caCertPem });
      assert.deepEqual({ category: r.category, reply: r.serverReply }, { category: 'tls_problem', reply: '500 Error: command not recognized' });
      assert.match(r.error?.message ?? '', /^The server did not offer STARTTLS/);
      assert.equal(sentAuth(r.transcript), false);
      assert.equal(server.authAttempts(), 0);
      assert.equal(await server.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('stops on 454 to STARTTLS: tls_problem, the exact reply, no AUTH sent', async () => {
    const server = await startScriptedServer({
      kind: 'lines', greeting: '220 mx.example ESMTP\r\n',
      answer: (line) => (line.startsWith('EHLO') ? '250-mx.example\r\n250-STARTTLS\r\n250 AUTH LOGIN XOAUTH2\r\n'
        : line === 'STARTTLS' ? '454 4.7.0 TLS not available due to local problem\r\n' : '503 5.5.1 Bad sequence\r\n'),
    });
    try {
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN });
      assert.deepEqual({ category: r.category, reply: r.serverReply, steps: names(r) }, {
        category: 'tls_problem', reply: '454 4.7.0 TLS not available due to local problem',
        steps: ['connect:ok', 'greeting:ok', 'ehlo:ok', 'starttls:failed'],
      });
      assert.deepEqual(server.received, ['EHLO m365-mail-assistant.local', 'STARTTLS']);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });
});

describe('SMTP probe against servers that misbehave', () => {
  it('gives up on a server that accepts but never greets, within its deadline', async () => {
    const server = await startScriptedServer({ kind: 'stall' });
    try {
      const started = Date.now();
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: 400 });
      const took = Date.now() - started;
      assert.ok(took >= 350 && took < 1500, `took ${took} ms`);
      assert.deepEqual({ category: r.category, code: r.error?.code, reply: r.serverReply, steps: names(r) },
        { category: 'network_blocked', code: 'timeout', reply: null, steps: ['connect:ok', 'greeting:failed'] });
      assert.equal(await server.tracker.allClosed(), true);
      assert.equal(server.tracker.accepted, 1);
    } finally {
      await server.close();
    }
  });

  it('reports a reset after the greeting as network_blocked', async () => {
    const server = await startScriptedServer({ kind: 'reset-after-greeting', greeting: '220 mx.example ESMTP\r\n' });
    try {
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: 3000 });
      assert.deepEqual({ category: r.category, reply: r.serverReply, steps: names(r) },
        { category: 'network_blocked', reply: '220 mx.example ESMTP', steps: ['connect:ok', 'greeting:ok', 'ehlo:failed'] });
      assert.match(r.error?.message ?? '', /ECONNRESET/);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('reports garbage instead of a greeting (an HTTP proxy answering on 587) as not Exchange, with the exact line', async () => {
    const server = await startScriptedServer({ kind: 'garbage', bytes: 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n' });
    try {
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: 3000 });
      assert.deepEqual({ category: r.category, reply: r.serverReply, steps: names(r) },
        { category: 'unexpected_server_reply', reply: 'HTTP/1.1 400 Bad Request', steps: ['connect:ok', 'greeting:failed'] });
      assert.equal(sentAuth(r.transcript), false);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('reports a refused port and an unknown host as network_blocked', async () => {
    const refused = await probeSmtp({ host: '127.0.0.1', port: 1, user: USER, accessToken: TOKEN, timeoutMs: 3000 });
    assert.deepEqual({ category: refused.category, steps: names(refused) }, { category: 'network_blocked', steps: ['connect:failed'] });
    assert.match(refused.error?.message ?? '', /ECONNREFUSED/);
    const unknown = await probeSmtp({ host: 'smtp.nonexistent.invalid', port: 587, user: USER, accessToken: TOKEN, timeoutMs: 3000 });
    assert.equal(unknown.category, 'network_blocked');
    assert.match(unknown.error?.message ?? '', /ENOTFOUND/);
  });

  it('stops at once when cancelled', async () => {
    const server = await startScriptedServer({ kind: 'stall' });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: 10_000, signal: controller.signal });
      assert.deepEqual({ category: r.category, code: r.error?.code }, { category: null, code: 'cancelled' });
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });
});
