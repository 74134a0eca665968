/**
 * `/{tenant}/oauth2/v2.0/authorize` (GET or POST): validates the request in Entra's order —
 * client id and app (AADSTS700016, AADSTS50194) and redirect URI (AADSTS50011) on an error
 * page, because an unverified redirect URI must not receive anything; then response type,
 * scope and prompt, whose errors are redirected to the app — and starts the sign-in.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm } from '../http-util.js';
import { AADSTS, type AadstsError } from './aadsts.js';
import { sendAuthorizeError, sendErrorPage } from './authorize-reply.js';
import { checkRequestedScopes } from './consent.js';
import { appForTokenRequest, type TenantSegment } from './directory.js';
import type { ReplyTarget } from './entra-store.js';
import { matchRedirectUri } from './redirect-uri.js';
import { parseScopeRequest, type ScopeProblem } from './scopes.js';
import { beginSignIn, type FlowDeps } from './sign-in-flow.js';

/** The AADSTS error /authorize gives for a refused scope parameter. */
export function authorizeScopeError(problem: ScopeProblem, raw: string, tenantName: string): AadstsError {
  switch (problem.kind) {
    case 'missing': return AADSTS.missingParameter('scope');
    case 'mixed_resources': return AADSTS.scopesIncompatible(raw);
    case 'default_mixed': return AADSTS.defaultMixed(raw);
    case 'unknown_resource': return AADSTS.resourceNotFound(problem.resourceUri, tenantName);
  }
}

function responseModeOf(value: string | null): ReplyTarget['responseMode'] {
  return value === 'form_post' || value === 'fragment' ? value : 'query';
}

/** Handles an authorize request. */
export async function handleAuthorize(d: FlowDeps, req: IncomingMessage, res: ServerResponse, url: URL, tenant: TenantSegment): Promise<void> {
  const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
  const t = d.ctx.state.effective();
  const uiLocales = params.get('ui_locales')?.slice(0, 100) || undefined;
  const clientId = params.get('client_id');
  if (!clientId) return sendErrorPage(d.ctx, req, res, AADSTS.missingParameter('client_id'), uiLocales);
  const found = appForTokenRequest(t, clientId, true);
  if (!found.ok) return sendErrorPage(d.ctx, req, res, found.error, uiLocales);
  const app = found.app;
  if (tenant.multiTenant && app.signInAudience === 'AzureADMyOrg') {
    return sendErrorPage(d.ctx, req, res, AADSTS.notMultiTenant(app.appId, app.displayName), uiLocales);
  }
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return sendErrorPage(d.ctx, req, res, AADSTS.missingParameter('redirect_uri'), uiLocales);
  const kind = matchRedirectUri(app, redirectUri);
  if (!kind) return sendErrorPage(d.ctx, req, res, AADSTS.redirectMismatch(redirectUri, app.appId), uiLocales);

  const reply: ReplyTarget = { redirectUri, kind, responseMode: responseModeOf(params.get('response_mode')), state: params.get('state') ?? undefined };
  const responseType = params.get('response_type') ?? '';
  if (responseType !== 'code') {
    return sendAuthorizeError(d.ctx, req, res, reply, responseType === '' ? AADSTS.missingParameter('response_type') : AADSTS.unsupportedResponseType(responseType));
  }
  const parsed = parseScopeRequest(params.get('scope'));
  if (!parsed.ok) return sendAuthorizeError(d.ctx, req, res, reply, authorizeScopeError(parsed.problem, params.get('scope') ?? '', t.organization.displayName));
  const scopeError = checkRequestedScopes(t, app, parsed.request);
  if (scopeError) return sendAuthorizeError(d.ctx, req, res, reply, scopeError);
  const prompt = params.get('prompt') ?? '';
  // No browser session is kept, so a silent request always needs a sign-in.
  if (prompt === 'none' && !d.ctx.options.autoApprove) return sendAuthorizeError(d.ctx, req, res, reply, AADSTS.loginRequired());

  const challenge = params.get('code_challenge');
  const it = d.store.startInteraction({
    kind: 'authorize',
    tenantSegment: tenant.segment,
    clientAppId: app.appId,
    reply,
    scope: parsed.request,
    nonce: params.get('nonce') || undefined,
    codeChallenge: challenge ? { value: challenge, method: params.get('code_challenge_method') === 'S256' ? 'S256' : 'plain' } : undefined,
    loginHint: params.get('login_hint') || undefined,
    uiLocales,
    forceConsent: prompt === 'consent',
  });
  beginSignIn(d, req, res, it);
}
