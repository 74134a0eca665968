/**
 * Opens a TCP connection to host:port — directly, through an HTTP CONNECT proxy, or through a
 * SOCKS5 proxy (the `socks` package) — and says in the reachability probe's words why it
 * could not: timeout = blocked, refusal (ECONNREFUSED, proxy 403/502) = refused, ENOTFOUND =
 * dns. The caller owns (and must destroy) the socket it gets.
 */
import net from 'node:net';
import { SocksClient } from 'socks';
import type { ProxyConfig } from './proxy-config.js';

/** Why a connection could not be made. */
export type ConnectFailure = 'blocked' | 'refused' | 'dns';

/** A failed connection attempt. */
export class ConnectError extends Error {
  constructor(readonly outcome: ConnectFailure, message: string, readonly code?: string) {
    super(message);
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA']);
const BLOCKED_CODES = new Set(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

function asConnectError(err: unknown, what: string): ConnectError {
  if (err instanceof ConnectError) return err;
  const code = (err as { code?: string }).code;
  const message = `${what}: ${(err as Error).message}`;
  if (code && DNS_CODES.has(code)) return new ConnectError('dns', message, code);
  if (code && BLOCKED_CODES.has(code)) return new ConnectError('blocked', message, code);
  return new ConnectError('refused', message, code);
}

function direct(host: string, port: number, signal: AbortSignal): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const onAbort = (): void => {
      socket.destroy();
      reject(new ConnectError('blocked', `No answer from ${host}:${port} (connect timed out).`, 'ETIMEDOUT'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => { signal.removeEventListener('abort', onAbort); resolve(socket); });
    socket.once('error', (err) => { signal.removeEventListener('abort', onAbort); socket.destroy(); reject(asConnectError(err, `${host}:${port}`)); });
  });
}

const STATUS_OUTCOME = (status: number): ConnectFailure => (status === 504 || status === 408 ? 'blocked' : 'refused');

async function viaHttp(proxy: ProxyConfig, host: string, port: number, signal: AbortSignal): Promise<net.Socket> {
  const socket = await direct(proxy.host, proxy.port, signal).catch((err: ConnectError) => {
    throw new ConnectError(err.outcome === 'dns' ? 'dns' : err.outcome, `Proxy ${proxy.host}:${proxy.port} unreachable: ${err.message}`, err.code);
  });
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const auth = proxy.username ? `Proxy-Authorization: Basic ${Buffer.from(`${proxy.username}:${proxy.password ?? ''}`).toString('base64')}\r\n` : '';
  socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    const fail = (err: ConnectError): void => { cleanup(); socket.destroy(); reject(err); };
    const onAbort = (): void => fail(new ConnectError('blocked', `The proxy did not answer CONNECT ${authority} in time.`, 'ETIMEDOUT'));
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine)?.[1] ?? 0);
      if (status !== 200) return fail(new ConnectError(STATUS_OUTCOME(status), `The proxy answered CONNECT ${authority} with "${statusLine}".`, `HTTP_${status}`));
      cleanup();
      const rest = head.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    const onError = (err: Error): void => fail(asConnectError(err, 'proxy'));
    const onClose = (): void => fail(new ConnectError('refused', `The proxy closed the connection to ${authority}.`));
    const cleanup = (): void => {
      signal.removeEventListener('abort', onAbort);
      socket.off('data', onData).off('error', onError).off('close', onClose);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData).on('error', onError).on('close', onClose);
  });
}

async function viaSocks(proxy: ProxyConfig, host: string, port: number, signal: AbortSignal, timeoutMs: number): Promise<net.Socket> {
  const client = new SocksClient({
    proxy: { host: proxy.host, port: proxy.port, type: 5, ...(proxy.username ? { userId: proxy.username, password: proxy.password ?? '' } : {}) },
    command: 'connect', destination: { host, port }, timeout: timeoutMs,
  });
  return new Promise((resolve, reject) => {
    let aborted = false;
    const onAbort = (): void => {
      aborted = true;
      reject(new ConnectError('blocked', `The SOCKS proxy did not connect ${host}:${port} in time.`, 'ETIMEDOUT'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    client.once('established', ({ socket }) => {
      signal.removeEventListener('abort', onAbort);
      // Too late: the caller has given up, so the socket must not outlive the attempt.
      if (aborted) socket.destroy();
      else resolve(socket);
    });
    client.once('error', (err: Error) => {
      signal.removeEventListener('abort', onAbort);
      if (aborted) return;
      const m = err.message;
      // SOCKS5 reply codes (RFC 1928 §6): 0x03/0x04/0x06 say the path is down, others refuse.
      const outcome: ConnectFailure = /timed out|NetworkUnreachable|HostUnreachable|TTLExpired/i.test(m) ? 'blocked' : /ENOTFOUND|EAI_AGAIN/.test(m) ? 'dns' : 'refused';
      reject(new ConnectError(outcome, `SOCKS proxy ${proxy.host}:${proxy.port}: ${m}`));
    });
    client.connect();
  });
}

/** Opens a TCP connection to host:port, through `proxy` when given. */
export function openConnection(host: string, port: number, proxy: ProxyConfig | null, signal: AbortSignal, timeoutMs: number): Promise<net.Socket> {
  if (signal.aborted) return Promise.reject(new ConnectError('blocked', 'No time left to connect.', 'ETIMEDOUT'));
  if (!proxy) return direct(host, port, signal);
  return proxy.kind === 'http' ? viaHttp(proxy, host, port, signal) : viaSocks(proxy, host, port, signal, timeoutMs);
}
