/** Which frames may call the main process, and which links may open in the system browser. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeExternalUrl, isTrustedRendererUrl, isTrustedSenderFrame } from '../../electron/ipc/trusted-origin.js';

describe('trusted renderer origin', () => {
  const packaged = { pageUrl: 'app://renderer/index.html' };
  const dev = { pageUrl: 'http://localhost:5173/' };

  it('trusts our app://renderer origin, with or without a hash', () => {
    assert.equal(isTrustedRendererUrl('app://renderer/index.html', packaged), true);
    assert.equal(isTrustedRendererUrl('app://renderer/index.html#/checks', packaged), true);
  });

  it('refuses local files (even our own), other app:// hosts, other schemes and garbage', () => {
    assert.equal(isTrustedRendererUrl('file:///home/user/Downloads/evil.html', packaged), false);
    assert.equal(isTrustedRendererUrl('file:///opt/M365%20Mail/resources/app.asar/dist/renderer/index.html', packaged), false);
    assert.equal(isTrustedRendererUrl('app://other/index.html', packaged), false);
    assert.equal(isTrustedRendererUrl('app://user:pw@renderer/index.html', packaged), false);
    assert.equal(isTrustedRendererUrl('https://login.microsoftonline.com/common', packaged), false);
    assert.equal(isTrustedRendererUrl('about:blank', packaged), false);
    assert.equal(isTrustedRendererUrl('not a url', packaged), false);
  });

  it('trusts the dev server origin only', () => {
    assert.equal(isTrustedRendererUrl('http://localhost:5173/src/main.tsx', dev), true);
    assert.equal(isTrustedRendererUrl('http://localhost:5174/', dev), false);
    assert.equal(isTrustedRendererUrl('http://127.0.0.1:5173/', dev), false);
    assert.equal(isTrustedRendererUrl('file:///index.html', dev), false);
  });

  it('answers IPC only from our main frame', () => {
    assert.equal(isTrustedSenderFrame({ url: 'app://renderer/index.html', parent: null }, packaged), true);
    assert.equal(isTrustedSenderFrame({ url: 'app://renderer/index.html', parent: {} }, packaged), false);
    assert.equal(isTrustedSenderFrame({ url: 'https://evil.example/', parent: null }, packaged), false);
    assert.equal(isTrustedSenderFrame(null, packaged), false);
  });

  it('opens only plain https links externally', () => {
    assert.equal(isSafeExternalUrl('https://admin.microsoft.com/#/users'), true);
    assert.equal(isSafeExternalUrl('http://admin.microsoft.com/'), false);
    assert.equal(isSafeExternalUrl('file:///etc/passwd'), false);
    assert.equal(isSafeExternalUrl('javascript:alert(1)'), false);
    assert.equal(isSafeExternalUrl('ms-settings:network'), false);
    assert.equal(isSafeExternalUrl('https://user:pass@example.com/'), false);
    assert.equal(isSafeExternalUrl('::'), false);
  });
});
