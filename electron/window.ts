/**
 * Electron glue: the main window and the rules every web page in the app follows — sandboxed,
 * context-isolated, no Node, no new windows, no navigation away from our renderer; https links
 * open in the system browser. https://www.electronjs.org/docs/latest/tutorial/security
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, shell, type WebContents } from 'electron';
import { isSafeExternalUrl, isTrustedRendererUrl, type RendererLocation } from './ipc/trusted-origin.js';

/** The dev server URL is honoured only in an unpackaged app (a test hook, never shipped). */
export function rendererLocation(): RendererLocation {
  const devServer = process.env['ASSISTANT_DEV_SERVER_URL'];
  if (devServer && !app.isPackaged) return { pageUrl: devServer };
  return { pageUrl: pathToFileURL(path.join(__dirname, '../renderer/index.html')).href };
}

function openIfSafe(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Denies new windows, foreign navigation and webviews for one WebContents. */
export function applyWebContentsPolicy(contents: WebContents, location: RendererLocation): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isTrustedRendererUrl(url, location)) return;
    event.preventDefault();
    openIfSafe(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, location)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
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
    webPreferences: {
      preload: path.join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow.show());
  await mainWindow.loadURL(location.pageUrl);
  return mainWindow;
}
