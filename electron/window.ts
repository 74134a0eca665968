/**
 * Electron glue: the main window and the rules every web page in the app follows. The rules
 * themselves are data and pure functions in electron/shell/ (tested without Electron against
 * https://www.electronjs.org/docs/latest/tutorial/security); this file only applies them.
 */
import path from 'node:path';
import { app, BrowserWindow, shell, type WebContents } from 'electron';
import type { RendererLocation } from './ipc/trusted-origin.js';
import { APP_PAGE_URL } from './shell/app-protocol.js';
import { navigationDecision, redirectDecision, webviewDecision, windowOpenDecision, type OfferedLink } from './shell/navigation-policy.js';
import { mainWindowWebPreferences } from './shell/web-preferences.js';

/** The dev server URL is honoured only in an unpackaged app (a test hook, never shipped). */
export function rendererLocation(): RendererLocation {
  const devServer = process.env['ASSISTANT_DEV_SERVER_URL'];
  if (devServer && !app.isPackaged) return { pageUrl: devServer };
  return { pageUrl: APP_PAGE_URL };
}

/** The folder app:// serves. */
export function rendererDir(): string {
  return path.join(__dirname, '../renderer');
}

/** Denies new windows, foreign navigation and webviews for one WebContents; offered https links go to the system browser. */
export function applyWebContentsPolicy(contents: WebContents, location: RendererLocation, offered: OfferedLink): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url, offered) === 'open-in-system-browser') void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, location, offered);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-in-system-browser') void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (redirectDecision(url, location) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (webviewDecision() === 'deny') event.preventDefault();
  });
}

/** Creates and loads the main window. */
export async function createMainWindow(location: RendererLocation): Promise<BrowserWindow> {
  const mainWindow = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'M365 Mail Setup Assistant',
    backgroundColor: '#f5f7fa',
    webPreferences: mainWindowWebPreferences(path.join(__dirname, '../preload/preload.js')),
  });
  mainWindow.once('ready-to-show', () => mainWindow.show());
  await mainWindow.loadURL(location.pageUrl);
  return mainWindow;
}
