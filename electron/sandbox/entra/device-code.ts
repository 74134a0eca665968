/**
 * The device code flow's two ends: `/{tenant}/oauth2/v2.0/devicecode` (the app gets a device
 * code and a user code) and the device login page (`/devicelogin` → `/common/oauth2/deviceauth`)
 * where the user types the code, signs in and consents. The app polls the token endpoint
 * meanwhile (grant-user.ts answers authorization_pending until then).
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm, sendHtml, sendJson } from '../http-util.js';
import { AADSTS, sendAadsts } from './aadsts.js';
import { checkRequestedScopes } from './consent.js';
import { appForTokenRequest, findApplication, type TenantSegment } from './directory.js';
import { LIFETIMES_MS } from './entra-store.js';
import { deviceCodeEntryPage } from './message-pages.js';
import { pageLanguage } from './page-language.js';
import { parseScopeRequest } from './scopes.js';
import { beginSignIn, type FlowDeps } from './sign-in-flow.js';
import { tokenScopeError } from './grant-common.js';

/** Where users enter the code (Microsoft's is https://microsoft.com/devicelogin). */
export const DEVICE_LOGIN_PATH = '/devicelogin';
/** The page behind it. */
export const DEVICE_AUTH_PATH = '/common/oauth2/deviceauth';

/** POST /{tenant}/oauth2/v2.0/devicecode. */
export async function handleDeviceCodeRequest(d: FlowDeps, req: IncomingMessage, res: ServerResponse, tenant: TenantSegment): Promise<void> {
  if (req.method !== 'POST') return sendAadsts(d.ctx, req, res, AADSTS.postOnly());
  const form = await readForm(req);
  const t = d.ctx.state.effective();
  const clientId = form.get('client_id');
  if (!clientId) return sendAadsts(d.ctx, req, res, AADSTS.missingParameter('client_id'));
  const found = appForTokenRequest(t, clientId, true);
  if (!found.ok) return sendAadsts(d.ctx, req, res, found.error);
  if (tenant.multiTenant && found.app.signInAudience === 'AzureADMyOrg') {
    return sendAadsts(d.ctx, req, res, AADSTS.notMultiTenant(found.app.appId, found.app.displayName));
  }
  const parsed = parseScopeRequest(form.get('scope'));
  if (!parsed.ok) return sendAadsts(d.ctx, req, res, tokenScopeError(parsed.problem, form.get('scope') ?? '', t.organization.displayName));
  const scopeError = checkRequestedScopes(t, found.app, parsed.request);
  if (scopeError) return sendAadsts(d.ctx, req, res, scopeError);
  const grant = d.store.issueDeviceCode(found.app.appId, parsed.request);
  const verificationUri = `${d.ctx.urls.loginOrigin}${DEVICE_LOGIN_PATH}`;
  sendJson(res, 200, {
    user_code: grant.userCode,
    device_code: grant.deviceCode,
    verification_uri: verificationUri,
    expires_in: LIFETIMES_MS.deviceCode / 1000,
    interval: 5,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${grant.userCode} to authenticate.`,
  });
}

/** GET /devicelogin and GET/POST /common/oauth2/deviceauth. */
export async function handleDevicePage(d: FlowDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const organization = d.ctx.state.current().organization.displayName;
  if (url.pathname === DEVICE_LOGIN_PATH) {
    res.writeHead(302, { Location: DEVICE_AUTH_PATH, 'Content-Length': 0 });
    res.end();
    return;
  }
  // The device login page has no ui_locales: the browser's language decides, as on Microsoft's.
  const language = pageLanguage(req);
  if (req.method !== 'POST') return sendHtml(res, 200, deviceCodeEntryPage(organization, DEVICE_AUTH_PATH, language));
  const form = await readForm(req);
  const grant = d.store.deviceCodeByUserCode(form.get('otc') ?? '');
  if (!grant || grant.status !== 'pending') {
    return sendHtml(res, 400, deviceCodeEntryPage(organization, DEVICE_AUTH_PATH, language, 'wrong'));
  }
  if (grant.expiresAt <= d.ctx.state.now()) {
    return sendHtml(res, 400, deviceCodeEntryPage(organization, DEVICE_AUTH_PATH, language, 'expired'));
  }
  const app = findApplication(d.ctx.state.effective(), grant.clientAppId);
  if (!app) return sendHtml(res, 400, deviceCodeEntryPage(organization, DEVICE_AUTH_PATH, language, 'wrong'));
  const it = d.store.startInteraction({
    kind: 'device',
    tenantSegment: 'common',
    clientAppId: app.appId,
    scope: grant.scope,
    deviceCode: grant.deviceCode,
    forceConsent: false,
  });
  beginSignIn(d, req, res, it);
}
