/**
 * grant_type=client_credentials: app-only tokens. The scope must be exactly one
 * `{resource}/.default` (AADSTS1002012); the token carries every app role granted to the app's
 * enterprise app on that resource in the effective state — none when consent is missing,
 * which is what Exchange then refuses with `535 5.7.3`.
 */
import { resourceSpId } from '../access-token.js';
import { AADSTS } from './aadsts.js';
import { findServicePrincipal } from './directory.js';
import { authenticateClient } from './client-auth.js';
import { refuse, tokenEndpointAudiences, type GrantRequest, type GrantResult } from './grant-common.js';
import { parseScopeRequest } from './scopes.js';
import { appTokenReply } from './token-response.js';

/** Handles the client credentials grant. */
export function clientCredentialsGrant(g: GrantRequest): GrantResult {
  if (g.credential.kind === 'none') return refuse(AADSTS.credentialRequiredForClientCredentials());
  const auth = authenticateClient(g.app, g.credential, tokenEndpointAudiences(g), g.deps.ctx.state.now());
  if (!auth.ok) return refuse(auth.error);
  const raw = g.form.get('scope') ?? '';
  const items = raw.split(/\s+/).filter(Boolean);
  if (items.length !== 1 || !items[0]!.endsWith('/.default')) {
    return items.length === 0 ? refuse(AADSTS.missingParameter('scope')) : refuse(AADSTS.clientCredentialsScope(raw));
  }
  const parsed = parseScopeRequest(items[0]);
  if (!parsed.ok) {
    const uri = parsed.problem.kind === 'unknown_resource' ? parsed.problem.resourceUri : items[0]!;
    return refuse(AADSTS.resourceNotFound(uri, g.t.organization.displayName));
  }
  if (!resourceSpId(g.t, parsed.request.resource)) {
    return refuse(AADSTS.resourceNotFound(parsed.request.resourceUri, g.t.organization.displayName));
  }
  const sp = findServicePrincipal(g.t, g.app.appId);
  if (!sp) return refuse(AADSTS.appNotFound(g.app.appId, g.t.organization.displayName));
  return { ok: true, body: appTokenReply(g.deps.ctx, { app: g.app, clientSpId: sp.id, resource: parsed.request.resource, appidacr: auth.appidacr }) };
}
