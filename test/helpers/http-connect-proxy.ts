/**
 * Test helper: a small HTTP CONNECT proxy on 127.0.0.1:0, as corporate proxies behave: it
 * tunnels allowed host:port pairs, answers 403 for forbidden ones and 502 when the target
 * refuses. Requests are recorded so tests can assert what the client asked for.
 */
import net from 'node:net';
import { ConnectionTracker } from './connection-tracker.js';

/** What the proxy does with a CONNECT: tunnel it, or answer with this HTTP status. */
export type ProxyPolicy = (host: string, port: number) => 'tunnel' | 403 | 407;

/** A running proxy. */
export interface TestHttpProxy {
  readonly port: number;
  readonly url: string;
  /** `host:port` of every CONNECT, and the Proxy-Authorization header if one came. */
  readonly requests: { target: string; authorization?: string }[];
  readonly tracker: ConnectionTracker;
  close(): Promise<void>;
}

const REASONS: Record<number, string> = { 403: 'Forbidden', 407: 'Proxy Authentication Required', 502: 'Bad Gateway' };

/** Starts the proxy. */
export async function startHttpConnectProxy(policy: ProxyPolicy = () => 'tunnel'): Promise<TestHttpProxy> {
  const requests: { target: string; authorization?: string }[] = [];
  const tracker = new ConnectionTracker();
  const server = net.createServer((client) => {
    tracker.add(client);
    client.on('error', () => undefined);
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const [requestLine = '', ...headers] = head.slice(0, end).split('\r\n');
      const m = /^CONNECT (\[[^\]]+\]|[^:\s]+):(\d+) HTTP\/1\.[01]$/.exec(requestLine);
      const authorization = headers.find((h) => /^proxy-authorization:/i.test(h))?.replace(/^[^:]+:\s*/, '');
      if (!m) {
        client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
        return;
      }
      const host = m[1]!.replace(/^\[|\]$/g, '');
      const port = Number(m[2]);
      requests.push({ target: `${host}:${port}`, ...(authorization ? { authorization } : {}) });
      const decision = policy(host, port);
      if (decision !== 'tunnel') {
        client.end(`HTTP/1.1 ${decision} ${REASONS[decision]}\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      const upstream = net.connect({ host, port });
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        const rest = head.slice(end + 4);
        if (rest) upstream.write(Buffer.from(rest, 'latin1'));
        client.pipe(upstream).pipe(client);
      });
      upstream.once('error', () => {
        if (client.writable) client.end(`HTTP/1.1 502 ${REASONS[502]}\r\nContent-Length: 0\r\n\r\n`);
      });
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port, url: `http://127.0.0.1:${port}`, requests, tracker,
    close: () => {
      tracker.destroyAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
