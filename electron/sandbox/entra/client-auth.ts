/**
 * Client authentication at the token endpoint, as Entra checks it: a client secret in the body
 * (client_secret_post) or in HTTP Basic (client_secret_basic), or a certificate-signed JWT
 * (private_key_jwt: RS256/PS256, header `x5t` or `x5t#S256` naming a registered certificate,
 * aud = the token endpoint, iss = sub = client_id, within exp/nbf).
 * https://learn.microsoft.com/entra/identity-platform/certificate-credentials
 */
import { X509Certificate, constants, createHash, timingSafeEqual, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SandboxApplication } from '../tenant-model.js';
import { AADSTS, type AadstsError } from './aadsts.js';

/** The credential a client presented with a token request. */
export type PresentedCredential =
  | { readonly kind: 'none' }
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'assertion'; readonly assertion: string; readonly assertionType: string };

/** The client id and credential of a token request (body, or HTTP Basic). */
export function presentedClient(req: IncomingMessage, form: URLSearchParams): { clientId: string | undefined; credential: PresentedCredential } {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^basic /i.test(auth)) {
    const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
    const cut = decoded.indexOf(':');
    if (cut > 0) {
      // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
      const id = decodeURIComponent(decoded.slice(0, cut).replace(/\+/g, ' '));
      const secret = decodeURIComponent(decoded.slice(cut + 1).replace(/\+/g, ' '));
      return { clientId: id, credential: { kind: 'secret', secret } };
    }
  }
  const clientId = form.get('client_id') ?? undefined;
  const secret = form.get('client_secret');
  if (secret !== null && secret !== '') return { clientId, credential: { kind: 'secret', secret } };
  const assertion = form.get('client_assertion');
  if (assertion !== null && assertion !== '') {
    return { clientId, credential: { kind: 'assertion', assertion, assertionType: form.get('client_assertion_type') ?? '' } };
  }
  return { clientId, credential: { kind: 'none' } };
}

/** A client that authenticated: `appidacr` 1 = secret, 2 = certificate. */
export type ClientAuthResult = { readonly ok: true; readonly appidacr: '1' | '2' } | { readonly ok: false; readonly error: AadstsError };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function checkSecret(app: SandboxApplication, secret: string, nowMs: number): ClientAuthResult {
  const match = app.passwordCredentials.find((c) => sameText(c.secretText, secret));
  if (!match || Date.parse(match.startDateTime) > nowMs) return { ok: false, error: AADSTS.invalidSecret(app.appId) };
  if (Date.parse(match.endDateTime) <= nowMs) return { ok: false, error: AADSTS.expiredSecret(app.appId) };
  return { ok: true, appidacr: '1' };
}

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const SKEW_SEC = 300;

function decodeSegment(segment: string | undefined): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

function checkAssertion(app: SandboxApplication, assertion: string, assertionType: string, audiences: readonly string[], nowMs: number): ClientAuthResult {
  if (assertionType !== JWT_BEARER) return { ok: false, error: AADSTS.missingParameter('client_assertion_type') };
  const parts = assertion.split('.');
  const header = decodeSegment(parts[0]);
  const claims = decodeSegment(parts[1]);
  if (parts.length !== 3 || !header || !claims || (header.alg !== 'RS256' && header.alg !== 'PS256')) {
    return { ok: false, error: AADSTS.assertionMalformed() };
  }
  const sha256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined;
  const sha1 = typeof header.x5t === 'string' ? header.x5t : undefined;
  const thumbprint = Buffer.from(sha256 ?? sha1 ?? '', 'base64url').toString('hex').toUpperCase();
  if (thumbprint === '') return { ok: false, error: AADSTS.assertionMalformed() };
  const key = app.keyCredentials.find((k) => {
    const der = Buffer.from(k.key, 'base64');
    return createHash(sha256 ? 'sha256' : 'sha1').update(der).digest('hex').toUpperCase() === thumbprint;
  });
  if (!key) return { ok: false, error: AADSTS.assertionKeyNotFound(thumbprint, app.appId) };
  if (Date.parse(key.endDateTime) <= nowMs || Date.parse(key.startDateTime) > nowMs) {
    return { ok: false, error: AADSTS.assertionKeyExpired(thumbprint, app.appId) };
  }
  const publicKey = new X509Certificate(Buffer.from(key.key, 'base64')).publicKey;
  const pss = header.alg === 'PS256'
    ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
    : {};
  const signed = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), { key: publicKey, ...pss }, Buffer.from(parts[2]!, 'base64url'));
  if (!signed) return { ok: false, error: AADSTS.assertionBadSignature() };
  if (typeof claims.aud !== 'string' || !audiences.includes(claims.aud)) return { ok: false, error: AADSTS.assertionWrongAudience() };
  if (claims.iss !== app.appId || claims.sub !== app.appId) return { ok: false, error: AADSTS.assertionWrongIssuer() };
  const now = Math.floor(nowMs / 1000);
  const exp = typeof claims.exp === 'number' ? claims.exp : 0;
  const nbf = typeof claims.nbf === 'number' ? claims.nbf : 0;
  if (exp + SKEW_SEC < now || nbf - SKEW_SEC > now) return { ok: false, error: AADSTS.assertionTimeRange(now, nbf, exp) };
  return { ok: true, appidacr: '2' };
}

/**
 * Checks a presented secret or assertion against the app's credentials. `audiences` are the
 * token endpoint URLs an assertion may name. Call only with a credential (not `none`).
 */
export function authenticateClient(app: SandboxApplication, credential: PresentedCredential, audiences: readonly string[], nowMs: number): ClientAuthResult {
  if (credential.kind === 'secret') return checkSecret(app, credential.secret, nowMs);
  if (credential.kind === 'assertion') return checkAssertion(app, credential.assertion, credential.assertionType, audiences, nowMs);
  return { ok: false, error: AADSTS.credentialRequired() };
}
