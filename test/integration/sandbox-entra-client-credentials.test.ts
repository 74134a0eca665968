import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfidentialClientApplication, type AuthenticationResult } from '@azure/msal-node';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { request, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { jwtClaims, jwtHeader, makeCertificate, msalConfig } from './sandbox-entra-helpers.js';

const EXO_DEFAULT = 'https://outlook.office365.com/.default';
const TRACE_LINES = /^\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/;

function tokenRequest(sb: RunningSandbox, form: Record<string, string>, headers: Record<string, string> = {}) {
  return request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams(form), headers });
}

/** The AADSTS line of an error_description, after checking the trace lines that follow it. */
function aadstsLine(description: string): string {
  const cut = description.indexOf('\r\nTrace ID:');
  assert.match(description.slice(cut), TRACE_LINES);
  return description.slice(0, cut);
}

/** The AADSTS line inside an MSAL error message (MSAL wraps Entra's description in its own text). */
function msalAadsts(message: string): string {
  const m = /AADSTS\d+: [^\r]*(?=\r\nTrace ID: [0-9a-f-]{36}\r\n)/.exec(message);
  assert.ok(m, `no AADSTS line in ${message}`);
  return m[0];
}

async function acquireWithSecret(sb: RunningSandbox, secret: string): Promise<AuthenticationResult | null> {
  const cca = new ConfidentialClientApplication({
    ...msalConfig(sb, SANDBOX_IDS.genericAppId),
    auth: { ...msalConfig(sb, SANDBOX_IDS.genericAppId).auth, clientSecret: secret },
  });
  return cca.acquireTokenByClientCredential({ scopes: [EXO_DEFAULT] });
}

describe('sandbox Entra: discovery and client credentials', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  it('publishes the v2.0 OpenID configuration with Entra field names', async () => {
    const reply = await request(sb, 'GET', `${sb.info.authority}/v2.0/.well-known/openid-configuration`);
    assert.equal(reply.status, 200);
    const doc = reply.json();
    const base = sb.info.authority;
    assert.equal(doc.issuer, `${base}/v2.0`);
    assert.equal(doc.authorization_endpoint, `${base}/oauth2/v2.0/authorize`);
    assert.equal(doc.token_endpoint, sb.info.tokenEndpoint);
    assert.equal(doc.device_authorization_endpoint, `${base}/oauth2/v2.0/devicecode`);
    assert.equal(doc.end_session_endpoint, `${base}/oauth2/v2.0/logout`);
    assert.equal(doc.jwks_uri, `${base}/discovery/v2.0/keys`);
    assert.deepEqual(doc.response_modes_supported, ['query', 'fragment', 'form_post']);
    const common = (await request(sb, 'GET', `${new URL(base).origin}/organizations/v2.0/.well-known/openid-configuration`)).json();
    assert.equal(common.issuer, `${new URL(base).origin}/{tenantid}/v2.0`);
    assert.equal(common.token_endpoint, `${new URL(base).origin}/organizations/oauth2/v2.0/token`);
    const keys = (await request(sb, 'GET', doc.jwks_uri)).json();
    assert.equal(keys.keys[0].kty, 'RSA');
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const reply = await request(sb, 'GET', `${new URL(sb.info.authority).origin}/fabrikam.example/v2.0/.well-known/openid-configuration`);
    assert.equal(reply.status, 400);
    assert.equal(reply.json().error, 'invalid_tenant');
    assert.equal(aadstsLine(reply.json().error_description),
      "AADSTS90002: Tenant 'fabrikam.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.");
  });

  it('MSAL gets an app-only Exchange token with SMTP.SendAsApp for the generic app (client secret)', async () => {
    const result = await acquireWithSecret(sb, sb.info.apps.generic.clientSecret);
    const claims = jwtClaims(result!.accessToken);
    assert.equal(claims.aud, 'https://outlook.office365.com');
    assert.deepEqual([...claims.roles].sort(), ['IMAP.AccessAsApp', 'SMTP.SendAsApp']);
    assert.equal(claims.appid, SANDBOX_IDS.genericAppId);
    assert.equal(claims.appidacr, '1');
    assert.equal(claims.oid, SANDBOX_IDS.genericSpId);
    assert.equal(claims.tid, sb.info.tenantId);
    assert.equal(claims.idtyp, 'app');
  });

  it('accepts the secret in HTTP Basic and answers Entra\'s token reply shape', async () => {
    const basic = Buffer.from(`${SANDBOX_IDS.genericAppId}:${encodeURIComponent(sb.info.apps.generic.clientSecret)}`).toString('base64');
    const reply = await tokenRequest(sb, { grant_type: 'client_credentials', scope: EXO_DEFAULT }, { Authorization: `Basic ${basic}` });
    assert.equal(reply.status, 200);
    const body = reply.json();
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'ext_expires_in', 'token_type']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 3600);
  });

  it('MSAL authenticates with a certificate registered on the app (PS256 + x5t#S256, and RS256 + x5t)', async () => {
    const cert = await makeCertificate();
    sb.context.state.update('add certificate', (draft) => {
      const app = draft.applications.find((a) => a.appId === SANDBOX_IDS.genericAppId)!;
      app.keyCredentials.push({
        keyId: randomUUID(), displayName: 'CN=Contoso Mail Sender', type: 'AsymmetricX509Cert', usage: 'Verify',
        key: cert.derBase64, customKeyIdentifier: cert.sha1Hex,
        startDateTime: new Date(Date.now() - 60_000).toISOString(), endDateTime: new Date(Date.now() + 86_400_000).toISOString(),
      });
    });
    const base = msalConfig(sb, SANDBOX_IDS.genericAppId);
    const sha256 = new ConfidentialClientApplication({ ...base, auth: { ...base.auth, clientCertificate: { thumbprintSha256: cert.sha256Hex, privateKey: cert.privateKeyPem } } });
    const r1 = await sha256.acquireTokenByClientCredential({ scopes: [EXO_DEFAULT] });
    assert.equal(jwtClaims(r1!.accessToken).appidacr, '2');
    assert.ok(jwtClaims(r1!.accessToken).roles.includes('SMTP.SendAsApp'));
    const sha1 = new ConfidentialClientApplication({ ...base, auth: { ...base.auth, clientCertificate: { thumbprint: cert.sha1Hex, privateKey: cert.privateKeyPem } } });
    const r2 = await sha1.acquireTokenByClientCredential({ scopes: [EXO_DEFAULT] });
    assert.equal(jwtHeader(r2!.accessToken).alg, 'RS256');
    assert.equal(jwtClaims(r2!.accessToken).appidacr, '2');
  });

  it('refuses a certificate that is not registered with AADSTS700027', async () => {
    const stranger = await makeCertificate('CN=Someone else');
    const base = msalConfig(sb, SANDBOX_IDS.genericAppId);
    const cca = new ConfidentialClientApplication({ ...base, auth: { ...base.auth, clientCertificate: { thumbprintSha256: stranger.sha256Hex, privateKey: stranger.privateKeyPem } } });
    await assert.rejects(cca.acquireTokenByClientCredential({ scopes: [EXO_DEFAULT] }), (e: any) => {
      assert.equal(e.errorCode, 'invalid_client');
      assert.ok(msalAadsts(e.errorMessage).startsWith(`AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${stranger.sha256Hex}'`));
      return true;
    });
  });

  it('refuses an unknown client id with AADSTS700016 and echoes the client-request-id as correlation id', async () => {
    const correlation = randomUUID();
    const unknown = '11111111-2222-3333-4444-555555555555';
    const reply = await tokenRequest(sb, { grant_type: 'client_credentials', client_id: unknown, client_secret: 'x', scope: EXO_DEFAULT }, { 'client-request-id': correlation });
    assert.equal(reply.status, 400);
    const body = reply.json();
    assert.equal(body.error, 'unauthorized_client');
    assert.deepEqual(body.error_codes, [700016]);
    assert.equal(body.correlation_id, correlation);
    assert.match(body.timestamp, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    assert.equal(body.error_uri, `${new URL(sb.info.authority).origin}/error?code=700016`);
    assert.equal(body.error_description,
      `AADSTS700016: Application with identifier '${unknown}' was not found in the directory 'Contoso Sandbox'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.\r\nTrace ID: ${body.trace_id}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${body.timestamp}`);
  });

  it('refuses scopes that are not one /.default (AADSTS1002012) and unknown resources (AADSTS500011)', async () => {
    const secret = sb.info.apps.generic.clientSecret;
    const mixed = await tokenRequest(sb, { grant_type: 'client_credentials', client_id: SANDBOX_IDS.genericAppId, client_secret: secret, scope: 'https://outlook.office365.com/SMTP.SendAsApp' });
    assert.equal(mixed.json().error, 'invalid_scope');
    assert.equal(aadstsLine(mixed.json().error_description),
      'AADSTS1002012: The provided value for scope https://outlook.office365.com/SMTP.SendAsApp is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).');
    const unknown = await tokenRequest(sb, { grant_type: 'client_credentials', client_id: SANDBOX_IDS.genericAppId, client_secret: secret, scope: 'https://smtp.office365.com/.default' });
    assert.equal(unknown.json().error, 'invalid_resource');
    assert.equal(aadstsLine(unknown.json().error_description),
      'AADSTS500011: The resource principal named https://smtp.office365.com was not found in the tenant named Contoso Sandbox. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.');
  });

  it('issues tokens from the effective state: a role removed during replication delay is still in the token', async () => {
    sb.context.state.reset(['healthy'], 60_000);
    sb.context.state.update('remove SMTP.SendAsApp', (draft) => {
      draft.appRoleAssignments = draft.appRoleAssignments.filter((a) => a.principalId !== SANDBOX_IDS.genericSpId);
    });
    const reply = await tokenRequest(sb, { grant_type: 'client_credentials', client_id: SANDBOX_IDS.genericAppId, client_secret: sb.info.apps.generic.clientSecret, scope: EXO_DEFAULT });
    assert.ok(jwtClaims(reply.json().access_token).roles.includes('SMTP.SendAsApp'));
    sb.context.state.reset(['healthy'], 0);
  });
});

describe('sandbox Entra: broken client credentials scenarios', () => {
  it('secret-expired: AADSTS7000222 with Entra\'s text', async () => {
    const sb = await sandbox({ scenarios: ['secret-expired'] });
    try {
      await assert.rejects(acquireWithSecret(sb, sb.info.apps.generic.clientSecret), (e: any) => {
        assert.equal(e.errorCode, 'invalid_client');
        assert.equal(msalAadsts(e.errorMessage),
          `AADSTS7000222: The provided client secret keys for app '${SANDBOX_IDS.genericAppId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`);
        return true;
      });
      const raw = await tokenRequest(sb, { grant_type: 'client_credentials', client_id: SANDBOX_IDS.genericAppId, client_secret: sb.info.apps.generic.clientSecret, scope: EXO_DEFAULT });
      assert.equal(raw.status, 401);
      assert.deepEqual(raw.json().error_codes, [7000222]);
    } finally {
      await sb.close();
    }
  });

  it('secret-wrong: the secret ID instead of its value is AADSTS7000215', async () => {
    const sb = await sandbox({ scenarios: ['secret-wrong'] });
    try {
      await assert.rejects(acquireWithSecret(sb, sb.info.apps.generic.clientSecret), (e: any) => {
        assert.equal(e.errorCode, 'invalid_client');
        assert.equal(msalAadsts(e.errorMessage),
          `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${SANDBOX_IDS.genericAppId}'.`);
        return true;
      });
    } finally {
      await sb.close();
    }
  });

  it('consent-missing: the token is issued but carries no roles', async () => {
    const sb = await sandbox({ scenarios: ['consent-missing'] });
    try {
      const claims = jwtClaims((await acquireWithSecret(sb, sb.info.apps.generic.clientSecret))!.accessToken);
      assert.equal(claims.aud, 'https://outlook.office365.com');
      assert.equal(claims.roles, undefined);
    } finally {
      await sb.close();
    }
  });
});
