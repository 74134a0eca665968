/**
 * Browser test helpers: Debian's Chromium through playwright-core, the built renderer served
 * from 127.0.0.1, and `window.assistant` provided the way the preload provides it — one named
 * function per operation of the contract plus `onEvent` — backed by the same createHandlers()
 * table that Electron's ipcMain uses. Events reach the page the way webContents.send would; a
 * link the handlers open (sign-in, admin consent) opens in a second page of the same browser.
 * Only the Electron glue is left out.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { fail } from '../../electron/core/result.js';
import { API_GLOBAL, OPERATION_NAMES, type AssistantEvent } from '../../electron/ipc/contract.js';
import { createHandlers, type AssistantHandlers, type HandlerServices } from '../../electron/ipc/handlers.js';
import { isTrustedRendererUrl } from '../../electron/ipc/trusted-origin.js';
import { ExternalPages } from './external-pages.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The built renderer (node scripts/build.mjs --renderer; run-tests.mjs builds it first). */
export const RENDERER_DIR = path.join(root, 'dist/renderer');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

/** Launches Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for one directory on 127.0.0.1. */
export interface StaticServer {
  /** URL of index.html. */
  readonly pageUrl: string;
  close(): Promise<void>;
}

/** Serves `dir` (GET only, no directory listing, nothing outside `dir`). */
export async function serveDirectory(dir: string = RENDERER_DIR): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    // Chromium asks every http origin for a favicon (Electron's file:// page does not): no 404 noise.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'GET' || !file.startsWith(dir + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then((body) => {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    }, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    pageUrl: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const BINDING_PREFIX = '__assistantBridge_';
/** The page's function that hands an event to the listeners registered through onEvent (test bridge only). */
const DELIVER_EVENT = '__assistantDeliverEvent';

/** A page of the assistant with its own handler table. */
export interface AssistantPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly handlers: AssistantHandlers;
  /** Console errors and uncaught exceptions of the page (CSP violations show up here). */
  readonly pageErrors: string[];
  /** Events the handlers sent, each with how many of the page's listeners received it. */
  readonly events: { readonly event: AssistantEvent; readonly listeners: number }[];
  /** Pages the handlers' openExternal opened (sign-in, admin consent) in this browser context. */
  readonly external: ExternalPages;
  /** Closes the browser context and disposes the handlers (stops a demo sandbox). */
  close(): Promise<void>;
}

/** Options for openAssistant. */
export interface OpenAssistantOptions {
  /** The browser's language (navigator.language); default en-US. */
  readonly locale?: string;
  /** The system's theme (prefers-color-scheme); default light. */
  readonly colorScheme?: 'light' | 'dark';
  /** openExternal and sendEvent default to this browser (see AssistantPage.external and .events). */
  readonly services?: HandlerServices;
}

/** Opens the renderer in a new context with `window.assistant` bridged to a new handler table. */
export async function openAssistant(browser: Browser, pageUrl: string, options: OpenAssistantOptions = {}): Promise<AssistantPage> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', colorScheme: options.colorScheme ?? 'light' });
  const external = new ExternalPages(context);
  const events: { event: AssistantEvent; listeners: number }[] = [];
  let assistantPage: Page | undefined;
  const handlers = createHandlers({
    openExternal: (url, trust) => external.open(url, trust),
    sendEvent: (event) => {
      // As webContents.send: asynchronous, in order, to our page only.
      const page = assistantPage;
      if (!page) return;
      void page.evaluate(({ deliver, data }) => (window as unknown as Record<string, (e: unknown) => number>)[deliver]!(data), { deliver: DELIVER_EVENT, data: event })
        .then((listeners) => { events.push({ event, listeners }); }, () => { events.push({ event, listeners: 0 }); });
    },
    ...options.services,
  });
  for (const operation of OPERATION_NAMES) {
    // Same rule as electron/ipc-main.ts: only our page, only its main frame.
    await context.exposeBinding(`${BINDING_PREFIX}${operation}`, (source, request: unknown) => {
      if (source.frame !== source.page.mainFrame() || !isTrustedRendererUrl(source.frame.url(), { pageUrl })) {
        return fail('insufficient_privileges', 'This page may not use the assistant.');
      }
      return handlers.handle(operation, request);
    });
  }
  // No named function constants in here: tsx would wrap them in a __name() helper the page lacks.
  await context.addInitScript(({ names, global, prefix, deliver }) => {
    const bindings = window as unknown as Record<string, (request: unknown) => Promise<unknown>>;
    const api: Record<string, unknown> = {};
    for (const name of names) api[name] = (request?: unknown) => bindings[`${prefix}${name}`]!(request);
    // Each subscription is its own entry, as each ipcRenderer.on is.
    const listeners = new Set<{ readonly receive: (event: unknown) => void }>();
    api['onEvent'] = (receive: (event: unknown) => void) => {
      const entry = { receive };
      listeners.add(entry);
      return () => { listeners.delete(entry); };
    };
    Object.defineProperty(window, global, { value: Object.freeze(api), enumerable: true });
    (window as unknown as Record<string, unknown>)[deliver] = (event: unknown): number => {
      for (const entry of listeners) entry.receive(event);
      return listeners.size;
    };
    Object.defineProperty(window, deliver, { enumerable: false, writable: false });
  }, { names: [...OPERATION_NAMES], global: API_GLOBAL, prefix: BINDING_PREFIX, deliver: DELIVER_EVENT });

  const page = await context.newPage();
  assistantPage = page;
  const pageErrors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(pageUrl);
  // The app renders once the texts of its start language are loaded (their own chunk): wait for it.
  await page.getByTestId('app-title').waitFor();
  return {
    page, context, handlers, pageErrors, events, external,
    async close() {
      await context.close();
      await handlers.dispose();
    },
  };
}

/** Waits until the locator's text is `expected` (or the timeout passes) and returns the text. */
export async function textWhen(locator: Locator, expected: string, timeoutMs = 10_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = (await locator.count()) > 0 ? await locator.first().textContent() : null;
    if (text === expected || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One Chromium and one static server for a test file, and a way to open the assistant in it. */
export interface AssistantBrowser {
  /** The page URL of the built renderer. */
  readonly pageUrl: string;
  open(options?: OpenAssistantOptions): Promise<AssistantPage>;
}

/** Registers before/after hooks that start and stop Chromium and the renderer's server. */
export function useAssistantBrowser(): AssistantBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveDirectory()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get pageUrl() { return server!.pageUrl; },
    open: (options = {}) => openAssistant(browser!, server!.pageUrl, options),
  };
}
