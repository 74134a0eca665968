/**
 * The assistant's own loopback listener for the authorization-code flow (RFC 8252 §7.3): it
 * receives Entra's redirect on http://127.0.0.1:<random port>, answers the browser with a
 * localized page, and hands the reply to the sign-in flow.
 *
 * Which loopback name the redirect URI carries (`redirectHost`):
 * - `127.0.0.1` — RFC 8252 §8.3 prefers the IP literal ("the use of localhost is NOT RECOMMENDED").
 *   Entra ignores the port of loopback redirect URIs and accepts `http://127.0.0.1` for public
 *   clients when the registration lists it (https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions;
 *   it compares the host name, so `localhost` and `127.0.0.1` are separate entries — and the
 *   portal may need the manifest editor to enter an http URI, https://cknotes.com/microsoft-azure-oauth2-redirect-uri-notes/;
 *   not confirmed on a live tenant). Use it for a registration of our own that lists it.
 * - `localhost` (the default) — what MSAL registers by default and what Microsoft Graph Command
 *   Line Tools, our default client, is registered with (its SDK uses MSAL's default
 *   `http://localhost`; msgraph-sdk-powershell#3433). A browser may resolve `localhost` to [::1],
 *   so the listener then binds the same port on 127.0.0.1 **and** [::1]: no other process can
 *   take the [::1] side of our port and receive the code.
 * Requests must name our Host (against DNS rebinding), and a cross-site POST that does not carry
 * this sign-in's state is refused while the sign-in keeps waiting, so a web page cannot end the
 * admin's sign-in by posting to the port.
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
  /** The redirect URI's host: `localhost` (default; listens on 127.0.0.1 and [::1]) or `127.0.0.1`. */
  readonly redirectHost?: LoopbackHost;
}

/** The loopback names a redirect URI can carry. */
export type LoopbackHost = 'localhost' | '127.0.0.1';

/** The Host headers a request to our listener may carry. */
export function allowedHosts(redirectHost: LoopbackHost, port: number): readonly string[] {
  return redirectHost === '127.0.0.1' ? [`127.0.0.1:${port}`] : [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

/** Why a request was refused without ending the sign-in, or undefined when it may carry a reply. */
export function refusalOf(
  request: { readonly method: string; readonly headers: Readonly<Record<string, string | string[] | undefined>> },
  hosts: readonly string[],
  replyOrigins?: readonly string[],
): 'wrong_host' | 'foreign_origin' | 'not_a_navigation' | undefined {
  const header = (name: string): string | undefined => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const host = header('host')?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) return 'wrong_host';
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

/** Attempts to find a port free on both 127.0.0.1 and [::1]. */
const DUAL_LISTEN_ATTEMPTS = 5;

function listenOn(server: http.Server, port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const onError = (err: NodeJS.ErrnoException): void => resolve(err);
    server.once('error', onError);
    server.listen(port, host, () => { server.off('error', onError); resolve(undefined); });
  });
}

/** One listener for one sign-in; always call closeServer() afterwards. */
export class LoopbackClient implements ILoopbackClient {
  private server: http.Server | undefined;
  /** The [::1] side of the same port when the redirect names `localhost`. */
  private serverV6: http.Server | undefined;
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

      const redirectHost = this.options.redirectHost ?? 'localhost';
      const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
        const port = this.port() ?? 0;
        const refusal = refusalOf({ method: req.method ?? '', headers: req.headers }, allowedHosts(redirectHost, port), this.options.replyOrigins);
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
      };
      const failed = (err: Error): void => settle({ error: new LoopbackError('listen_failed', `loopback listener failed: ${err.message}`) });
      this.listening = this.listen(onRequest, redirectHost).catch((err: Error) => { failed(err); });

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

  /** Binds 127.0.0.1 on a free port and, for `localhost`, [::1] on the same port (retrying when that side is taken). */
  private async listen(onRequest: http.RequestListener, redirectHost: LoopbackHost): Promise<void> {
    for (let attempt = 1; attempt <= DUAL_LISTEN_ATTEMPTS; attempt++) {
      const server = http.createServer(onRequest);
      this.server = server;
      const v4 = await listenOn(server, 0, '127.0.0.1');
      if (v4) throw v4;
      if (this.server !== server) { server.close(); return; }
      if (redirectHost === '127.0.0.1') return;
      const port = (server.address() as AddressInfo).port;
      const v6 = http.createServer(onRequest);
      const err = await listenOn(v6, port, '::1');
      if (this.server !== server) { server.close(); v6.close(); return; }
      if (!err) { this.serverV6 = v6; return; }
      // No IPv6 on this machine: nothing can listen on [::1], and `localhost` resolves to 127.0.0.1.
      if (err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT') return;
      server.close();
      this.server = undefined;
      if (err.code !== 'EADDRINUSE') throw err;
    }
    throw new Error('no port was free on both 127.0.0.1 and [::1]');
  }

  /** Resolves with the redirect URI once the listener accepts connections. */
  async whenListening(): Promise<string> {
    if (!this.listening) throw new LoopbackError('listen_failed', 'listenForAuthCode was not called');
    await this.listening;
    return this.getRedirectUri();
  }

  /** `http://localhost:<port>` or `http://127.0.0.1:<port>`: Entra ignores the port of a registered loopback redirect. */
  getRedirectUri(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!this.server?.listening || !address || typeof address === 'string') {
      throw new LoopbackError('listen_failed', 'the loopback listener is not listening');
    }
    return `http://${this.options.redirectHost ?? 'localhost'}:${address.port}`;
  }

  /** The port, for tests and logs (undefined when closed). */
  port(): number | undefined {
    const address = this.server?.address();
    return address && typeof address !== 'string' ? address.port : undefined;
  }

  /** Stops listening and drops open connections; safe to call more than once. */
  closeServer(): void {
    this.stopTimers();
    for (const server of [this.server, this.serverV6]) {
      if (!server) continue;
      server.close();
      server.closeAllConnections();
    }
    this.server = undefined;
    this.serverV6 = undefined;
  }

  private stopTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abortListener?.();
    this.abortListener = undefined;
  }
}
