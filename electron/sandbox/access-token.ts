/**
 * Access tokens as Entra issues them for the resources the sandbox serves (Graph and Exchange
 * Online), and how those resources read them back. The Entra token endpoint decides WHO gets a
 * token; this file decides WHAT the token says (from the effective tenant state), so Graph and
 * Exchange read the same claims Entra wrote.
 *
 * Claims follow Entra's v1 access tokens (what outlook.office.com and graph.microsoft.com get):
 * aud, iss, iat, nbf, exp, appid, appidacr, idp, oid, sub, tid, ver "1.0", and
 * scp + upn + unique_name + name for delegated tokens, roles + idtyp "app" for app-only tokens.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from './context.js';
import type { TenantData } from './tenant-model.js';
import type { JwtClaims } from './token-signer.js';
import { APP_IDS, EXO_RESOURCE_URIS, GRAPH_RESOURCE_URIS } from '../core/well-known.js';

/** Which resource a scope string or `aud` points at. */
export type SandboxResource = 'graph' | 'exchange';

/** The canonical `aud` of each resource (delegated Exchange tokens use outlook.office.com). */
export const RESOURCE_AUDIENCE: Record<SandboxResource, string> = {
  graph: 'https://graph.microsoft.com',
  exchange: 'https://outlook.office365.com',
};

/** Maps a resource URI or app id (scope prefix or aud) to a resource, or undefined. */
export function resourceOf(uriOrAppId: string): SandboxResource | undefined {
  const u = uriOrAppId.replace(/\/+$/, '').toLowerCase();
  if (u === APP_IDS.microsoftGraph || (GRAPH_RESOURCE_URIS as readonly string[]).includes(u)) return 'graph';
  if (u === APP_IDS.exchangeOnline || (EXO_RESOURCE_URIS as readonly string[]).includes(u)) return 'exchange';
  return undefined;
}

/** The service principal id of a resource in a tenant. */
export function resourceSpId(t: Readonly<TenantData>, resource: SandboxResource): string | undefined {
  const appId = resource === 'graph' ? APP_IDS.microsoftGraph : APP_IDS.exchangeOnline;
  return t.servicePrincipals.find((sp) => sp.appId === appId)?.id;
}

/** App roles (values) granted to a client SP on a resource, in the effective state. */
export function grantedRoles(t: Readonly<TenantData>, clientSpId: string, resource: SandboxResource): string[] {
  const resourceId = resourceSpId(t, resource);
  const resourceSp = t.servicePrincipals.find((sp) => sp.id === resourceId);
  if (!resourceSp) return [];
  return t.appRoleAssignments
    .filter((a) => a.principalId === clientSpId && a.resourceId === resourceId)
    .map((a) => resourceSp.appRoles.find((r) => r.id === a.appRoleId && r.isEnabled)?.value)
    .filter((v): v is string => typeof v === 'string');
}

/**
 * Delegated scopes consented for a client SP and user on a resource. Consent for the Exchange
 * scopes may be recorded against Microsoft Graph (the ETRON guide adds SMTP.Send and
 * IMAP.AccessAsUser.All under Microsoft Graph) — Entra maps them to Exchange, so do we.
 */
export function consentedScopes(t: Readonly<TenantData>, clientSpId: string, userId: string, resource: SandboxResource): string[] {
  const graphId = resourceSpId(t, 'graph');
  const exoId = resourceSpId(t, 'exchange');
  const mailScopes = new Set(['SMTP.Send', 'IMAP.AccessAsUser.All', 'POP.AccessAsUser.All']);
  const out = new Set<string>();
  for (const g of t.oauth2PermissionGrants) {
    if (g.clientId !== clientSpId) continue;
    if (g.consentType === 'Principal' && g.principalId !== userId) continue;
    for (const s of g.scope.split(' ').filter(Boolean)) {
      if (resource === 'graph' && g.resourceId === graphId) out.add(s);
      if (resource === 'exchange' && (g.resourceId === exoId || (g.resourceId === graphId && mailScopes.has(s)))) out.add(s);
    }
  }
  return [...out];
}

/** Input for an app-only token. */
export interface AppOnlyTokenInput {
  readonly clientAppId: string;
  readonly clientDisplayName: string;
  readonly clientSpId: string;
  readonly resource: SandboxResource;
  /** 1 = client secret, 2 = certificate. */
  readonly appidacr: '1' | '2';
}

/** Input for a delegated token. */
export interface DelegatedTokenInput {
  readonly clientAppId: string;
  readonly clientDisplayName: string;
  readonly userId: string;
  readonly resource: SandboxResource;
  /** The scope values granted for this token (without resource prefix). */
  readonly scopes: readonly string[];
  /** 0 = public client, 1 = client secret, 2 = certificate. */
  readonly appidacr: '0' | '1' | '2';
  /** Exchange delegated tokens use https://outlook.office.com as aud. */
  readonly audience?: string;
}

function baseClaims(ctx: SandboxContext, aud: string): JwtClaims {
  const now = Math.floor(ctx.state.now() / 1000);
  const tid = ctx.state.current().tenantId;
  return {
    aud,
    // v1.0 access tokens (Graph, Exchange) name the STS, not the login host: iss and idp are
    // https://sts.windows.net/<tid>/ (Microsoft Learn "Access token claims reference";
    // github.com/AzureAD/microsoft-authentication-library-for-python issue 600).
    iss: `https://sts.windows.net/${tid}/`,
    iat: now,
    nbf: now,
    exp: now + ctx.options.accessTokenLifetimeSec,
    idp: `https://sts.windows.net/${tid}/`,
    tid,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '1.0',
  };
}

/** Issues an app-only access token; `roles` come from the effective appRoleAssignments. */
export function issueAppOnlyToken(ctx: SandboxContext, input: AppOnlyTokenInput): { token: string; claims: JwtClaims } {
  const t = ctx.state.effective();
  const roles = grantedRoles(t, input.clientSpId, input.resource);
  const claims: JwtClaims = {
    ...baseClaims(ctx, RESOURCE_AUDIENCE[input.resource]),
    app_displayname: input.clientDisplayName,
    appid: input.clientAppId,
    appidacr: input.appidacr,
    idtyp: 'app',
    oid: input.clientSpId,
    sub: input.clientSpId,
    ...(roles.length > 0 ? { roles } : {}),
  };
  return { token: ctx.signer.sign(claims), claims };
}

/** Issues a delegated access token for a user. */
export function issueDelegatedToken(ctx: SandboxContext, input: DelegatedTokenInput): { token: string; claims: JwtClaims } {
  const t = ctx.state.effective();
  const user = t.users.find((u) => u.id === input.userId);
  if (!user) throw new Error(`unknown user ${input.userId}`);
  const aud = input.audience ?? (input.resource === 'exchange' ? 'https://outlook.office.com' : RESOURCE_AUDIENCE.graph);
  const [given, ...rest] = user.displayName.split(' ');
  const claims: JwtClaims = {
    ...baseClaims(ctx, aud),
    app_displayname: input.clientDisplayName,
    appid: input.clientAppId,
    appidacr: input.appidacr,
    amr: ['pwd'],
    family_name: rest.join(' ') || given,
    given_name: given,
    idtyp: 'user',
    name: user.displayName,
    oid: user.id,
    scp: input.scopes.join(' '),
    sub: Buffer.from(`${user.id}:${input.clientAppId}`).toString('base64url').slice(0, 43),
    unique_name: user.userPrincipalName,
    upn: user.userPrincipalName,
  };
  return { token: ctx.signer.sign(claims), claims };
}

/** A bearer token as a resource server reads it. */
export type ReadAccessToken =
  | { readonly ok: true; readonly resource: SandboxResource | undefined; readonly claims: JwtClaims; readonly kind: 'app' | 'user' }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'wrong_tenant' };

/** Verifies signature, lifetime and tenant, and says which resource the token is for. */
export function readAccessToken(ctx: SandboxContext, token: string): ReadAccessToken {
  const v = ctx.signer.verify(token, ctx.state.now());
  if (!v.ok) return { ok: false, reason: v.reason };
  if (v.claims.tid !== ctx.state.current().tenantId) return { ok: false, reason: 'wrong_tenant' };
  const aud = typeof v.claims.aud === 'string' ? v.claims.aud : '';
  return { ok: true, resource: resourceOf(aud), claims: v.claims, kind: v.claims.idtyp === 'app' ? 'app' : 'user' };
}

/** The values of `scp` (delegated) as a list. */
export function scopesOf(claims: JwtClaims): string[] {
  return typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
}

/** The values of `roles` (app-only) as a list. */
export function rolesOf(claims: JwtClaims): string[] {
  return Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
}
