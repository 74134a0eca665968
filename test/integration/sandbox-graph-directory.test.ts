import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BUSINESS_STANDARD_SKU, SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS } from '../../electron/core/well-known.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { appOnlyToken, assertAccessDenied, assertGraphError, delegatedToken, graphClient, withoutContext } from '../helpers/sandbox-graph.js';

const SECURITY_DEFAULTS_DESCRIPTION = 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.';

describe('sandbox Graph: organization, users, groups, licences, security defaults', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  it('GET /organization?$select=id,displayName,verifiedDomains with User.Read', async () => {
    const reply = await graphClient(sb, delegatedToken(sb, SANDBOX_IDS.mailboxUserId, ['User.Read'])).get('/organization?$select=id,displayName,verifiedDomains');
    assert.equal(reply.status, 200);
    assert.deepEqual(withoutContext(sb, reply, 'organization(id,displayName,verifiedDomains)'), {
      value: [{
        id: SANDBOX_IDS.tenantId, displayName: 'Contoso Sandbox',
        verifiedDomains: [
          { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: false, name: 'contoso.example', type: 'Managed' },
          { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: false, isInitial: true, name: 'contososandbox.onmicrosoft.com', type: 'Managed' },
        ],
      }],
    });
  });

  it('GET /me returns the default properties; $select adds accountEnabled and licences', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read']));
    const plain = await client.get('/me');
    assert.deepEqual(withoutContext(sb, plain, 'users/$entity'), {
      businessPhones: [], displayName: 'Sandbox Admin', givenName: 'Sandbox', jobTitle: null, mail: SANDBOX_NAMES.admin,
      mobilePhone: null, officeLocation: null, preferredLanguage: null, surname: 'Admin', userPrincipalName: SANDBOX_NAMES.admin,
      id: SANDBOX_IDS.adminUserId,
    });
    const selected = await client.get('/me?$select=id,accountEnabled,assignedLicenses');
    assert.deepEqual(withoutContext(sb, selected, 'users(id,accountEnabled,assignedLicenses)/$entity'), {
      id: SANDBOX_IDS.adminUserId, accountEnabled: true, assignedLicenses: [{ disabledPlans: [], skuId: BUSINESS_STANDARD_SKU }],
    });
  });

  it('/me with an app-only token is a 400, and an unknown $select property is named', async () => {
    assertGraphError(await graphClient(sb, appOnlyToken(sb)).get('/me'), 400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read']));
    assertGraphError(await client.get('/me?$select=id,smtpAuth'), 400, 'BadRequest', "Could not find a property named 'smtpAuth' on type 'microsoft.graph.user'.");
  });

  it('GET /users/{upn} with User.Read.All returns the sending mailbox with the fields the checks need', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read.All']));
    const reply = await client.get(`/users/${SANDBOX_NAMES.mailbox}?$select=id,mail,userPrincipalName,accountEnabled,assignedLicenses,proxyAddresses,displayName`);
    assert.equal(reply.status, 200);
    assert.deepEqual(withoutContext(sb, reply, 'users(id,mail,userPrincipalName,accountEnabled,assignedLicenses,proxyAddresses,displayName)/$entity'), {
      id: SANDBOX_IDS.mailboxUserId, mail: SANDBOX_NAMES.mailbox, userPrincipalName: SANDBOX_NAMES.mailbox, accountEnabled: true,
      assignedLicenses: [{ disabledPlans: [], skuId: BUSINESS_STANDARD_SKU }],
      proxyAddresses: [`SMTP:${SANDBOX_NAMES.mailbox}`, 'smtp:noreply@contoso.example'], displayName: 'Notifications',
    });
    assertGraphError(await client.get('/users/nobody@contoso.example'), 404, 'Request_ResourceNotFound',
      "Resource 'nobody@contoso.example' does not exist or one of its queried reference-property objects are not present.");
  });

  it('User.ReadBasic.All sees only the basic profile of other users', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.ReadBasic.All']));
    const basic = await client.get(`/users/${SANDBOX_IDS.mailboxUserId}`);
    assert.deepEqual(withoutContext(sb, basic, 'users/$entity'), {
      displayName: 'Notifications', givenName: 'Notifications', id: SANDBOX_IDS.mailboxUserId, mail: SANDBOX_NAMES.mailbox,
      surname: null, userPrincipalName: SANDBOX_NAMES.mailbox,
    });
    assertAccessDenied(await client.get(`/users/${SANDBOX_IDS.mailboxUserId}?$select=id,accountEnabled`));
    assertAccessDenied(await graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read'])).get(`/users/${SANDBOX_IDS.mailboxUserId}`));
  });

  it('GET /users?$filter=… by userPrincipalName, mail and proxyAddresses/any', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read.All']));
    const byUpn = await client.get(`/users?$filter=userPrincipalName eq '${SANDBOX_NAMES.otherUser}'&$select=id`);
    assert.deepEqual(withoutContext(sb, byUpn, 'users(id)'), { value: [{ id: SANDBOX_IDS.otherUserId }] });
    const byAlias = await client.get("/users?$filter=proxyAddresses/any(x:x eq 'smtp:NOREPLY@contoso.example')&$select=id,mail");
    assert.deepEqual(withoutContext(sb, byAlias, 'users(id,mail)'), { value: [{ id: SANDBOX_IDS.mailboxUserId, mail: SANDBOX_NAMES.mailbox }] });
    const none = await client.get("/users?$filter=mail eq 'nobody@contoso.example'");
    assert.deepEqual(withoutContext(sb, none, 'users'), { value: [] });
    assertGraphError(await client.get("/users?$filter=mail ne 'x'"), 400, 'Request_UnsupportedQuery', "Unsupported property filter clause operator 'NotEqualsMatch'.");
  });

  it('GET /groups/{id} and its members', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['GroupMember.Read.All']));
    const group = await client.get(`/groups/${SANDBOX_IDS.mailUsersGroupId}?$select=id,displayName,securityEnabled`);
    assert.deepEqual(withoutContext(sb, group, 'groups(id,displayName,securityEnabled)/$entity'),
      { id: SANDBOX_IDS.mailUsersGroupId, displayName: 'Mail senders', securityEnabled: true });
    const members = await client.get(`/groups/${SANDBOX_IDS.mailUsersGroupId}/members?$select=id`);
    assert.deepEqual(withoutContext(sb, members, 'directoryObjects'), { value: [{ '@odata.type': '#microsoft.graph.user', id: SANDBOX_IDS.mailboxUserId }] });
    assertGraphError(await client.get('/groups/not-a-guid'), 400, 'Request_BadRequest', "Invalid object identifier 'not-a-guid'.");
  });

  it('GET /subscribedSkus counts the licensed users', async () => {
    const reply = await graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Organization.Read.All'])).get('/subscribedSkus');
    assert.deepEqual(withoutContext(sb, reply, 'subscribedSkus'), {
      value: [{
        accountId: SANDBOX_IDS.tenantId, accountName: 'Contoso Sandbox', appliesTo: 'User', capabilityStatus: 'Enabled', consumedUnits: 3,
        id: `${SANDBOX_IDS.tenantId}_${BUSINESS_STANDARD_SKU}`, prepaidUnits: { enabled: 25, lockedOut: 0, suspended: 0, warning: 0 },
        servicePlans: [], skuId: BUSINESS_STANDARD_SKU, skuPartNumber: 'O365_BUSINESS_PREMIUM', subscriptionIds: [],
      }],
    });
  });

  it('GET and PATCH /policies/identitySecurityDefaultsEnforcementPolicy', async () => {
    const reader = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Policy.Read.All']));
    const before = await reader.get('/policies/identitySecurityDefaultsEnforcementPolicy');
    assert.deepEqual(before.json(), {
      '@odata.context': `${sb.info.graph}/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity`,
      id: '00000000-0000-0000-0000-000000000005', displayName: 'Security Defaults', description: SECURITY_DEFAULTS_DESCRIPTION, isEnabled: false,
    });
    assertAccessDenied(await reader.patch('/policies/identitySecurityDefaultsEnforcementPolicy', { isEnabled: true }));
    const writer = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']));
    assertGraphError(await writer.patch('/policies/identitySecurityDefaultsEnforcementPolicy', { isEnabled: 'yes' }), 400, 'Request_BadRequest',
      "Invalid value specified for property 'isEnabled' of resource 'IdentitySecurityDefaultsEnforcementPolicy'.");
    const patched = await writer.patch('/policies/identitySecurityDefaultsEnforcementPolicy', { isEnabled: true });
    assert.equal(patched.status, 204);
    assert.equal(patched.text, '');
    assert.equal((await reader.get('/policies/identitySecurityDefaultsEnforcementPolicy')).json().isEnabled, true);
    assert.equal(sb.context.state.current().securityDefaults.isEnabled, true);
  });

  it('an app-only token reads what its granted Graph app roles allow', async () => {
    // Give Microsoft Graph an Application.Read.All app role and grant it to the generic app (admin consent).
    sb.context.state.update('test: consent Application.Read.All for the generic app', (t) => {
      const graphSp = t.servicePrincipals.find((s) => s.appId === APP_IDS.microsoftGraph)!;
      graphSp.appRoles.push({ id: '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30', value: 'Application.Read.All', displayName: 'Read all applications',
        description: 'Read all applications', allowedMemberTypes: ['Application'], isEnabled: true, origin: 'Application' });
      t.appRoleAssignments.push({ id: 'test-generic-app-read', appRoleId: '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30', principalId: SANDBOX_IDS.genericSpId,
        principalType: 'ServicePrincipal', principalDisplayName: 'Contoso Mail Sender', resourceId: graphSp.id,
        resourceDisplayName: 'Microsoft Graph', createdDateTime: new Date().toISOString() });
    });
    const client = graphClient(sb, appOnlyToken(sb));
    const sps = await client.get(`/servicePrincipals?$filter=appId eq '${APP_IDS.inventory360}'&$select=id`);
    assert.deepEqual(withoutContext(sb, sps, 'servicePrincipals(id)'), { value: [{ id: SANDBOX_IDS.inventory360SpId }] });
    assertAccessDenied(await client.get('/organization'));
  });
});
