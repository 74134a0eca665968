/**
 * The "browser" for unattended demo runs against the sandbox tenant started with auto-approve
 * (CLI `check --sandbox`, the app's demo check): it opens the sign-in URL over HTTPS (verified
 * with the sandbox CA), and delivers what the sandbox answers — a redirect, or the form_post
 * page MSAL asks for — to the loopback listener, exactly as a real browser would.
 * An Entra error page (e.g. AADSTS50011, which Entra shows instead of redirecting) becomes a
 * rejected promise carrying the page's message, so the sign-in fails at once instead of
 * waiting for the loopback timeout. It only talks to the sandbox origin and to loopback.
 * `sandboxRedirectCatcher` drives the same pages for a Web app's sign-in (ETRON's) and stops at
 * the app's redirect URI, handing back the address instead of loading it.
 */
import http from 'node:http';
import https from 'node:https';
import type { CatchRedirect } from './etron-sign-in.js';
import type { OpenBrowser } from './interactive-sign-in.js';

interface Reply {
  readonly status: number;
  readonly location?: string;
  readonly body: string;
}

const MAX_BODY = 512 * 1024;
const MAX_HOPS = 8;

function send(url: URL, caPem: string, method: 'GET' | 'POST', form?: URLSearchParams): Promise<Reply> {
  const body = form?.toString();
  const headers: Record<string, string> = { Accept: 'text/html' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    headers['Content-Length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const onReply = (res: http.IncomingMessage): void => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.length > MAX_BODY) res.destroy(new Error('the sign-in page is too large'));
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ...(res.headers.location ? { location: res.headers.location } : {}) }));
      res.on('error', reject);
    };
    const req = url.protocol === 'https:'
      ? https.request(url, { method, headers, ca: caPem, timeout: 15_000 }, onReply)
      : http.request(url, { method, headers, timeout: 15_000 }, onReply);
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url.host}`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const decodeEntities = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The first POST form of a page: its action and hidden fields. */
export function readAutoPostForm(html: string): { action: string; fields: URLSearchParams } | undefined {
  const form = /<form\b[^>]*\bmethod=["']?post["']?[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const action = /\baction=["']([^"']+)["']/i.exec(form[0]);
  if (!action) return undefined;
  const fields = new URLSearchParams();
  for (const input of form[1]!.matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname=["']([^"']+)["']/i.exec(input[0]);
    const value = /\bvalue=["']([^"']*)["']/i.exec(input[0]);
    if (name) fields.append(decodeEntities(name[1]!), decodeEntities(value?.[1] ?? ''));
  }
  return { action: decodeEntities(action[1]!), fields };
}

/** The error text an Entra-style error page shows. */
export function readErrorPage(html: string): string | undefined {
  const m = /id=["']errorMessage["'][^>]*>([\s\S]*?)<\//i.exec(html) ?? /(AADSTS\d+[^<]*)/.exec(html);
  return m ? decodeEntities(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()) : undefined;
}

const isLoopback = (u: URL): boolean => u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);

/**
 * Follows the sandbox's pages from `start` until the sign-in reaches loopback (delivered, like a
 * browser) or an address under `stopAt` (returned, not loaded).
 */
async function walk(origin: string, caPem: string, start: string, stopAt?: string, signal?: AbortSignal): Promise<string | undefined> {
  let url = new URL(start);
  let method: 'GET' | 'POST' = 'GET';
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (signal?.aborted) throw new Error('the demo sign-in was cancelled');
    if (stopAt !== undefined && `${url.origin}${url.pathname}` === stopAt) return url.toString();
    if (url.origin !== origin && !isLoopback(url)) throw new Error(`the demo browser only opens the sandbox, not ${url.origin}`);
    const reply = await send(url, caPem, method, form);
    if (isLoopback(url)) return undefined;
    if (reply.status >= 300 && reply.status < 400 && reply.location) {
      url = new URL(reply.location, url);
      method = 'GET';
      form = undefined;
      continue;
    }
    const post = readAutoPostForm(reply.body);
    if (post && !/id=["']i0116["']/.test(reply.body)) {
      url = new URL(post.action, url);
      method = 'POST';
      form = post.fields;
      continue;
    }
    throw new Error(readErrorPage(reply.body) ?? `the sandbox showed a page the demo cannot answer (HTTP ${reply.status})`);
  }
  throw new Error('too many redirects during the demo sign-in');
}

/** An OpenBrowser for the auto-approving sandbox at `sandboxOrigin`. */
export function sandboxBrowser(sandboxOrigin: string, caPem: string): OpenBrowser {
  const origin = new URL(sandboxOrigin).origin;
  return async (start) => {
    await walk(origin, caPem, start);
  };
}

/** A CatchRedirect for the auto-approving sandbox: the Web app's redirect is caught, never loaded. */
export function sandboxRedirectCatcher(sandboxOrigin: string, caPem: string): CatchRedirect {
  const origin = new URL(sandboxOrigin).origin;
  return async (start, redirectUri, signal) => {
    const caught = await walk(origin, caPem, start, redirectUri, signal);
    if (caught === undefined) throw new Error(`the sign-in did not come back to ${redirectUri}`);
    return caught;
  };
}
