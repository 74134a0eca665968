/**
 * Which pages may talk to the main process and which links may leave the app. Plain Node so
 * it is unit-tested; electron/ipc-main.ts and electron/window.ts apply it.
 * See https://www.electronjs.org/docs/latest/tutorial/security (items 13, 14, 17, 18).
 */

/** Where the app's own renderer page is loaded from. */
export interface RendererLocation {
  /** `app://renderer/index.html` (electron/shell/app-protocol.ts), or the dev server's URL (`http://localhost:5173/`). */
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
 * True when `frameUrl` is our renderer: the same origin as our page — `app://renderer` (which
 * serves nothing but dist/renderer), or the dev server's origin. file:// is never trusted: any
 * local file could be a downloaded page.
 */
export function isTrustedRendererUrl(frameUrl: string, location: RendererLocation): boolean {
  const frame = parse(frameUrl);
  const page = parse(location.pageUrl);
  if (!frame || !page) return false;
  if (frame.username !== '' || frame.password !== '') return false;
  if (page.protocol === 'app:') return frame.protocol === 'app:' && frame.host === page.host && frame.host !== '';
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  return frame.origin === page.origin;
}

/** The parts of an IPC sender frame the check looks at (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  /** null for the main frame. */
  readonly parent: unknown;
}

/**
 * The IPC sender check (checklist item 17): our renderer's main frame only. `null`: the frame
 * navigated or was destroyed meanwhile; a sub-frame is never trusted.
 */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, location: RendererLocation): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, location);
}

/** True for links we hand to the system browser: https only, no embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}
