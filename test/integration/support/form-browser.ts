/**
 * A stand-in for the system browser in CLI tests: the CLI's OS opener runs it through `BROWSER`
 * with the sign-in URL. Like a person at a browser, it signs in on the sandbox's sign-in page
 * (the account named by login_hint, else FORM_BROWSER_DEFAULT), accepts consent for the
 * organization, and lets the form_post page deliver the code to the CLI's loopback listener.
 * HTTPS is verified against the sandbox CA (FORM_BROWSER_CA); nothing but the sandbox origin
 * and loopback is contacted. Exits 0 once the loopback answered, 1 with the page's error.
 * A redirect to another site (ETRON's /microsoft_outlook/confirm) is not loaded: its address is
 * what the person would copy from the address bar, written to FORM_BROWSER_ADDRESS_BAR.
 *
 * Environment: FORM_BROWSER_CA (CA file), FORM_BROWSER_ACCOUNTS (JSON {upn: password}),
 * FORM_BROWSER_DEFAULT (upn), FORM_BROWSER_CONSENT (`cancel` declines consent), FORM_BROWSER_LOG (file: one line per URL opened, without query
 * except login_hint).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { readAutoPostForm, readErrorPage } from '../../../electron/core/auth/sandbox-browser.js';

interface Reply { readonly status: number; readonly location?: string; readonly body: string }

const ca = readFileSync(process.env.FORM_BROWSER_CA!, 'utf8');
const accounts = JSON.parse(process.env.FORM_BROWSER_ACCOUNTS ?? '{}') as Record<string, string>;

function send(url: URL, method: 'GET' | 'POST', form?: URLSearchParams): Promise<Reply> {
  const body = form?.toString();
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const onReply = (res: http.IncomingMessage): void => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    };
    const req = url.protocol === 'https:' ? https.request(url, { method, headers, ca }, onReply) : http.request(url, { method, headers }, onReply);
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function browse(start: string): Promise<void> {
  let url = new URL(start);
  const user = url.searchParams.get('login_hint') ?? process.env.FORM_BROWSER_DEFAULT ?? '';
  if (process.env.FORM_BROWSER_LOG) appendFileSync(process.env.FORM_BROWSER_LOG, `${url.origin}${url.pathname} login_hint=${url.searchParams.get('login_hint') ?? ''}\n`);
  let method: 'GET' | 'POST' = 'GET';
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      if (process.env.FORM_BROWSER_ADDRESS_BAR) appendFileSync(process.env.FORM_BROWSER_ADDRESS_BAR, `${url.toString()}\n`);
      return;
    }
    const reply = await send(url, method, form);
    if (url.protocol === 'http:') return;
    if (reply.status >= 300 && reply.status < 400 && reply.location) {
      url = new URL(reply.location, url);
      method = 'GET';
      form = undefined;
      continue;
    }
    const post = readAutoPostForm(reply.body);
    if (!post || reply.status >= 400) throw new Error(readErrorPage(reply.body) ?? `HTTP ${reply.status} without a form`);
    if (/id="loginForm"/.test(reply.body)) {
      if (/id="usernameError"/.test(reply.body)) throw new Error(readErrorPage(reply.body) ?? 'the sign-in was refused');
      post.fields.set('loginfmt', user);
      post.fields.set('passwd', accounts[user] ?? '');
    } else if (/id="consentForm"/.test(reply.body)) {
      post.fields.set('action', process.env.FORM_BROWSER_CONSENT === 'cancel' ? 'cancel' : 'accept');
    }
    url = new URL(post.action, url);
    method = 'POST';
    form = post.fields;
  }
  throw new Error('too many pages');
}

browse(process.argv[2] ?? '').then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`form-browser: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
