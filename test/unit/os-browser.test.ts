/**
 * The CLI's OS opener: which URLs it hands over, which program it runs on each platform, and —
 * with real child processes standing in for the opener through BROWSER — that the URL arrives
 * intact, failures come back as io_error, and no message carries the URL's query.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  canOpenBrowser, checkBrowserUrl, openerCommand, openInBrowser, osBrowser, urlForMessages,
} from '../../electron/core/auth/os-browser.js';

const SIGN_IN = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=abc&scope=User.Read%20offline_access&state=s3cr3t-state&login_hint=admin%40contoso.com';
const WHERE = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize';

describe('checkBrowserUrl', () => {
  it('accepts https anywhere and http only on loopback', () => {
    assert.deepEqual(checkBrowserUrl(SIGN_IN), { ok: true, value: SIGN_IN });
    assert.deepEqual(checkBrowserUrl('http://127.0.0.1:4321/callback'), { ok: true, value: 'http://127.0.0.1:4321/callback' });
    assert.deepEqual(checkBrowserUrl('http://localhost/'), { ok: true, value: 'http://localhost/' });
  });

  it('refuses other schemes, remote http, credentials and non-URLs', () => {
    const message = (url: string): string | undefined => { const r = checkBrowserUrl(url); return r.ok ? undefined : `${r.error.code}: ${r.error.message}`; };
    assert.equal(message('http://login.example.com/'), 'invalid_input: only https addresses are opened in the browser, not http:');
    assert.equal(message('file:///etc/passwd'), 'invalid_input: only https addresses are opened in the browser, not file:');
    assert.equal(message('javascript:alert(1)'), 'invalid_input: only https addresses are opened in the browser, not javascript:');
    assert.equal(message('https://user:pw@login.example.com/'), 'invalid_input: the sign-in address must not carry a user name or password');
    assert.equal(message('login.example.com/authorize'), 'invalid_input: the sign-in address is not a URL');
  });

  it('hands over the serialized URL: quotes and spaces are percent-encoded, so cmd.exe quoting holds', () => {
    assert.deepEqual(checkBrowserUrl('https://login.example.com/a b?x="y" z'), { ok: true, value: 'https://login.example.com/a%20b?x=%22y%22%20z' });
  });
});

describe('openerCommand and canOpenBrowser', () => {
  it('runs xdg-open on Linux, open on macOS, cmd start on Windows — each with the URL as one argument', () => {
    assert.deepEqual(openerCommand(SIGN_IN, { platform: 'linux', env: {} }), { command: 'xdg-open', args: [SIGN_IN] });
    assert.deepEqual(openerCommand(SIGN_IN, { platform: 'darwin', env: {} }), { command: 'open', args: [SIGN_IN] });
    assert.deepEqual(openerCommand(SIGN_IN, { platform: 'win32', env: { ComSpec: 'C:\\Windows\\system32\\cmd.exe' } }), {
      command: 'C:\\Windows\\system32\\cmd.exe', args: ['/d', '/s', '/c', `"start "" "${SIGN_IN}""`], windowsVerbatimArguments: true,
    });
  });

  it('uses BROWSER (the first entry of its list) when set', () => {
    assert.deepEqual(openerCommand(SIGN_IN, { platform: 'linux', env: { BROWSER: '/usr/bin/firefox:/usr/bin/chromium' } }), { command: '/usr/bin/firefox', args: [SIGN_IN] });
    assert.deepEqual(openerCommand(SIGN_IN, { platform: 'win32', env: { BROWSER: 'C:\\Tools\\browser.exe;C:\\other.exe' } }), { command: 'C:\\Tools\\browser.exe', args: [SIGN_IN] });
  });

  it('offers the browser on a desktop, the device code on a bare server or over SSH', () => {
    assert.equal(canOpenBrowser({ platform: 'win32', env: {} }), true);
    assert.equal(canOpenBrowser({ platform: 'darwin', env: {} }), true);
    assert.equal(canOpenBrowser({ platform: 'darwin', env: { SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22' } }), false);
    assert.equal(canOpenBrowser({ platform: 'linux', env: { DISPLAY: ':0' } }), true);
    assert.equal(canOpenBrowser({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }), true);
    assert.equal(canOpenBrowser({ platform: 'linux', env: {} }), false);
  });

  it('names a URL in messages without its query', () => {
    assert.equal(urlForMessages(SIGN_IN), WHERE);
  });
});

describe('openInBrowser (real child processes as the opener)', () => {
  let dir: string;
  const pids: number[] = [];
  const script = (name: string, body: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  };
  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'os-browser-')); });
  after(() => {
    for (const pid of pids) {
      try { process.kill(pid); } catch { /* already gone */ }
    }
  });

  it('hands the URL over as one argument, intact; resolves when the opener exits 0', async () => {
    const received = path.join(dir, 'received.txt');
    const opener = script('record.sh', `printf '%s\\n' "$#" "$1" > "${received}"`);
    assert.deepEqual(await openInBrowser(SIGN_IN, { platform: 'linux', env: { BROWSER: opener } }), { ok: true, value: undefined });
    assert.equal(readFileSync(received, 'utf8'), `1\n${SIGN_IN}\n`);
  });

  it('an opener that exits non-zero is io_error, naming the opener and the URL without its query', async () => {
    const opener = script('fail.sh', 'exit 3');
    assert.deepEqual(await openInBrowser(SIGN_IN, { platform: 'linux', env: { BROWSER: opener } }), {
      ok: false, error: { code: 'io_error', message: `the browser opener fail.sh ended with 3 for ${WHERE}`, detail: 'fail.sh' },
    });
  });

  it('an opener that does not exist is io_error (ENOENT)', async () => {
    assert.deepEqual(await openInBrowser(SIGN_IN, { platform: 'linux', env: { BROWSER: path.join(dir, 'no-such-browser') } }), {
      ok: false, error: { code: 'io_error', message: `the browser opener no-such-browser could not be started (ENOENT) for ${WHERE}`, detail: 'no-such-browser' },
    });
  });

  it('an opener that keeps running counts as opened after the settle time, and keeps running detached', async () => {
    const pidFile = path.join(dir, 'pid.txt');
    const opener = script('linger.sh', `echo $$ > "${pidFile}"\nexec sleep 30`);
    const started = Date.now();
    assert.deepEqual(await openInBrowser(SIGN_IN, { platform: 'linux', env: { BROWSER: opener }, settleMs: 150 }), { ok: true, value: undefined });
    assert.ok(Date.now() - started >= 150);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    pids.push(pid);
    assert.doesNotThrow(() => process.kill(pid, 0), 'the opener is still running');
  });

  it('refuses a URL it must not open without starting anything', async () => {
    const opener = script('never.sh', `touch "${path.join(dir, 'started')}"`);
    const r = await openInBrowser('http://evil.example/', { platform: 'linux', env: { BROWSER: opener } });
    assert.equal(!r.ok && r.error.code, 'invalid_input');
    assert.throws(() => readFileSync(path.join(dir, 'started')), /ENOENT/);
  });

  it('osBrowser (MSAL\'s OpenBrowser) rejects with the message, never the query', async () => {
    const opener = script('fail2.sh', 'exit 1');
    await assert.rejects(osBrowser({ platform: 'linux', env: { BROWSER: opener } })(SIGN_IN), (err: Error) => {
      assert.equal(err.message, `the browser opener fail2.sh ended with 1 for ${WHERE}`);
      assert.doesNotMatch(err.message, /state|client_id|login_hint/);
      return true;
    });
  });
});
