/**
 * The paths from the clients to the sandbox. Every path has relays on the host side that time
 * each connection and count its round trips, so ours and curl are clocked the same way.
 *  loopback: a relay on 127.0.0.1 without delay.
 * The delayed path, about 20 ms round trip:
 *  netem: clients in a namespace → relay on 127.0.0.1 there (the certificate's name) → veth
 *         with netem on both ends → relay on the host's veth address → sandbox on 127.0.0.1.
 *  relay: when netem is not available, one user-space relay on 127.0.0.1 that holds each chunk
 *         10 ms per direction. Round trips cost the same; what it cannot show is TCP's own
 *         reaction to latency (Nagle, delayed ACKs), since the clients' TCP sees loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createDelayNamespace } from './netns.js';
import { startRelay, type Relay } from './relay.js';

/** How to delay: netem if possible else user space (auto), only one of them, or not at all. */
export type DelayMode = 'auto' | 'netem' | 'relay' | 'off';

/** An open link. */
export interface Link {
  readonly kind: 'loopback' | 'netem' | 'relay';
  /** One line for the report: the path and how its delay is made. */
  readonly description: string;
  /** Why the preferred way (netem) was not used, when it was not. */
  readonly notice?: string;
  /** Namespace the clients must run in (netem only). */
  readonly netns?: string;
  /** Where the clients connect. */
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
  /** Host-side relays, whose connection records hold the timings and flight counts. */
  readonly smtpRelay: Relay;
  readonly imapRelay: Relay;
  close(): Promise<void>;
}

type Target = { readonly host: string; readonly port: number };

/**
 * Starts relay-main.ts inside `netns`, forwarding to `hostAddress`: one relay per target port,
 * on a free port or, for `port@listenPort`, on that one. Resolves with the listening ports.
 */
export function startNamespaceRelays(repoRoot: string, netns: string, hostAddress: string, ports: readonly (number | string)[]): Promise<{ child: ChildProcess; ports: number[] }> {
  const child = spawn('ip', ['netns', 'exec', netns, process.execPath, '--import', 'tsx', path.join(repoRoot, 'scripts/bench/relay-main.ts'), hostAddress, ...ports.map(String)], {
    cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the namespace relay exited with ${String(code)}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      child.removeAllListeners('exit');
      resolve({ child, ports: (JSON.parse(line) as { ports: number[] }).ports });
    });
  });
}

/** Closes the child's stdin (relay-main then exits), SIGKILL after 3 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.stdin?.end();
  });
}

async function openNetem(repoRoot: string, smtp: Target, imap: Target, oneWayMs: number): Promise<Link | string> {
  const ns = createDelayNamespace(oneWayMs);
  if ('unavailable' in ns) return ns.unavailable;
  const relays: Relay[] = [];
  try {
    relays.push(await startRelay({ listenHost: ns.hostAddress, targetHost: smtp.host, targetPort: smtp.port }));
    relays.push(await startRelay({ listenHost: ns.hostAddress, targetHost: imap.host, targetPort: imap.port }));
    const inside = await startNamespaceRelays(repoRoot, ns.name, ns.hostAddress, relays.map((r) => r.port));
    return {
      kind: 'netem',
      description: `netem ${oneWayMs} ms on each end of a veth pair (namespace ${ns.name}, ${ns.nsAddress} ↔ ${ns.hostAddress}), round trip ≈ ${2 * oneWayMs} ms`,
      netns: ns.name,
      smtp: { host: '127.0.0.1', port: inside.ports[0]! },
      imap: { host: '127.0.0.1', port: inside.ports[1]! },
      smtpRelay: relays[0]!, imapRelay: relays[1]!,
      async close() {
        await stopChild(inside.child);
        await Promise.all(relays.map((r) => r.close()));
        ns.remove();
      },
    };
  } catch (err) {
    await Promise.all(relays.map((r) => r.close()));
    ns.remove();
    throw err;
  }
}

/** The loopback link: relays that time and count, adding no delay. */
export async function openLoopbackLink(smtp: Target, imap: Target): Promise<Link> {
  const smtpRelay = await startRelay({ listenHost: '127.0.0.1', targetHost: smtp.host, targetPort: smtp.port });
  const imapRelay = await startRelay({ listenHost: '127.0.0.1', targetHost: imap.host, targetPort: imap.port });
  return {
    kind: 'loopback',
    description: '127.0.0.1 through a relay that adds no delay',
    smtp: { host: '127.0.0.1', port: smtpRelay.port },
    imap: { host: '127.0.0.1', port: imapRelay.port },
    smtpRelay, imapRelay,
    close: async () => { await Promise.all([smtpRelay.close(), imapRelay.close()]); },
  };
}

async function openUserSpace(smtp: Target, imap: Target, oneWayMs: number, why: string | null): Promise<Link> {
  const smtpRelay = await startRelay({ listenHost: '127.0.0.1', targetHost: smtp.host, targetPort: smtp.port, delayMs: oneWayMs });
  const imapRelay = await startRelay({ listenHost: '127.0.0.1', targetHost: imap.host, targetPort: imap.port, delayMs: oneWayMs });
  return {
    kind: 'relay',
    description: `user-space relay holding each chunk ${oneWayMs} ms per direction, round trip ≈ ${2 * oneWayMs} ms`,
    ...(why ? { notice: `${why}; the delay is made in user space instead` } : {}),
    smtp: { host: '127.0.0.1', port: smtpRelay.port },
    imap: { host: '127.0.0.1', port: imapRelay.port },
    smtpRelay, imapRelay,
    close: async () => { await Promise.all([smtpRelay.close(), imapRelay.close()]); },
  };
}

/** Opens the delayed link, or answers why there is none. */
export async function openDelayedLink(repoRoot: string, mode: DelayMode, smtp: Target, imap: Target, oneWayMs: number): Promise<Link | { readonly skipped: string }> {
  if (mode === 'off') return { skipped: 'delay measurements switched off (--delay off)' };
  if (mode === 'relay') return openUserSpace(smtp, imap, oneWayMs, null);
  const netem = await openNetem(repoRoot, smtp, imap, oneWayMs);
  if (typeof netem !== 'string') return netem;
  if (mode === 'netem') return { skipped: netem };
  return openUserSpace(smtp, imap, oneWayMs, netem);
}
