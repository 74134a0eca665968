/**
 * Reads the `scope` parameter as Entra's v2.0 endpoint does: the OpenID Connect scopes
 * (`openid profile email offline_access`) plus permissions of ONE resource, written as
 * `https://outlook.office.com/SMTP.Send`, `https://outlook.office365.com/.default`, or bare
 * (`User.Read` = Microsoft Graph). Mixing resources, or `.default` with named permissions, is
 * refused; the caller picks the AADSTS code, which differs between /authorize and /token.
 */
import { APP_IDS } from '../../core/well-known.js';
import { resourceOf, type SandboxResource } from '../access-token.js';

/** The OpenID Connect scopes that are not permissions of a resource. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'offline_access'];

/** A parsed `scope` parameter. */
export interface ScopeRequest {
  readonly raw: string;
  /** The OIDC scopes asked for, in request order. */
  readonly oidc: readonly string[];
  /** The resource the access token is for (Graph when only OIDC scopes were asked). */
  readonly resource: SandboxResource;
  /** The resource URI as written (no trailing slash): the prefix of `scope` in the reply. */
  readonly resourceUri: string;
  /** The resource's permission values asked for by name (empty with `.default`). */
  readonly values: readonly string[];
  /** `{resource}/.default`: all statically configured and already consented permissions. */
  readonly isDefault: boolean;
}

/** Why a scope parameter was refused. */
export type ScopeProblem =
  | { readonly kind: 'missing' }
  | { readonly kind: 'mixed_resources' }
  | { readonly kind: 'default_mixed' }
  | { readonly kind: 'unknown_resource'; readonly resourceUri: string };

const GRAPH_URI = 'https://graph.microsoft.com';

/** The appId of a resource (used in AADSTS texts). */
export function resourceAppId(resource: SandboxResource): string {
  return resource === 'graph' ? APP_IDS.microsoftGraph : APP_IDS.exchangeOnline;
}

function splitScope(scope: string): { uri: string; value: string } {
  const cut = scope.lastIndexOf('/');
  if (cut < 0) return { uri: GRAPH_URI, value: scope };
  return { uri: scope.slice(0, cut).replace(/\/+$/, ''), value: scope.slice(cut + 1) };
}

/** Parses a space-separated scope parameter. */
export function parseScopeRequest(raw: string | null | undefined): { ok: true; request: ScopeRequest } | { ok: false; problem: ScopeProblem } {
  const items = (raw ?? '').split(/\s+/).filter(Boolean);
  if (items.length === 0) return { ok: false, problem: { kind: 'missing' } };
  const oidc: string[] = [];
  const byResource = new Map<SandboxResource, { uri: string; values: string[] }>();
  for (const item of items) {
    if (OIDC_SCOPES.includes(item.toLowerCase())) {
      if (!oidc.includes(item.toLowerCase())) oidc.push(item.toLowerCase());
      continue;
    }
    const { uri, value } = splitScope(item);
    const resource = resourceOf(uri);
    if (!resource) return { ok: false, problem: { kind: 'unknown_resource', resourceUri: uri } };
    const entry = byResource.get(resource) ?? { uri, values: [] };
    if (!entry.values.includes(value)) entry.values.push(value);
    byResource.set(resource, entry);
  }
  if (byResource.size > 1) return { ok: false, problem: { kind: 'mixed_resources' } };
  const [resource, entry] = [...byResource.entries()][0] ?? ['graph' as const, { uri: GRAPH_URI, values: [] }];
  const isDefault = entry.values.includes('.default');
  if (isDefault && entry.values.length > 1) return { ok: false, problem: { kind: 'default_mixed' } };
  return {
    ok: true,
    request: { raw: items.join(' '), oidc, resource, resourceUri: entry.uri, values: isDefault ? [] : entry.values, isDefault },
  };
}

/**
 * The `aud` of a delegated token: Exchange tokens carry the host the client asked for
 * (outlook.office.com for SMTP.Send / IMAP.AccessAsUser.All), Graph its own.
 */
export function delegatedAudience(request: Pick<ScopeRequest, 'resource' | 'resourceUri'>): string | undefined {
  if (request.resource !== 'exchange') return undefined;
  const uri = request.resourceUri.toLowerCase();
  return uri.startsWith('https://') ? uri : 'https://outlook.office.com';
}

/**
 * The `scope` of a token reply: the granted permissions with the resource prefix, then the
 * identity scopes asked for (Entra does not echo offline_access; the refresh_token shows it).
 */
export function replyScope(resourceUri: string, values: readonly string[], oidc: readonly string[]): string {
  return [...values.map((v) => `${resourceUri}/${v}`), ...oidc.filter((s) => s !== 'offline_access')].join(' ');
}
