/**
 * Test helper: a real TCP server on 127.0.0.1:0 that misbehaves on purpose — stalls, resets,
 * sends garbage, or answers line by line from a script (e.g. `454 4.7.0 TLS not available`),
 * in plain TCP or TLS on connect.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { ConnectionTracker } from './connection-tracker.js';

/** How the server treats each connection. */
export type ScriptedBehaviour =
  /** Accepts and never sends a byte. */
  | { readonly kind: 'stall' }
  /** Sends `greeting`, then destroys the connection when the client sends anything. */
  | { readonly kind: 'reset-after-greeting'; readonly greeting: string }
  /** Sends these bytes and then waits. */
  | { readonly kind: 'garbage'; readonly bytes: string }
  /** Sends `greeting`, then answers each line the client sends with `answer(line)` (null = close). */
  | { readonly kind: 'lines'; readonly greeting: string; readonly answer: (line: string) => string | null }
  /** Sends `greeting`, then `chunk` again and again, as fast as the client reads, until closed. */
  | { readonly kind: 'flood'; readonly greeting: string; readonly chunk: string };

/** A running scripted server. */
export interface ScriptedServer {
  readonly port: number;
  readonly tracker: ConnectionTracker;
  /** Every line clients sent, in order. */
  readonly received: string[];
  close(): Promise<void>;
}

/** Starts a scripted server; with `tls` it speaks TLS on connect (IMAPS) with that certificate. */
export async function startScriptedServer(behaviour: ScriptedBehaviour, options: { tls?: SandboxTlsMaterial } = {}): Promise<ScriptedServer> {
  const received: string[] = [];
  const tracker = new ConnectionTracker();
  const onSocket = (socket: net.Socket): void => {
    socket.on('error', () => undefined);
    // Read and drop what the client sends: a paused socket would never see the client's FIN.
    if (behaviour.kind === 'stall') {
      socket.resume();
      return;
    }
    if (behaviour.kind === 'garbage') {
      socket.write(behaviour.bytes);
      socket.resume();
      return;
    }
    if (behaviour.kind === 'flood') {
      const chunk = Buffer.from(behaviour.chunk.repeat(Math.max(1, Math.floor(16_384 / behaviour.chunk.length))));
      const pump = (): void => {
        while (!socket.destroyed && socket.writable) {
          if (!socket.write(chunk)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      socket.write(behaviour.greeting);
      socket.resume();
      pump();
      return;
    }
    socket.write(behaviour.greeting);
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      if (behaviour.kind === 'reset-after-greeting') {
        received.push(chunk.toString('utf8').trimEnd());
        // A TLS socket cannot send a TCP RST itself; reset the TCP connection under it.
        const tcp = (socket as net.Socket & { _parent?: net.Socket })._parent;
        if (socket instanceof tls.TLSSocket) (tcp ?? socket).destroy();
        else socket.resetAndDestroy();
        return;
      }
      buffer += chunk.toString('utf8');
      let index: number;
      while ((index = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, index).replace(/\r$/, '');
        buffer = buffer.slice(index + 1);
        received.push(line);
        const reply = behaviour.answer(line);
        if (reply === null) {
          socket.end();
          return;
        }
        socket.write(reply);
      }
    });
  };
  // The tracker counts TCP connections, so a client that never finishes TLS is counted too.
  const server = options.tls
    ? tls.createServer({ cert: options.tls.certPem, key: options.tls.keyPem }, onSocket)
    : net.createServer(onSocket);
  server.on('tlsClientError', () => undefined);
  tracker.watch(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    tracker,
    received,
    close: () => {
      tracker.destroyAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
