/**
 * Test helper: a minimal SOCKS5 proxy (RFC 1928, no authentication, CONNECT only) on
 * 127.0.0.1:0. It answers 0x02 "not allowed" for targets the policy forbids and 0x05
 * "connection refused" when the target refuses, like real SOCKS servers do.
 */
import net from 'node:net';
import { ConnectionTracker } from './connection-tracker.js';

/** A running SOCKS5 proxy. */
export interface TestSocksProxy {
  readonly port: number;
  readonly url: string;
  /** `host:port` of every CONNECT request. */
  readonly requests: string[];
  readonly tracker: ConnectionTracker;
  close(): Promise<void>;
}

function reply(code: number): Buffer {
  // VER REP RSV ATYP=IPv4 BND.ADDR=0.0.0.0 BND.PORT=0
  return Buffer.from([0x05, code, 0x00, 0x01, 0, 0, 0, 0, 0, 0]);
}

function parseRequest(buf: Buffer): { host: string; port: number; length: number } | null {
  if (buf.length < 7) return null;
  const atyp = buf[3];
  if (atyp === 0x01) {
    if (buf.length < 10) return null;
    return { host: [...buf.subarray(4, 8)].join('.'), port: buf.readUInt16BE(8), length: 10 };
  }
  if (atyp === 0x03) {
    const len = buf[4]!;
    if (buf.length < 7 + len) return null;
    return { host: buf.subarray(5, 5 + len).toString('ascii'), port: buf.readUInt16BE(5 + len), length: 7 + len };
  }
  if (atyp === 0x04) {
    if (buf.length < 22) return null;
    const words = [];
    for (let i = 0; i < 16; i += 2) words.push(buf.readUInt16BE(4 + i).toString(16));
    return { host: words.join(':'), port: buf.readUInt16BE(20), length: 22 };
  }
  return { host: '', port: 0, length: buf.length };
}

/** Starts the proxy; `allow` decides which targets may be reached. */
export async function startSocks5Proxy(allow: (host: string, port: number) => boolean = () => true): Promise<TestSocksProxy> {
  const requests: string[] = [];
  const tracker = new ConnectionTracker();
  const server = net.createServer((client) => {
    tracker.add(client);
    client.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    let stage: 'greeting' | 'request' | 'done' = 'greeting';
    const onData = (chunk: Buffer): void => {
      buf = Buffer.concat([buf, chunk]);
      if (stage === 'greeting') {
        if (buf.length < 2 || buf.length < 2 + buf[1]!) return;
        const methods = [...buf.subarray(2, 2 + buf[1]!)];
        buf = buf.subarray(2 + buf[1]!);
        if (!methods.includes(0x00)) {
          client.end(Buffer.from([0x05, 0xff]));
          return;
        }
        client.write(Buffer.from([0x05, 0x00]));
        stage = 'request';
      }
      if (stage === 'request') {
        const req = parseRequest(buf);
        if (!req) return;
        stage = 'done';
        client.off('data', onData);
        const rest = buf.subarray(req.length);
        requests.push(`${req.host}:${req.port}`);
        if (!allow(req.host, req.port)) {
          client.end(reply(0x02));
          return;
        }
        const upstream = net.connect({ host: req.host, port: req.port });
        upstream.once('connect', () => {
          client.write(reply(0x00));
          if (rest.length) upstream.write(rest);
          client.pipe(upstream).pipe(client);
        });
        upstream.once('error', () => {
          if (client.writable) client.end(reply(0x05));
        });
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      }
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port, url: `socks5://127.0.0.1:${port}`, requests, tracker,
    close: () => {
      tracker.destroyAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
