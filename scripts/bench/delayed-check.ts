/**
 * The full check against its slowest part over the delayed link — what a real network looks
 * like, and what the 1.25× target is judged on (on loopback the check is CPU-bound on a small
 * machine, so concurrency cannot show). Runs check-worker.ts inside the check link's
 * namespace (check-link.ts), and reads from the host-side relays which endpoints carried how much traffic.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { CheckEndpoint, CheckLink } from './check-link.js';
import type { CheckWorkerConfig, CheckWorkerMessage } from './check-worker.js';
import type { FullCheckComparison } from './full-check.js';
import type { SandboxEndpoints } from './sandbox-process.js';

/** Connections and client flights one endpoint's relay saw. */
export interface EndpointTraffic {
  readonly endpoint: string;
  readonly connections: number;
  readonly flights: number;
}

/** The full check over the delayed link. */
export interface DelayedFullCheck extends FullCheckComparison {
  /** How the delay is made. */
  readonly description: string;
  /** The namespace the check ran in, and the endpoints relayed there on their own port numbers. */
  readonly netns: string;
  readonly endpoints: readonly CheckEndpoint[];
  readonly notice?: string;
  readonly rttMs: number;
  readonly warmups: number;
  readonly runs: number;
  /**
   * In total during set-up (the admin sign-in) and the warm-ups (the first tokens, Graph's
   * connections), and per measured iteration (whole + every part).
   */
  readonly traffic: {
    readonly setUp: readonly EndpointTraffic[];
    readonly warmups: readonly EndpointTraffic[];
    readonly perIteration: readonly EndpointTraffic[];
  };
}

/** What the check talks to, from the sandbox's info line. */
export function checkEndpoints(info: SandboxEndpoints): CheckEndpoint[] {
  const origin = (name: string, url: string): CheckEndpoint => {
    const u = new URL(url);
    return { name, host: u.hostname, port: Number(u.port || 443) };
  };
  return [
    origin('login/Entra origin', info.authority),
    origin('Graph origin', info.graph),
    { name: 'SMTP', ...info.smtp },
    { name: 'IMAP', ...info.imap },
  ];
}

type Counters = number[][];
const countersOf = (link: CheckLink): Counters =>
  link.relays.map(({ relay }) => [relay.connections.length, relay.connections.reduce((n, c) => n + c.clientFlights, 0)]);
const trafficBetween = (link: CheckLink, from: Counters, to: Counters, per: number): EndpointTraffic[] =>
  link.relays.map(({ endpoint }, i) => ({
    endpoint: endpoint.name,
    connections: (to[i]![0]! - from[i]![0]!) / per,
    flights: (to[i]![1]! - from[i]![1]!) / per,
  }));

/** Measures the full check over an open check link (`rttMs` its round trip). */
export async function measureFullCheckOverLink(
  repoRoot: string, link: CheckLink, rttMs: number, config: CheckWorkerConfig, progress: (line: string) => void,
): Promise<DelayedFullCheck> {
  const child = spawn('ip', ['netns', 'exec', link.netns, process.execPath, '--import', 'tsx', path.join(repoRoot, 'scripts/bench/check-worker.ts')], {
    cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const start = countersOf(link);
  let prepared = start;
  let warm = start;
  try {
    return await new Promise<DelayedFullCheck>((resolve, reject) => {
      // 'close', not 'exit': stdout is read to its end first, the result line included.
      child.once('close', (code, signal) => reject(new Error(`the check worker exited (${signal ?? String(code)}) without a result`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        let msg: CheckWorkerMessage;
        try {
          msg = JSON.parse(line) as CheckWorkerMessage;
        } catch {
          return; // not one of ours
        }
        if ('prepared' in msg) {
          prepared = countersOf(link);
          progress(`full check over the delayed link: set-up done, ${config.warmups} warm-ups + ${config.runs} runs`);
        } else if ('warm' in msg) {
          warm = countersOf(link);
          child.stdin!.write('go\n');
        } else if ('error' in msg) reject(new Error(`the check worker failed: ${msg.error}`));
        else if ('result' in msg) {
          resolve({
            ...msg.result, description: link.description, ...(link.notice ? { notice: link.notice } : {}),
            netns: link.netns, endpoints: link.relays.map((r) => r.endpoint), rttMs, warmups: config.warmups, runs: config.runs,
            traffic: {
              setUp: trafficBetween(link, start, prepared, 1),
              warmups: trafficBetween(link, prepared, warm, 1),
              perIteration: trafficBetween(link, warm, countersOf(link), config.runs),
            },
          });
        }
      });
      child.stdin!.write(`${JSON.stringify(config)}\n`);
    });
  } finally {
    clearTimeout(timer);
    child.stdin!.end();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}
