/**
 * OpenID Connect discovery as Entra publishes it: `/{tenant}/v2.0/.well-known/openid-configuration`
 * (field names and values as login.microsoftonline.com sends them — MSAL reads this document to
 * find every endpoint), the signing keys, and the instance discovery MSAL calls for unknown hosts.
 * For `organizations`/`common` the issuer keeps the `{tenantid}` placeholder, as Entra's does.
 */
import type { SandboxContext } from '../context.js';
import type { TenantSegment } from './directory.js';

/** The v2.0 OpenID configuration of a tenant segment. */
export function openIdConfiguration(ctx: SandboxContext, tenant: TenantSegment): Record<string, unknown> {
  const origin = ctx.urls.loginOrigin;
  const tid = ctx.state.current().tenantId;
  const seg = tenant.multiTenant ? tenant.segment.toLowerCase() : tid;
  const graphHost = new URL(ctx.urls.graphOrigin).host;
  return {
    token_endpoint: `${origin}/${seg}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${origin}/${seg}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${tenant.multiTenant ? '{tenantid}' : tid}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${ctx.urls.graphOrigin}/oidc/userinfo`,
    authorization_endpoint: `${origin}/${seg}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${origin}/${seg}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${origin}/${seg}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host',
      'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${origin}/${seg}/kerberos`,
    tenant_region_scope: tenant.multiTenant ? null : 'EU',
    cloud_instance_name: new URL(origin).hostname,
    cloud_graph_host_name: graphHost,
    msgraph_host: graphHost,
    rbac_url: 'https://pas.windows.net',
  };
}

/**
 * Instance discovery (`/common/discovery/instance`): MSAL asks it for hosts it does not know
 * unless they are in `knownAuthorities`; the sandbox answers with itself as the only alias.
 */
export function instanceDiscovery(ctx: SandboxContext, authorizationEndpoint: string | null): Record<string, unknown> {
  const host = new URL(ctx.urls.loginOrigin).host;
  let tenantPart = 'common';
  try {
    tenantPart = new URL(authorizationEndpoint ?? '').pathname.split('/').filter(Boolean)[0] ?? 'common';
  } catch {
    // keep `common`
  }
  return {
    tenant_discovery_endpoint: `${ctx.urls.loginOrigin}/${tenantPart}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
}
