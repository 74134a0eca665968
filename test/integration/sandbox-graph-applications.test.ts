import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS, DEFAULT_ACCESS_ROLE_ID, EXO_ROLE_IDS, GRAPH_SCOPE_IDS } from '../../electron/core/well-known.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { assertGraphError, delegatedToken, graphClient, withoutContext } from '../helpers/sandbox-graph.js';

/** The ETRON guide's app registration, as the assistant creates it. */
const ETRON_BODY = {
  displayName: 'ETRON onRetail Mail (Filiale Nord)',
  signInAudience: 'AzureADandPersonalMicrosoftAccount',
  web: { redirectUris: ['https://nord.wawi.onretail.eu/microsoft_outlook/confirm'] },
  requiredResourceAccess: [{
    resourceAppId: APP_IDS.microsoftGraph,
    resourceAccess: [
      { id: GRAPH_SCOPE_IDS['SMTP.Send'], type: 'Scope' }, { id: GRAPH_SCOPE_IDS['IMAP.AccessAsUser.All'], type: 'Scope' },
      { id: GRAPH_SCOPE_IDS['User.Read'], type: 'Scope' },
    ],
  }],
};

const invalid = (property: string): [number, string, string] =>
  [400, 'Request_BadRequest', `Invalid value specified for property '${property}' of resource 'Application'.`];

describe('sandbox Graph: applications, secrets, ETRON setup, replication', () => {
  let sb: RunningSandbox;
  let admin: ReturnType<typeof graphClient>;
  before(async () => {
    sb = await sandbox({ replicationDelayMs: 60_000 });
    admin = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId,
      ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All']));
  });
  after(async () => { await sb.close(); });

  it('lists only app registrations whose home is this tenant', async () => {
    const reply = await admin.get('/applications?$select=displayName');
    assert.deepEqual(withoutContext(sb, reply, 'applications(displayName)'), { value: [{ displayName: 'Contoso Mail Sender' }, { displayName: 'ETRON onRetail' }] });
    const inventory = await admin.get(`/applications?$filter=appId eq '${APP_IDS.inventory360}'`);
    assert.deepEqual(inventory.json().value, []);
    const etron = await admin.get("/applications?$filter=displayName eq 'ETRON onRetail'&$select=id,appId,web");
    assert.deepEqual(etron.json().value, [{
      id: SANDBOX_IDS.etronAppObjectId, appId: SANDBOX_IDS.etronAppId,
      web: { homePageUrl: null, logoutUrl: null, redirectUris: [SANDBOX_NAMES.etronRedirectUri], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
    }]);
  });

  it('shows existing secrets without their value, by object id and by appId', async () => {
    const byId = await admin.get(`/applications/${SANDBOX_IDS.etronAppObjectId}?$select=passwordCredentials`);
    const secrets = byId.json().passwordCredentials as Record<string, unknown>[];
    assert.equal(secrets.length, 1);
    assert.equal(secrets[0]!.secretText, null);
    assert.equal(secrets[0]!.hint, sb.context.state.secrets.etronClientSecret.slice(0, 3));
    const byAppId = await admin.get(`/applications(appId='${SANDBOX_IDS.etronAppId}')?$select=id`);
    assert.deepEqual(withoutContext(sb, byAppId, 'applications(id)/$entity'), { id: SANDBOX_IDS.etronAppObjectId });
    assertGraphError(await admin.get(`/applications(appId='${APP_IDS.inventory360}')`), 404, 'Request_ResourceNotFound',
      `Resource '${APP_IDS.inventory360}' does not exist or one of its queried reference-property objects are not present.`);
  });

  it('POST /applications validates audience, redirect URIs and permission ids', async () => {
    assertGraphError(await admin.post('/applications', { ...ETRON_BODY, signInAudience: 'Everyone' }), ...invalid('signInAudience'));
    assertGraphError(await admin.post('/applications', { ...ETRON_BODY, web: { redirectUris: ['http://nord.wawi.onretail.eu/microsoft_outlook/confirm'] } }), ...invalid('web'));
    assertGraphError(await admin.post('/applications', { ...ETRON_BODY, displayName: ' ' }), ...invalid('displayName'));
    assertGraphError(await admin.post('/applications', {
      ...ETRON_BODY, requiredResourceAccess: [{ resourceAppId: APP_IDS.microsoftGraph, resourceAccess: [{ id: EXO_ROLE_IDS['SMTP.SendAsApp'], type: 'Role' }] }],
    }), ...invalid('requiredResourceAccess'));
    assertGraphError(await admin.post('/applications', { ...ETRON_BODY, passwordCredentials: [{ displayName: 'x' }] }), ...invalid('passwordCredentials'));
    assertGraphError(await admin.post('/applications', { ...ETRON_BODY, replyUrls: [] }), 400, 'BadRequest',
      "Property 'replyUrls' does not exist on type 'microsoft.graph.application'. Make sure to only use property names that are defined by the type or mark the type as open type.");
    const loopback = await admin.post('/applications', { displayName: 'Loopback web', web: { redirectUris: ['http://localhost:8400/callback'] } });
    assert.equal(loopback.status, 201);
  });

  it('ETRON: create the app (201), its service principal, assign the mailbox user, grant consent, add a secret', async () => {
    const created = await admin.post('/applications', ETRON_BODY);
    assert.equal(created.status, 201, created.text);
    const app = withoutContext(sb, created, 'applications/$entity');
    const { id, appId, createdDateTime, ...rest } = app;
    assert.match(String(id), /^[0-9a-f-]{36}$/);
    assert.match(String(appId), /^[0-9a-f-]{36}$/);
    assert.notEqual(id, appId);
    assert.match(String(createdDateTime), /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(rest, {
      deletedDateTime: null, applicationTemplateId: null, displayName: ETRON_BODY.displayName, description: null, groupMembershipClaims: null,
      identifierUris: [], isDeviceOnlyAuthSupported: null, isFallbackPublicClient: false, notes: null, publisherDomain: SANDBOX_NAMES.initialDomain,
      signInAudience: 'AzureADandPersonalMicrosoftAccount', tags: [], tokenEncryptionKeyId: null, addIns: [],
      api: { acceptMappedClaims: null, knownClientApplications: [], oauth2PermissionScopes: [], preAuthorizedApplications: [], requestedAccessTokenVersion: 2 },
      appRoles: [], info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
      keyCredentials: [], optionalClaims: null, parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
      passwordCredentials: [], publicClient: { redirectUris: [] }, requiredResourceAccess: ETRON_BODY.requiredResourceAccess, spa: { redirectUris: [] },
      web: { homePageUrl: null, logoutUrl: null, redirectUris: ETRON_BODY.web.redirectUris, implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
    });
    // Creating an application does not create its service principal.
    assertGraphError(await admin.get(`/servicePrincipals(appId='${String(appId)}')`), 404, 'Request_ResourceNotFound',
      `Resource '${String(appId)}' does not exist or one of its queried reference-property objects are not present.`);

    const spReply = await admin.post('/servicePrincipals', { appId });
    assert.equal(spReply.status, 201, spReply.text);
    const sp = withoutContext(sb, spReply, 'servicePrincipals/$entity');
    assert.equal(sp.appId, appId);
    assert.equal(sp.displayName, ETRON_BODY.displayName);
    assert.equal(sp.appOwnerOrganizationId, SANDBOX_IDS.tenantId);
    assert.equal(sp.appRoleAssignmentRequired, false);
    assert.deepEqual(sp.replyUrls, ETRON_BODY.web.redirectUris);
    assert.notEqual(sp.id, id);

    assert.equal((await admin.patch(`/servicePrincipals/${String(sp.id)}`, { appRoleAssignmentRequired: true })).status, 204);
    const assigned = await admin.post(`/servicePrincipals/${String(sp.id)}/appRoleAssignedTo`, {
      principalId: SANDBOX_IDS.mailboxUserId, resourceId: sp.id, appRoleId: DEFAULT_ACCESS_ROLE_ID,
    });
    assert.equal(assigned.status, 201, assigned.text);
    const { id: assignmentId, createdDateTime: assignedAt, ...assignment } = withoutContext(sb, assigned, `servicePrincipals('${String(sp.id)}')/appRoleAssignedTo/$entity`);
    assert.equal(typeof assignmentId, 'string');
    assert.equal(typeof assignedAt, 'string');
    assert.deepEqual(assignment, {
      deletedDateTime: null, appRoleId: DEFAULT_ACCESS_ROLE_ID, principalDisplayName: 'Notifications', principalId: SANDBOX_IDS.mailboxUserId,
      principalType: 'User', resourceDisplayName: ETRON_BODY.displayName, resourceId: sp.id,
    });

    const consent = await admin.post('/oauth2PermissionGrants', {
      clientId: sp.id, consentType: 'AllPrincipals', resourceId: SANDBOX_IDS.graphSpId, scope: 'SMTP.Send IMAP.AccessAsUser.All offline_access User.Read',
    });
    assert.equal(consent.status, 201, consent.text);
    const grant = withoutContext(sb, consent, 'oauth2PermissionGrants/$entity');
    assert.deepEqual({ ...grant, id: undefined }, {
      clientId: sp.id, consentType: 'AllPrincipals', id: undefined, principalId: null, resourceId: SANDBOX_IDS.graphSpId,
      scope: 'SMTP.Send IMAP.AccessAsUser.All offline_access User.Read',
    });

    const secret = await admin.post(`/applications/${String(id)}/addPassword`, { passwordCredential: { displayName: 'ETRON-OAuth' } });
    assert.equal(secret.status, 200, secret.text);
    const credential = withoutContext(sb, secret, 'microsoft.graph.passwordCredential') as Record<string, string | null>;
    assert.equal(credential.customKeyIdentifier, null);
    assert.equal(credential.displayName, 'ETRON-OAuth');
    assert.match(String(credential.secretText), /^[A-Za-z0-9~._-]{40}$/);
    assert.equal(credential.hint, String(credential.secretText).slice(0, 3));
    const start = Date.parse(String(credential.startDateTime));
    const end = new Date(start);
    end.setUTCFullYear(end.getUTCFullYear() + 2);
    assert.equal(credential.endDateTime, end.toISOString());
    // The value is returned once: GET shows the credential with secretText null.
    const listed = (await admin.get(`/applications/${String(id)}?$select=passwordCredentials`)).json().passwordCredentials;
    assert.deepEqual(listed, [{ ...credential, secretText: null }]);
    assert.equal((await admin.get(`/applications/${String(id)}`)).text.includes(String(credential.secretText)), false);
  });

  it('addPassword honours endDateTime; removePassword deletes the secret (204)', async () => {
    const path = `/applications/${SANDBOX_IDS.genericAppObjectId}`;
    const added = await admin.post(`${path}/addPassword`, { passwordCredential: { displayName: 'short', endDateTime: '2030-01-31T00:00:00Z' } });
    assert.equal(added.status, 200);
    const { keyId, endDateTime } = added.json<{ keyId: string; endDateTime: string }>();
    assert.equal(endDateTime, '2030-01-31T00:00:00.000Z');
    assertGraphError(await admin.post(`${path}/addPassword`, { passwordCredential: { endDateTime: 'tomorrow' } }), 400, 'Request_BadRequest',
      "Invalid value specified for property 'endDateTime' of resource 'PasswordCredential'.");
    const removed = await admin.post(`${path}/removePassword`, { keyId });
    assert.equal(removed.status, 204);
    const left = (await admin.get(`${path}?$select=passwordCredentials`)).json().passwordCredentials as { keyId: string }[];
    assert.equal(left.some((c) => c.keyId === keyId), false);
    assert.equal(left.length, 1);
  });

  it('PATCH fixes a redirect URI; DELETE removes the app and its service principal', async () => {
    const created = (await admin.post('/applications', { displayName: 'Temp app', web: { redirectUris: ['https://temp.example/cb'] } })).json<{ id: string; appId: string }>();
    assert.equal((await admin.patch(`/applications/${created.id}`, { web: { redirectUris: ['https://temp.example/fixed'] } })).status, 204);
    assert.deepEqual((await admin.get(`/applications/${created.id}?$select=web`)).json().web.redirectUris, ['https://temp.example/fixed']);
    assertGraphError(await admin.patch(`/applications/${created.id}`, { web: { redirectUris: ['ftp://x'] } }), ...invalid('web'));
    assert.equal((await admin.post('/servicePrincipals', { appId: created.appId })).status, 201);
    assert.equal((await admin.delete(`/applications/${created.id}`)).status, 204);
    assert.equal((await admin.get(`/applications/${created.id}`)).status, 404);
    assert.equal((await admin.get(`/servicePrincipals(appId='${created.appId}')`)).status, 404);
  });

  it('a Graph write is visible to Graph at once but reaches effective() (tokens, Exchange) only after the replication delay', async () => {
    const created = await admin.post('/applications', { displayName: 'Replication probe' });
    const { appId } = created.json<{ appId: string }>();
    const sp = (await admin.post('/servicePrincipals', { appId })).json<{ id: string }>();
    const seen = await admin.get(`/servicePrincipals?$filter=appId eq '${appId}'&$select=id`);
    assert.deepEqual(seen.json().value, [{ id: sp.id }]);
    const { state } = sb.context;
    assert.equal(state.current().applications.some((a) => a.appId === appId), true);
    assert.equal(state.effective().applications.some((a) => a.appId === appId), false);
    assert.equal(state.effective().servicePrincipals.some((s) => s.id === sp.id), false);
    assert.ok(state.pendingReplicationMs() > 55_000);
  });
});

describe('sandbox Graph: oauth2PermissionGrants', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  it("lists ETRON's delegated consent with $filter=clientId eq '…' (Directory.Read.All)", async () => {
    const reader = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Directory.Read.All']));
    const reply = await reader.get(`/oauth2PermissionGrants?$filter=clientId eq '${SANDBOX_IDS.etronSpId}'`);
    assert.deepEqual(withoutContext(sb, reply, 'oauth2PermissionGrants'), {
      value: [{
        clientId: SANDBOX_IDS.etronSpId, consentType: 'AllPrincipals', id: 'grant-etron-graph', principalId: null,
        resourceId: SANDBOX_IDS.graphSpId, scope: 'SMTP.Send IMAP.AccessAsUser.All User.Read offline_access openid profile email',
      }],
    });
  });

  it('refuses a second grant for the same client and resource (409), and PATCH changes the scope (204)', async () => {
    const writer = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['DelegatedPermissionGrant.ReadWrite.All']));
    assertGraphError(await writer.post('/oauth2PermissionGrants', {
      clientId: SANDBOX_IDS.etronSpId, consentType: 'AllPrincipals', resourceId: SANDBOX_IDS.graphSpId, scope: 'User.Read',
    }), 409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
    assertGraphError(await writer.post('/oauth2PermissionGrants', {
      clientId: SANDBOX_IDS.etronSpId, consentType: 'Someone', resourceId: SANDBOX_IDS.graphSpId, scope: 'User.Read',
    }), 400, 'Request_BadRequest', "Invalid value specified for property 'consentType' of resource 'OAuth2PermissionGrant'.");
    const patched = await writer.patch('/oauth2PermissionGrants/grant-etron-graph', { scope: 'SMTP.Send User.Read' });
    assert.equal(patched.status, 204);
    assert.equal((await writer.get('/oauth2PermissionGrants/grant-etron-graph')).json().scope, 'SMTP.Send User.Read');
    const perUser = await writer.post('/oauth2PermissionGrants', {
      clientId: SANDBOX_IDS.genericSpId, consentType: 'Principal', principalId: SANDBOX_IDS.mailboxUserId, resourceId: SANDBOX_IDS.graphSpId, scope: 'User.Read',
    });
    assert.equal(perUser.status, 201);
    assert.equal(perUser.json().id, Buffer.from(`${SANDBOX_IDS.genericSpId}${SANDBOX_IDS.graphSpId}${SANDBOX_IDS.mailboxUserId}`.replace(/-/g, ''), 'hex').toString('base64url'));
  });
});
