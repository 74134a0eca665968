/**
 * Electron's security checklist, item by item (https://www.electronjs.org/docs/latest/tutorial/security,
 * "Checklist: Security recommendations", 20 items), asserted against the shell's policies as data
 * and pure functions (electron/shell/, electron/ipc/trusted-origin.ts) and, where the rule is
 * "the glue applies it", against the glue's source. Weakening any item fails its test.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isTrustedRendererUrl, isTrustedSenderFrame, isSafeExternalUrl } from '../../electron/ipc/trusted-origin.js';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES } from '../../electron/shell/app-protocol.js';
import { APP_RESPONSE_HEADERS, RENDERER_CSP } from '../../electron/shell/content-security-policy.js';
import { ELECTRON_FUSES } from '../../electron/shell/fuses.js';
import { navigationDecision, redirectDecision, webviewDecision, windowOpenDecision } from '../../electron/shell/navigation-policy.js';
import { devicePermissionDecision, GRANTED_PERMISSIONS, permissionCheckDecision, permissionRequestDecision } from '../../electron/shell/permissions.js';
import { DEMO_SIGN_IN_WEB_PREFERENCES, mainWindowWebPreferences } from '../../electron/shell/web-preferences.js';

const root = path.resolve(import.meta.dirname, '../..');
const source = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const windows = [mainWindowWebPreferences('/app/dist/preload/preload.js'), DEMO_SIGN_IN_WEB_PREFERENCES] as const;
const location = { pageUrl: APP_PAGE_URL };
const offered = (url: string): boolean => url === 'https://admin.microsoft.com/#/users' || url === 'http://admin.microsoft.com/' || url === 'javascript:alert(1)';
const cspDirectives = new Map(RENDERER_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('Electron security checklist', () => {
  it('1. only secure content: the page comes from a secure scheme, links leave only as https, the CSP names no remote source', () => {
    assert.ok(APP_PAGE_URL.startsWith('app://'));
    assert.equal(APP_SCHEME_PRIVILEGES.secure, true);
    assert.equal(isSafeExternalUrl('http://admin.microsoft.com/'), false);
    assert.doesNotMatch(RENDERER_CSP, /https?:|\*|data:|blob:/);
  });

  it('2. no Node.js integration in any page, worker or sub-frame', () => {
    for (const prefs of windows) {
      assert.equal(prefs.nodeIntegration, false);
      assert.equal(prefs.nodeIntegrationInWorker, false);
      assert.equal(prefs.nodeIntegrationInSubFrames, false);
    }
  });

  it('3. context isolation in every window', () => {
    for (const prefs of windows) assert.equal(prefs.contextIsolation, true);
  });

  it('4. process sandboxing in every window, and for the whole app', () => {
    for (const prefs of windows) assert.equal(prefs.sandbox, true);
    assert.match(source('electron/main.ts'), /app\.enableSandbox\(\);/);
  });

  it('5. session permission requests and checks are refused, in both sessions', () => {
    assert.deepEqual(GRANTED_PERMISSIONS, []);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'midiSysex', 'pointerLock']) {
      assert.equal(permissionRequestDecision(permission), false, permission);
      assert.equal(permissionCheckDecision(permission), false, permission);
    }
    assert.equal(devicePermissionDecision(), false);
    for (const file of ['electron/main.ts', 'electron/demo-sign-in-window.ts']) {
      const glue = source(file);
      assert.match(glue, /setPermissionRequestHandler\(\(_contents, permission, callback\) => callback\(permissionRequestDecision\(permission\)\)\)/, file);
      assert.match(glue, /setPermissionCheckHandler\(\(_contents, permission\) => permissionCheckDecision\(permission\)\)/, file);
      assert.match(glue, /setDevicePermissionHandler\(\(\) => devicePermissionDecision\(\)\)/, file);
    }
  });

  it('6. webSecurity stays on', () => {
    for (const prefs of windows) assert.equal(prefs.webSecurity, true);
  });

  it('7. a Content Security Policy: own files only, no inline script, no eval, no plugins — as header and as meta tag', () => {
    assert.deepEqual(cspDirectives.get('default-src'), ["'self'"]);
    assert.deepEqual(cspDirectives.get('script-src'), ["'self'"]);
    // Styles: own files, and only empty <style> elements (the hash of the empty string) for Fluent UI's CSSOM rules.
    assert.deepEqual(cspDirectives.get('style-src'), ["'self'", `'sha256-${createHash('sha256').update('').digest('base64')}'`]);
    assert.deepEqual(cspDirectives.get('object-src'), ["'none'"]);
    assert.deepEqual(cspDirectives.get('base-uri'), ["'none'"]);
    assert.doesNotMatch(RENDERER_CSP, /unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
    assert.equal(APP_RESPONSE_HEADERS['Content-Security-Policy'], RENDERER_CSP);
    assert.equal(APP_SCHEME_PRIVILEGES.bypassCSP, false);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(source('renderer/index.html'));
    assert.equal(meta?.[1], RENDERER_CSP);
  });

  it('8. no insecure content on secure pages', () => {
    for (const prefs of windows) assert.equal(prefs.allowRunningInsecureContent, false);
  });

  it('9. no experimental Chromium features', () => {
    for (const prefs of windows) assert.equal(prefs.experimentalFeatures, false);
  });

  it('10. no enableBlinkFeatures, anywhere in the shell', () => {
    for (const prefs of windows) assert.equal('enableBlinkFeatures' in prefs, false);
    for (const file of ['electron/window.ts', 'electron/demo-sign-in-window.ts', 'electron/main.ts']) assert.doesNotMatch(source(file), /enableBlinkFeatures/);
  });

  it('11. no <webview> (so no allowpopups): the tag is off and the renderer never uses it', () => {
    for (const prefs of windows) assert.equal(prefs.webviewTag, false);
    assert.doesNotMatch(source('renderer/index.html'), /<webview|allowpopups/i);
  });

  it('12. a <webview> that would attach anyway is refused, in every window', () => {
    assert.equal(webviewDecision(), 'deny');
    assert.match(source('electron/window.ts'), /'will-attach-webview', \(event\) => \{\s*if \(webviewDecision\(\) === 'deny'\) event\.preventDefault\(\);/);
    assert.match(source('electron/demo-sign-in-window.ts'), /'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });

  it('13. navigation stays within our renderer; redirects elsewhere are refused', () => {
    assert.equal(navigationDecision('app://renderer/index.html#/checks', location, offered), 'allow');
    assert.equal(navigationDecision('https://evil.example/', location, offered), 'deny');
    assert.equal(navigationDecision('file:///etc/passwd', location, offered), 'deny');
    assert.equal(navigationDecision('app://other/index.html', location, offered), 'deny');
    assert.equal(redirectDecision('https://admin.microsoft.com/#/users', location), 'deny');
    assert.equal(redirectDecision('app://renderer/index.html', location), 'allow');
  });

  it('14. no new windows: window.open never creates one; only an offered https link goes to the system browser', () => {
    assert.equal(windowOpenDecision('https://admin.microsoft.com/#/users', offered), 'open-in-system-browser');
    assert.equal(windowOpenDecision('https://evil.example/phish', offered), 'deny');
    assert.equal(windowOpenDecision('app://renderer/index.html', offered), 'deny');
    assert.match(source('electron/window.ts'), /setWindowOpenHandler\(\(\{ url \}\) => \{\n[^\n]*\n\s*return \{ action: 'deny' \};\n\s*\}\);/);
  });

  it('15. shell.openExternal only with https links the main process offered', () => {
    assert.equal(windowOpenDecision('http://admin.microsoft.com/', offered), 'deny');
    assert.equal(windowOpenDecision('javascript:alert(1)', offered), 'deny');
    assert.equal(navigationDecision('http://admin.microsoft.com/', location, offered), 'deny');
    const callers = ['electron/window.ts', 'electron/external-links.ts', 'electron/main.ts', 'electron/demo-sign-in-window.ts']
      .flatMap((file) => [...source(file).matchAll(/shell\.openExternal\(([^)]*)\)/g)].map((m) => `${file}: ${m[0]}`));
    assert.deepEqual(callers, [
      'electron/window.ts: shell.openExternal(url)',
      'electron/window.ts: shell.openExternal(url)',
      'electron/external-links.ts: shell.openExternal(url)',
    ]);
    assert.match(source('electron/external-links.ts'), /if \(!isOpenableUrl\(url, trust\)\) throw/);
  });

  it('16. a current, pinned Electron: exactly 45.x, the version installed', () => {
    const pinned = JSON.parse(source('package.json')).devDependencies.electron as string;
    assert.match(pinned, /^45\.\d+\.\d+$/);
    assert.equal(JSON.parse(source('node_modules/electron/package.json')).version, pinned);
  });

  it('17. every IPC message\'s sender is checked: our renderer\'s main frame only', () => {
    assert.equal(isTrustedSenderFrame({ url: APP_PAGE_URL, parent: null }, location), true);
    assert.equal(isTrustedSenderFrame({ url: APP_PAGE_URL, parent: {} }, location), false);
    assert.equal(isTrustedSenderFrame({ url: 'https://login.microsoftonline.com/', parent: null }, location), false);
    assert.equal(isTrustedSenderFrame(null, location), false);
    assert.match(source('electron/ipc-main.ts'), /ipcMain\.handle\(channelOf\(operation\), \(event, request: unknown\) => \{\s*if \(!isTrustedSenderFrame\(event\.senderFrame, location\)\)/);
  });

  it('18. no file://: the page is served from app://, file:// pages are never trusted and get no extra privileges', () => {
    assert.equal(new URL(APP_PAGE_URL).protocol, 'app:');
    assert.equal(isTrustedRendererUrl('file:///opt/app/resources/app.asar/dist/renderer/index.html', location), false);
    assert.equal(ELECTRON_FUSES.grantFileProtocolExtraPrivileges, false);
    assert.doesNotMatch(source('electron/window.ts'), /loadFile|pathToFileURL|file:\/\//);
  });

  it('19. the fuses are set as the checklist asks', () => {
    assert.deepEqual(ELECTRON_FUSES, {
      runAsNode: false, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false, grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. no Electron API reaches the page: the preload exposes one object of named functions, never ipcRenderer', () => {
    const preload = source('electron/preload.ts');
    assert.deepEqual([...preload.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1]), ['API_GLOBAL, api']);
    const exposed = /const api: AssistantApi = \{([\s\S]*?)\n\};/.exec(preload)?.[1] ?? '';
    assert.match(exposed, /getAppInfo: \(\) => invoke\('getAppInfo'\)/);
    assert.doesNotMatch(exposed, /ipcRenderer|contextBridge|require|process/);
    assert.match(preload, /const forward = \(_event: unknown, data: AssistantEvent\): void => listener\(data\);/);
  });
});
