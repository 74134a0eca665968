/**
 * app://renderer/… → a file inside dist/renderer, and nothing outside it: the resolution the
 * protocol handler uses, tried with the usual path traversal tricks.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveAppUrl } from '../../electron/shell/app-protocol.js';

const root = path.resolve('/opt/assistant/resources/app.asar/dist/renderer');

describe('app:// resolution', () => {
  it('serves the page and its assets with their content types', () => {
    assert.deepEqual(resolveAppUrl('app://renderer/index.html', root), { file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    assert.deepEqual(resolveAppUrl('app://renderer/', root), { file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    assert.deepEqual(resolveAppUrl('app://renderer/assets/index-Bx1.js?v=1#x', root), { file: path.join(root, 'assets/index-Bx1.js'), contentType: 'text/javascript; charset=utf-8' });
    assert.deepEqual(resolveAppUrl('app://renderer/assets/entra%20consent.de.svg', root), { file: path.join(root, 'assets/entra consent.de.svg'), contentType: 'image/svg+xml' });
  });

  it('refuses every way out of the renderer folder', () => {
    const attempts = [
      'app://renderer/../main/main.js',
      'app://renderer/assets/../../main/main.js',
      'app://renderer/%2e%2e/main/main.js',
      'app://renderer/%2E%2E%2Fmain%2Fmain.js',
      'app://renderer/..%2f..%2f..%2fetc%2fpasswd',
      'app://renderer/..%5c..%5cmain%5cmain.js',
      'app://renderer/assets%5c..%5c..%5cmain.js',
      'app://renderer//etc/passwd.js',
      'app://renderer/%2fetc%2fpasswd.js',
      'app://renderer/C:%5cWindows%5cwin.ini',
      'app://renderer/index.html%00.js',
      'app://renderer/%E0%A4%A',
    ];
    for (const url of attempts) {
      const resolved = resolveAppUrl(url, root);
      assert.ok(resolved === undefined || resolved.file.startsWith(root + path.sep), `${url} → ${resolved?.file}`);
    }
    assert.equal(resolveAppUrl('app://renderer/..%2f..%2f..%2fetc%2fpasswd', root), undefined);
    assert.equal(resolveAppUrl('app://renderer/..%5c..%5cmain%5cmain.js', root), undefined);
    assert.equal(resolveAppUrl('app://renderer/index.html%00.js', root), undefined);
  });

  it('refuses other hosts, other schemes, credentials and unknown file types', () => {
    assert.equal(resolveAppUrl('app://other/index.html', root), undefined);
    assert.equal(resolveAppUrl('app://user:pw@renderer/index.html', root), undefined);
    assert.equal(resolveAppUrl('file:///opt/assistant/resources/app.asar/dist/renderer/index.html', root), undefined);
    assert.equal(resolveAppUrl('https://renderer/index.html', root), undefined);
    assert.equal(resolveAppUrl('app://renderer/assets/index.js.map', root), undefined);
    assert.equal(resolveAppUrl('app://renderer/.env', root), undefined);
    assert.equal(resolveAppUrl('not a url', root), undefined);
  });
});
