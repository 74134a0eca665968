/**
 * `/{tenant}/oauth2/v2.0/token`: the checks every grant shares (POST only, grant_type and
 * client_id present, the app exists for this tenant — AADSTS700016 — and may use this endpoint),
 * then the grant itself. Refusals are Entra's JSON error bodies (400, or 401 for invalid_client).
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm, sendJson } from '../http-util.js';
import { AADSTS, sendAadsts } from './aadsts.js';
import { presentedClient } from './client-auth.js';
import { appForTokenRequest, type TenantSegment } from './directory.js';
import { clientCredentialsGrant } from './grant-client-credentials.js';
import { authorizationCodeGrant, refreshTokenGrant } from './grant-code.js';
import type { GrantRequest, GrantResult } from './grant-common.js';
import { deviceCodeGrant, passwordGrant } from './grant-user.js';
import type { FlowDeps } from './sign-in-flow.js';

/** The device code grant type. */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const GRANTS: Readonly<Record<string, (g: GrantRequest) => GrantResult>> = {
  client_credentials: clientCredentialsGrant,
  authorization_code: authorizationCodeGrant,
  refresh_token: refreshTokenGrant,
  password: passwordGrant,
  [DEVICE_CODE_GRANT]: deviceCodeGrant,
  // Entra also takes the short name; MSAL sends it.
  device_code: deviceCodeGrant,
};

/** Handles a token request. */
export async function handleToken(d: FlowDeps, req: IncomingMessage, res: ServerResponse, tenant: TenantSegment): Promise<void> {
  if (req.method !== 'POST') return sendAadsts(d.ctx, req, res, AADSTS.postOnly());
  const form = await readForm(req);
  const { clientId, credential } = presentedClient(req, form);
  const grantType = form.get('grant_type');
  if (!grantType) return sendAadsts(d.ctx, req, res, AADSTS.missingParameter('grant_type'));
  const grant = GRANTS[grantType];
  if (!grant) return sendAadsts(d.ctx, req, res, AADSTS.unsupportedGrantType(grantType));
  if (!clientId) return sendAadsts(d.ctx, req, res, AADSTS.missingParameter('client_id'));
  const t = d.ctx.state.effective();
  const found = appForTokenRequest(t, clientId, grantType !== 'client_credentials');
  if (!found.ok) return refused(d, req, res, grantType, found.error);
  if (tenant.multiTenant && found.app.signInAudience === 'AzureADMyOrg') {
    return refused(d, req, res, grantType, AADSTS.notMultiTenant(found.app.appId, found.app.displayName));
  }
  const result = grant({ deps: d, req, form, tenant, app: found.app, credential, t });
  if (!result.ok) return refused(d, req, res, grantType, result.error);
  d.ctx.log(`entra: ${grantType} token issued to ${found.app.displayName}`);
  sendJson(res, 200, result.body, { Pragma: 'no-cache' });
}

function refused(d: FlowDeps, req: IncomingMessage, res: ServerResponse, grantType: string, error: Parameters<typeof sendAadsts>[3]): void {
  // authorization_pending is the normal answer while a device code waits; not worth a log line.
  if (error.code !== 70016) d.ctx.log(`entra: ${grantType} refused: AADSTS${error.code} ${error.error}`);
  sendAadsts(d.ctx, req, res, error);
}
