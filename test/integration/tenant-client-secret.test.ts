import assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'node:test';
import { GraphClient } from '../../electron/core/graph/graph-client.js';
import { ok } from '../../electron/core/result.js';
import { addMonths, createClientSecret, secretExpiry } from '../../electron/core/tenant/client-secret.js';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import { scriptedServer, type Handler } from './support/scripted-https.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const policyRejection: Handler = () => ({
  status: 400,
  body: { error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy', message: 'Credential lifetime exceeds the max value allowed as per assigned policy.' } },
});
const created = (endDateTime: string): Handler => () => ({
  status: 200,
  body: { keyId: 'k-1', displayName: 'ETRON-OAuth', hint: 'abc', secretText: 'abc~secret-value', startDateTime: '2026-03-01T12:00:00Z', endDateTime },
});

describe('client secrets', () => {
  let tls: SandboxTlsMaterial;
  const cleanups: (() => unknown)[] = [];
  before(async () => { tls = await createSandboxTls(['localhost'], ['127.0.0.1']); });
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  const graphFor = async (script: Handler[]) => {
    const s = await scriptedServer(tls, script);
    const graph = new GraphClient({ graphEndpoint: s.origin, caPem: tls.caCertPem, getToken: async () => ok('t') });
    cleanups.push(s.close, () => graph.close());
    return { s, graph };
  };

  it('reads the expiry of existing secrets: valid, expiring, expired, none', () => {
    const cred = (end: number) => ({ keyId: 'k', displayName: null, endDateTime: new Date(end).toISOString() });
    assert.deepEqual(secretExpiry([cred(NOW + 400 * DAY), cred(NOW - DAY)], NOW),
      { state: 'valid', latestEndDateTime: new Date(NOW + 400 * DAY).toISOString(), daysLeft: 400, count: 2 });
    assert.deepEqual(secretExpiry([cred(NOW - 70 * DAY)], NOW),
      { state: 'expired', latestEndDateTime: new Date(NOW - 70 * DAY).toISOString(), daysLeft: -70, count: 1 });
    assert.deepEqual(secretExpiry([], NOW), { state: 'none', latestEndDateTime: null, daysLeft: null, count: 0 });
  });

  it('asks for 24 months first and steps down when the tenant policy rejects the lifetime', async () => {
    const { s, graph } = await graphFor([policyRejection, policyRejection, created('2026-09-01T12:00:00.000Z')]);
    const secret = await createClientSecret(graph, { applicationObjectId: 'app-object-1', displayName: 'ETRON-OAuth', nowMs: NOW });
    assert.deepEqual(s.seen.map((r) => [r.method, r.path, JSON.parse(r.body)]), [24, 12, 6].map((months) => [
      'POST', '/v1.0/applications/app-object-1/addPassword',
      { passwordCredential: { displayName: 'ETRON-OAuth', endDateTime: addMonths(NOW, months).toISOString() } },
    ]));
    assert.deepEqual(secret, {
      ok: true,
      value: { secretText: 'abc~secret-value', keyId: 'k-1', hint: 'abc', endDateTime: '2026-09-01T12:00:00.000Z', validityMonths: 6 },
    });
    assert.equal(addMonths(NOW, 24).toISOString(), '2028-03-01T12:00:00.000Z');
  });

  it('warns when the policy leaves less than 60 days', async () => {
    const { graph } = await graphFor([policyRejection, policyRejection, policyRejection, created('2026-04-15T12:00:00.000Z')]);
    const secret = await createClientSecret(graph, { applicationObjectId: 'a', displayName: 'x', nowMs: NOW });
    assert.deepEqual(secret.ok && [secret.value.validityMonths, secret.value.warning], [3, { code: 'secret_expires_soon', daysLeft: 45 }]);
  });

  it('does not retry when the refusal is about rights, and gives the request-id', async () => {
    const { s, graph } = await graphFor([() => ({
      status: 403, headers: { 'request-id': 'rid-403' },
      body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } },
    })]);
    const secret = await createClientSecret(graph, { applicationObjectId: 'a', displayName: 'x', nowMs: NOW });
    assert.deepEqual(secret, {
      ok: false,
      error: {
        code: 'insufficient_privileges', message: 'Graph POST /v1.0/applications/a/addPassword failed with 403',
        detail: 'Authorization_RequestDenied: Insufficient privileges to complete the operation.', requestIds: ['rid-403'],
      },
    });
    assert.equal(s.seen.length, 1);
  });
});
