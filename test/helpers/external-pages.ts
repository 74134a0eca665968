/**
 * The handlers' openExternal in the browser tests: each link opens in a new page of the same
 * browser context, as a system browser would. The demo tenant's pages are fetched by Node over
 * HTTPS verified against the sandbox's CA (the same trust the app's demo sign-in window has) and
 * handed to Chromium through page.route — Chromium never has to accept an unknown certificate.
 */
import http from 'node:http';
import https from 'node:https';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { isOpenableUrl, type SandboxTrust } from '../../electron/ipc/ops/open-external.js';

interface Fetched {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** One request of the page, made by Node against the sandbox with its CA. */
function fetchVerified(route: Route, caPem: string): Promise<Fetched> {
  const request = route.request();
  return request.allHeaders().then((all) => new Promise<Fetched>((resolve, reject) => {
    const headers = Object.fromEntries(Object.entries(all).filter(([name]) => !name.startsWith(':') && name !== 'accept-encoding' && name !== 'host'));
    const req = https.request(request.url(), { method: request.method(), headers, ca: caPem, timeout: 15_000 }, (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join('\n') : value;
        resolve({ status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('the sandbox did not answer')));
    req.on('error', reject);
    const body = request.postDataBuffer();
    if (body) req.write(body);
    req.end();
  }));
}

/** The pages opened outside the app, in order. */
export class ExternalPages {
  readonly pages: Page[] = [];
  readonly urls: string[] = [];
  private waiters: ((page: Page) => void)[] = [];

  constructor(private readonly context: BrowserContext) {}

  /** openExternal: refuses what the app would refuse, then opens the URL in a new page. */
  async open(url: string, trust?: SandboxTrust): Promise<void> {
    if (!isOpenableUrl(url, trust)) throw new Error(`refused to open ${url}`);
    this.urls.push(url);
    const page = await this.context.newPage();
    if (trust) {
      const origin = new URL(trust.origin).origin;
      await page.route((target) => target.origin === origin, (route) => {
        fetchVerified(route, trust.caPem).then((r) => route.fulfill(r), () => route.abort('failed'));
      });
    }
    try {
      await page.goto(url);
    } finally {
      // Handed to the test once it shows the page (or failed to), as a browser window would be.
      this.pages.push(page);
      for (const waiter of this.waiters.splice(0)) waiter(page);
    }
  }

  /** The page opened as number `index` (0 = first), waiting for it up to `timeoutMs`. */
  async nth(index: number, timeoutMs = 15_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    while (this.pages.length <= index) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no page number ${index + 1} was opened within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.pages[index]!;
  }
}
