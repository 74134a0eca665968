/**
 * The assistant's own loopback listener for the authorization-code flow (RFC 8252 §7.3): it
 * receives Entra's redirect on http://127.0.0.1:<random port>, answers the browser with a
 * localized page, and hands the reply to the sign-in flow.
 *
 * The redirect URI names the IP literal, not `localhost` (RFC 8252 §8.3: "the use of localhost is
 * NOT RECOMMENDED"): the listener binds 127.0.0.1 only, and a browser resolving `localhost` to
 * [::1] could reach another process on that port. Entra accepts `http://127.0.0.1` for public
 * clients and ignores the port of loopback redirect URIs
 * (https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions; the
 * registration must list `http://127.0.0.1` itself — Entra compares the host name, and the portal
 * may ask for the manifest editor to enter an http URI, see
 * https://cknotes.com/microsoft-azure-oauth2-redirect-uri-notes/; not confirmed on a live tenant).
 * Requests must name our Host (`127.0.0.1:<port>`, against DNS rebinding), and a cross-site
 * POST that does not carry this sign-in's state is refused while the sign-in keeps waiting, so a
 * web page cannot end the admin's sign-in by posting to the port.
 *
 * Why our own and not MSAL's: MSAL Node 7 dropped the `loopbackClient` option of
 * acquireTokenInteractive and its built-in listener waits forever (no timeout, no cancel) and
 * silently ignores a reply with the wrong state. We keep MSAL Node 2's ILoopbackClient shape
 * (listenForAuthCode / getRedirectUri / closeServer) and add a timeout, an AbortSignal, an error
 * page that shows Entra's error, and a state check that ends the sign-in instead of hanging.
 * MSAL Node 7 asks Entra for `response_mode=form_post` (a POST to "/"); we accept that and also
 * a query reply (GET "/?code=…"), which other Entra-compatible servers and older links send.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorPage, successPage, type PageLanguage } from './loopback-pages.js';

/** The fields of an authorization response we use (names as on the wire). */
export interface AuthorizeReply {
  readonly code?: string;
  readonly state?: string;
  readonly client_info?: string;
  readonly error?: string;
  readonly error_description?: string;
  readonly error_uri?: string;
  readonly suberror?: string;
}

/** Why listening ended without a reply. */
export type LoopbackFailure = 'timeout' | 'cancelled' | 'state_mismatch' | 'listen_failed';

/** Thrown (rejected) by listenForAuthCode when no usable reply arrived. */
export class LoopbackError extends Error {
  constructor(readonly failure: LoopbackFailure, message: string) {
    super(message);
    this.name = 'LoopbackError';
  }
}

/** MSAL Node 2's ILoopbackClient, which MSAL Node 7 no longer exports. */
export interface ILoopbackClient {
  listenForAuthCode(expectedState: string, successTemplate?: string, errorTemplate?: string): Promise<AuthorizeReply>;
  getRedirectUri(): string;
  closeServer(): void;
}

/** Options of the loopback listener. */
export interface LoopbackOptions {
  readonly language: PageLanguage;
  /** How long to wait for the browser (default 5 minutes). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /**
   * Origins whose POSTs may carry the reply (the authority's, e.g. `https://login.microsoftonline.com`).
   * Absent: any https origin (Entra's pages are https); a POST from another origin is refused.
   */
  readonly replyOrigins?: readonly string[];
}

/** Why a request was refused without ending the sign-in, or undefined when it may carry a reply. */
export function refusalOf(
  request: { readonly method: string; readonly headers: Readonly<Record<string, string | string[] | undefined>> },
  port: number,
  replyOrigins?: readonly string[],
): 'wrong_host' | 'foreign_origin' | 'not_a_navigation' | undefined {
  const header = (name: string): string | undefined => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  if (header('host') !== `127.0.0.1:${port}`) return 'wrong_host';
  if (request.method !== 'POST') return undefined;
  const origin = header('origin');
  // "null": an opaque origin (a page with `Referrer-Policy: no-referrer`, as the sandbox's sign-in
  // page sends; Entra's form_post page may too — not confirmed). It proves nothing either way, so
  // it is let through to the state check, which refuses a cross-site POST without our state.
  if (origin !== undefined && origin !== 'null') {
    const allowed = replyOrigins ? replyOrigins.includes(origin) : origin.startsWith('https://');
    if (!allowed) return 'foreign_origin';
  }
  // A form_post arrives as a top-level navigation; a script's fetch() from some page does not.
  const mode = header('sec-fetch-mode');
  if (mode !== undefined && mode !== 'navigate') return 'not_a_navigation';
  return undefined;
}

/** Default wait for the admin to finish signing in. */
export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60 * 1000;

const MAX_FORM_BYTES = 64 * 1024;

function duration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** One listener for one sign-in; always call closeServer() afterwards. */
export class LoopbackClient implements ILoopbackClient {
  private server: http.Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private abortListener: (() => void) | undefined;
  private listening: Promise<void> | undefined;

  constructor(private readonly options: LoopbackOptions) {}

  /** Starts listening on 127.0.0.1 (random port) and resolves with the first reply that carries our state. */
  listenForAuthCode(expectedState: string, successTemplate?: string, errorTemplate?: string): Promise<AuthorizeReply> {
    if (this.server) return Promise.reject(new LoopbackError('listen_failed', 'the loopback listener is already running'));
    const lang = this.options.language;
    return new Promise<AuthorizeReply>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: { reply: AuthorizeReply } | { error: LoopbackError }): void => {
        if (settled) return;
        settled = true;
        this.stopTimers();
        if ('reply' in outcome) resolve(outcome.reply);
        else reject(outcome.error);
      };
      const answer = (res: http.ServerResponse, status: number, html: string, then?: () => void): void => {
        res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
        res.end(html, then);
      };
      const handleReply = (res: http.ServerResponse, params: URLSearchParams, crossSite: boolean): void => {
        const reply = Object.fromEntries(params.entries()) as AuthorizeReply;
        if (!reply.code && !reply.error) {
          res.writeHead(204, { Connection: 'close' }).end();
          return;
        }
        const states = params.getAll('state');
        if (states.length !== 1 || states[0] !== expectedState) {
          if (crossSite) {
            // Some other web page posted here: refuse it, keep waiting for Entra's reply.
            answer(res, 403, errorPage(lang, { error: 'state_mismatch' }));
            return;
          }
          answer(res, 400, errorPage(lang, { error: 'state_mismatch' }), () =>
            settle({ error: new LoopbackError('state_mismatch', 'the sign-in reply carried a state this sign-in did not send') }));
          return;
        }
        const html = reply.error
          ? (errorTemplate ?? errorPage(lang, { error: reply.error, description: reply.error_description }))
          : (successTemplate ?? successPage(lang));
        answer(res, 200, html, () => settle({ reply }));
      };

      const server = http.createServer((req, res) => {
        const port = (server.address() as AddressInfo).port;
        const refusal = refusalOf({ method: req.method ?? '', headers: req.headers }, port, this.options.replyOrigins);
        if (refusal) {
          res.writeHead(refusal === 'wrong_host' ? 421 : 403, { Connection: 'close' }).end();
          return;
        }
        const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname !== '/') {
          res.writeHead(404, { Connection: 'close' }).end();
          return;
        }
        if (req.method === 'GET') {
          handleReply(res, url.searchParams, crossSite);
          return;
        }
        if (req.method !== 'POST') {
          res.writeHead(405, { Allow: 'GET, POST', Connection: 'close' }).end();
          return;
        }
        const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
        if (type !== 'application/x-www-form-urlencoded') {
          res.writeHead(415, { Connection: 'close' }).end();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_FORM_BYTES) req.destroy();
          else chunks.push(chunk);
        });
        req.on('end', () => handleReply(res, new URLSearchParams(Buffer.concat(chunks).toString('utf8')), crossSite));
      });
      this.server = server;
      server.on('error', (err) => settle({ error: new LoopbackError('listen_failed', `loopback listener failed: ${err.message}`) }));
      this.listening = new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));

      const timeoutMs = this.options.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS;
      this.timer = setTimeout(() => {
        settle({ error: new LoopbackError('timeout', `no sign-in reply within ${duration(timeoutMs)}`) });
        this.closeServer();
      }, timeoutMs);
      const signal = this.options.signal;
      const onAbort = (): void => {
        settle({ error: new LoopbackError('cancelled', 'the sign-in was cancelled') });
        this.closeServer();
      };
      if (signal?.aborted) onAbort();
      else if (signal) {
        signal.addEventListener('abort', onAbort, { once: true });
        this.abortListener = () => signal.removeEventListener('abort', onAbort);
      }
    });
  }

  /** Resolves with the redirect URI once the listener accepts connections. */
  async whenListening(): Promise<string> {
    if (!this.listening) throw new LoopbackError('listen_failed', 'listenForAuthCode was not called');
    await this.listening;
    return this.getRedirectUri();
  }

  /** `http://127.0.0.1:<port>`: Entra allows any port on a registered `http://127.0.0.1` redirect. */
  getRedirectUri(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!this.server?.listening || !address || typeof address === 'string') {
      throw new LoopbackError('listen_failed', 'the loopback listener is not listening');
    }
    return `http://127.0.0.1:${address.port}`;
  }

  /** The port, for tests and logs (undefined when closed). */
  port(): number | undefined {
    const address = this.server?.address();
    return address && typeof address !== 'string' ? address.port : undefined;
  }

  /** Stops listening and drops open connections; safe to call more than once. */
  closeServer(): void {
    this.stopTimers();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.close();
    server.closeAllConnections();
  }

  private stopTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abortListener?.();
    this.abortListener = undefined;
  }
}
