/** Exchange Online IMAP stand-in (placeholder until implemented). */
import net from 'node:net';
import type { SandboxContext } from '../context.js';
import type { RunningServer } from '../running-server.js';

/** Starts the IMAP server (TLS on connect) on 127.0.0.1. */
export async function startExchangeImap(_ctx: SandboxContext, port = 0): Promise<RunningServer> {
  const server = net.createServer((s) => s.end());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}
