/**
 * grant_type=authorization_code (with PKCE) and grant_type=refresh_token. A code redeems once,
 * within 10 minutes, with the redirect URI it was issued for; a code issued to a Web redirect
 * URI needs the client's secret or certificate, one issued to a Mobile/desktop URI must come
 * without. A refresh token may ask for another resource (Entra's multi-resource refresh token),
 * subject to consent; every redemption returns a new refresh token.
 *
 * A Web app's code (ETRON's, redirected to /microsoft_outlook/confirm) is redeemed as a
 * confidential client: "client_secret — Required for confidential web apps"
 * (learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow, "Redeem a code for an
 * access token"); a wrong value is AADSTS7000215, an expired one AADSTS7000222, both
 * `invalid_client` with HTTP 401 (reference-error-codes; the 401 for invalid_client is RFC 6749
 * §5.2). Odoo sends the secret in the body (client_secret_post), microsoft_outlook_mixin.py.
 */
import { createHash } from 'node:crypto';
import { AADSTS } from './aadsts.js';
import { checkDelegated } from './delegated-checks.js';
import { authenticateAs, refuse, tokenScopeError, type GrantRequest, type GrantResult } from './grant-common.js';
import { parseScopeRequest, type ScopeRequest } from './scopes.js';
import { userTokenReply } from './token-response.js';

function pkceMatches(challenge: { value: string; method: 'S256' | 'plain' }, verifier: string): boolean {
  const computed = challenge.method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return computed === challenge.value;
}

/** Handles the authorization code grant. */
export function authorizationCodeGrant(g: GrantRequest): GrantResult {
  const code = g.form.get('code');
  if (!code) return refuse(AADSTS.missingParameter('code'));
  const { store, ctx } = g.deps;
  const grant = store.codes.get(code);
  if (!grant || grant.clientAppId !== g.app.appId) return refuse(AADSTS.malformedGrant());
  if (grant.redeemed) return refuse(AADSTS.codeRedeemed());
  if (grant.expiresAt <= ctx.state.now()) return refuse(AADSTS.codeExpired());
  if ((g.form.get('redirect_uri') ?? '') !== grant.redirectUri) return refuse(AADSTS.redirectMismatchAtRedeem());
  const auth = authenticateAs(g, grant.redirectKind === 'web' ? 'confidential' : 'public');
  if (!auth.ok) return refuse(auth.error);
  if (grant.codeChallenge && !pkceMatches(grant.codeChallenge, g.form.get('code_verifier') ?? '')) return refuse(AADSTS.pkceMismatch());
  grant.redeemed = true;
  return {
    ok: true,
    body: userTokenReply(ctx, store, {
      app: g.app, userId: grant.userId, resource: grant.resource, resourceUri: grant.resourceUri,
      scopes: grant.scopes, oidc: grant.oidc, appidacr: auth.appidacr, nonce: grant.nonce,
      confidential: grant.redirectKind === 'web',
    }),
  };
}

/** Handles the refresh token grant. */
export function refreshTokenGrant(g: GrantRequest): GrantResult {
  const token = g.form.get('refresh_token');
  if (!token) return refuse(AADSTS.missingParameter('refresh_token'));
  const { store, ctx } = g.deps;
  const grant = store.refreshTokens.get(token);
  if (!grant || grant.clientAppId !== g.app.appId) return refuse(AADSTS.refreshTokenInvalid());
  if (grant.expiresAt <= ctx.state.now()) return refuse(AADSTS.codeExpired());
  const auth = authenticateAs(g, grant.confidential ? 'confidential' : 'public');
  if (!auth.ok) return refuse(auth.error);
  let scope: ScopeRequest = { raw: '', oidc: grant.oidc, resource: grant.resource, resourceUri: grant.resourceUri, values: [], isDefault: false };
  const raw = g.form.get('scope');
  if (raw) {
    const parsed = parseScopeRequest(raw);
    if (!parsed.ok) return refuse(tokenScopeError(parsed.problem, raw, g.t.organization.displayName));
    scope = parsed.request;
  }
  const checked = checkDelegated(g, grant.userId, scope);
  if (!checked.ok) return refuse(checked.error);
  return {
    ok: true,
    body: userTokenReply(ctx, store, {
      app: g.app, userId: grant.userId, resource: scope.resource, resourceUri: scope.resourceUri,
      scopes: checked.scopes, oidc: scope.oidc.length > 0 ? scope.oidc : grant.oidc, appidacr: auth.appidacr,
      confidential: grant.confidential,
    }),
  };
}
