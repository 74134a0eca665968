/**
 * A TCP relay: listens, connects each client to the target, copies bytes both ways. It can
 * hold every chunk for `delayMs` in each direction (a user-space stand-in for netem when the
 * kernel has no sch_netem), and then also makes the TCP handshake cost what it would: the
 * target sees the connection 1.5 round trips after the client opened it, as over a real link.
 * Per connection it records how long the client kept it (accept → the client's FIN or close:
 * the same clock for every client, teardown included) and the client flights — a flight
 * starts when the client sends after the server has sent (or first): the round trips the
 * client made after the TCP connect.
 */
import net from 'node:net';

/** Where a relay listens and forwards to. */
export interface RelayOptions {
  readonly listenHost: string;
  /** 0 or absent: a free port. */
  readonly listenPort?: number;
  readonly targetHost: string;
  readonly targetPort: number;
  /** Held per chunk and direction; 0 = forward at once. */
  readonly delayMs?: number;
}

/** What the relay saw of one connection (performance.now() of this process). */
export interface RelayedConnection {
  readonly openedAt: number;
  /** When the client ended or closed its side; undefined while it is open. */
  clientEndedAt?: number;
  clientFlights: number;
  /** Resolves when the client has ended or closed its side. */
  readonly clientDone: Promise<void>;
}

/** A listening relay. */
export interface Relay {
  readonly port: number;
  /** Connections so far, oldest first. */
  readonly connections: readonly RelayedConnection[];
  close(): Promise<void>;
}

/** Runs `fn` after `ms` (at once for 0). Equal delays fire in call order (one list per duration). */
function after(ms: number, fn: () => void): void {
  if (ms > 0) setTimeout(fn, ms);
  else fn();
}

/** Copies `from` to `to()` with the delay; `to()` is null while the far side is not connected yet. */
function pipeDelayed(from: net.Socket, to: () => net.Socket | null, pending: Buffer[], delayMs: number, onChunk: () => void): void {
  from.on('data', (chunk: Buffer) => {
    onChunk();
    after(delayMs, () => {
      const target = to();
      if (!target) pending.push(chunk);
      else if (!target.destroyed) target.write(chunk);
    });
  });
  from.on('end', () => after(delayMs, () => { const t = to(); if (t && !t.destroyed) t.end(); }));
  from.on('error', () => after(delayMs, () => to()?.destroy()));
  from.on('close', () => after(delayMs, () => { const t = to(); if (t && !t.writableEnded) t.destroy(); }));
}

/** Starts a relay on `listenHost`, on `listenPort` or a free port. */
export function startRelay(options: RelayOptions): Promise<Relay> {
  const delayMs = options.delayMs ?? 0;
  const connections: RelayedConnection[] = [];
  const open = new Set<net.Socket>();
  const track = (s: net.Socket): void => {
    open.add(s);
    s.once('close', () => open.delete(s));
    // The relay itself must add no Nagle wait; the clients' own sockets stay as they are.
    s.setNoDelay(true);
  };
  const server = net.createServer((client) => {
    let markDone = (): void => undefined;
    const record: RelayedConnection = { openedAt: performance.now(), clientFlights: 0, clientDone: new Promise<void>((r) => { markDone = r; }) };
    const clientEnded = (): void => {
      record.clientEndedAt ??= performance.now();
      markDone();
    };
    client.once('end', clientEnded);
    client.once('close', clientEnded);
    connections.push(record);
    track(client);
    let upstream: net.Socket | null = null;
    const toServer: Buffer[] = [];
    let lastFromServer = true;
    pipeDelayed(client, () => upstream, toServer, delayMs, () => {
      if (lastFromServer) record.clientFlights++;
      lastFromServer = false;
    });
    // SYN there, SYN-ACK back, ACK there: the server accepts 1.5 round trips after the client began.
    after(3 * delayMs, () => {
      if (client.destroyed) return;
      const up = net.connect({ host: options.targetHost, port: options.targetPort });
      track(up);
      up.once('connect', () => {
        upstream = up;
        for (const chunk of toServer.splice(0)) up.write(chunk);
        if (client.readableEnded) up.end();
      });
      pipeDelayed(up, () => client, [], delayMs, () => { lastFromServer = true; });
    });
  });
  return new Promise<Relay>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listenPort ?? 0, options.listenHost, () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        connections,
        close: () => new Promise<void>((done) => {
          for (const s of open) s.destroy();
          server.close(() => done());
        }),
      });
    });
  });
}
