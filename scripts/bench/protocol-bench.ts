/**
 * Our SMTP and IMAP probes against curl over one link. Both are clocked the same way: on the
 * wire, by the relay in front of the sandbox, from the connection's accept to the client's
 * FIN — teardown (QUIT/LOGOUT) included for both. Each client's own view is kept beside it:
 * ours from call to return, curl's time_total (which stops before curl's LOGOUT/QUIT).
 * Runs alternate ours and curl so drift hits both alike; one more run of each counts the
 * command lines sent (curl then runs with -v).
 */
import type { Relay } from './relay.js';
import { summarise, type Summary } from './stats.js';
import type { Worker } from './worker-client.js';

/** One client's numbers for one protocol on one link. */
export interface ClientResult {
  /** On the wire: accept → client's FIN. */
  readonly wire: Summary;
  /** The client's own clock (ours: call → return; curl: time_total). */
  readonly own: Summary;
  readonly commands?: number;
  /** Client flights after the TCP connect (round trips, TLS handshake included). */
  readonly flights?: number;
}

/** One protocol's comparison on one link. */
export interface ProtocolComparison {
  readonly protocol: 'smtp' | 'imap';
  readonly ours: ClientResult;
  readonly curl: ClientResult;
  /** The first failure, if any run failed (then the timings are not trustworthy). */
  readonly failure?: string;
}

/** How many runs to make. */
export interface RunCounts {
  readonly warmups: number;
  readonly runs: number;
}

interface Session { readonly wireMs: number; readonly flights: number }

/** The connections opened since `before`, once their clients are done (at most 2 s). */
async function sessionSince(relay: Relay, before: number): Promise<Session | undefined> {
  const conns = relay.connections.slice(before);
  if (conns.length === 0) return undefined;
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 2_000).unref());
  if (await Promise.race([Promise.all(conns.map((c) => c.clientDone)), timeout]) === 'timeout') return undefined;
  return {
    wireMs: Math.max(...conns.map((c) => c.clientEndedAt!)) - conns[0]!.openedAt,
    flights: conns.reduce((n, c) => n + c.clientFlights, 0),
  };
}

/** Compares ours and curl for one protocol over the worker's link, clocked by `relay`. */
export async function compareProtocol(worker: Worker, protocol: 'smtp' | 'imap', counts: RunCounts, relay: Relay): Promise<ProtocolComparison> {
  let failure: string | undefined;
  const times = { ours: { wire: [] as number[], own: [] as number[] }, curl: { wire: [] as number[], own: [] as number[] } };
  const once = async (client: 'ours' | 'curl', count: boolean): Promise<{ commands?: number; flights?: number }> => {
    const before = relay.connections.length;
    const reply = await worker.run({ client, protocol, count });
    const session = await sessionSince(relay, before);
    if (!reply.ok) failure ??= `${client}: ${reply.error ?? 'failed'}`;
    else if (!session) failure ??= `${client}: the relay saw no finished connection`;
    if (!count) {
      times[client].wire.push(session?.wireMs ?? Number.NaN);
      times[client].own.push(reply.ms);
    }
    return { ...(reply.commands !== undefined ? { commands: reply.commands } : {}), ...(session ? { flights: session.flights } : {}) };
  };
  for (let i = 0; i < counts.warmups + counts.runs; i++) {
    await once('ours', false);
    await once('curl', false);
  }
  const counted = { ours: await once('ours', true), curl: await once('curl', true) };
  const result = (client: 'ours' | 'curl'): ClientResult => {
    const measured = (t: number[]) => t.slice(counts.warmups);
    return {
      wire: summarise({ label: `${client} wire`, timesMs: measured(times[client].wire) }),
      own: summarise({ label: `${client} own`, timesMs: measured(times[client].own) }),
      ...counted[client],
    };
  };
  return { protocol, ours: result('ours'), curl: result('curl'), ...(failure ? { failure } : {}) };
}
