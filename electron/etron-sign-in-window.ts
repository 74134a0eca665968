/**
 * Electron glue: ETRON's mailbox sign-in in a window of its own (a CatchRedirect for
 * core/auth/etron-sign-in.ts). Every decision is in shell/etron-sign-in-policy.ts: only
 * Microsoft's sign-in hosts load; the redirect to https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm
 * is caught before it is loaded ('will-redirect' / 'will-navigate' → preventDefault); an Entra
 * error page (AADSTS…) ends the sign-in with its text; closing the window, the caller's cancel or
 * timeout end it too. Own in-memory session (no cookies kept on disk), no permissions, no popups.
 */
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import type { CatchRedirect } from './core/auth/etron-sign-in.js';
import { etronNavigation, etronWindowFailure, signInPageError } from './shell/etron-sign-in-policy.js';
import { devicePermissionDecision, permissionCheckDecision, permissionRequestDecision } from './shell/permissions.js';
import { ETRON_SIGN_IN_WEB_PREFERENCES } from './shell/web-preferences.js';

/** In-memory: a partition name without `persist:`. */
const PARTITION = 'etron-sign-in';

/** The ETRON sign-in windows: a CatchRedirect, and a test for their web contents (the main window's policy does not apply to them). */
export interface EtronSignInWindows {
  readonly catchRedirect: CatchRedirect;
  owns(contents: WebContents): boolean;
}

/** Opens the authorize URL in an ETRON sign-in window for each sign-in. */
export function etronSignInWindows(title: () => string): EtronSignInWindows {
  let memory: Session | undefined;
  const windowSession = (): Session => {
    if (memory) return memory;
    memory = session.fromPartition(PARTITION);
    memory.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionRequestDecision(permission)));
    memory.setPermissionCheckHandler((_contents, permission) => permissionCheckDecision(permission));
    memory.setDevicePermissionHandler(() => devicePermissionDecision());
    return memory;
  };
  const catchRedirect: CatchRedirect = (authorizeUrl, redirectUri, signal) => new Promise<string>((resolve, reject) => {
    const own = windowSession();
    const win = new BrowserWindow({
      width: 560, height: 760, show: false, title: title(), autoHideMenuBar: true,
      webPreferences: { ...ETRON_SIGN_IN_WEB_PREFERENCES, session: own },
    });
    let done = false;
    const end = (outcome: { url: string } | { error: string }): void => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      if (!win.isDestroyed()) win.close();
      // Nothing of this sign-in stays for the next one.
      void own.clearStorageData();
      if ('url' in outcome) resolve(outcome.url);
      else reject(new Error(outcome.error));
    };
    const onAbort = (): void => end({ error: etronWindowFailure('cancelled') });
    signal?.addEventListener('abort', onAbort);
    const contents = win.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const decide = (event: { preventDefault(): void }, target: string): void => {
      const decision = etronNavigation(target, redirectUri);
      if (decision.kind === 'allow') return;
      event.preventDefault();
      end(decision.kind === 'catch' ? { url: decision.url } : { error: etronWindowFailure(decision.reason) });
    };
    contents.on('will-navigate', decide);
    contents.on('will-redirect', decide);
    // An Entra error page stops the sign-in: its AADSTS line is the rejection.
    contents.on('did-finish-load', () => {
      void contents.executeJavaScript('document.body ? document.body.innerText : ""', false).then((text: unknown) => {
        const error = typeof text === 'string' ? signInPageError(text) : undefined;
        if (error) end({ error });
      }, () => undefined);
    });
    win.on('closed', () => end({ error: etronWindowFailure('closed') }));
    if (signal?.aborted) { onAbort(); return; }
    const first = etronNavigation(authorizeUrl, redirectUri);
    if (first.kind !== 'allow') { end({ error: etronWindowFailure(first.kind === 'block' ? first.reason : 'left-microsoft') }); return; }
    win.once('ready-to-show', () => win.show());
    win.loadURL(authorizeUrl).catch(() => undefined);
  });
  return { catchRedirect, owns: (contents) => memory !== undefined && contents.session === memory };
}
