/**
 * The grants that end a sign-in without a redirect: the device code (polled until the user
 * finished on the device page: authorization_pending / authorization_declined / expired_token)
 * and the resource owner password (ROPC; legacy tools still use it). ROPC cannot do MFA, so
 * with security defaults on it fails with AADSTS50076.
 */
import { AADSTS } from './aadsts.js';
import { checkDelegated } from './delegated-checks.js';
import { findUserBySignInName } from './directory.js';
import { authenticateAs, publicFlowKind, refuse, tokenScopeError, type GrantRequest, type GrantResult } from './grant-common.js';
import { parseScopeRequest, resourceAppId } from './scopes.js';
import { userTokenReply } from './token-response.js';

/** Handles grant_type=urn:ietf:params:oauth:grant-type:device_code. */
export function deviceCodeGrant(g: GrantRequest): GrantResult {
  const deviceCode = g.form.get('device_code');
  if (!deviceCode) return refuse(AADSTS.missingParameter('device_code'));
  const { store, ctx } = g.deps;
  const grant = store.deviceCodes.get(deviceCode);
  if (!grant || grant.clientAppId !== g.app.appId || grant.status === 'redeemed') return refuse(AADSTS.deviceCodeUnknown());
  if (grant.expiresAt <= ctx.state.now()) return refuse(AADSTS.deviceCodeExpired());
  if (grant.status === 'declined') return refuse(AADSTS.deviceCodeDeclined());
  if (grant.status === 'pending' || !grant.userId) return refuse(AADSTS.authorizationPending());
  const auth = authenticateAs(g, publicFlowKind(g.app));
  if (!auth.ok) return refuse(auth.error);
  const checked = checkDelegated(g, grant.userId, grant.scope, grant.consentedNow ?? []);
  if (!checked.ok) return refuse(checked.error);
  grant.status = 'redeemed';
  return {
    ok: true,
    body: userTokenReply(ctx, store, {
      app: g.app, userId: grant.userId, resource: grant.scope.resource, resourceUri: grant.scope.resourceUri,
      scopes: checked.scopes, oidc: grant.scope.oidc, appidacr: auth.appidacr, confidential: auth.appidacr !== '0',
    }),
  };
}

/** Handles grant_type=password. */
export function passwordGrant(g: GrantRequest): GrantResult {
  const auth = authenticateAs(g, publicFlowKind(g.app));
  if (!auth.ok) return refuse(auth.error);
  const username = g.form.get('username');
  const password = g.form.get('password');
  if (!username) return refuse(AADSTS.missingParameter('username'));
  if (!password) return refuse(AADSTS.missingParameter('password'));
  const raw = g.form.get('scope') ?? '';
  const parsed = parseScopeRequest(raw);
  if (!parsed.ok) return refuse(tokenScopeError(parsed.problem, raw, g.t.organization.displayName));
  const user = findUserBySignInName(g.t, username);
  if (!user || user.isSharedMailbox) return refuse(AADSTS.userNotFound(g.t.tenantId));
  if (user.password === '' || user.password !== password) return refuse(AADSTS.wrongPassword());
  if (!user.accountEnabled) return refuse(AADSTS.userDisabled());
  if (g.t.securityDefaults.isEnabled) return refuse(AADSTS.mfaRequired(resourceAppId(parsed.request.resource)));
  const checked = checkDelegated(g, user.id, parsed.request);
  if (!checked.ok) return refuse(checked.error);
  return {
    ok: true,
    body: userTokenReply(g.deps.ctx, g.deps.store, {
      app: g.app, userId: user.id, resource: parsed.request.resource, resourceUri: parsed.request.resourceUri,
      scopes: checked.scopes, oidc: parsed.request.oidc, appidacr: auth.appidacr, confidential: auth.appidacr !== '0',
    }),
  };
}
