/**
 * Electron main process: lifecycle only. One instance; one window; the IPC handler table from
 * electron/ipc/handlers.ts registered behind the sender check; the demo sandbox stopped on quit.
 */
import { app, BrowserWindow, session } from 'electron';
import { CLIENT_ID_ENV } from './core/auth/client-id.js';
import { removeStaleTempFiles } from './core/export/atomic-write.js';
import { DemoSignInWindows } from './demo-sign-in-window.js';
import { etronSignInWindows } from './etron-sign-in-window.js';
import { externalOpener } from './external-links.js';
import { fileDialogs } from './file-dialogs.js';
import { eventSender } from './ipc-events.js';
import { registerIpc } from './ipc-main.js';
import { createHandlers } from './ipc/handlers.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol-handler.js';
import { devicePermissionDecision, permissionCheckDecision, permissionRequestDecision } from './shell/permissions.js';
import { startUpdater } from './updater.js';
import { applyWebContentsPolicy, createMainWindow, rendererDir, rendererLocation } from './window.js';

const log = (line: string): void => { process.stderr.write(`${line}\n`); };

function focus(mainWindow: BrowserWindow | undefined): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function run(): Promise<void> {
  app.enableSandbox();
  registerAppScheme();
  await app.whenReady();
  handleAppProtocol(rendererDir());
  const location = rendererLocation();
  // The assistant needs no camera, notifications, geolocation, USB…: refuse every permission (shell/permissions.ts).
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionRequestDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionCheckDecision(permission));
  session.defaultSession.setDevicePermissionHandler(() => devicePermissionDecision());
  const demoSignIn = new DemoSignInWindows();
  // ETRON's mailbox sign-in for the live mail probes (etron-sign-in-window.ts), with its own policy.
  const etronSignIn = etronSignInWindows(() => (app.getLocale().startsWith('de') ? 'Anmeldung über ETRONs App' : "Sign in through ETRON's app"));
  let offered: (url: string) => boolean = () => false;
  // The demo sign-in window keeps its own, narrower policy (demo-sign-in-window.ts).
  app.on('web-contents-created', (_event, contents) => {
    if (!demoSignIn.owns(contents) && !etronSignIn.owns(contents)) applyWebContentsPolicy(contents, location, (url) => offered(url));
  });

  const dialogs = fileDialogs(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]);
  const handlers = createHandlers({
    locale: () => app.getLocale(), versions: process.versions, log, ...dialogs,
    openExternal: externalOpener(demoSignIn),
    catchEtronRedirect: etronSignIn.catchRedirect,
    sendEvent: eventSender(location),
    env: { [CLIENT_ID_ENV]: process.env[CLIENT_ID_ENV] },
    // The wizard's non-secret progress (core/state): kept in the app's own user-data folder.
    progressFolder: app.getPath('userData'),
  });
  offered = (url) => handlers.isOfferedLink(url);
  // A progress write killed mid-way (power cut, kill -9) leaves its temp file: remove it at start.
  void removeStaleTempFiles(app.getPath('userData'));
  registerIpc(handlers, location, log);
  startUpdater({ log });

  let mainWindow: BrowserWindow | undefined = await createMainWindow(location);
  mainWindow.on('closed', () => { mainWindow = undefined; });
  app.on('second-instance', () => focus(mainWindow));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      void createMainWindow(location).then((w) => { mainWindow = w; w.on('closed', () => { mainWindow = undefined; }); });
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Stop the demo sandbox's servers before the process exits.
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    void handlers.dispose().catch(() => undefined).finally(() => {
      disposed = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run().catch((err: unknown) => {
    log(`assistant: could not start: ${err instanceof Error ? err.message : String(err)}`);
    app.exit(1);
  });
}
