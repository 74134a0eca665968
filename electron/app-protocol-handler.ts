/**
 * Electron glue: serves dist/renderer under app://renderer/ with protocol.handle (security
 * checklist item 18). Which file a URL names is decided by resolveAppUrl (electron/shell/
 * app-protocol.ts, tested against path traversal); every response carries the CSP header.
 */
import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppUrl } from './shell/app-protocol.js';
import { APP_RESPONSE_HEADERS } from './shell/content-security-policy.js';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves the renderer folder; anything outside it or of an unknown type is a 404. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = request.method === 'GET' ? resolveAppUrl(request.url, rendererDir) : undefined;
    if (!resolved) return new Response('Not found', { status: 404, headers: APP_RESPONSE_HEADERS });
    try {
      const body = await fs.readFile(resolved.file);
      return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': resolved.contentType } });
    } catch {
      return new Response('Not found', { status: 404, headers: APP_RESPONSE_HEADERS });
    }
  });
}
