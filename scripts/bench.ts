/**
 * `npm run bench` — how fast the assistant's checks are next to the tools people compare them
 * with (issue 4 §6). Not part of the test run. In one run, side by side:
 *   - our SMTP and IMAP probes against curl doing the same XOAUTH2 exchange with the same
 *     sandbox servers, on plain loopback and over a link with ≈ 20 ms round trip;
 *   - the full check against its slowest single part, on loopback (for information: the check is
 *     CPU-bound there on a small machine) and over the delayed link (judged), where every
 *     endpoint the check talks to — login/Entra origin, Graph origin, SMTP, IMAP — is delayed;
 *   - `node dist/cli/cli.js --version` against a bare `node -e ""`;
 *   - the error decoder on three 1 MB pastes, in process and by the CLI (scripts/bench/decode-speed.ts).
 * Prints medians, p90, ratios, command lines and wire round trips, and a verdict per target:
 * SMTP ≤ 1.05× curl and IMAP ≤ 1.10× curl on the delayed link, full check ≤ 1.25× its slowest
 * part, CLI ≤ 1.5× bare Node, a 1 MB paste decoded in ≤ 0.5 s in process and ≤ 1 s by the CLI. Exit code: 0 all measured targets pass, 1 one fails, 2 usage, 3
 * could not run.
 *
 * Usage: npm run bench -- [--runs N] [--warmups N] [--delay auto|netem|relay|off] [--build] [--json]
 * --build rebuilds dist/ first (else only when dist/cli/cli.js is missing); --json prints the
 * numbers as JSON instead of tables.
 * Needs: curl; Node with the repo's dependencies; optionally hyperfine (else an own loop).
 * The delayed link wants root (CAP_NET_ADMIN), iproute2 and the sch_netem qdisc: it creates a
 * namespace `m365bench-<pid>` with a veth pair (10.200.N.1/.2) and netem 10 ms on both ends,
 * and always removes it again. Without netem, `auto` (the default) delays in a user-space relay
 * instead and says so; `--delay netem` then skips the delayed part. The delayed full check always
 * needs a namespace (`m365bench-<pid>-check`, see scripts/bench/check-link.ts) and makes at most
 * 10 measured runs. Takes about 2 minutes.
 * Tokens stay in memory: the probe worker gets them on stdin, curl through `-K -`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCliBundle, measureCliStartup } from './bench/cli-startup.js';
import { openDelayedLink, openLoopbackLink, type DelayMode, type Link } from './bench/links.js';
import { fullCheckSubject } from './bench/check-subject.js';
import { openCheckLink } from './bench/check-link.js';
import { checkEndpoints, measureFullCheckOverLink, type DelayedFullCheck } from './bench/delayed-check.js';
import { compareFullCheck } from './bench/full-check.js';
import { measureDecodeSpeed } from './bench/decode-speed.js';
import { compareProtocol, type RunCounts } from './bench/protocol-bench.js';
import { formatReport, type BenchResults, type LinkResult, type MachineFacts } from './bench/report.js';
import { fetchAppOnlyToken, startSandboxProcess, type SandboxEndpoints } from './bench/sandbox-process.js';
import { verdicts, type Measured } from './bench/verdicts.js';
import { startWorker } from './bench/worker-client.js';

const REPO_ROOT = path.resolve(__dirname, '..');
const ONE_WAY_DELAY_MS = 10;
/** Measured runs of the delayed full check at most: each iteration (whole + parts) waits ≈ 1 s on the link. */
const DELAYED_CHECK_MAX_RUNS = 10;
/** Measured decodes per 1 MB shape at most (each CLI run takes about a second). */
const DECODE_MAX_RUNS = 10;

interface Args extends RunCounts { readonly delay: DelayMode; readonly json: boolean; readonly build: boolean }

const USAGE = 'usage: npm run bench -- [--runs N] [--warmups N] [--delay auto|netem|relay|off] [--build] [--json]\n';

function parseArgs(argv: readonly string[]): Args | 'help' | string {
  let runs = 20;
  let warmups = 2;
  let delay: DelayMode = 'auto';
  let json = false;
  let build = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => Number(argv[++i]);
    if (a === '--runs') runs = num();
    else if (a === '--warmups') warmups = num();
    else if (a === '--delay') delay = argv[++i] as DelayMode;
    else if (a === '--json') json = true;
    else if (a === '--build') build = true;
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown option "${a ?? ''}"`;
  }
  if (!Number.isInteger(runs) || runs < 3) return '--runs needs a whole number ≥ 3';
  if (!Number.isInteger(warmups) || warmups < 0) return '--warmups needs a whole number ≥ 0';
  if (!['auto', 'netem', 'relay', 'off'].includes(delay)) return '--delay is auto, netem, relay or off';
  return { runs, warmups, delay, json, build };
}

/** Cleanups run newest first, on success, on error and on SIGINT/SIGTERM. */
const cleanups: (() => Promise<void> | void)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (err) {
      process.stderr.write(`bench: cleanup failed: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

const progress = (line: string): void => { process.stderr.write(`bench: ${line}\n`); };

/** Runs the worker's clients over one link: SMTP then IMAP, ours against curl. */
async function measureLink(title: string, link: Link, info: SandboxEndpoints, token: string, counts: RunCounts, rttMs: number): Promise<LinkResult> {
  const config = { smtp: link.smtp, imap: link.imap, caCertPath: info.caCertPath, mailbox: info.mailbox, accessToken: token };
  const worker = await startWorker(REPO_ROOT, config, link.netns);
  cleanups.push(() => worker.stop());
  progress(`${title}: SMTP, ours vs curl`);
  const smtp = await compareProtocol(worker, 'smtp', counts, link.smtpRelay);
  progress(`${title}: IMAP, ours vs curl`);
  const imap = await compareProtocol(worker, 'imap', counts, link.imapRelay);
  await cleanups.pop()!();
  return { title, description: link.description, rttMs, smtp, imap, ...(link.notice ? { notice: link.notice } : {}) };
}

/** Opens a link, measures over it, closes it (also on failure). */
async function overLink(title: string, link: Link, info: SandboxEndpoints, token: string, counts: RunCounts, rttMs: number): Promise<LinkResult> {
  cleanups.push(() => link.close());
  const result = await measureLink(title, link, info, token, counts, rttMs);
  await cleanups.pop()!();
  return result;
}

/** The full check over its own delayed link (every endpoint relayed), or why it was not measured. */
async function delayedFullCheck(args: Args, info: SandboxEndpoints, token: string): Promise<Measured<DelayedFullCheck>> {
  const link = await openCheckLink(REPO_ROOT, args.delay, checkEndpoints(info), ONE_WAY_DELAY_MS);
  if ('skipped' in link) return link;
  cleanups.push(() => link.close());
  const counts = { warmups: args.warmups, runs: Math.min(args.runs, DELAYED_CHECK_MAX_RUNS) };
  const result = await measureFullCheckOverLink(REPO_ROOT, link, 2 * ONE_WAY_DELAY_MS, { info, accessToken: token, ...counts }, progress);
  await cleanups.pop()!();
  return result;
}

function machineFacts(): MachineFacts {
  const curl = spawnSync('curl', ['--version'], { encoding: 'utf8' });
  return {
    cores: os.availableParallelism(), loadAtStart: os.loadavg()[0]!, node: process.version,
    curl: curl.status === 0 ? (curl.stdout.split('\n')[0] ?? '').split(' ').slice(0, 2).join(' ') : 'curl not found',
  };
}

async function bench(args: Args): Promise<BenchResults> {
  const machine = machineFacts();
  progress('starting the sandbox tenant');
  const sandbox = await startSandboxProcess(REPO_ROOT);
  cleanups.push(() => sandbox.stop());
  const { info } = sandbox;
  const token = await fetchAppOnlyToken(info);

  const loopback = await overLink('Loopback', await openLoopbackLink(info.smtp, info.imap), info, token, args, 0);
  const link = await openDelayedLink(REPO_ROOT, args.delay, info.smtp, info.imap, ONE_WAY_DELAY_MS);
  const delayed: Measured<LinkResult> = 'skipped' in link ? link : await overLink('Delayed link', link, info, token, args, 2 * ONE_WAY_DELAY_MS);

  progress('full check vs its parts, loopback');
  const fullCheck = await compareFullCheck(await fullCheckSubject(info, token), args.warmups, args.runs);
  progress('full check vs its parts, delayed link');
  const fullCheckDelayed = await delayedFullCheck(args, info, token);

  progress('CLI start-up vs bare node');
  const bundle = ensureCliBundle(REPO_ROOT, args.build);
  const cli = typeof bundle === 'string' ? measureCliStartup(bundle, args.warmups, Math.max(args.runs, 30)) : { skipped: bundle.unavailable };
  progress('decoder on 1 MB pastes, in process and CLI');
  const decodeSpeed = typeof bundle === 'string'
    ? { shapes: measureDecodeSpeed(bundle, args.warmups, Math.min(args.runs, DECODE_MAX_RUNS)) }
    : { skipped: bundle.unavailable };

  const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const delayedForVerdict = 'skipped' in delayed ? delayed : { rttMs: delayed.rttMs, smtp: delayed.smtp, imap: delayed.imap };
  return {
    machine, warmups: args.warmups, runs: args.runs, loopback, delayed, fullCheck, fullCheckDelayed, cli, decodeSpeed,
    verdicts: verdicts(delayedForVerdict, fullCheckDelayed, cli, version, decodeSpeed),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    process.stderr.write(`bench: ${args}\n${USAGE}`);
    return 2;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { void cleanUp().then(() => process.exit(130)); });
  }
  try {
    const results = await bench(args);
    process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : formatReport(results));
    return results.verdicts.some((v) => v.status === 'FAIL' || v.status === 'ERROR') ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`bench: could not run: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
