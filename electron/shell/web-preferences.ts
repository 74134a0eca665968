/**
 * The webPreferences of the app's windows as data, so a test asserts every item of Electron's
 * security checklist that lives there (https://www.electronjs.org/docs/latest/tutorial/security):
 * no Node in the page (2), context isolation (3), the process sandbox (4), web security on (6), no
 * insecure content (8), no experimental or Blink features (9, 10), no <webview> (11, 12).
 */

/** What every window of the assistant shares. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  /** Middle-click opens no new window (Electronegativity's AUXCLICK_JS_CHECK). */
  disableBlinkFeatures: 'Auxclick',
} as const;

/** The main window: the secure set plus our preload (window.assistant). */
export function mainWindowWebPreferences(preloadPath: string): typeof SECURE_WEB_PREFERENCES & { readonly preload: string } {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}

/** The demo sign-in window: the secure set, no preload (the sandbox's pages get no API at all). */
export const DEMO_SIGN_IN_WEB_PREFERENCES = SECURE_WEB_PREFERENCES;

/** The ETRON sign-in window (Microsoft's sign-in pages only): the secure set, no preload. */
export const ETRON_SIGN_IN_WEB_PREFERENCES = SECURE_WEB_PREFERENCES;
