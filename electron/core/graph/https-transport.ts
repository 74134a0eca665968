/**
 * One HTTPS request over node:https, trusting the system roots plus an extra CA (the sandbox's,
 * or a company's TLS-inspecting proxy). Certificate verification is never switched off.
 */
import https from 'node:https';
import { rootCertificates } from 'node:tls';

/** A raw HTTPS reply. */
export interface HttpsReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/** One request. */
export interface HttpsRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
  /** Per-request time limit (default 60 s). */
  readonly timeoutMs?: number;
}

const MAX_REPLY_BYTES = 16 * 1024 * 1024;

/** A keep-alive agent that trusts the system roots plus `extraCaPem`. */
export function createHttpsAgent(extraCaPem?: string): https.Agent {
  return new https.Agent({
    keepAlive: true,
    maxSockets: 4,
    ...(extraCaPem ? { ca: [...rootCertificates, extraCaPem] } : {}),
  });
}

/** Sends a request; rejects on network, TLS, timeout or abort errors (not on HTTP statuses). */
export function sendHttps(agent: https.Agent, request: HttpsRequest): Promise<HttpsReply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
    const req = https.request(request.url, {
      method: request.method,
      headers,
      agent,
      ...(request.signal ? { signal: request.signal } : {}),
      timeout: request.timeoutMs ?? 60_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REPLY_BYTES) req.destroy(new Error('reply too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** A header as one string. */
export function headerOf(reply: HttpsReply, name: string): string | undefined {
  const value = reply.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
