/**
 * A person at a browser, in Node, for handler tests without Chromium: follows the demo tenant's
 * sign-in pages — the device code form (when given a code), the sign-in form, the consent page
 * (accepted for the organization) — and the form_post page to the loopback listener. HTTPS is
 * verified against the sandbox CA; only the sandbox origin and loopback are contacted.
 */
import http from 'node:http';
import https from 'node:https';
import { readAutoPostForm, readErrorPage } from '../../electron/core/auth/sandbox-browser.js';

/** Who signs in, and (device code flow) the code to enter. */
export interface FormSignInOptions {
  readonly caPem: string;
  readonly username: string;
  readonly password: string;
  readonly userCode?: string;
}

interface Reply { readonly status: number; readonly location?: string; readonly body: string }

function send(url: URL, caPem: string, method: 'GET' | 'POST', form?: URLSearchParams): Promise<Reply> {
  const body = form?.toString();
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const onReply = (res: http.IncomingMessage): void => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    };
    const req = url.protocol === 'https:' ? https.request(url, { method, headers, ca: caPem }, onReply) : http.request(url, { method, headers }, onReply);
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * Walks the pages from `start` until the loopback listener (or the device result page) answered.
 * A redirect to any other site (an app's own redirect URI) ends the walk there, unvisited.
 */
export async function formSignIn(start: string, o: FormSignInOptions): Promise<void> {
  let url = new URL(start);
  const origin = url.origin;
  let method: 'GET' | 'POST' = 'GET';
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (url.protocol === 'https:' && url.origin !== origin) return;
    const reply = await send(url, o.caPem, method, form);
    if (url.protocol === 'http:' || /id="deviceResult"/.test(reply.body)) return;
    if (reply.status >= 300 && reply.status < 400 && reply.location) {
      [url, method, form] = [new URL(reply.location, url), 'GET', undefined];
      continue;
    }
    const post = readAutoPostForm(reply.body);
    if (!post || reply.status >= 400 || /id="usernameError"/.test(reply.body)) throw new Error(readErrorPage(reply.body) ?? `HTTP ${reply.status} without a form`);
    if (/id="deviceForm"/.test(reply.body)) post.fields.set('otc', o.userCode ?? '');
    if (/id="loginForm"/.test(reply.body)) {
      post.fields.set('loginfmt', o.username);
      post.fields.set('passwd', o.password);
    }
    if (/id="consentForm"/.test(reply.body)) {
      post.fields.set('action', 'accept');
      post.fields.set('consentOrg', 'true');
    }
    [url, method, form] = [new URL(post.action, url), 'POST', post.fields];
  }
  throw new Error('too many pages');
}
