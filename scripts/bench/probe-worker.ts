/**
 * The client side of the bench, one long-lived process (started inside the delay namespace
 * when there is one): it runs our SMTP/IMAP probe in-process, timed from the call to its
 * return (socket closed), or curl for the same exchange. Talks JSON lines over stdin/stdout:
 * first a WorkerConfig line (holds the token: stdin only, never argv, env or disk), then one
 * WorkerRequest per line, each answered by a WorkerReply line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { probeImap } from '../../electron/core/probes/imap-probe.js';
import { probeSmtp } from '../../electron/core/probes/smtp-probe.js';
import { CURL_TEST_MESSAGE, runCurl } from './curl-exchange.js';

/** Where the worker's clients connect (127.0.0.1: the name the sandbox certificate carries). */
export interface WorkerConfig {
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
  readonly caCertPath: string;
  readonly mailbox: string;
  readonly accessToken: string;
}

/** One exchange to run. */
export interface WorkerRequest {
  readonly id: number;
  readonly client: 'ours' | 'curl';
  readonly protocol: 'smtp' | 'imap';
  /** Also count the client's command lines (curl then runs with -v). */
  readonly count: boolean;
}

/** The answer to one request. */
export interface WorkerReply {
  readonly id: number;
  readonly ok: boolean;
  readonly ms: number;
  readonly commands?: number;
  readonly error?: string;
}

async function runOurs(config: WorkerConfig, req: WorkerRequest): Promise<Omit<WorkerReply, 'id'>> {
  const common = { caCertPath: config.caCertPath, user: config.mailbox, accessToken: config.accessToken };
  const started = performance.now();
  const result = req.protocol === 'smtp'
    ? await probeSmtp({ ...common, ...config.smtp, testMessage: { from: config.mailbox, to: config.mailbox } })
    : await probeImap({ ...common, ...config.imap });
  const ms = performance.now() - started;
  // Client lines of the (redacted) transcript: commands, and `[test message]` for the body.
  const commands = result.transcript.filter((l) => l.startsWith('C: ')).length;
  return {
    ok: result.ok, ms, ...(req.count ? { commands } : {}),
    ...(result.ok ? {} : { error: `${result.error?.code ?? '?'}: ${result.serverReply ?? result.error?.message ?? ''}` }),
  };
}

async function serve(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'm365-bench-'));
  const lines = createInterface({ input: process.stdin });
  let config: WorkerConfig | null = null;
  let messagePath = '';
  try {
    for await (const line of lines) {
      if (!config) {
        config = JSON.parse(line) as WorkerConfig;
        messagePath = path.join(dir, 'message.eml');
        writeFileSync(messagePath, CURL_TEST_MESSAGE.replaceAll('{mailbox}', config.mailbox));
        process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
        continue;
      }
      const req = JSON.parse(line) as WorkerRequest;
      const reply = req.client === 'ours'
        ? await runOurs(config, req)
        : await runCurl({ ...config[req.protocol], protocol: req.protocol, caCertPath: config.caCertPath, mailbox: config.mailbox, accessToken: config.accessToken, messagePath }, req.count);
      process.stdout.write(`${JSON.stringify({ id: req.id, ...reply } satisfies WorkerReply)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // The bench went away (Ctrl+C): nothing left to answer.
  process.stdout.on('error', () => process.exit(0));
  serve().catch((err: unknown) => {
    process.stderr.write(`bench worker: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
