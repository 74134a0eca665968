/**
 * The sandbox's Entra ID (login.microsoftonline.com stand-in) on the login origin:
 *   /{tenant}/v2.0/.well-known/openid-configuration, /{tenant}/discovery/v2.0/keys,
 *   /common/discovery/instance, /{tenant}/oauth2/v2.0/{authorize,token,devicecode,logout},
 *   /{tenant}/login and /{tenant}/Consent/Set (the sign-in pages' forms),
 *   /devicelogin → /common/oauth2/deviceauth, /{tenant}/adminconsent, /{tenant}/v2.0/adminconsent,
 *   /error?code=N (where error_uri points).
 * `{tenant}` is the tenant id, a verified domain, `organizations` or `common`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler, SandboxContext } from '../context.js';
import { sendHtml, sendJson } from '../http-util.js';
import { aadsts, sendAadsts, type AadstsError } from './aadsts.js';
import { handleAdminConsent } from './admin-consent.js';
import { handleAuthorize } from './authorize.js';
import { sendErrorPage } from './authorize-reply.js';
import { DEVICE_AUTH_PATH, DEVICE_LOGIN_PATH, handleDeviceCodeRequest, handleDevicePage } from './device-code.js';
import { findApplication, resolveTenant, type TenantSegment } from './directory.js';
import { instanceDiscovery, openIdConfiguration } from './discovery.js';
import { EntraStore } from './entra-store.js';
import { errorCodePage, signedOutPage } from './message-pages.js';
import { matchRedirectUri } from './redirect-uri.js';
import { handleConsent, handleLogin, type FlowDeps } from './sign-in-flow.js';
import { handleToken } from './token.js';

type TenantRoute = (d: FlowDeps, req: IncomingMessage, res: ServerResponse, url: URL, tenant: TenantSegment) => Promise<void> | void;

/** Routes below `/{tenant}/`, by the rest of the path (lower case); `page` = errors as HTML. */
const TENANT_ROUTES: Readonly<Record<string, { readonly page: boolean; readonly handle: TenantRoute }>> = {
  'v2.0/.well-known/openid-configuration': { page: false, handle: (d, _q, res, _u, tenant) => sendJson(res, 200, openIdConfiguration(d.ctx, tenant)) },
  'discovery/v2.0/keys': { page: false, handle: (d, _q, res) => sendJson(res, 200, d.ctx.signer.jwks()) },
  'discovery/keys': { page: false, handle: (d, _q, res) => sendJson(res, 200, d.ctx.signer.jwks()) },
  'oauth2/v2.0/authorize': { page: true, handle: handleAuthorize },
  'oauth2/v2.0/token': { page: false, handle: (d, req, res, _u, tenant) => handleToken(d, req, res, tenant) },
  'oauth2/v2.0/devicecode': { page: false, handle: (d, req, res, _u, tenant) => handleDeviceCodeRequest(d, req, res, tenant) },
  'oauth2/v2.0/logout': { page: true, handle: (d, _q, res, url) => logout(d, res, url) },
  login: { page: true, handle: (d, req, res) => handleLogin(d, req, res) },
  'consent/set': { page: true, handle: (d, req, res) => handleConsent(d, req, res) },
  adminconsent: { page: true, handle: (d, req, res, url, tenant) => handleAdminConsent(d, req, res, url, tenant, 1) },
  'v2.0/adminconsent': { page: true, handle: (d, req, res, url, tenant) => handleAdminConsent(d, req, res, url, tenant, 2) },
};

function logout(d: FlowDeps, res: ServerResponse, url: URL): void {
  const target = url.searchParams.get('post_logout_redirect_uri');
  const app = findApplication(d.ctx.state.effective(), url.searchParams.get('client_id') ?? '');
  if (target && app && matchRedirectUri(app, target)) {
    res.writeHead(302, { Location: target, 'Content-Length': 0 });
    res.end();
    return;
  }
  sendHtml(res, 200, signedOutPage(d.ctx.state.current().organization.displayName));
}

/** Routes for discovery, sign-in pages, token, device code and admin consent. */
export function createEntraRoutes(ctx: SandboxContext): RouteHandler {
  const deps: FlowDeps = { ctx, store: new EntraStore(() => ctx.state.now()) };
  return async (req, res, url) => {
    const path = url.pathname.replace(/\/+$/, '');
    if (path === DEVICE_LOGIN_PATH || path.toLowerCase() === DEVICE_AUTH_PATH) {
      await handleDevicePage(deps, req, res, new URL(path, url));
      return true;
    }
    if (path === '/error') {
      sendHtml(res, 200, errorCodePage(ctx.state.current().organization.displayName, url.searchParams.get('code') ?? ''));
      return true;
    }
    if (path.toLowerCase() === '/common/discovery/instance') {
      sendJson(res, 200, instanceDiscovery(ctx, url.searchParams.get('authorization_endpoint')));
      return true;
    }
    const parts = path.split('/').filter(Boolean);
    const segment = parts[0];
    const route = TENANT_ROUTES[parts.slice(1).join('/').toLowerCase()];
    if (!segment || !route) return false;
    const resolved = resolveTenant(ctx.state.effective(), decodeURIComponent(segment));
    if (!resolved.ok) {
      // Discovery names the error invalid_tenant; the protocol endpoints invalid_request.
      const discovery = /well-known|discovery/.test(path);
      const error: AadstsError = discovery ? aadsts('invalid_tenant', resolved.error.code, resolved.error.text) : resolved.error;
      if (route.page) sendErrorPage(ctx, req, res, error);
      else sendAadsts(ctx, req, res, error);
      return true;
    }
    await route.handle(deps, req, res, url, resolved.tenant);
    return true;
  };
}
