/**
 * What the app opens outside itself, and which certificate its demo sign-in window trusts: https
 * and the sign-in's loopback page only; the demo tenant's pages only with the demo tenant's trust;
 * and exactly the certificates the sandbox's per-start CA issued for the host asked for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpenableUrl, LinkAllowlist } from '../../electron/ipc/ops/open-external.js';
import { isSandboxCertificate } from '../../electron/ipc/sandbox-certificate.js';
import { createSandboxTls } from '../../electron/sandbox/ca.js';

describe('opening links outside the app', () => {
  it('opens https and the loopback page, nothing else', () => {
    const trust = { origin: 'https://127.0.0.1:43111', caPem: '' };
    const cases: ReadonlyArray<readonly [string, boolean]> = [
      ['https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x', true],
      ['http://localhost:51234/', true],
      ['http://127.0.0.1:51234/', true],
      ['http://login.microsoftonline.com/', false],
      ['https://admin:secret@login.microsoftonline.com/', false],
      ['file:///etc/passwd', false],
      ['javascript:alert(1)', false],
      ['ms-settings:network', false],
      ['not a url', false],
    ];
    for (const [url, expected] of cases) assert.equal(isOpenableUrl(url), expected, url);
    assert.equal(isOpenableUrl('https://127.0.0.1:43111/t/adminconsent?client_id=x', trust), true);
    assert.equal(isOpenableUrl('https://user:pw@127.0.0.1:43111/', trust), false);
  });

  it('offers only the links it was given, per group, and forgets a group when it is replaced', () => {
    const links = new LinkAllowlist();
    links.set('check', ['https://a.example/consent', 'https://b.example/blade']);
    links.set('device-code', ['https://c.example/devicelogin']);
    assert.equal(links.has('https://a.example/consent'), true);
    assert.equal(links.has('https://c.example/devicelogin'), true);
    assert.equal(links.has('https://a.example/consent?x=1'), false);
    links.set('check', []);
    assert.equal(links.has('https://a.example/consent'), false);
    assert.equal(links.has('https://c.example/devicelogin'), true);
  });
});

describe('the demo sign-in window trusts the sandbox certificate only', () => {
  it('accepts the certificate the CA issued for 127.0.0.1 and localhost, and refuses everything else', async () => {
    const [tls, other] = await Promise.all([createSandboxTls(['localhost'], ['127.0.0.1']), createSandboxTls(['localhost'], ['127.0.0.1'])]);
    assert.equal(isSandboxCertificate(tls.certPem, tls.caCertPem, '127.0.0.1'), true);
    assert.equal(isSandboxCertificate(tls.certPem, tls.caCertPem, 'localhost'), true);
    assert.equal(isSandboxCertificate(tls.certPem, tls.caCertPem, 'login.microsoftonline.com'), false);
    assert.equal(isSandboxCertificate(tls.certPem, other.caCertPem, '127.0.0.1'), false, 'another start\'s CA');
    assert.equal(isSandboxCertificate(other.certPem, tls.caCertPem, '127.0.0.1'), false, 'another start\'s certificate');
    assert.equal(isSandboxCertificate(tls.caCertPem, tls.caCertPem, '127.0.0.1'), false, 'the CA itself is no server certificate for the host');
    assert.equal(isSandboxCertificate(tls.certPem, tls.caCertPem, '127.0.0.1', new Date(Date.now() + 30 * 86_400_000)), false, 'expired');
    assert.equal(isSandboxCertificate('garbage', tls.caCertPem, '127.0.0.1'), false);
  });
});

describe('window.open and links in the page go through the same allowlist', () => {
  it('offers the illustrations\' portal pages permanently, and nothing the main process did not hand out', async () => {
    const { createHandlers } = await import('../../electron/ipc/handlers.js');
    const { PORTAL_LINKS } = await import('../../electron/ipc/portal-links.js');
    const { PORTAL_URLS } = await import('../../renderer/src/components/illustration-catalog.js');
    const { windowOpenDecision } = await import('../../electron/shell/navigation-policy.js');
    assert.deepEqual([...Object.values(PORTAL_URLS)].sort(), [...PORTAL_LINKS].sort());
    const handlers = createHandlers();
    try {
      const offered = (url: string) => handlers.isOfferedLink(url);
      for (const url of PORTAL_LINKS) assert.equal(windowOpenDecision(url, offered), 'open-in-system-browser', url);
      assert.equal(windowOpenDecision('https://evil.example/login.microsoftonline.com', offered), 'deny');
      assert.equal(windowOpenDecision('https://admin.microsoft.com/#/users?x=1', offered), 'deny');
    } finally {
      await handlers.dispose();
    }
  });
});
