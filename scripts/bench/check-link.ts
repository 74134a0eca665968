/**
 * The delayed path for the full check. The check talks to four endpoints — the login/Entra
 * origin, the Graph origin, SMTP and IMAP — and the sandbox hands out URLs built from its own
 * origins (the discovery document's token_endpoint, which MSAL follows; MSAL also refuses an
 * authority whose port differs from the document's issuer), so relays on other ports cannot
 * carry the check faithfully. Instead the check runs in a network namespace whose own
 * 127.0.0.1 has a relay on each of the sandbox's very port numbers: every URL the sandbox
 * names leads into a relay, TLS passes through untouched (certificates for 127.0.0.1 hold),
 * and the sandbox itself is reachable from there only through the relays.
 *   check (namespace) → relay on 127.0.0.1:<sandbox port> → veth → relay on the host's veth
 *   address → sandbox on 127.0.0.1:<sandbox port>
 * The delay: netem on both veth ends when the kernel has it, else the host-side relays hold
 * each chunk `oneWayMs` per direction (relay.ts). The host-side relays count the traffic.
 */
import type { ChildProcess } from 'node:child_process';
import { startNamespaceRelays, stopChild, type DelayMode } from './links.js';
import { createBenchNamespace, createDelayNamespace, type BenchNamespace } from './netns.js';
import { startRelay, type Relay } from './relay.js';

/** One endpoint of the sandbox that the check talks to. */
export interface CheckEndpoint {
  /** e.g. `login/Entra origin`. */
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** An open link for the full check. */
export interface CheckLink {
  readonly kind: 'netem' | 'relay';
  /** One line for the report: how the delay is made. */
  readonly description: string;
  /** Why netem was not used, when it was not. */
  readonly notice?: string;
  /** Namespace the check must run in. */
  readonly netns: string;
  /** The host-side relay of each endpoint (same order): its connections are the check's. */
  readonly relays: readonly { readonly endpoint: CheckEndpoint; readonly relay: Relay }[];
  close(): Promise<void>;
}

async function open(repoRoot: string, ns: BenchNamespace, endpoints: readonly CheckEndpoint[], userSpaceDelayMs: number): Promise<{ relays: CheckLink['relays']; close(): Promise<void> }> {
  const relays: { endpoint: CheckEndpoint; relay: Relay }[] = [];
  let inside: { child: ChildProcess } | undefined;
  const close = async (): Promise<void> => {
    if (inside) await stopChild(inside.child);
    await Promise.all(relays.map((r) => r.relay.close()));
    ns.remove();
  };
  try {
    for (const endpoint of endpoints) {
      const relay = await startRelay({ listenHost: ns.hostAddress, targetHost: endpoint.host, targetPort: endpoint.port, delayMs: userSpaceDelayMs });
      relays.push({ endpoint, relay });
    }
    inside = await startNamespaceRelays(repoRoot, ns.name, ns.hostAddress, relays.map((r) => `${r.relay.port}@${r.endpoint.port}`));
    return { relays, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Opens the full check's delayed link, or answers why there is none. */
export async function openCheckLink(repoRoot: string, mode: DelayMode, endpoints: readonly CheckEndpoint[], oneWayMs: number): Promise<CheckLink | { readonly skipped: string }> {
  if (mode === 'off') return { skipped: 'delay measurements switched off (--delay off)' };
  const rtt = `round trip ≈ ${2 * oneWayMs} ms`;
  let why: string | null = null;
  if (mode !== 'relay') {
    const ns = createDelayNamespace(oneWayMs, 'check');
    if (!('unavailable' in ns)) {
      const link = await open(repoRoot, ns, endpoints, 0);
      return { kind: 'netem', description: `netem ${oneWayMs} ms on each end of a veth pair, ${rtt}`, netns: ns.name, ...link };
    }
    if (mode === 'netem') return { skipped: ns.unavailable };
    why = ns.unavailable;
  }
  const ns = createBenchNamespace('check');
  if ('unavailable' in ns) return { skipped: `the full check's delayed link needs a network namespace: ${ns.unavailable}` };
  const link = await open(repoRoot, ns, endpoints, oneWayMs);
  return {
    kind: 'relay',
    description: `user-space relays holding each chunk ${oneWayMs} ms per direction, ${rtt}`,
    ...(why ? { notice: `${why}; the delay is made in user space instead` } : {}),
    netns: ns.name, ...link,
  };
}
