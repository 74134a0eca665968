/**
 * The Exchange Online IMAP stand-in (outlook.office365.com:993): TLS from the first byte with
 * the sandbox CA's certificate (TLS 1.2+), one ImapSession per connection.
 */
import type net from 'node:net';
import tls from 'node:tls';
import type { SandboxContext } from '../context.js';
import type { RunningServer } from '../running-server.js';
import { ImapCommandReader } from './imap-command-reader.js';
import { ImapSession } from './imap-session.js';
import { IMAP_REPLIES } from './replies.js';

function serve(ctx: SandboxContext, socket: tls.TLSSocket): void {
  // Multi-line replies (CAPABILITY, LIST) are written line by line; without this each one
  // waits for the client's delayed ACK (~40 ms), which Exchange does not do.
  socket.setNoDelay(true);
  const write = (line: string): void => {
    if (socket.writable) socket.write(`${line}\r\n`);
  };
  const session = new ImapSession(ctx, {
    write,
    close: () => socket.end(),
    setIdleTimeout: (ms) => socket.setTimeout(ms),
  });
  const reader = new ImapCommandReader(
    (line) => session.onLine(line),
    () => write('+ Ready for additional command text.'),
    () => {
      write(IMAP_REPLIES.bye);
      socket.destroy();
    },
  );
  socket.on('data', (chunk: Buffer) => reader.push(chunk));
  socket.on('timeout', () => {
    write(IMAP_REPLIES.idleTimeout);
    socket.end();
  });
  // A client that vanishes mid-session is normal; nothing to report.
  socket.on('error', () => socket.destroy());
  session.start();
}

/** Starts the IMAP server (TLS on connect) on 127.0.0.1. */
export async function startExchangeImap(ctx: SandboxContext, port = 0): Promise<RunningServer> {
  const sockets = new Set<tls.TLSSocket>();
  const server = tls.createServer({ cert: ctx.tls.certPem, key: ctx.tls.keyPem, minVersion: 'TLSv1.2' }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(ctx, socket);
  });
  server.on('tlsClientError', (err: Error) => ctx.log(`exchange imap: TLS handshake failed: ${err.message}`));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
