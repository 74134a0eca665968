/**
 * Both probes against servers that try to exhaust them (issue 9 §1): endless untagged lines, a
 * line without end, a literal announced at a gigabyte, an SMTP reply that never completes, and
 * a web page instead of a greeting. Each: the probe ends long before its deadline with the
 * category `unexpected_server_reply`, a bounded transcript, bounded memory, and the socket closed.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { probeImap } from '../../electron/core/probes/imap-probe.js';
import { probeSmtp } from '../../electron/core/probes/smtp-probe.js';
import { TRANSCRIPT_LIMITS } from '../../electron/core/probes/transcript.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { startScriptedServer, type ScriptedBehaviour } from '../helpers/scripted-server.js';

const USER = 'notifications@contoso.example';
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJl';
/** The probes' deadline in these tests: a bounded probe ends in a fraction of it. */
const DEADLINE_MS = 12_000;
/** Most lines a transcript may hold: head, tail, the "left out" marker and a few events. */
const MAX_TRANSCRIPT_LINES = TRANSCRIPT_LIMITS.headLines + TRANSCRIPT_LIMITS.tailLines + 10;
/** How much the heap (JS + buffers) may grow while one hostile probe runs. */
const MAX_MEMORY_GROWTH = 128 * 1024 * 1024;

interface Measured<T> { readonly result: T; readonly ms: number; readonly memoryGrowth: number }

/** Runs `work` and samples memory while it runs; reports the largest growth over the start. */
async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const used = (): number => { const m = process.memoryUsage(); return m.heapUsed + m.external + m.arrayBuffers; };
  const start = used();
  let peak = start;
  const sampler = setInterval(() => { peak = Math.max(peak, used()); }, 20);
  const started = Date.now();
  try {
    const result = await work();
    peak = Math.max(peak, used());
    return { result, ms: Date.now() - started, memoryGrowth: peak - start };
  } finally {
    clearInterval(sampler);
  }
}

function assertBounded(run: Measured<{ transcript: readonly string[] }>): void {
  assert.ok(run.ms < DEADLINE_MS * 0.75, `the probe took ${run.ms} ms of its ${DEADLINE_MS} ms deadline`);
  assert.ok(run.result.transcript.length <= MAX_TRANSCRIPT_LINES, `${run.result.transcript.length} transcript lines`);
  assert.ok(run.result.transcript.every((l) => l.length <= TRANSCRIPT_LIMITS.lineChars + 80), 'a transcript line is longer than the limit');
  assert.ok(run.memoryGrowth < MAX_MEMORY_GROWTH, `memory grew by ${Math.round(run.memoryGrowth / 1048576)} MB`);
}

describe('IMAP probe against a hostile server', () => {
  let tls: SandboxTlsMaterial;
  before(async () => { tls = await createSandboxTls(); });

  const imapAgainst = async (behaviour: ScriptedBehaviour) => {
    const server = await startScriptedServer(behaviour, { tls });
    try {
      const run = await measured(() => probeImap({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, ca: tls.caCertPem, timeoutMs: DEADLINE_MS }));
      return { run, closed: await server.tracker.allClosed() };
    } finally {
      await server.close();
    }
  };

  it('stops reading endless untagged responses: unexpected_server_reply, head and tail of the transcript kept', async () => {
    const { run, closed } = await imapAgainst({ kind: 'flood', greeting: '* OK IMAP4rev1 ready\r\n', chunk: '* OK still talking\r\n' });
    assert.deepEqual({ ok: run.result.ok, category: run.result.category, code: run.result.error?.code },
      { ok: false, category: 'unexpected_server_reply', code: 'unexpected_server_reply' });
    assertBounded(run);
    assert.equal(run.result.transcript.filter((l) => /^\* … \d+ lines left out$/.test(l)).length, 1);
    assert.ok(run.result.transcript.includes('S: * OK IMAP4rev1 ready'), 'the greeting (head) is kept');
    assert.equal(closed, true);
  });

  it('stops reading a line without end', async () => {
    const { run, closed } = await imapAgainst({ kind: 'flood', greeting: '* OK IMAP4rev1 ready\r\n* OK ', chunk: 'x'.repeat(4096) });
    assert.deepEqual({ ok: run.result.ok, category: run.result.category }, { ok: false, category: 'unexpected_server_reply' });
    assertBounded(run);
    assert.equal(closed, true);
  });

  it('refuses a literal announced at a gigabyte instead of waiting for it', async () => {
    const { run, closed } = await imapAgainst({
      kind: 'lines', greeting: '* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] ready\r\n',
      answer: (line) => `* 1 FETCH (BODY[] {1000000000}\r\n${line.split(' ')[0]} OK done\r\n`,
    });
    assert.deepEqual({ ok: run.result.ok, category: run.result.category, code: run.result.error?.code },
      { ok: false, category: 'unexpected_server_reply', code: 'unexpected_server_reply' });
    assertBounded(run);
    assert.equal(closed, true);
  });
});

describe('SMTP probe against a hostile server', () => {
  it('stops reading a reply that never completes (endless "220-" lines)', async () => {
    const server = await startScriptedServer({ kind: 'flood', greeting: '220-mx.example ESMTP\r\n', chunk: '220-still greeting\r\n' });
    try {
      const run = await measured(() => probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: DEADLINE_MS }));
      assert.deepEqual({ ok: run.result.ok, category: run.result.category, code: run.result.error?.code },
        { ok: false, category: 'unexpected_server_reply', code: 'unexpected_server_reply' });
      assertBounded(run);
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });

  it('names a web page instead of a greeting unexpected_server_reply, not a blocked network', async () => {
    const server = await startScriptedServer({ kind: 'garbage', bytes: 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n' });
    try {
      const r = await probeSmtp({ host: '127.0.0.1', port: server.port, user: USER, accessToken: TOKEN, timeoutMs: 3000 });
      assert.deepEqual({ category: r.category, reply: r.serverReply }, { category: 'unexpected_server_reply', reply: 'HTTP/1.1 400 Bad Request' });
      assert.equal(await server.tracker.allClosed(), true);
    } finally {
      await server.close();
    }
  });
});
