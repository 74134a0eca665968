/** Test helpers: a sandbox tenant started in-process, and HTTPS requests that trust its CA. */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../electron/sandbox/start.js';

export { startSandbox };
export type { RunningSandbox };

/** Starts a sandbox with the given options. Call `close()` in an `after` hook. */
export function sandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox(options);
}

/** A reply as the tests look at it. */
export interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = any>(): T;
}

/** An HTTPS request verified against the sandbox CA (never with verification off). */
export function request(
  sb: RunningSandbox,
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: string | URLSearchParams | object } = {},
): Promise<HttpReply> {
  const ca = readFileSync(sb.info.caCertPath, 'utf8');
  let body: string | undefined;
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.body instanceof URLSearchParams) {
    body = options.body.toString();
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
  } else if (typeof options.body === 'string') {
    body = options.body;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A request to the sandbox's admin endpoint (`/_sandbox/…`) with its per-start secret. */
export function adminRequest(sb: RunningSandbox, method: string, path: string, body?: object): Promise<HttpReply> {
  return request(sb, method, `${sb.info.adminEndpoint}${path}`, {
    headers: { Authorization: `Bearer ${sb.info.adminSecret}` },
    ...(body !== undefined ? { body } : {}),
  });
}
