/**
 * The reachability probe against real local endpoints: TLS on connect (993/443 style), SMTP
 * with STARTTLS (587 style), a refused port, a blackhole, an unknown host, an untrusted chain
 * (a TLS-inspecting proxy), directly and through real HTTP CONNECT and SOCKS5 proxies.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { probeReachability, type ReachTarget } from '../../electron/core/probes/reachability-probe.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { ConnectionTracker } from '../helpers/connection-tracker.js';
import { startHttpConnectProxy, type TestHttpProxy } from '../helpers/http-connect-proxy.js';
import { startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.js';
import { startSmtpTestServer, type SmtpTestServer } from '../helpers/smtp-test-server.js';
import { startSocks5Proxy, type TestSocksProxy } from '../helpers/socks5-proxy.js';

const outcomes = (r: Awaited<ReturnType<typeof probeReachability>>): string[] => r.details.findings.map((f) => `${f.port === 1 ? 'refused-port' : f.host}:${f.outcome}`);

describe('reachability probe', () => {
  let material: SandboxTlsMaterial;
  let tlsServer: tls.Server;
  let tlsTracker: ConnectionTracker;
  let tlsPort: number;
  let smtp: SmtpTestServer;
  let blackhole: ScriptedServer;
  let httpProxy: TestHttpProxy;
  let socksProxy: TestSocksProxy;
  let imaps: ReachTarget;
  let submission: ReachTarget;

  before(async () => {
    material = await createSandboxTls(['localhost'], ['127.0.0.1']);
    tlsServer = tls.createServer({ cert: material.certPem, key: material.keyPem }, (s) => { s.on('error', () => undefined); s.resume(); });
    tlsServer.on('tlsClientError', () => undefined);
    tlsTracker = new ConnectionTracker().watch(tlsServer);
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    tlsPort = (tlsServer.address() as AddressInfo).port;
    smtp = await startSmtpTestServer({ accessToken: 'unused-token-value', tls: material });
    blackhole = await startScriptedServer({ kind: 'stall' });
    httpProxy = await startHttpConnectProxy((_host, port) => (port === 25 ? 403 : 'tunnel'));
    socksProxy = await startSocks5Proxy((_host, port) => port !== 25);
    imaps = { host: 'localhost', port: tlsPort, mode: 'tls' };
    submission = { host: 'localhost', port: smtp.port, mode: 'smtp-starttls' };
  });
  after(async () => {
    tlsTracker.destroyAll();
    await Promise.all([new Promise((r) => tlsServer.close(r)), smtp.close(), blackhole.close(), httpProxy.close(), socksProxy.close()]);
  });

  it('reaches TLS and STARTTLS endpoints directly, with protocol, chain and name check', async () => {
    const r = await probeReachability({ targets: [imaps, submission], ca: material.caCertPem, proxy: 'none' });
    assert.deepEqual({ ok: r.ok, category: r.category, outcomes: outcomes(r) }, { ok: true, category: null, outcomes: ['localhost:ok', 'localhost:ok'] });
    const [first, second] = r.details.findings;
    assert.deepEqual({ via: first?.via, protocol: first?.tls?.protocol, nameCheck: first?.tls?.nameCheck, chain: first?.tls?.chain.map((c) => c.subject) },
      // A verified chain ends in the trusted root the verification found.
      { via: 'direct', protocol: 'TLSv1.3', nameCheck: 'ok', chain: ['CN=localhost, O=Sandbox tenant (not Microsoft)', 'CN=M365 Mail Assistant Sandbox CA, O=Sandbox tenant (not Microsoft)'] });
    assert.ok(r.transcript.includes(`C: [localhost:${smtp.port}] STARTTLS`));
    assert.ok(r.transcript.includes(`S: [localhost:${smtp.port}] 220 Ready to start TLS`));
    assert.equal(second?.tls?.protocol, 'TLSv1.3');
    assert.equal(await tlsTracker.allClosed(), true);
    assert.equal(await smtp.allClosed(), true);
  });

  it('tells refused, blackholed (timeout) and unknown hosts apart', async () => {
    const started = Date.now();
    const r = await probeReachability({
      targets: [
        { host: '127.0.0.1', port: 1, mode: 'tcp' },
        { host: '127.0.0.1', port: blackhole.port, mode: 'tls', servername: 'localhost' },
        { host: 'smtp.nonexistent.invalid', port: 587, mode: 'smtp-starttls' },
      ],
      ca: material.caCertPem, proxy: 'none', timeoutMs: 500,
    });
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(outcomes(r), ['refused-port:refused', '127.0.0.1:blocked', 'smtp.nonexistent.invalid:dns']);
    assert.deepEqual(r.details.findings.map((f) => f.errorCode), ['ECONNREFUSED', undefined, 'ENOTFOUND']);
    assert.deepEqual({ ok: r.ok, category: r.category, code: r.error?.code }, { ok: false, category: 'network_blocked', code: 'network_blocked' });
    assert.equal(await blackhole.tracker.allClosed(), true);
  });

  it('recognizes a certificate chain from an untrusted CA as a TLS-inspecting proxy, verification kept on', async () => {
    const trusted = await createSandboxTls();
    const r = await probeReachability({ targets: [imaps, submission], ca: trusted.caCertPem, proxy: 'none' });
    assert.deepEqual({ outcomes: outcomes(r), category: r.category }, { outcomes: ['localhost:tls_intercepted', 'localhost:tls_intercepted'], category: 'tls_problem' });
    const finding = r.details.findings[0]!;
    assert.equal(finding.errorCode, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    assert.equal(finding.tls?.chain[0]?.issuer, 'CN=M365 Mail Assistant Sandbox CA, O=Sandbox tenant (not Microsoft)');
    assert.equal(finding.tls?.nameCheck, 'ok');
    assert.match(finding.message, /does not trust: a TLS-inspecting proxy or firewall is likely in between\.$/);
  });

  it('reports a certificate for another name as tls_failed (not interception)', async () => {
    const r = await probeReachability({ targets: [{ ...imaps, servername: 'outlook.office365.com' }], ca: material.caCertPem, proxy: 'none' });
    assert.deepEqual(outcomes(r), ['localhost:tls_failed']);
    assert.equal(r.details.findings[0]?.errorCode, 'ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('goes through an HTTP CONNECT proxy from the environment and reports its 403 as refused', async () => {
    const env = { ALL_PROXY: httpProxy.url, NO_PROXY: 'intranet.example' };
    const r = await probeReachability({ targets: [imaps, submission, { host: 'localhost', port: 25, mode: 'tcp' }], ca: material.caCertPem, env });
    assert.deepEqual(outcomes(r), ['localhost:ok', 'localhost:ok', 'localhost:refused']);
    assert.deepEqual(r.details.findings.map((f) => f.via), Array(3).fill(httpProxy.url));
    assert.equal(r.details.findings[2]?.message, 'The proxy answered CONNECT localhost:25 with "HTTP/1.1 403 Forbidden".');
    assert.deepEqual(httpProxy.requests.slice(-3).map((q) => q.target).sort(), [`localhost:${smtp.port}`, `localhost:${tlsPort}`, 'localhost:25'].sort());
  });

  it('authenticates to the proxy and keeps the proxy password out of the result', async () => {
    const password = 'Pr0xy-Secret-Value';
    const r = await probeReachability({ targets: [imaps], ca: material.caCertPem, proxy: { kind: 'http', host: '127.0.0.1', port: httpProxy.port, username: 'probe', password } });
    assert.deepEqual(outcomes(r), ['localhost:ok']);
    assert.equal(httpProxy.requests.at(-1)?.authorization, `Basic ${Buffer.from(`probe:${password}`).toString('base64')}`);
    const text = JSON.stringify(r);
    assert.ok(!text.includes(password) && !text.includes(Buffer.from(`probe:${password}`).toString('base64')));
    assert.equal(r.details.findings[0]?.via, `http://127.0.0.1:${httpProxy.port}`);
  });

  it('reports a target the HTTP proxy cannot reach (502) as refused', async () => {
    const r = await probeReachability({ targets: [{ host: '127.0.0.1', port: 1, mode: 'tcp' }], proxy: { kind: 'http', host: '127.0.0.1', port: httpProxy.port } });
    assert.deepEqual({ outcome: r.details.findings[0]?.outcome, code: r.details.findings[0]?.errorCode }, { outcome: 'refused', code: 'HTTP_502' });
  });

  it('goes through a SOCKS5 proxy and reports its refusals', async () => {
    const proxy = { kind: 'socks5' as const, host: '127.0.0.1', port: socksProxy.port };
    const r = await probeReachability({ targets: [imaps, submission, { host: 'localhost', port: 25, mode: 'tcp' }, { host: '127.0.0.1', port: 1, mode: 'tcp' }], ca: material.caCertPem, proxy });
    assert.deepEqual(outcomes(r), ['localhost:ok', 'localhost:ok', 'localhost:refused', 'refused-port:refused']);
    assert.deepEqual(r.details.findings.slice(2).map((f) => f.message), [
      `SOCKS proxy 127.0.0.1:${socksProxy.port}: Socks5 proxy rejected connection - NotAllowed`,
      `SOCKS proxy 127.0.0.1:${socksProxy.port}: Socks5 proxy rejected connection - ConnectionRefused`,
    ]);
    assert.equal(await socksProxy.tracker.allClosed(), true);
  });

  it('reports an unreachable proxy as refused', async () => {
    const r = await probeReachability({ targets: [imaps], proxy: { kind: 'http', host: '127.0.0.1', port: 1 } });
    assert.equal(r.details.findings[0]?.outcome, 'refused');
    assert.match(r.details.findings[0]?.message ?? '', /^Proxy 127\.0\.0\.1:1 unreachable: .*ECONNREFUSED/);
  });
});
