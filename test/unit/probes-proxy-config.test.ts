import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProxy, isNoProxy, parseProxyUrl, proxyFromEnv } from '../../electron/core/probes/proxy-config.js';

describe('proxy configuration', () => {
  it('parses HTTP and SOCKS5 proxy URLs, with and without credentials', () => {
    assert.deepEqual(parseProxyUrl('http://proxy.corp.example:3128'), { kind: 'http', host: 'proxy.corp.example', port: 3128 });
    assert.deepEqual(parseProxyUrl('proxy.corp.example:8080'), { kind: 'http', host: 'proxy.corp.example', port: 8080 });
    assert.deepEqual(parseProxyUrl('socks5h://u%40x:p%3Aw@10.0.0.1:1080'), { kind: 'socks5', host: '10.0.0.1', port: 1080, username: 'u@x', password: 'p:w' });
    assert.deepEqual(parseProxyUrl('socks://[::1]'), { kind: 'socks5', host: '::1', port: 1080 });
    assert.equal(parseProxyUrl('ftp://x:1'), null);
    assert.equal(parseProxyUrl(''), null);
  });

  it('describes a proxy without its credentials', () => {
    assert.equal(describeProxy(parseProxyUrl('http://user:secret@proxy:3128')!), 'http://proxy:3128');
  });

  it('applies NO_PROXY like curl: *, exact names, domain suffixes, .suffix and host:port', () => {
    assert.equal(isNoProxy('smtp.office365.com', 587, '*'), true);
    assert.equal(isNoProxy('smtp.office365.com', 587, 'office365.com'), true);
    assert.equal(isNoProxy('smtp.office365.com', 587, '.office365.com'), true);
    assert.equal(isNoProxy('office365.com', 587, '.office365.com'), true);
    assert.equal(isNoProxy('notoffice365.com', 587, 'office365.com'), false);
    assert.equal(isNoProxy('smtp.office365.com', 587, 'localhost, smtp.office365.com:993'), false);
    assert.equal(isNoProxy('smtp.office365.com', 993, 'localhost, smtp.office365.com:993'), true);
    assert.equal(isNoProxy('127.0.0.1', 443, '127.0.0.1'), true);
  });

  it('takes HTTPS_PROXY (then ALL_PROXY) for 443 and only ALL_PROXY for the mail ports', () => {
    const env = { HTTPS_PROXY: 'http://web-proxy:3128', ALL_PROXY: 'socks5://socks:1080', NO_PROXY: 'intranet.example' };
    assert.deepEqual(proxyFromEnv('login.microsoftonline.com', 443, env), { kind: 'http', host: 'web-proxy', port: 3128 });
    assert.deepEqual(proxyFromEnv('smtp.office365.com', 587, env), { kind: 'socks5', host: 'socks', port: 1080 });
    assert.equal(proxyFromEnv('mail.intranet.example', 587, env), null);
    assert.equal(proxyFromEnv('smtp.office365.com', 587, { https_proxy: 'http://web-proxy:3128' }), null);
    assert.deepEqual(proxyFromEnv('login.microsoftonline.com', 443, { all_proxy: 'http://p:8080' }), { kind: 'http', host: 'p', port: 8080 });
  });
});
