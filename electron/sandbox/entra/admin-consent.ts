/**
 * The admin consent endpoints: `/{tenant}/adminconsent` (v1) and `/{tenant}/v2.0/adminconsent`.
 * An admin signs in and accepts the app's configured permissions for the whole organization;
 * Entra then redirects with `admin_consent=True&tenant=…&state=…` (v2 adds `scope=…`), or with
 * `error=access_denied` (AADSTS65004) when the admin cancels.
 * https://learn.microsoft.com/entra/identity-platform/v2-admin-consent
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AADSTS } from './aadsts.js';
import { authorizeScopeError } from './authorize.js';
import { sendAuthorizeError, sendErrorPage } from './authorize-reply.js';
import { findApplication, type TenantSegment } from './directory.js';
import type { ReplyTarget } from './entra-store.js';
import { matchRedirectUri } from './redirect-uri.js';
import { parseScopeRequest } from './scopes.js';
import { beginSignIn, type FlowDeps } from './sign-in-flow.js';

/** Handles an admin consent request (`version` 1 or 2). */
export function handleAdminConsent(d: FlowDeps, req: IncomingMessage, res: ServerResponse, url: URL, tenant: TenantSegment, version: 1 | 2): void {
  const params = url.searchParams;
  const t = d.ctx.state.effective();
  const clientId = params.get('client_id');
  if (!clientId) return sendErrorPage(d.ctx, req, res, AADSTS.missingParameter('client_id'));
  const app = findApplication(t, clientId);
  if (!app) return sendErrorPage(d.ctx, req, res, AADSTS.appNotFound(clientId, t.organization.displayName));
  // v1 falls back to the app's (first) Web redirect URI when none is given.
  const redirectUri = params.get('redirect_uri') ?? (version === 1 ? app.web.redirectUris[0] : undefined);
  if (!redirectUri) return sendErrorPage(d.ctx, req, res, AADSTS.missingParameter('redirect_uri'));
  const kind = matchRedirectUri(app, redirectUri);
  if (!kind) return sendErrorPage(d.ctx, req, res, AADSTS.redirectMismatch(redirectUri, app.appId));
  const reply: ReplyTarget = { redirectUri, kind, responseMode: 'query', state: params.get('state') ?? undefined };

  let scope;
  if (version === 2) {
    const parsed = parseScopeRequest(params.get('scope'));
    if (!parsed.ok) return sendAuthorizeError(d.ctx, req, res, reply, authorizeScopeError(parsed.problem, params.get('scope') ?? '', t.organization.displayName));
    scope = parsed.request;
  }
  const it = d.store.startInteraction({
    kind: 'adminconsent',
    tenantSegment: tenant.segment,
    clientAppId: app.appId,
    reply,
    scope,
    adminConsentVersion: version,
    forceConsent: true,
  });
  beginSignIn(d, req, res, it);
}
