import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS, EXO_ROLE_IDS } from '../../electron/core/well-known.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { assertAccessDenied, assertGraphError, delegatedToken, graphClient, withoutContext } from '../helpers/sandbox-graph.js';

const EXO_SELECT = 'id,appId,displayName,appRoleAssignmentRequired';

describe('sandbox Graph: service principals and app role assignments', () => {
  let sb: RunningSandbox;
  let admin: ReturnType<typeof graphClient>;
  before(async () => {
    sb = await sandbox();
    admin = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All']));
  });
  after(async () => { await sb.close(); });

  it("finds the Exchange Online SP with $filter=appId eq '…' and $select", async () => {
    const reply = await admin.get(`/servicePrincipals?$filter=appId eq '${APP_IDS.exchangeOnline}'&$select=${EXO_SELECT}`);
    assert.equal(reply.status, 200);
    assert.deepEqual(withoutContext(sb, reply, `servicePrincipals(${EXO_SELECT})`), {
      value: [{ id: SANDBOX_IDS.exchangeSpId, appId: APP_IDS.exchangeOnline, displayName: 'Office 365 Exchange Online', appRoleAssignmentRequired: false }],
    });
  });

  it('reads the SMTP.SendAsApp role id through the appId alternate key (runtime resolution, §1.5)', async () => {
    const reply = await admin.get(`/servicePrincipals(appId='${APP_IDS.exchangeOnline}')?$select=id,appRoles`);
    const body = withoutContext(sb, reply, 'servicePrincipals(id,appRoles)/$entity') as { id: string; appRoles: { value: string; id: string; allowedMemberTypes: string[] }[] };
    assert.equal(body.id, SANDBOX_IDS.exchangeSpId);
    const smtp = body.appRoles.find((r) => r.value === 'SMTP.SendAsApp');
    assert.deepEqual(smtp, {
      allowedMemberTypes: ['Application'], description: 'SMTP.SendAsApp', displayName: 'SMTP.SendAsApp',
      id: EXO_ROLE_IDS['SMTP.SendAsApp'], isEnabled: true, origin: 'Application', value: 'SMTP.SendAsApp',
    });
  });

  it('filters by displayName eq, startswith(displayName,…) and id in (…)', async () => {
    const eq = await admin.get("/servicePrincipals?$filter=displayName eq 'inventory360'&$select=id");
    assert.deepEqual(withoutContext(sb, eq, 'servicePrincipals(id)'), { value: [{ id: SANDBOX_IDS.inventory360SpId }] });
    const starts = await admin.get("/servicePrincipals?$filter=startswith(displayName,'micro')&$select=displayName");
    assert.deepEqual(withoutContext(sb, starts, 'servicePrincipals(displayName)'), {
      // The assistant's default client has its enterprise app once an admin signed in with it.
      value: [{ displayName: 'Microsoft Graph' }, { displayName: 'Microsoft Graph Command Line Tools' }],
    });
    const inList = await admin.get(`/servicePrincipals?$filter=id in ('${SANDBOX_IDS.etronSpId}','${SANDBOX_IDS.genericSpId}')&$select=id,displayName`);
    assert.deepEqual(withoutContext(sb, inList, 'servicePrincipals(id,displayName)'), {
      value: [{ id: SANDBOX_IDS.genericSpId, displayName: 'Contoso Mail Sender' }, { id: SANDBOX_IDS.etronSpId, displayName: 'ETRON onRetail' }],
    });
  });

  it('refuses filters Graph refuses', async () => {
    assertGraphError(await admin.get('/servicePrincipals?$filter=appRoleAssignmentRequired eq true'), 400, 'Request_UnsupportedQuery',
      "Unsupported or invalid query filter clause specified for property 'appRoleAssignmentRequired' of resource 'ServicePrincipal'.");
    assertGraphError(await admin.get("/servicePrincipals?$filter=objectId eq 'x'"), 400, 'BadRequest',
      "Could not find a property named 'objectId' on type 'microsoft.graph.servicePrincipal'.");
    assertGraphError(await admin.get("/servicePrincipals?$filter=endswith(displayName,'x')"), 400, 'Request_UnsupportedQuery', 'Unsupported query.');
    assertGraphError(await admin.get("/servicePrincipals?$filter=appId eq 'x' or appId eq 'y'"), 400, 'Request_UnsupportedQuery', 'Unsupported query.');
    assertGraphError(await admin.get('/servicePrincipals?$filter=appId eq'), 400, 'BadRequest', 'Invalid filter clause');
  });

  it('pages with $top=1 and @odata.nextLink until every service principal was seen', async () => {
    const all = sb.context.state.current().servicePrincipals.map((s) => s.id);
    const seen: string[] = [];
    let next: string | undefined = '/servicePrincipals?$top=1&$select=id';
    let pages = 0;
    while (next) {
      const reply = await admin.get(next);
      assert.equal(reply.status, 200);
      const body = reply.json<{ '@odata.nextLink'?: string; value: { id: string }[] }>();
      assert.equal(body.value.length, 1);
      seen.push(body.value[0]!.id);
      if (body['@odata.nextLink']) assert.match(body['@odata.nextLink'], /^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/servicePrincipals\?\$top=1&\$select=id&\$skiptoken=[A-Za-z0-9_-]+$/);
      next = body['@odata.nextLink'];
      pages++;
    }
    assert.equal(pages, all.length);
    assert.deepEqual(seen, all);
    assertGraphError(await admin.get('/servicePrincipals?$top=1000'), 400, 'Request_UnsupportedQuery', "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.");
  });

  it('answers 404 and 400 for missing or malformed keys', async () => {
    const missing = '0b0b0b0b-0000-4000-8000-000000000000';
    assertGraphError(await admin.get(`/servicePrincipals(appId='${missing}')`), 404, 'Request_ResourceNotFound',
      `Resource '${missing}' does not exist or one of its queried reference-property objects are not present.`);
    assertGraphError(await admin.get(`/servicePrincipals/${missing}`), 404, 'Request_ResourceNotFound',
      `Resource '${missing}' does not exist or one of its queried reference-property objects are not present.`);
    assertGraphError(await admin.get('/servicePrincipals/Inventory360'), 400, 'Request_BadRequest', "Invalid object identifier 'Inventory360'.");
  });

  it('POST /servicePrincipals refuses an existing or unknown appId', async () => {
    assertGraphError(await admin.post('/servicePrincipals', { appId: APP_IDS.inventory360 }), 409, 'Request_MultipleObjectsWithSameKeyValue',
      `The service principal cannot be created, updated, or restored because the service principal name ${APP_IDS.inventory360} is already in use.`);
    const unknown = '11111111-2222-4333-8444-555555555555';
    assertGraphError(await admin.post('/servicePrincipals', { appId: unknown }), 400, 'Request_BadRequest',
      `The appId '${unknown}' of the service principal does not reference a valid application object.`);
  });

  it('PATCH /servicePrincipals/{id} sets appRoleAssignmentRequired (204) and rejects bad bodies', async () => {
    const patched = await admin.patch(`/servicePrincipals/${SANDBOX_IDS.genericSpId}`, { appRoleAssignmentRequired: true });
    assert.equal(patched.status, 204);
    const after = await admin.get(`/servicePrincipals/${SANDBOX_IDS.genericSpId}?$select=appRoleAssignmentRequired`);
    assert.equal(after.json().appRoleAssignmentRequired, true);
    assertGraphError(await admin.patch(`/servicePrincipals/${SANDBOX_IDS.genericSpId}`, { appRoleAssignmentRequired: 'yes' }), 400, 'Request_BadRequest',
      "Invalid value specified for property 'appRoleAssignmentRequired' of resource 'ServicePrincipal'.");
    assertGraphError(await admin.patch(`/servicePrincipals/${SANDBOX_IDS.genericSpId}`, { objectId: 'x' }), 400, 'BadRequest',
      "Property 'objectId' does not exist on type 'microsoft.graph.servicePrincipal'. Make sure to only use property names that are defined by the type or mark the type as open type.");
    assertGraphError(await admin.patch(`/servicePrincipals/${SANDBOX_IDS.genericSpId}`, '{not json'), 400, 'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  });

  it('GET appRoleAssignments with $filter=resourceId eq shows whether SMTP.SendAsApp is granted', async () => {
    const reply = await admin.get(`/servicePrincipals/${SANDBOX_IDS.inventory360SpId}/appRoleAssignments?$filter=resourceId eq '${SANDBOX_IDS.exchangeSpId}'`);
    const body = withoutContext(sb, reply, `servicePrincipals('${SANDBOX_IDS.inventory360SpId}')/appRoleAssignments`) as { value: Record<string, unknown>[] };
    assert.equal(body.value.length, 1);
    const { id, createdDateTime, ...rest } = body.value[0]!;
    assert.match(String(id), /^[A-Za-z0-9_-]+$/);
    assert.match(String(createdDateTime), /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(rest, {
      deletedDateTime: null, appRoleId: EXO_ROLE_IDS['SMTP.SendAsApp'], principalDisplayName: 'Inventory360',
      principalId: SANDBOX_IDS.inventory360SpId, principalType: 'ServicePrincipal', resourceDisplayName: 'Office 365 Exchange Online',
      resourceId: SANDBOX_IDS.exchangeSpId,
    });
    const none = await admin.get(`/servicePrincipals/${SANDBOX_IDS.inventory360SpId}/appRoleAssignments?$filter=resourceId eq '${SANDBOX_IDS.graphSpId}'`);
    assert.deepEqual(none.json().value, []);
  });

  it('grants IMAP.AccessAsApp through appRoleAssignedTo (201), refuses duplicates and unknown roles, and revokes (204)', async () => {
    const path = `/servicePrincipals/${SANDBOX_IDS.exchangeSpId}/appRoleAssignedTo`;
    const body = { principalId: SANDBOX_IDS.inventory360SpId, resourceId: SANDBOX_IDS.exchangeSpId, appRoleId: EXO_ROLE_IDS['IMAP.AccessAsApp'] };
    const created = await admin.post(path, body);
    assert.equal(created.status, 201, created.text);
    const grant = withoutContext(sb, created, `servicePrincipals('${SANDBOX_IDS.exchangeSpId}')/appRoleAssignedTo/$entity`);
    assert.equal(grant.principalType, 'ServicePrincipal');
    assert.equal(grant.appRoleId, EXO_ROLE_IDS['IMAP.AccessAsApp']);
    // Graph builds assignment ids from the principal's object id (GUID bytes, .NET order).
    assert.equal(Buffer.from(String(grant.id), 'base64url').subarray(0, 16).toString('hex'), '000000c3000000408000000000000360');
    const fetched = await admin.get(`${path}/${String(grant.id)}`);
    assert.deepEqual(withoutContext(sb, fetched, `servicePrincipals('${SANDBOX_IDS.exchangeSpId}')/appRoleAssignedTo/$entity`), grant);
    assertGraphError(await admin.post(path, body), 400, 'Request_BadRequest', 'Permission being assigned already exists on the object');
    assertGraphError(await admin.post(path, { ...body, appRoleId: '22222222-2222-4222-8222-222222222222' }), 400, 'Request_BadRequest',
      `Permission being assigned was not found on application '${APP_IDS.exchangeOnline}'.`);
    const listed = await admin.get(`${path}?$filter=principalId eq '${SANDBOX_IDS.inventory360SpId}'&$select=appRoleId`);
    assert.deepEqual(listed.json().value, [{ appRoleId: EXO_ROLE_IDS['SMTP.SendAsApp'] }, { appRoleId: EXO_ROLE_IDS['IMAP.AccessAsApp'] }]);
    const removed = await admin.delete(`${path}/${String(grant.id)}`);
    assert.equal(removed.status, 204);
    assert.equal(sb.context.state.current().appRoleAssignments.some((a) => a.id === grant.id), false);
    assertGraphError(await admin.delete(`${path}/${String(grant.id)}`), 404, 'Request_ResourceNotFound',
      `Resource '${String(grant.id)}' does not exist or one of its queried reference-property objects are not present.`);
  });

  it('granting a Microsoft Graph app role needs Global or Privileged Role Administrator; AppRoleAssignment.ReadWrite.All alone is not enough', async () => {
    const assignOnly = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['AppRoleAssignment.ReadWrite.All']));
    assertAccessDenied(await assignOnly.post(`/servicePrincipals/${SANDBOX_IDS.exchangeSpId}/appRoleAssignedTo`, {
      principalId: SANDBOX_IDS.genericSpId, resourceId: SANDBOX_IDS.exchangeSpId, appRoleId: EXO_ROLE_IDS['POP.AccessAsApp'],
    }));
    sb.context.state.update('test: make the admin a Cloud Application Administrator only', (t) => {
      t.users.find((u) => u.id === SANDBOX_IDS.adminUserId)!.directoryRoles = ['Cloud Application Administrator'];
    });
    try {
      const mailSend = sb.context.state.current().servicePrincipals.find((s) => s.id === SANDBOX_IDS.graphSpId)!.appRoles[0]!.id;
      assertAccessDenied(await admin.post(`/servicePrincipals/${SANDBOX_IDS.graphSpId}/appRoleAssignedTo`, {
        principalId: SANDBOX_IDS.genericSpId, resourceId: SANDBOX_IDS.graphSpId, appRoleId: mailSend,
      }));
      const exo = await admin.post(`/servicePrincipals/${SANDBOX_IDS.exchangeSpId}/appRoleAssignedTo`, {
        principalId: SANDBOX_IDS.genericSpId, resourceId: SANDBOX_IDS.exchangeSpId, appRoleId: EXO_ROLE_IDS['POP.AccessAsApp'],
      });
      assert.equal(exo.status, 201);
    } finally {
      sb.context.state.update('test: restore Global Administrator', (t) => {
        t.users.find((u) => u.id === SANDBOX_IDS.adminUserId)!.directoryRoles = ['Global Administrator'];
      });
    }
  });
});
