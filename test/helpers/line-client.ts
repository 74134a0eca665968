/**
 * A bare line-based client for SMTP and IMAP tests that must send what no library sends (AUTH
 * before STARTTLS, a two-step AUTHENTICATE, unknown commands): write a line, read the next one.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { RunningSandbox } from './sandbox.js';

/** A connected line client. */
export interface LineClient {
  /** Milliseconds from connect to the first line. */
  readonly firstLineMs: Promise<number>;
  write(line: string): void;
  /** The next CRLF-terminated line from the server. */
  next(): Promise<string>;
  /** Reads lines until one matches, returning all read (the match last). */
  until(match: (line: string) => boolean): Promise<string[]>;
  close(): void;
}

function wrap(socket: net.Socket, started: number): LineClient {
  let buffered = '';
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  let resolveFirst: (ms: number) => void = () => undefined;
  const firstLineMs = new Promise<number>((r) => { resolveFirst = r; });
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    for (let i = buffered.indexOf('\r\n'); i !== -1; i = buffered.indexOf('\r\n')) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 2);
      resolveFirst(Date.now() - started);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else ready.push(line);
    }
  });
  socket.on('error', () => undefined);
  const next = (): Promise<string> => {
    const line = ready.shift();
    return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve));
  };
  return {
    firstLineMs,
    write: (line) => socket.write(`${line}\r\n`),
    next,
    async until(match) {
      const lines: string[] = [];
      for (;;) {
        const line = await next();
        lines.push(line);
        if (match(line)) return lines;
      }
    },
    close: () => socket.destroy(),
  };
}

/** Plain TCP to the sandbox SMTP port. */
export function smtpLineClient(sb: RunningSandbox): LineClient {
  const started = Date.now();
  return wrap(net.connect(sb.info.smtp.port, '127.0.0.1'), started);
}

/** TLS (verified against the sandbox CA) to the sandbox IMAP port. */
export function imapLineClient(sb: RunningSandbox): LineClient {
  const started = Date.now();
  return wrap(tls.connect({ host: '127.0.0.1', port: sb.info.imap.port, ca: sb.context.tls.caCertPem }), started);
}
