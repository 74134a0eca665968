/**
 * Navigation and new-window policy as pure functions (Electron security checklist items 13, 14
 * and 15): the page may only move within our own renderer; links leave the app only to the
 * system browser, and only when the main process offered them (LinkAllowlist) and they are
 * plain https. electron/window.ts applies these to every WebContents.
 */
import { isSafeExternalUrl, isTrustedRendererUrl, type RendererLocation } from '../ipc/trusted-origin.js';

/** What to do with a navigation, redirect or window.open. */
export type LinkDecision = 'allow' | 'deny' | 'open-in-system-browser';

/** True for links the main process handed to the renderer (LinkAllowlist.has). */
export type OfferedLink = (url: string) => boolean;

function externalOrDeny(url: string, offered: OfferedLink): Exclude<LinkDecision, 'allow'> {
  return isSafeExternalUrl(url) && offered(url) ? 'open-in-system-browser' : 'deny';
}

/** `will-navigate`: our own pages stay; an offered https link goes to the browser; else nothing. */
export function navigationDecision(url: string, location: RendererLocation, offered: OfferedLink): LinkDecision {
  return isTrustedRendererUrl(url, location) ? 'allow' : externalOrDeny(url, offered);
}

/** `will-redirect`: only within our own pages. */
export function redirectDecision(url: string, location: RendererLocation): LinkDecision {
  return isTrustedRendererUrl(url, location) ? 'allow' : 'deny';
}

/** `setWindowOpenHandler`: never a new Electron window; an offered https link goes to the browser. */
export function windowOpenDecision(url: string, offered: OfferedLink): Exclude<LinkDecision, 'allow'> {
  return externalOrDeny(url, offered);
}

/** `will-attach-webview`: the app has no <webview>. */
export function webviewDecision(): 'deny' {
  return 'deny';
}
