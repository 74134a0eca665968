/**
 * Helpers for the sandbox Entra tests: MSAL configured for the sandbox authority (verified
 * against the sandbox CA), JWT payload reading, a throwaway RSA certificate, and a small driver
 * that submits the sign-in pages' HTML forms over HTTPS like a browser would.
 */
import 'reflect-metadata';
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as x509 from '@peculiar/x509';
import { HttpsNetworkClient } from '../../electron/core/auth/https-network-client.js';
import { request, type HttpReply, type RunningSandbox } from '../helpers/sandbox.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** MSAL `auth` + `system` settings for a sandbox authority. */
export function msalConfig(sb: RunningSandbox, clientId: string, tenant: string = sb.info.tenantId) {
  const origin = new URL(sb.info.authority);
  return {
    auth: { clientId, authority: `${origin.origin}/${tenant}`, knownAuthorities: [origin.host] },
    system: { networkClient: new HttpsNetworkClient({ ca: readFileSync(sb.info.caCertPath, 'utf8') }) },
  };
}

/** The payload of a JWT (no verification: the tests check the claims the sandbox wrote). */
export function jwtClaims(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

/** The header of a JWT. */
export function jwtHeader(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
}

/** A self-signed RSA certificate as an app credential. */
export interface TestCertificate {
  readonly certPem: string;
  readonly privateKeyPem: string;
  readonly derBase64: string;
  readonly sha1Hex: string;
  readonly sha256Hex: string;
}

/** Makes an RSA-2048 key and a self-signed certificate valid for a day. */
export async function makeCertificate(subject = 'CN=Contoso Mail Sender'): Promise<TestCertificate> {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: subject, keys, signingAlgorithm: alg,
    notBefore: new Date(Date.now() - 60_000), notAfter: new Date(Date.now() + 86_400_000),
  });
  const der = Buffer.from(cert.rawData);
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return {
    certPem: cert.toString('pem'),
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END PRIVATE KEY-----\n`,
    derBase64: der.toString('base64'),
    sha1Hex: createHash('sha1').update(der).digest('hex').toUpperCase(),
    sha256Hex: createHash('sha256').update(der).digest('hex').toUpperCase(),
  };
}

/** The value of an `<input name=…>` in a page. */
export function inputValue(html: string, name: string): string | undefined {
  const m = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return m?.[1]?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Submits the form whose action is `action` in `html`, with its hidden fields plus `fields` (and the browser's `headers`). */
export function submitForm(sb: RunningSandbox, html: string, action: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<HttpReply> {
  const body = new URLSearchParams();
  const ctx = inputValue(html, 'ctx');
  if (ctx !== undefined) body.set('ctx', ctx);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return request(sb, 'POST', new URL(action, sb.info.authority).toString(), { body, ...(headers ? { headers } : {}) });
}

/** The form action that ends with `suffix` in a page (e.g. `/login`). */
export function formAction(html: string, suffix: string): string {
  const actions = [...html.matchAll(/<form[^>]*action="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const found = actions.find((a) => a.endsWith(suffix));
  if (!found) throw new Error(`no form posting to …${suffix} in page`);
  return found;
}
