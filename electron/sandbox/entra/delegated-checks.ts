/**
 * The checks Entra repeats whenever it issues a user's token without a browser (refresh token,
 * password, device code redemption): the account is enabled, the user is assigned when the
 * app requires it (AADSTS50105), and every permission asked for is consented — there is no
 * page to ask on, so a missing one is AADSTS65001.
 */
import { consentedScopes } from '../access-token.js';
import { AADSTS, type AadstsError } from './aadsts.js';
import { checkRequestedScopes, missingConsent, requestedPermissions } from './consent.js';
import { findServicePrincipal, isUserAssigned } from './directory.js';
import { firstPartyRefusal } from './first-party.js';
import type { GrantRequest } from './grant-common.js';
import type { ScopeRequest } from './scopes.js';

/**
 * Checks a delegated token for `userId` and returns the permissions it carries: all consented
 * for the resource, plus `consentedNow` (granted in the browser moments ago, maybe not yet
 * replicated).
 */
export function checkDelegated(g: GrantRequest, userId: string, scope: ScopeRequest, consentedNow?: readonly string[]): { ok: true; scopes: string[] } | { ok: false; error: AadstsError } {
  const user = g.t.users.find((u) => u.id === userId);
  if (!user || !user.accountEnabled) return { ok: false, error: AADSTS.userDisabled() };
  const scopeError = checkRequestedScopes(g.t, g.app, scope);
  if (scopeError) return { ok: false, error: scopeError };
  const notPreAuthorized = firstPartyRefusal(g.app, scope.resource);
  if (notPreAuthorized) return { ok: false, error: notPreAuthorized };
  const sp = findServicePrincipal(g.t, g.app.appId);
  if (!isUserAssigned(g.t, sp, userId)) {
    return { ok: false, error: AADSTS.userNotAssigned(g.app.displayName, g.app.appId, user.userPrincipalName) };
  }
  const values = requestedPermissions(g.t, g.app, userId, scope);
  const missing = missingConsent(g.t, g.app, userId, scope.resource, values).filter((v) => !(consentedNow ?? []).includes(v));
  if (missing.length > 0 || (!sp && consentedNow === undefined)) {
    return { ok: false, error: AADSTS.consentRequired(g.app.appId, g.app.displayName) };
  }
  const consented = sp ? consentedScopes(g.t, sp.id, userId, scope.resource) : [];
  return { ok: true, scopes: [...new Set([...consented, ...(consentedNow ?? [])])] };
}
