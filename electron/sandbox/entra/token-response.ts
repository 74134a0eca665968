/**
 * The success body of the token endpoint for a signed-in user: the access token (claims from
 * access-token.ts, read from the effective tenant state), a v2.0 id_token, `client_info` in
 * the shape MSAL builds its account ids from, and a rotating opaque refresh token.
 */
import { randomUUID } from 'node:crypto';
import { issueAppOnlyToken, issueDelegatedToken, type SandboxResource } from '../access-token.js';
import type { SandboxContext } from '../context.js';
import type { SandboxApplication } from '../tenant-model.js';
import type { EntraStore } from './entra-store.js';
import { delegatedAudience, replyScope } from './scopes.js';

/** What a user token reply is made from. */
export interface UserTokenInput {
  readonly app: SandboxApplication;
  readonly userId: string;
  readonly resource: SandboxResource;
  readonly resourceUri: string;
  /** Granted permission values for the resource (no prefix). */
  readonly scopes: readonly string[];
  readonly oidc: readonly string[];
  readonly appidacr: '0' | '1' | '2';
  /** The nonce of the authorize request; the id_token carries it only when one was sent. */
  readonly nonce?: string;
  /** The refresh token must be redeemed with client authentication. */
  readonly confidential: boolean;
}

/** `client_info`: base64url of {"uid":oid,"utid":tid} (MSAL's home account id). */
export function clientInfo(userId: string, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: userId, utid: tenantId })).toString('base64url');
}

/** The pairwise `sub` of a user for an app (the same one access-token.ts writes). */
export function pairwiseSubject(userId: string, appId: string): string {
  return Buffer.from(`${userId}:${appId}`).toString('base64url').slice(0, 43);
}

function idToken(ctx: SandboxContext, input: UserTokenInput): string {
  const t = ctx.state.effective();
  const user = t.users.find((u) => u.id === input.userId);
  if (!user) throw new Error(`unknown user ${input.userId}`);
  const now = Math.floor(ctx.state.now() / 1000);
  return ctx.signer.sign({
    aud: input.app.appId,
    iss: `${ctx.urls.loginOrigin}/${t.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    ...(input.oidc.includes('email') && user.mail ? { email: user.mail } : {}),
    name: user.displayName,
    ...(input.nonce ? { nonce: input.nonce } : {}),
    oid: user.id,
    preferred_username: user.userPrincipalName,
    rh: `0.${randomUUID().replace(/-/g, '')}`,
    sid: randomUUID(),
    sub: pairwiseSubject(user.id, input.app.appId),
    tid: t.tenantId,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '2.0',
  });
}

/** Builds the token reply for a user; issues a refresh token when offline_access was asked. */
export function userTokenReply(ctx: SandboxContext, store: EntraStore, input: UserTokenInput): Record<string, unknown> {
  const { token } = issueDelegatedToken(ctx, {
    clientAppId: input.app.appId,
    clientDisplayName: input.app.displayName,
    userId: input.userId,
    resource: input.resource,
    scopes: input.scopes,
    appidacr: input.appidacr,
    audience: delegatedAudience(input),
  });
  const lifetime = ctx.options.accessTokenLifetimeSec;
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: replyScope(input.resourceUri, input.scopes, input.oidc),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: token,
  };
  if (input.oidc.includes('offline_access')) {
    body.refresh_token = store.issueRefreshToken({
      clientAppId: input.app.appId, userId: input.userId, confidential: input.confidential,
      resource: input.resource, resourceUri: input.resourceUri, oidc: input.oidc,
    });
  }
  if (input.oidc.includes('openid')) body.id_token = idToken(ctx, input);
  body.client_info = clientInfo(input.userId, ctx.state.effective().tenantId);
  return body;
}

/** The token reply of the client credentials grant (no refresh token, no id_token). */
export function appTokenReply(ctx: SandboxContext, input: { app: SandboxApplication; clientSpId: string; resource: SandboxResource; appidacr: '1' | '2' }): Record<string, unknown> {
  const { token } = issueAppOnlyToken(ctx, {
    clientAppId: input.app.appId,
    clientDisplayName: input.app.displayName,
    clientSpId: input.clientSpId,
    resource: input.resource,
    appidacr: input.appidacr,
  });
  const lifetime = ctx.options.accessTokenLifetimeSec;
  return { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token };
}
