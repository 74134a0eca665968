/**
 * A small Microsoft Graph client: JSON over node:https, retries on throttling, paging, and every
 * request-id kept for the support report.
 *
 * Why not @microsoft/microsoft-graph-client: it is not installed here, needs its own
 * auth-provider glue and fetch polyfills under Node, and we need things it does not give in our
 * shape — the request-id of every call (also successful ones), errors as our catalogue codes
 * instead of thrown GraphErrors, our CA for the sandbox, and incremental consent per call.
 * What we use of Graph fits in about 150 lines.
 */
import type https from 'node:https';
import type { ConsentStep } from '../auth/consent-steps.js';
import { fail, ok, type AppError, type Result } from '../result.js';
import { graphErrorOf, readGraphErrorBody } from './graph-errors.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs, sleep, type RetryPolicy } from './graph-retry.js';
import { createHttpsAgent, headerOf, sendHttps, type HttpsReply } from './https-transport.js';
import { GraphRequestLog, loggablePath } from './request-log.js';

/** Gets a Graph access token for a wizard step (incremental consent decides the scopes). */
export type GraphTokenSource = (step: ConsentStep, signal?: AbortSignal) => Promise<Result<string>>;

/** Options of a Graph client. */
export interface GraphClientOptions {
  /** Graph origin from the clouds table, e.g. https://graph.microsoft.com. */
  readonly graphEndpoint: string;
  readonly getToken: GraphTokenSource;
  /** Extra CA to trust (the sandbox's). */
  readonly caPem?: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly log?: GraphRequestLog;
  /** For tests of the backoff: a fixed random source. */
  readonly random?: () => number;
}

/** Options of one call. */
export interface GraphCallOptions {
  /** Which consent step the call belongs to (decides the token's scopes). */
  readonly step: ConsentStep;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options of a paged read. */
export interface GraphPagingOptions extends GraphCallOptions {
  /** Stop after this many items (default 5 000); more is an error, not a silent cut. */
  readonly maxItems?: number;
}

/** Methods the client sends. */
export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Microsoft Graph v1.0 over HTTPS. */
export class GraphClient {
  /** The request-ids of every call, for the support report. */
  readonly log: GraphRequestLog;
  private readonly base: URL;
  private readonly agent: https.Agent;
  private readonly policy: RetryPolicy;

  constructor(private readonly options: GraphClientOptions) {
    this.base = new URL('/v1.0/', options.graphEndpoint);
    this.agent = createHttpsAgent(options.caPem);
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.log = options.log ?? new GraphRequestLog();
  }

  /** GET a JSON resource. */
  get<T>(path: string, options: GraphCallOptions): Promise<Result<T>> {
    return this.send<T>('GET', path, undefined, options);
  }

  /** POST JSON; resolves with the created object (or undefined for 204). */
  post<T>(path: string, body: unknown, options: GraphCallOptions): Promise<Result<T>> {
    return this.send<T>('POST', path, body, options);
  }

  /** PATCH JSON; Graph answers 204 No Content. */
  patch(path: string, body: unknown, options: GraphCallOptions): Promise<Result<undefined>> {
    return this.send<undefined>('PATCH', path, body, options);
  }

  /** DELETE; Graph answers 204 No Content. */
  delete(path: string, options: GraphCallOptions): Promise<Result<undefined>> {
    return this.send<undefined>('DELETE', path, undefined, options);
  }

  /** GET a collection and follow `@odata.nextLink` until done, collecting `value` items. */
  async getAll<T>(path: string, options: GraphPagingOptions): Promise<Result<T[]>> {
    const maxItems = options.maxItems ?? 5_000;
    const items: T[] = [];
    let next: string | undefined = path;
    while (next !== undefined) {
      const page: Result<{ value?: T[]; '@odata.nextLink'?: string }> = await this.send('GET', next, undefined, options);
      if (!page.ok) return page;
      items.push(...(page.value.value ?? []));
      if (items.length > maxItems) return fail('graph_error', `more than ${maxItems} items at ${path}`, { field: 'maxItems' });
      next = page.value['@odata.nextLink'];
    }
    return ok(items);
  }

  /**
   * GET that resolves with the parsed body for any HTTP status (Graph error bodies included) and
   * rejects only when no reply arrived — the shape clouds-resolve.ts's GraphGet asks for.
   * Retries and the request log apply as for every call.
   */
  async getBody(path: string, options: GraphCallOptions): Promise<unknown> {
    const reply = await this.exchange('GET', path, undefined, options);
    if ('body' in reply) return reply.body;
    throw new Error(`${reply.error.code}: ${reply.error.message}`);
  }

  /** Closes idle connections (call when the session ends). */
  close(): void {
    this.agent.destroy();
  }

  /** Sends one call with retries and maps a final error status to an AppError. */
  private async send<T>(method: GraphMethod, path: string, body: unknown, options: GraphCallOptions): Promise<Result<T>> {
    const reply = await this.exchange(method, path, body, options);
    if ('error' in reply) return { ok: false, error: reply.error };
    return reply.status < 400 ? ok(reply.body as T) : { ok: false, error: graphErrorOf(method, reply.logPath, reply.status, readGraphErrorBody(reply.body), reply.requestId) };
  }

  /**
   * Sends one call, retrying 429/503/504. `path` is relative to /v1.0/ or an absolute nextLink on
   * the Graph origin. Resolves with the final reply, or an error when no reply arrived.
   */
  private async exchange(method: GraphMethod, path: string, body: unknown, options: GraphCallOptions): Promise<FinalReply> {
    const url = this.resolve(path);
    if (!url) return { error: { code: 'invalid_input', message: `refusing to send a Graph token outside ${this.base.origin}`, field: 'path' } };
    const logPath = loggablePath(url);
    const text = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.getToken(options.step, options.signal);
      if (!token.ok) return { error: token.error };
      let reply: HttpsReply;
      try {
        reply = await sendHttps(this.agent, {
          method, url, body: text, signal: options.signal,
          headers: {
            Authorization: `Bearer ${token.value}`,
            Accept: 'application/json',
            ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...options.headers,
          },
        });
      } catch (err) {
        this.log.add({ method, path: logPath, status: 0, requestId: '', date: new Date().toISOString(), attempt });
        return { error: transportError(method, logPath, err, options.signal) };
      }
      const json = parseJson(reply.text);
      const errorBody = reply.status >= 400 ? readGraphErrorBody(json) : undefined;
      const requestId = headerOf(reply, 'request-id') ?? errorBody?.requestId ?? '';
      const date = errorBody?.date ?? dateOf(headerOf(reply, 'date'));
      this.log.add({ method, path: logPath, status: reply.status, requestId, date, attempt });
      const wait = reply.status < 400 ? undefined
        : retryDelayMs(this.policy, reply.status, attempt, headerOf(reply, 'retry-after'), this.options.random);
      if (wait === undefined) return { status: reply.status, body: reply.status === 204 ? undefined : json, requestId, logPath };
      try {
        await sleep(wait, options.signal);
      } catch {
        return { error: { code: 'cancelled', message: `Graph ${method} ${logPath} was cancelled while waiting to retry` } };
      }
    }
  }

  private resolve(path: string): URL | undefined {
    const url = new URL(path.replace(/^\/+/, ''), this.base);
    // A nextLink is absolute; only ever send the bearer token back to the Graph origin.
    return url.origin === this.base.origin ? url : undefined;
  }
}

/** The last reply of a call after retries, or why none arrived. */
type FinalReply =
  | { readonly status: number; readonly body: unknown; readonly requestId: string; readonly logPath: string }
  | { readonly error: AppError };

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function dateOf(header: string | undefined): string {
  const parsed = header ? Date.parse(header) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed).toISOString();
}

function transportError(method: string, path: string, err: unknown, signal: AbortSignal | undefined): AppError {
  const e = err as { code?: unknown; message?: unknown };
  const detail = `${typeof e.code === 'string' ? `${e.code}: ` : ''}${String(e.message ?? err)}`;
  if (signal?.aborted) return { code: 'cancelled', message: `Graph ${method} ${path} was cancelled` };
  if (e.code === 'ETIMEDOUT') return { code: 'timeout', message: `Graph ${method} ${path} timed out`, detail };
  if (/CERT|SELF_SIGNED|TLS|SSL/i.test(detail)) return { code: 'tls_problem', message: `TLS to Microsoft Graph failed`, detail };
  return { code: 'network_blocked', message: `Microsoft Graph could not be reached`, detail };
}
