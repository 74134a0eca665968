/**
 * Who is calling Graph: reads the bearer token as Graph does (signature, lifetime, tenant,
 * audience) and answers the permission questions handlers ask. Messages are Graph's:
 * "Access token is empty.", "Lifetime validation failed, the token is expired.",
 * "Access token validation failure. Invalid audience.".
 */
import type { IncomingMessage } from 'node:http';
import { readAccessToken, rolesOf, scopesOf } from '../access-token.js';
import type { SandboxContext } from '../context.js';
import type { TenantData } from '../tenant-model.js';
import { APP_IDS } from '../../core/well-known.js';
import { accessDenied, graphError, type GraphErrorReply } from './errors.js';
import { ADMIN_ROLES, GRAPH_PERMISSION_RULES, type AdminRoleSet, type GraphOperation } from './permissions.js';

/** The caller of one Graph request. */
export interface GraphCaller {
  /** `user` = delegated token (scp), `app` = app-only token (roles). */
  readonly kind: 'user' | 'app';
  /** The client application's appId. */
  readonly clientAppId: string;
  /** Delegated: the signed-in user's object id. App-only: the client SP's object id. */
  readonly objectId: string;
  /** `scp` values (delegated) or `roles` values (app-only). */
  readonly permissions: ReadonlySet<string>;
}

function unauthorized(ctx: SandboxContext, message: string): GraphErrorReply {
  // Graph tells the client where to get a token, in its WWW-Authenticate header.
  const challenge = `Bearer realm="", authorization_uri="${ctx.urls.loginOrigin}/common/oauth2/authorize", client_id="${APP_IDS.microsoftGraph}"`;
  return graphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': challenge });
}

/** Reads the Authorization header into a caller, or the 401 Graph answers. */
export function authenticate(ctx: SandboxContext, req: IncomingMessage): GraphCaller | GraphErrorReply {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match ? match[1]!.trim() : '';
  if (token === '') return unauthorized(ctx, 'Access token is empty.');
  const read = readAccessToken(ctx, token);
  if (!read.ok) {
    switch (read.reason) {
      case 'expired': return unauthorized(ctx, 'Lifetime validation failed, the token is expired.');
      case 'not_yet_valid': return unauthorized(ctx, 'Lifetime validation failed, the token is not yet valid.');
      case 'malformed': return unauthorized(ctx, 'CompactToken parsing failed with error code: 80049217');
      case 'bad_signature': return unauthorized(ctx, 'Access token validation failure.');
      case 'wrong_tenant': return unauthorized(ctx, 'Access token validation failure. Invalid issuer or signature.');
    }
  }
  if (read.resource !== 'graph') return unauthorized(ctx, 'Access token validation failure. Invalid audience.');
  const claims = read.claims;
  return {
    kind: read.kind,
    clientAppId: typeof claims.appid === 'string' ? claims.appid : '',
    objectId: typeof claims.oid === 'string' ? claims.oid : '',
    permissions: new Set(read.kind === 'app' ? rolesOf(claims) : scopesOf(claims)),
  };
}

/** True when the caller holds one of the permissions that open the operation. */
export function hasPermission(caller: GraphCaller, operation: GraphOperation): boolean {
  const rule = GRAPH_PERMISSION_RULES[operation];
  const accepted: readonly string[] = caller.kind === 'app' ? rule.application : rule.delegated;
  return accepted.some((p) => caller.permissions.has(p));
}

/** The 403 Graph answers when none of the operations' permissions is held (all must pass). */
export function requirePermission(caller: GraphCaller, ...operations: GraphOperation[]): GraphErrorReply | undefined {
  return operations.every((op) => hasPermission(caller, op)) ? undefined : accessDenied();
}

/**
 * A delegated write also needs the signed-in user to hold an admin directory role: the token's
 * scopes say what the app may do on the user's behalf, the role says what the user may do.
 * App-only callers act as themselves, so only their roles count.
 */
export function requireAdminRole(caller: GraphCaller, tenant: Readonly<TenantData>, roles: AdminRoleSet): GraphErrorReply | undefined {
  if (caller.kind === 'app') return undefined;
  const user = tenant.users.find((u) => u.id === caller.objectId);
  const allowed: readonly string[] = ADMIN_ROLES[roles];
  return user && user.directoryRoles.some((r) => allowed.includes(r)) ? undefined : accessDenied();
}
