/**
 * A certificate for the demo tenant's generic app, so the demo can show the certificate path: a
 * self-signed certificate (public part) uploaded to the app registration by the same code as
 * Graph's PATCH /applications keyCredentials (graph/resources/application-keys.ts) — what an admin
 * does in Entra with "Upload certificate". Its private key is thrown away: the demo only verifies
 * the upload, as the wizard does for a real tenant.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { SandboxContext } from './context.js';
import { readKeyCredentials, sha1Thumbprint } from './graph/resources/application-keys.js';
import { isErrorReply } from './graph/request.js';
import { SANDBOX_IDS } from './tenant-seed.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const DAY_MS = 86_400_000;

/** The uploaded certificate as Entra lists it. */
export interface UploadedCertificate {
  readonly thumbprint: string;
  readonly displayName: string;
  readonly endDateTime: string;
}

/** Uploads a new one-year demo certificate to the generic app (existing certificates stay). */
export async function uploadDemoCertificate(context: SandboxContext): Promise<UploadedCertificate> {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const now = context.state.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=Contoso Mail Sender (demo)', keys, signingAlgorithm: alg,
    notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 365 * DAY_MS),
  });
  const der = Buffer.from(cert.rawData);
  const app = context.state.current().applications.find((a) => a.appId === SANDBOX_IDS.genericAppId);
  if (!app) throw new Error('the demo tenant has no generic app');
  const body = [...app.keyCredentials.map((k) => ({ keyId: k.keyId })), { type: 'AsymmetricX509Cert', usage: 'Verify', key: der.toString('base64') }];
  const credentials = readKeyCredentials(body, app);
  if (isErrorReply(credentials)) throw new Error('the demo certificate was refused');
  context.state.update('Entra: upload certificate to Contoso Mail Sender', (draft) => {
    const target = draft.applications.find((a) => a.appId === SANDBOX_IDS.genericAppId);
    if (target) target.keyCredentials = credentials;
  });
  const added = credentials[credentials.length - 1]!;
  return { thumbprint: sha1Thumbprint(der), displayName: added.displayName ?? '', endDateTime: added.endDateTime };
}
