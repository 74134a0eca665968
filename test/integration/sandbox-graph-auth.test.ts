import assert from 'node:assert/strict';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { issueDelegatedToken } from '../../electron/sandbox/access-token.js';
import { createGraphThrottleAdminRoutes } from '../../electron/sandbox/graph/index.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { TokenSigner } from '../../electron/sandbox/token-signer.js';
import { request, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { assertAccessDenied, assertGraphError, delegatedToken, graphClient } from '../helpers/sandbox-graph.js';

describe('sandbox Graph: tokens, permissions, errors and throttling', () => {
  let sb: RunningSandbox;
  let throttleServer: https.Server;
  let throttleUrl: string;

  before(async () => {
    sb = await sandbox();
    // The lead mounts the throttle admin route on the login origin; here it gets its own HTTPS server.
    const route = createGraphThrottleAdminRoutes(sb.context);
    throttleServer = https.createServer({ cert: sb.context.tls.certPem, key: sb.context.tls.keyPem }, (req, res) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      void Promise.resolve(route(req, res, url)).then((handled) => { if (!handled) { res.writeHead(404); res.end(); } });
    });
    await new Promise<void>((r) => throttleServer.listen(0, '127.0.0.1', () => r()));
    throttleUrl = `https://127.0.0.1:${(throttleServer.address() as AddressInfo).port}/_sandbox/graph/throttle`;
  });
  after(async () => {
    throttleServer.closeAllConnections();
    await new Promise<void>((r) => throttleServer.close(() => r()));
    await sb.close();
  });

  it('answers 401 "Access token is empty." without a token, with a WWW-Authenticate challenge', async () => {
    const reply = await graphClient(sb, undefined).get('/organization');
    assertGraphError(reply, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    assert.equal(reply.headers['www-authenticate'],
      `Bearer realm="", authorization_uri="${sb.context.urls.loginOrigin}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`);
  });

  it('answers 401 Invalid audience for an Exchange token (the SMTP token used against Graph)', async () => {
    const token = delegatedToken(sb, SANDBOX_IDS.adminUserId, ['SMTP.Send'], 'exchange');
    const reply = await graphClient(sb, token).get('/me');
    assertGraphError(reply, 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
  });

  it('answers 401 for an expired token', async () => {
    const { claims } = issueDelegatedToken(sb.context, {
      clientAppId: SANDBOX_IDS.assistantAppId, clientDisplayName: 'A', userId: SANDBOX_IDS.adminUserId,
      resource: 'graph', scopes: ['User.Read'], appidacr: '0',
    });
    const now = Math.floor(Date.now() / 1000);
    const expired = sb.context.signer.sign({ ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
    const reply = await graphClient(sb, expired).get('/me');
    assertGraphError(reply, 401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
  });

  it('answers 401 for a token signed by another key, and for one that is not a JWT', async () => {
    const { claims } = issueDelegatedToken(sb.context, {
      clientAppId: SANDBOX_IDS.assistantAppId, clientDisplayName: 'A', userId: SANDBOX_IDS.adminUserId,
      resource: 'graph', scopes: ['User.Read'], appidacr: '0',
    });
    const forged = new TokenSigner().sign(claims);
    assertGraphError(await graphClient(sb, forged).get('/me'), 401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    assertGraphError(await graphClient(sb, 'not-a-jwt').get('/me'), 401, 'InvalidAuthenticationToken',
      'CompactToken parsing failed with error code: 80049217');
  });

  it('answers 403 Authorization_RequestDenied when the token lacks the permission', async () => {
    const userReadOnly = delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read']);
    assertAccessDenied(await graphClient(sb, userReadOnly).get('/servicePrincipals'));
    assertAccessDenied(await graphClient(sb, userReadOnly).get('/oauth2PermissionGrants'));
    assertAccessDenied(await graphClient(sb, userReadOnly).get('/policies/identitySecurityDefaultsEnforcementPolicy'));
    const readOnly = delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Application.Read.All']);
    assertAccessDenied(await graphClient(sb, readOnly).post('/applications', { displayName: 'x' }));
    assertAccessDenied(await graphClient(sb, readOnly).patch(`/servicePrincipals/${SANDBOX_IDS.etronSpId}`, { appRoleAssignmentRequired: false }));
  });

  it('answers 403 to a delegated write by a user without an admin role, even with the scope', async () => {
    const token = delegatedToken(sb, SANDBOX_IDS.otherUserId, ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All']);
    const client = graphClient(sb, token);
    const list = await client.get(`/servicePrincipals/${SANDBOX_IDS.etronSpId}?$select=id`);
    assert.equal(list.status, 200);
    assertAccessDenied(await client.post('/applications', { displayName: 'Not allowed' }));
    assertAccessDenied(await client.post(`/servicePrincipals/${SANDBOX_IDS.etronSpId}/appRoleAssignedTo`, {
      principalId: SANDBOX_IDS.otherUserId, resourceId: SANDBOX_IDS.etronSpId, appRoleId: '00000000-0000-0000-0000-000000000000',
    }));
    assert.equal(sb.context.state.current().applications.some((a) => a.displayName === 'Not allowed'), false);
  });

  it('answers unknown segments, versions and methods as Graph does', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['Application.Read.All']));
    assertGraphError(await client.get('/servicePrincipalz'), 400, 'BadRequest', "Resource not found for the segment 'servicePrincipalz'.");
    assertGraphError(await client.get(`/servicePrincipals/${SANDBOX_IDS.etronSpId}/owners`), 400, 'BadRequest', "Resource not found for the segment 'owners'.");
    assertGraphError(await client.delete('/servicePrincipals'), 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    const beta = await request(sb, 'GET', `${sb.info.graph}/beta/me`);
    assertGraphError(beta, 400, 'BadRequest', 'Invalid version: beta');
  });

  it('echoes client-request-id and sends a request-id on every reply', async () => {
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read']), { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' });
    const reply = await client.get('/me?$select=id');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['client-request-id'], 'c0ffee00-0000-4000-8000-000000000001');
    assert.match(String(reply.headers['request-id']), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(String(reply.headers['content-type']), /^application\/json;odata\.metadata=minimal/);
  });

  it('answers the next n requests with 429 TooManyRequests and Retry-After when the throttle switch is set', async () => {
    const set = await request(sb, 'POST', throttleUrl, { body: { count: 2, retryAfterSeconds: 7 } });
    assert.equal(set.status, 200);
    assert.deepEqual(set.json(), { count: 2, retryAfterSeconds: 7 });
    const client = graphClient(sb, delegatedToken(sb, SANDBOX_IDS.adminUserId, ['User.Read']));
    for (let i = 0; i < 2; i++) {
      const reply = await client.get('/me');
      assert.equal(reply.status, 429);
      assert.equal(reply.headers['retry-after'], '7');
      const body = reply.json<{ error: { innerError: { date: string } } }>();
      assert.deepEqual(body, {
        error: {
          code: 'TooManyRequests', message: 'Please retry again later.',
          innerError: { code: '429', date: body.error.innerError.date, 'request-id': reply.headers['request-id'], status: '429' },
        },
      });
    }
    assert.equal((await client.get('/me')).status, 200);
    assert.deepEqual((await request(sb, 'GET', throttleUrl)).json(), { count: 0, retryAfterSeconds: 7 });
    const bad = await request(sb, 'POST', throttleUrl, { body: { count: -1 } });
    assert.equal(bad.status, 400);
  });
});
