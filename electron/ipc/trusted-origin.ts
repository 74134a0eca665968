/**
 * Which pages may talk to the main process and which links may leave the app. Plain Node so
 * it is unit-tested; electron/ipc-main.ts and electron/window.ts apply it.
 * See https://www.electronjs.org/docs/latest/tutorial/security (items 13, 14, 17).
 */

/** Where the app's own renderer page is loaded from. */
export interface RendererLocation {
  /** `file:///…/dist/renderer/index.html`, or the dev server's URL (`http://localhost:5173/`). */
  readonly pageUrl: string;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `frameUrl` is our renderer: for file:// exactly our index.html (any other local file
 * could be a downloaded page), for the dev server the same origin.
 */
export function isTrustedRendererUrl(frameUrl: string, location: RendererLocation): boolean {
  const frame = parse(frameUrl);
  const page = parse(location.pageUrl);
  if (!frame || !page) return false;
  if (page.protocol === 'file:') return frame.protocol === 'file:' && frame.host === page.host && frame.pathname === page.pathname;
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  return frame.origin === page.origin;
}

/** True for links we hand to the system browser: https only, no embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}
