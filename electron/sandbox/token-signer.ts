/**
 * Signs and verifies the sandbox's JWTs (RS256, a fresh key per start, published as JWKS) —
 * the same format Entra uses, so real clients (MSAL, curl, Dovecot) and our own token check
 * read them as they read Microsoft's.
 */
import { generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';

/** A JWT payload: string, number, array and object claims. */
export type JwtClaims = Record<string, unknown>;

/** Why a token was rejected. */
export type TokenRejection = 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid';

/** The result of verifying a token. */
export type VerifiedToken =
  | { readonly ok: true; readonly claims: JwtClaims }
  | { readonly ok: false; readonly reason: TokenRejection; readonly claims?: JwtClaims };

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** Holds the signing key; one per sandbox start. */
export class TokenSigner {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.kid = b64url(randomUUID()).slice(0, 27);
  }

  /** Signs claims as a compact JWS. */
  sign(claims: JwtClaims): string {
    const header = { typ: 'JWT', alg: 'RS256', kid: this.kid, x5t: this.kid };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), this.privateKey);
    return `${input}.${b64url(signature)}`;
  }

  /** Verifies signature and lifetime (exp, nbf) with a small clock skew. */
  verify(token: string, nowMs = Date.now()): VerifiedToken {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    let claims: JwtClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as JwtClaims;
      if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'malformed' };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const signed = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), this.publicKey, Buffer.from(parts[2]!, 'base64url'));
    if (!signed) return { ok: false, reason: 'bad_signature', claims };
    const now = Math.floor(nowMs / 1000);
    if (typeof claims.exp === 'number' && claims.exp < now - 30) return { ok: false, reason: 'expired', claims };
    if (typeof claims.nbf === 'number' && claims.nbf > now + 30) return { ok: false, reason: 'not_yet_valid', claims };
    return { ok: true, claims };
  }

  /** The public key as a JWKS document (`/discovery/v2.0/keys`). */
  jwks(): { keys: Record<string, unknown>[] } {
    // Export the public KeyObject itself: createPublicKey() rejects a public KeyObject on Node 20.
    const jwk = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, x5t: this.kid, n: jwk.n, e: jwk.e }] };
  }
}
