/**
 * Where the sandbox's Graph must answer as Microsoft Graph does, or the product passes its tests
 * and fails in the field: a converged app without v2 tokens (InvalidAccessTokenVersion), and
 * eventual consistency after a write (scenario graph-lag).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_IDS, GRAPH_SCOPE_IDS } from '../../electron/core/well-known.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { adminRequest, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { assertGraphError, delegatedToken, graphClient } from '../helpers/sandbox-graph.js';

const BODY = {
  displayName: 'ETRON onRetail Lag Test',
  signInAudience: 'AzureADMultipleOrgs',
  web: { redirectUris: ['https://lag.wawi.onretail.eu/microsoft_outlook/confirm'] },
  requiredResourceAccess: [{ resourceAppId: APP_IDS.microsoftGraph, resourceAccess: [{ id: GRAPH_SCOPE_IDS['SMTP.Send'], type: 'Scope' }] }],
};

describe('sandbox Graph: as consistent as Microsoft Graph, and no more', () => {
  let sb: RunningSandbox;
  let admin: ReturnType<typeof graphClient>;
  before(async () => {
    sb = await sandbox();
    admin = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Application.ReadWrite.All']));
  });
  after(async () => { await sb.close(); });
  const reset = async (scenarios: string[]): Promise<void> => {
    assert.equal((await adminRequest(sb, 'POST', '/reset', { scenarios })).status, 200);
  };

  it('a PATCH to AzureADandPersonalMicrosoftAccount without api.requestedAccessTokenVersion 2 is refused with InvalidAccessTokenVersion', async () => {
    await reset(['healthy']);
    const created = await admin.post('/applications', BODY);
    assert.equal(created.status, 201, created.text);
    const app = created.json<{ id: string; api: { requestedAccessTokenVersion: number | null } }>();
    assert.equal(app.api.requestedAccessTokenVersion, null);
    assertGraphError(await admin.patch(`/applications/${app.id}`, { signInAudience: 'AzureADandPersonalMicrosoftAccount' }),
      400, 'InvalidAccessTokenVersion', 'One or more properties contains invalid values.');
    assertGraphError(await admin.patch(`/applications/${app.id}`, { signInAudience: 'AzureADandPersonalMicrosoftAccount', api: { requestedAccessTokenVersion: 1 } }),
      400, 'InvalidAccessTokenVersion', 'One or more properties contains invalid values.');
    const both = await admin.patch(`/applications/${app.id}`, { signInAudience: 'AzureADandPersonalMicrosoftAccount', api: { requestedAccessTokenVersion: 2 } });
    assert.equal(both.status, 204, both.text);
    const read = (await admin.get(`/applications/${app.id}?$select=signInAudience,api`)).json<{ signInAudience: string; api: { requestedAccessTokenVersion: number } }>();
    assert.deepEqual([read.signInAudience, read.api.requestedAccessTokenVersion], ['AzureADandPersonalMicrosoftAccount', 2]);
    // Back to work or school accounts only: the version may stay 2.
    assert.equal((await admin.patch(`/applications/${app.id}`, { signInAudience: 'AzureADMultipleOrgs' })).status, 204);
  });

  it('graph-lag: a new application is missing from $filter lookups and cannot get its service principal for a while', async () => {
    await reset(['graph-lag']);
    const created = await admin.post('/applications', { ...BODY, displayName: 'ETRON onRetail Lag 2' });
    assert.equal(created.status, 201, created.text);
    const { id, appId } = created.json<{ id: string; appId: string }>();
    // By its id the write is there at once (the create's own reply gives it)…
    assert.equal((await admin.get(`/applications/${id}?$select=id`)).status, 200);
    // …but a lookup by name or appId reads a replica that does not have it yet.
    assert.deepEqual((await admin.get("/applications?$filter=displayName eq 'ETRON onRetail Lag 2'")).json().value, []);
    assert.deepEqual((await admin.get(`/applications?$filter=appId eq '${appId}'`)).json().value, []);
    assertGraphError(await admin.post('/servicePrincipals', { appId }), 400, 'Request_BadRequest',
      `The appId '${appId}' of the service principal does not reference a valid application object.`);
    await new Promise((r) => setTimeout(r, 2_100));
    assert.equal((await admin.get(`/applications?$filter=appId eq '${appId}'`)).json().value.length, 1);
    const sp = await admin.post('/servicePrincipals', { appId });
    assert.equal(sp.status, 201, sp.text);
    const spId = sp.json<{ id: string }>().id;
    assert.deepEqual((await admin.get(`/servicePrincipals?$filter=appId eq '${appId}'`)).json().value, [], 'the new service principal lags too');
    assert.equal((await admin.get(`/servicePrincipals/${spId}?$select=id`)).status, 200);
  });

  it('without graph-lag every read sees a write at once', async () => {
    await reset(['healthy']);
    const created = await admin.post('/applications', { ...BODY, displayName: 'ETRON onRetail No Lag' });
    const { appId } = created.json<{ appId: string }>();
    assert.equal((await admin.get(`/applications?$filter=appId eq '${appId}'`)).json().value.length, 1);
    assert.equal((await admin.post('/servicePrincipals', { appId })).status, 201);
  });
});
