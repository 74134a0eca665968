/**
 * The generic app's certificate: uploaded through Graph as the portal does (PATCH keyCredentials),
 * then found by its SHA-1 thumbprint in any spelling, and refused when expired or absent.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { createHash, webcrypto } from 'node:crypto';
import { describe, it } from 'node:test';
import * as x509 from '@peculiar/x509';
import { checkCertificateCredential, normalizeThumbprint, thumbprintsOf } from '../../electron/core/tenant/certificate-credential.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { useSignedInSandbox } from './support/admin-session.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** A self-signed certificate (public part only) valid between the two dates. */
async function certificate(notBefore: Date, notAfter: Date): Promise<{ der: Buffer; sha1: string }> {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({ name: 'CN=mail-sender', keys, signingAlgorithm: alg, notBefore, notAfter });
  const der = Buffer.from(cert.rawData);
  return { der, sha1: createHash('sha1').update(der).digest('hex').toUpperCase() };
}

describe('thumbprints as admins paste them', () => {
  it('accepts 40 hex digits with spaces, colons, lower case and Windows\' invisible mark; refuses anything else', () => {
    const hex = '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9';
    assert.equal(normalizeThumbprint(hex), hex);
    assert.equal(normalizeThumbprint('48 09 d6 ea 89 a7 c4 3f 69 ff ac 84 65 6f 8c bc b5 71 b1 f9'), hex);
    assert.equal(normalizeThumbprint('48:09:D6:EA:89:A7:C4:3F:69:FF:AC:84:65:6F:8C:BC:B5:71:B1:F9'), hex);
    assert.equal(normalizeThumbprint(`\u200e${hex}`), hex);
    assert.equal(normalizeThumbprint(hex.slice(1)), undefined);
    assert.equal(normalizeThumbprint(`${hex}AB`), undefined, 'a SHA-256 thumbprint is not what Entra shows');
    assert.equal(normalizeThumbprint('6f1c2d3e-aaaa-4bbb-8ccc-0123456789ab'), undefined);
  });

  it('reads customKeyIdentifier as hex or as the base64 of the 20 bytes', () => {
    const hex = '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9';
    assert.deepEqual(thumbprintsOf({ keyId: 'k', customKeyIdentifier: hex }), [hex]);
    assert.deepEqual(thumbprintsOf({ keyId: 'k', customKeyIdentifier: Buffer.from(hex, 'hex').toString('base64') }), [hex]);
    assert.deepEqual(thumbprintsOf({ keyId: 'k', customKeyIdentifier: null }), []);
  });
});

describe('generic app certificate read through Graph', () => {
  const env = useSignedInSandbox();
  const check = (thumbprint: string) => checkCertificateCredential({
    graph: env.admin.graph, profile: env.admin.profile, appId: SANDBOX_IDS.genericAppId, thumbprint,
  });
  const upload = (der: Buffer, keep: readonly { keyId: string }[] = []) => env.admin.graph.patch(`applications/${SANDBOX_IDS.genericAppObjectId}`, {
    keyCredentials: [...keep.map((k) => ({ keyId: k.keyId })), { type: 'AsymmetricX509Cert', usage: 'Verify', key: der.toString('base64') }],
  }, { step: 'write-apps' });

  it('no certificate uploaded → missing, with the app registration\'s Certificates & secrets page', async () => {
    await env.reset(['healthy']);
    const finding = await check('4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9');
    assert.equal(finding.id, 'generic.certificate');
    assert.equal(finding.status, 'missing');
    assert.equal(finding.code, 'bad_client_secret');
    assert.equal(finding.evidence, 'The app registration "Contoso Mail Sender" has 0 certificate(s); none with thumbprint 4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9.');
    assert.match(finding.portalUrl ?? '', /ApplicationMenuBlade\/~\/Credentials\/appId\/e5000000-0000-4000-8000-00000000a001/);
  });

  it('uploaded through Graph (PATCH keyCredentials) → Graph lists its thumbprint; found in the spelling of certmgr; ok until its end', async () => {
    await env.reset(['healthy']);
    const notAfter = new Date(Date.now() + 365 * 86_400_000);
    const cert = await certificate(new Date(Date.now() - 3_600_000), notAfter);
    const uploaded = await upload(cert.der);
    assert.equal(uploaded.ok, true, uploaded.ok ? '' : JSON.stringify(uploaded.error));
    const listed = await env.admin.graph.get<{ value: { keyCredentials: Record<string, unknown>[] }[] }>(
      `applications?$filter=appId eq '${SANDBOX_IDS.genericAppId}'&$select=keyCredentials`, { step: 'read-apps' });
    assert.equal(listed.ok, true);
    const listedKey = listed.ok ? listed.value.value[0]!.keyCredentials[0]! : {};
    assert.equal(listedKey.customKeyIdentifier, cert.sha1);
    assert.equal(listedKey.type, 'AsymmetricX509Cert');
    assert.equal(listedKey.key, null, 'a list never carries the key');
    const spaced = cert.sha1.match(/../g)!.join(' ').toLowerCase();
    const finding = await check(spaced);
    assert.equal(finding.status, 'ok', finding.evidence);
    assert.equal(finding.facts?.thumbprint, cert.sha1);
    assert.equal(finding.facts?.endDateTime, new Date(Math.floor(notAfter.getTime() / 1000) * 1000).toISOString());
    assert.equal(finding.facts?.displayName, 'CN=mail-sender');
  });

  it('another certificate than the one the app uses → missing; an expired one → wrong; keyIds kept in a PATCH stay', async () => {
    await env.reset(['healthy']);
    const expired = await certificate(new Date(Date.now() - 400 * 86_400_000), new Date(Date.now() - 86_400_000));
    assert.equal((await upload(expired.der)).ok, true);
    const app = await env.admin.graph.get<{ keyCredentials: { keyId: string }[] }>(`applications/${SANDBOX_IDS.genericAppObjectId}?$select=keyCredentials`, { step: 'read-apps' });
    const kept = app.ok ? app.value.keyCredentials : [];
    assert.equal(kept.length, 1);
    const other = await certificate(new Date(Date.now() - 3_600_000), new Date(Date.now() + 86_400_000));
    assert.equal((await upload(other.der, kept)).ok, true);
    const wrong = await check(expired.sha1);
    assert.equal(wrong.status, 'wrong');
    assert.match(wrong.evidence, /^Certificate CN=mail-sender \(thumbprint [0-9A-F]{40}\) expired on \d{4}-/);
    assert.equal((await check(other.sha1)).status, 'ok');
  });

  it('a key that is no certificate is refused as Graph refuses an invalid property value', async () => {
    await env.reset(['healthy']);
    const refused = await env.admin.graph.patch(`applications/${SANDBOX_IDS.genericAppObjectId}`, {
      keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: Buffer.from('not a certificate').toString('base64') }],
    }, { step: 'write-apps' });
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : `${refused.error.detail ?? ''} ${refused.error.message}`, /keyCredentials/);
  });
});
