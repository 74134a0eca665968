import 'reflect-metadata';
import assert from 'node:assert/strict';
import { createHash, randomUUID, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as x509 from '@peculiar/x509';
import { appOnlyTokenProvider } from '../../electron/core/auth/app-only-token.js';
import { cloudProfile, type CloudProfile } from '../../electron/core/clouds.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** The claims of a JWT (the test reads what the sandbox's Entra issued). */
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** An RSA key and a self-signed certificate, as an admin would upload to the app registration. */
async function makeCertificate() {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=generic-sender', keys, signingAlgorithm: alg,
    notBefore: new Date(Date.now() - 3_600_000), notAfter: new Date(Date.now() + 86_400_000),
  });
  const der = Buffer.from(cert.rawData);
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64').replace(/(.{64})/g, '$1\n');
  return {
    der,
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8}\n-----END PRIVATE KEY-----\n`,
    sha1: createHash('sha1').update(der).digest('hex').toUpperCase(),
    sha256: createHash('sha256').update(der).digest('hex'),
  };
}

describe('client credentials (app-only) through MSAL', () => {
  let sb: RunningSandbox;
  let profile: CloudProfile;
  let caPem: string;
  before(async () => {
    sb = await sandbox();
    profile = cloudProfile('sandbox', sb.info);
    caPem = readFileSync(sb.info.caCertPath, 'utf8');
  });
  after(async () => { await sb?.close(); });

  it('gets an Exchange token with SMTP.SendAsApp using the client secret', async () => {
    const getToken = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, caPem, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'secret', clientSecret: sb.info.apps.generic.clientSecret },
    });
    const token = await getToken(profile.scopes.appOnly);
    assert.equal(token.ok, true);
    const claims = claimsOf(token.ok ? token.value : '');
    assert.equal(claims.aud, 'https://outlook.office365.com');
    assert.equal(claims.appid, SANDBOX_IDS.genericAppId);
    assert.equal(claims.appidacr, '1');
    assert.deepEqual(claims.roles, ['SMTP.SendAsApp', 'IMAP.AccessAsApp']);
  });

  it('gets the same token with a certificate (SHA-256 thumbprint, x5t#S256)', async () => {
    const cert = await makeCertificate();
    sb.context.state.update('upload certificate', (t) => {
      const app = t.applications.find((a) => a.appId === SANDBOX_IDS.genericAppId)!;
      app.keyCredentials.push({
        keyId: randomUUID(), displayName: 'CN=generic-sender', type: 'AsymmetricX509Cert', usage: 'Verify',
        key: cert.der.toString('base64'), customKeyIdentifier: cert.sha1,
        startDateTime: new Date(Date.now() - 3_600_000).toISOString(), endDateTime: new Date(Date.now() + 86_400_000).toISOString(),
      });
    });
    const getToken = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, caPem, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'certificate', thumbprintSha256: cert.sha256, privateKeyPem: cert.privateKeyPem },
    });
    const token = await getToken(profile.scopes.appOnly);
    assert.equal(token.ok, true, token.ok ? '' : JSON.stringify(token.error));
    const claims = claimsOf(token.ok ? token.value : '');
    assert.equal(claims.appidacr, '2');
    assert.deepEqual(claims.roles, ['SMTP.SendAsApp', 'IMAP.AccessAsApp']);
    // The SHA-1 thumbprint the Entra portal shows works too (x5t).
    const bySha1 = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, caPem, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'certificate', thumbprint: cert.sha1, privateKeyPem: cert.privateKeyPem },
    });
    const sha1Token = await bySha1(profile.scopes.appOnly);
    assert.equal(sha1Token.ok && claimsOf(sha1Token.value).appidacr, '2');
  });

  it('answers bad_client_secret with Entra\'s AADSTS7000215 for a wrong secret', async () => {
    const getToken = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, caPem, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'secret', clientSecret: 'not-the-secret' },
    });
    const token = await getToken(profile.scopes.appOnly);
    assert.equal(!token.ok && token.error.code, 'bad_client_secret');
    assert.match(!token.ok ? token.error.detail ?? '' : '', /^AADSTS7000215: Invalid client secret provided\./);
  });

  it('answers tls_problem when the sandbox CA is not trusted (verification is never switched off)', async () => {
    const getToken = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'secret', clientSecret: sb.info.apps.generic.clientSecret },
    });
    const token = await getToken(profile.scopes.appOnly);
    assert.equal(!token.ok && token.error.code, 'tls_problem', JSON.stringify(token));
  });

  it('refuses scopes that are not one `.default` before asking Entra', async () => {
    const getToken = appOnlyTokenProvider({
      profile, tenant: sb.info.tenantId, caPem, clientId: sb.info.apps.generic.clientId,
      credential: { kind: 'secret', clientSecret: sb.info.apps.generic.clientSecret },
    });
    assert.deepEqual(await getToken(['https://outlook.office.com/SMTP.Send']), {
      ok: false,
      error: { code: 'wrong_scope_or_resource', message: 'client credentials need exactly one `<resource>/.default` scope', field: 'scopes', detail: 'https://outlook.office.com/SMTP.Send' },
    });
  });
});
