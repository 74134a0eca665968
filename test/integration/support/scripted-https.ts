/**
 * A real HTTPS server on 127.0.0.1 that answers from a script, one handler per request — for
 * replies the sandbox does not produce (a lifetime policy rejection, a foreign nextLink).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SandboxTlsMaterial } from '../../../electron/sandbox/ca.js';

/** One scripted reply. */
export type Handler = (req: { method: string; url: URL; auth: string | undefined }) => { status: number; headers?: Record<string, string>; body?: unknown };

/** Starts the server; `seen` records every request. */
export async function scriptedServer(tls: SandboxTlsMaterial, script: Handler[]) {
  const seen: { method: string; path: string; auth: string | undefined; body: string }[] = [];
  const server = https.createServer({ cert: tls.certPem, key: tls.keyPem }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push({ method: req.method ?? '', path: url.pathname + url.search, auth: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8') });
    const handler = script.shift();
    const reply = handler ? handler({ method: req.method ?? '', url, auth: req.headers.authorization }) : { status: 500, body: { error: { code: 'NoScript', message: 'no script left' } } };
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) });
    res.end(text);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

