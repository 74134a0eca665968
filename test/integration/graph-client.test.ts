import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { GraphClient } from '../../electron/core/graph/graph-client.js';
import { retryAfterMs, retryDelayMs, DEFAULT_RETRY_POLICY } from '../../electron/core/graph/graph-retry.js';
import { ok } from '../../electron/core/result.js';
import { issueDelegatedToken } from '../../electron/sandbox/access-token.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { request, sandbox, type RunningSandbox, adminRequest } from '../helpers/sandbox.js';
import { scriptedServer, type Handler } from './support/scripted-https.js';

const throttled = (retryAfter?: string, requestId = 'rid-429'): ReturnType<Handler> => ({
  status: 429,
  headers: { ...(retryAfter ? { 'Retry-After': retryAfter } : {}), 'request-id': requestId },
  body: { error: { code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', 'request-id': requestId, date: '2026-01-01T00:00:00' } } },
});

describe('graph client against a local HTTPS server', () => {
  let tls: SandboxTlsMaterial;
  const cleanups: (() => unknown)[] = [];
  before(async () => { tls = await createSandboxTls(['localhost'], ['127.0.0.1']); });
  // Servers and clients close even when an assertion failed, so the file never hangs.
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  const server = async (script: Handler[]) => {
    const s = await scriptedServer(tls, script);
    cleanups.push(s.close);
    return s;
  };
  const client = (origin: string, extra: Partial<ConstructorParameters<typeof GraphClient>[0]> = {}) => {
    const g = new GraphClient({ graphEndpoint: origin, caPem: tls.caCertPem, getToken: async () => ok('local-test-token'), random: () => 0.5, ...extra });
    cleanups.push(() => g.close());
    return g;
  };

  it('reads Retry-After as seconds (fractional) or an HTTP date, and backs off with jitter otherwise', () => {
    assert.equal(retryAfterMs('2.128'), 2128);
    assert.equal(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z')), 10_000);
    assert.equal(retryAfterMs('soon'), undefined);
    assert.equal(retryDelayMs(DEFAULT_RETRY_POLICY, 503, 1, undefined, () => 0), 250);
    assert.equal(retryDelayMs(DEFAULT_RETRY_POLICY, 503, 3, undefined, () => 0.999), 1999);
    assert.equal(retryDelayMs(DEFAULT_RETRY_POLICY, 429, 4, '1'), undefined);
    assert.equal(retryDelayMs(DEFAULT_RETRY_POLICY, 500, 1, '1'), undefined);
    assert.equal(retryDelayMs(DEFAULT_RETRY_POLICY, 429, 1, '31'), undefined);
  });

  it('retries 429 after the fractional Retry-After and logs every attempt with its request-id', async () => {
    const s = await server([
      () => throttled('0.15', 'rid-1'),
      () => throttled('0.05', 'rid-2'),
      () => ({ status: 200, headers: { 'request-id': 'rid-3', Date: 'Thu, 01 Jan 2026 10:00:00 GMT' }, body: { id: 'org-1' } }),
    ]);
    const g = client(s.origin);
    const started = Date.now();
    const result = await g.get('organization?$select=id', { step: 'read-tenant' });
    assert.deepEqual(result, { ok: true, value: { id: 'org-1' } });
    assert.ok(Date.now() - started >= 200);
    assert.deepEqual(g.log.entries().map((e) => [e.status, e.requestId, e.attempt, e.path]), [
      [429, 'rid-1', 1, '/v1.0/organization?$select=…'],
      [429, 'rid-2', 2, '/v1.0/organization?$select=…'],
      [200, 'rid-3', 3, '/v1.0/organization?$select=…'],
    ]);
    assert.equal(g.log.entries()[2]!.date, '2026-01-01T10:00:00.000Z');
    assert.deepEqual(s.seen.map((r) => r.auth), ['Bearer local-test-token', 'Bearer local-test-token', 'Bearer local-test-token']);
  });

  it('gives up after the attempt cap with code throttled and the last request-id', async () => {
    const s = await server([() => throttled('0', 'a'), () => throttled('0', 'b'), () => throttled('0', 'c')]);
    const g = client(s.origin, { retry: { maxAttempts: 3 } });
    const result = await g.get('users', { step: 'read-users' });
    assert.deepEqual(result, {
      ok: false,
      error: { code: 'throttled', message: 'Graph GET /v1.0/users failed with 429', detail: 'TooManyRequests: Please retry again later.', requestIds: ['c'] },
    });
    assert.equal(s.seen.length, 3);
  });

  it('backs off on 503 without Retry-After, then succeeds', async () => {
    const s = await server([
      () => ({ status: 503, body: { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } } }),
      () => ({ status: 200, body: { ok: 1 } }),
    ]);
    const g = client(s.origin, { retry: { baseDelayMs: 40 } });
    const started = Date.now();
    assert.deepEqual(await g.get('x', { step: 'read-apps' }), { ok: true, value: { ok: 1 } });
    assert.ok(Date.now() - started >= 30);
  });

  it('is cancelled while waiting for Retry-After', async () => {
    const controller = new AbortController();
    // Abort once the 429 (Retry-After: 10) has been answered, i.e. during the wait.
    const s = await server([() => { setTimeout(() => controller.abort(), 30); return throttled('10'); }]);
    const g = client(s.origin);
    const result = await g.get('x', { step: 'read-apps', signal: controller.signal });
    assert.deepEqual(result, { ok: false, error: { code: 'cancelled', message: 'Graph GET /v1.0/x was cancelled while waiting to retry' } });
  });

  it('maps Graph error codes to catalogue codes with the request-id', async () => {
    const err = (status: number, code: string, rid: string): Handler => () => ({
      status, body: { error: { code, message: `${code} message`, innerError: { 'request-id': rid, date: '2026-01-01T00:00:00' } } },
    });
    const s = await server([
      err(403, 'Authorization_RequestDenied', 'r403'), err(401, 'InvalidAuthenticationToken', 'r401'),
      err(404, 'Request_ResourceNotFound', 'r404'), err(400, 'Request_BadRequest', 'r400'),
    ]);
    const g = client(s.origin);
    const codes = [];
    for (let i = 0; i < 4; i++) {
      const r = await g.get(`thing/${i}`, { step: 'read-apps' });
      codes.push(r.ok ? 'ok' : [r.error.code, r.error.requestIds?.[0], r.error.detail]);
    }
    assert.deepEqual(codes, [
      ['insufficient_privileges', 'r403', 'Authorization_RequestDenied: Authorization_RequestDenied message'],
      ['token_expired_or_invalid', 'r401', 'InvalidAuthenticationToken: InvalidAuthenticationToken message'],
      ['not_found', 'r404', 'Request_ResourceNotFound: Request_ResourceNotFound message'],
      ['graph_error', 'r400', 'Request_BadRequest: Request_BadRequest message'],
    ]);
  });

  it('follows @odata.nextLink on the Graph origin and refuses one elsewhere (the token never leaves)', async () => {
    const other = await server([() => ({ status: 200, body: { value: ['stolen'] } })]);
    let origin = '';
    const s = await server([
      () => ({ status: 200, body: { value: [1, 2], '@odata.nextLink': `${origin}/v1.0/items?$skiptoken=p2` } }),
      () => ({ status: 200, body: { value: [3] , '@odata.nextLink': `${origin}/v1.0/items?$skiptoken=p3` } }),
      () => ({ status: 200, body: { value: [4] } }),
      () => ({ status: 200, body: { value: [5], '@odata.nextLink': `${other.origin}/v1.0/items?$skiptoken=x` } }),
    ]);
    origin = s.origin;
    const g = client(s.origin);
    assert.deepEqual(await g.getAll('items', { step: 'read-apps' }), { ok: true, value: [1, 2, 3, 4] });
    assert.deepEqual(s.seen.map((r) => r.path), ['/v1.0/items', '/v1.0/items?$skiptoken=p2', '/v1.0/items?$skiptoken=p3']);
    const refused = await g.getAll('items', { step: 'read-apps' });
    assert.equal(!refused.ok && refused.error.code, 'invalid_input');
    assert.equal(other.seen.length, 0);
  });

  it('refuses TLS from a server its CA did not sign (verification stays on)', async () => {
    const s = await server([() => ({ status: 200, body: {} })]);
    const g = new GraphClient({ graphEndpoint: s.origin, getToken: async () => ok('t') });
    cleanups.push(() => g.close());
    const r = await g.get('x', { step: 'read-apps' });
    assert.equal(!r.ok && r.error.code, 'tls_problem');
    assert.equal(s.seen.length, 0);
  });
});

describe('graph client against the sandbox Graph', () => {
  let sb: RunningSandbox;
  let g: GraphClient;
  before(async () => {
    sb = await sandbox();
    // A token from the sandbox's own issuer for the admin, as Entra would issue it after consent.
    const { token } = issueDelegatedToken(sb.context, {
      clientAppId: SANDBOX_IDS.assistantAppId, clientDisplayName: 'M365 Mail Setup Assistant', userId: SANDBOX_IDS.adminUserId,
      resource: 'graph', scopes: ['User.Read', 'Application.Read.All'], appidacr: '0',
    });
    g = new GraphClient({ graphEndpoint: sb.info.graph, caPem: readFileSync(sb.info.caCertPath, 'utf8'), getToken: async () => ok(token) });
  });
  after(async () => {
    g?.close();
    await sb?.close();
  });

  it('retries the sandbox\'s 429 (POST /_sandbox/graph/throttle) and then reads the tenant', async () => {
    const set = await adminRequest(sb, 'POST', '/graph/throttle', { count: 2, retryAfterSeconds: 0.1 });
    assert.equal(set.status, 200);
    const before = g.log.entries().length;
    const org = await g.get<{ value: { displayName: string }[] }>('organization?$select=id,displayName', { step: 'read-tenant' });
    assert.equal(org.ok && org.value.value[0]?.displayName, SANDBOX_NAMES.organization);
    const calls = g.log.entries().slice(before);
    assert.deepEqual(calls.map((c) => [c.status, c.attempt]), [[429, 1], [429, 2], [200, 3]]);
    assert.ok(calls.every((c) => /^[0-9a-f-]{36}$/.test(c.requestId)));
  });

  it('pages through the sandbox\'s service principals with $top', async () => {
    const all = await g.getAll<{ id: string }>('servicePrincipals?$select=id&$top=2', { step: 'read-apps' });
    assert.equal(all.ok, true);
    const ids = all.ok ? all.value.map((s) => s.id).sort() : [];
    assert.deepEqual(ids, [...sb.context.state.current().servicePrincipals.map((s) => s.id)].sort());
    assert.ok(ids.length > 2);
  });

  it('answers insufficient_privileges when the token lacks the permission', async () => {
    const r = await g.get('policies/identitySecurityDefaultsEnforcementPolicy', { step: 'read-security-defaults' });
    assert.equal(!r.ok && r.error.code, 'insufficient_privileges');
    assert.match(!r.ok ? r.error.requestIds?.[0] ?? '' : '', /^[0-9a-f-]{36}$/);
  });
});
