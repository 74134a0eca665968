/**
 * The renderer's own origin, `app://renderer/`, instead of file:// (Electron security checklist
 * item 18: https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 * Plain Node: the scheme's privileges and the URL → file resolution are data and a pure function
 * that the tests check against path traversal; electron/app-protocol-handler.ts registers them.
 */
import path from 'node:path';

/** The scheme name (registered as privileged before `app` is ready). */
export const APP_SCHEME = 'app';
/** The only host the scheme serves. */
export const APP_HOST = 'renderer';
/** The page the main window loads. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * `protocol.registerSchemesAsPrivileged` privileges: a standard, secure origin (so 'self' in the
 * CSP, ES modules and relative URLs work); no CSP bypass, no service workers, no CORS fetches.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
  codeCache: false,
} as const;

/** The file types the renderer consists of; anything else is not served. */
export const APP_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** A resolved request: the file under the renderer folder and its content type. */
export interface AppFile {
  readonly file: string;
  readonly contentType: string;
}

/**
 * Maps an `app://renderer/…` URL to a file inside `rootDir` (dist/renderer), or undefined when the
 * URL is not ours, leaves the folder (`..`, encoded slashes or backslashes, absolute paths, NUL),
 * or names a file type the renderer does not have.
 */
export function resolveAppUrl(url: string, rootDir: string): AppFile | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\') || relative.split('/').some((segment) => segment === '..')) return undefined;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  const contentType = APP_CONTENT_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { file, contentType } : undefined;
}
