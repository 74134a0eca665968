/**
 * Redirect URI matching as Entra does it: the URI must equal one registered for the app (Web,
 * Mobile and desktop, or SPA), except that for loopback addresses (`http://localhost`,
 * `http://127.0.0.1`) the port is ignored — native apps listen on a random port (RFC 8252 §7.3).
 * https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions
 */
import type { SandboxApplication } from '../tenant-model.js';

/** Where the matching redirect URI is registered; decides public vs confidential redemption. */
export type RedirectKind = 'web' | 'publicClient' | 'spa';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(uri: string): URL | undefined {
  try {
    return new URL(uri);
  } catch {
    return undefined;
  }
}

const pathOf = (u: URL): string => (u.pathname === '' ? '/' : u.pathname);

function matches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  const r = parse(registered);
  const q = parse(requested);
  if (!r || !q) return false;
  if (r.protocol !== q.protocol || r.hostname !== q.hostname || pathOf(r) !== pathOf(q) || r.search !== q.search) return false;
  if (r.port === q.port) return true;
  return r.protocol === 'http:' && LOOPBACK_HOSTS.has(r.hostname);
}

/** The platform under which `requested` is registered for the app, or undefined (AADSTS50011). */
export function matchRedirectUri(app: SandboxApplication, requested: string): RedirectKind | undefined {
  if (app.web.redirectUris.some((r) => matches(r, requested))) return 'web';
  if (app.publicClient.redirectUris.some((r) => matches(r, requested))) return 'publicClient';
  if (app.spa.redirectUris.some((r) => matches(r, requested))) return 'spa';
  return undefined;
}
