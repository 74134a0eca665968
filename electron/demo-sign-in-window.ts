/**
 * Electron glue: the demo tenant's sign-in and consent pages in a window of their own. The system
 * browser does not know the sandbox's per-start CA and would show a certificate warning; this
 * window's in-memory session trusts exactly certificates issued by that CA (and leaves all
 * others to Chromium), may navigate only within the sandbox origin and to the sign-in's loopback
 * page, and opens nothing else. https://www.electronjs.org/docs/latest/api/session#sessetcertificateverifyprocproc
 */
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import type { SandboxTrust } from './ipc/ops/open-external.js';
import { isSandboxCertificate } from './ipc/sandbox-certificate.js';
import { devicePermissionDecision, permissionCheckDecision, permissionRequestDecision } from './shell/permissions.js';
import { DEMO_SIGN_IN_WEB_PREFERENCES } from './shell/web-preferences.js';

const PARTITION = 'demo-sign-in';
/** Chromium: 0 = accept, -3 = use Chromium's own verification result. */
const ACCEPT = 0;
const USE_CHROMIUM = -3;

function isLoopbackPage(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

/** The demo sign-in windows: one session, one window at a time. */
export class DemoSignInWindows {
  private readonly session: Session = session.fromPartition(PARTITION);
  private window: BrowserWindow | undefined;
  private trust: SandboxTrust | undefined;

  constructor() {
    this.session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionRequestDecision(permission)));
    this.session.setPermissionCheckHandler((_contents, permission) => permissionCheckDecision(permission));
    this.session.setDevicePermissionHandler(() => devicePermissionDecision());
    this.session.setCertificateVerifyProc((request, callback) => {
      const trust = this.trust;
      const trusted = trust !== undefined && request.hostname === new URL(trust.origin).hostname
        && isSandboxCertificate(request.certificate.data, trust.caPem, request.hostname);
      callback(trusted ? ACCEPT : USE_CHROMIUM);
    });
  }

  /** True for the web contents of a demo sign-in window (the app's main policy does not apply to them). */
  owns(contents: WebContents): boolean {
    return contents.session === this.session;
  }

  /** Opens `url` (on the sandbox origin) in the sign-in window, replacing an earlier page. */
  async open(url: string, trust: SandboxTrust): Promise<void> {
    this.trust = trust;
    const origin = new URL(trust.origin).origin;
    const existing = this.window;
    const win = existing && !existing.isDestroyed() ? existing : this.create(origin);
    this.window = win;
    await win.loadURL(url);
    win.show();
    win.focus();
  }

  private create(origin: string): BrowserWindow {
    const win = new BrowserWindow({
      width: 560, height: 760, show: false, title: 'Sign in to the demo tenant', autoHideMenuBar: true,
      webPreferences: { ...DEMO_SIGN_IN_WEB_PREFERENCES, session: this.session },
    });
    const contents = win.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const allowed = (target: string): boolean => {
      const url = new URL(target);
      return url.origin === origin || isLoopbackPage(url);
    };
    contents.on('will-navigate', (event, target) => { if (!allowed(target)) event.preventDefault(); });
    contents.on('will-redirect', (event, target) => { if (!allowed(target)) event.preventDefault(); });
    // The sign-in ends on the assistant's loopback page: give the admin a moment to read it, then close.
    contents.on('did-finish-load', () => {
      if (isLoopbackPage(new URL(contents.getURL()))) setTimeout(() => { if (!win.isDestroyed()) win.close(); }, 2_000);
    });
    win.on('closed', () => { if (this.window === win) this.window = undefined; });
    return win;
  }
}
