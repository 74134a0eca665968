/**
 * Checks the body of POST/PATCH /applications the way Entra does for the properties the sandbox
 * models: signInAudience values, redirect URIs (https, except loopback), and requiredResourceAccess
 * ids that exist on the resource's service principal. Rejections use the directory's reply
 * "Invalid value specified for property '…' of resource 'Application'.".
 */
import type { RequiredResourceAccess, SandboxApplication, TenantData } from '../../tenant-model.js';
import { graphError, invalidValue, type GraphErrorReply } from '../errors.js';
import { checkBodyProperties, isErrorReply } from '../request.js';
import { readKeyCredentials } from './application-keys.js';
import { accessTokenVersionOf, APPLICATION_SET, isConvergedAudience } from './application-shape.js';

/** The modelled, writable part of an application. */
export type ApplicationInput = Partial<Pick<SandboxApplication,
  'displayName' | 'signInAudience' | 'web' | 'publicClient' | 'spa' | 'isFallbackPublicClient' | 'requiredResourceAccess'
  | 'requestedAccessTokenVersion' | 'keyCredentials'>>;

const AUDIENCES: readonly SandboxApplication['signInAudience'][] = [
  'AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount',
];
const WRITABLE = ['displayName', 'signInAudience', 'web', 'publicClient', 'spa', 'isFallbackPublicClient', 'requiredResourceAccess',
  'passwordCredentials', 'keyCredentials', 'api'];
/** apiApplication's properties; the sandbox models only requestedAccessTokenVersion (the rest must stay empty). */
const API_KEYS = ['acceptMappedClaims', 'knownClientApplications', 'oauth2PermissionScopes', 'preAuthorizedApplications', 'requestedAccessTokenVersion'];
const WEB_KEYS = ['redirectUris', 'homePageUrl', 'logoutUrl', 'implicitGrantSettings'];
/** Apps open to personal accounts may request at most 30 permissions (permissions-reference.md). */
const PERSONAL_ACCOUNT_PERMISSION_LIMIT = 30;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** https, or http only on the loopback host; no fragment, no wildcard, at most 256 characters. */
export function isAllowedWebRedirectUri(uri: string): boolean {
  if (uri.length > 256 || uri.includes('*')) return false;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return false;
  }
  if (parsed.hash !== '') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

function readRedirects(value: unknown, property: 'web' | 'spa' | 'publicClient', keys: readonly string[]): { redirectUris: string[] } | GraphErrorReply {
  if (!isObject(value) || Object.keys(value).some((k) => !keys.includes(k))) return invalidValue(property, 'Application');
  const uris = value.redirectUris ?? [];
  if (!isStringArray(uris)) return invalidValue(property, 'Application');
  const valid = property === 'publicClient'
    ? uris.every((u) => { try { new URL(u); return true; } catch { return false; } })
    : uris.every(isAllowedWebRedirectUri);
  return valid ? { redirectUris: [...uris] } : invalidValue(property, 'Application');
}

function readRequiredResourceAccess(t: Readonly<TenantData>, value: unknown): RequiredResourceAccess[] | GraphErrorReply {
  const bad = invalidValue('requiredResourceAccess', 'Application');
  if (!Array.isArray(value)) return bad;
  const out: RequiredResourceAccess[] = [];
  for (const entry of value as unknown[]) {
    if (!isObject(entry) || typeof entry.resourceAppId !== 'string' || !Array.isArray(entry.resourceAccess)) return bad;
    const resourceAppId = entry.resourceAppId.toLowerCase();
    const resource = t.servicePrincipals.find((sp) => sp.appId.toLowerCase() === resourceAppId);
    if (!resource) return bad;
    const access: RequiredResourceAccess['resourceAccess'] = [];
    for (const a of entry.resourceAccess as unknown[]) {
      if (!isObject(a) || typeof a.id !== 'string' || (a.type !== 'Scope' && a.type !== 'Role')) return bad;
      const id = a.id.toLowerCase();
      const declared = a.type === 'Scope'
        ? resource.oauth2PermissionScopes.some((s) => s.id.toLowerCase() === id)
        : resource.appRoles.some((r) => r.id.toLowerCase() === id && r.allowedMemberTypes.includes('Application'));
      if (!declared) return bad;
      access.push({ id, type: a.type });
    }
    out.push({ resourceAppId: resource.appId, resourceAccess: access });
  }
  return out;
}

function readApi(value: unknown): { requestedAccessTokenVersion?: 1 | 2 | null } | GraphErrorReply {
  const bad = invalidValue('api', 'Application');
  if (!isObject(value) || Object.keys(value).some((k) => !API_KEYS.includes(k))) return bad;
  for (const key of ['knownClientApplications', 'oauth2PermissionScopes', 'preAuthorizedApplications']) {
    if (key in value && !(Array.isArray(value[key]) && (value[key] as unknown[]).length === 0)) return bad;
  }
  if ('acceptMappedClaims' in value && value.acceptMappedClaims !== null && typeof value.acceptMappedClaims !== 'boolean') return bad;
  if (!('requestedAccessTokenVersion' in value)) return {};
  const version = value.requestedAccessTokenVersion;
  return version === 1 || version === 2 || version === null ? { requestedAccessTokenVersion: version } : bad;
}

/**
 * Entra's refusal of an app open to personal accounts that does not request v2 access tokens:
 * a PATCH to signInAudience AzureADandPersonalMicrosoftAccount (or PersonalMicrosoftAccount) must
 * set `api.requestedAccessTokenVersion: 2` in the same body. Code and message as Graph answered in
 * azure-ad-b2c/Scripts#2 ({"error":{"code":"InvalidAccessTokenVersion","message":"One or more
 * properties contains invalid values.",…}}); the rule for both converged audiences:
 * microsoft-graph-docs-contrib#1122 (apiApplication resource type).
 */
export function invalidAccessTokenVersion(): GraphErrorReply {
  return graphError(400, 'InvalidAccessTokenVersion', 'One or more properties contains invalid values.');
}

/**
 * Reads a POST (`creating`) or PATCH body. `current` is the application being patched, so the
 * permission limit is checked against the audience it will have afterwards.
 */
export function readApplicationInput(
  t: Readonly<TenantData>,
  body: Readonly<Record<string, unknown>>,
  creating: boolean,
  current?: Readonly<SandboxApplication>,
): ApplicationInput | GraphErrorReply {
  const unknown = checkBodyProperties(body, WRITABLE, APPLICATION_SET.properties, 'application', 'Application');
  if (unknown) return unknown;
  const input: ApplicationInput = {};
  if ('displayName' in body || creating) {
    if (typeof body.displayName !== 'string' || body.displayName.trim() === '') return invalidValue('displayName', 'Application');
    input.displayName = body.displayName;
  }
  if ('signInAudience' in body) {
    const audience = AUDIENCES.find((a) => a === body.signInAudience);
    if (!audience) return invalidValue('signInAudience', 'Application');
    input.signInAudience = audience;
  }
  for (const [property, keys] of [['web', WEB_KEYS], ['spa', ['redirectUris']], ['publicClient', ['redirectUris']]] as const) {
    if (!(property in body)) continue;
    const read = readRedirects(body[property], property, keys);
    if (isErrorReply(read)) return read;
    input[property] = read;
  }
  if ('isFallbackPublicClient' in body) {
    if (typeof body.isFallbackPublicClient !== 'boolean' && body.isFallbackPublicClient !== null) return invalidValue('isFallbackPublicClient', 'Application');
    input.isFallbackPublicClient = body.isFallbackPublicClient === true;
  }
  if ('requiredResourceAccess' in body) {
    const rra = readRequiredResourceAccess(t, body.requiredResourceAccess);
    if (isErrorReply(rra)) return rra;
    input.requiredResourceAccess = rra;
  }
  if ('api' in body) {
    const api = readApi(body.api);
    if (isErrorReply(api)) return api;
    if ('requestedAccessTokenVersion' in api) input.requestedAccessTokenVersion = api.requestedAccessTokenVersion;
  }
  // Secrets are added with addPassword (Graph ignores a secretText in the object); certificates may
  // be uploaded in the object itself (application-keys.ts).
  if ('passwordCredentials' in body && !(Array.isArray(body.passwordCredentials) && body.passwordCredentials.length === 0)) {
    return invalidValue('passwordCredentials', 'Application');
  }
  if ('keyCredentials' in body) {
    const keys = readKeyCredentials(body.keyCredentials, current);
    if (isErrorReply(keys)) return keys;
    input.keyCredentials = keys;
  }
  const audience = input.signInAudience ?? current?.signInAudience ?? 'AzureADandPersonalMicrosoftAccount';
  // On create Entra picks v2 for a converged app when the body says nothing (the portal does the
  // same; for Graph's POST this is an assumption — the product always sends api v2 with it).
  const version = 'requestedAccessTokenVersion' in input ? input.requestedAccessTokenVersion
    : current ? accessTokenVersionOf(current) : (isConvergedAudience(audience) ? 2 : null);
  if (isConvergedAudience(audience) && version !== 2) return invalidAccessTokenVersion();
  const permissions = (input.requiredResourceAccess ?? current?.requiredResourceAccess ?? []).reduce((n, r) => n + r.resourceAccess.length, 0);
  if (audience.includes('Personal') && permissions > PERSONAL_ACCOUNT_PERMISSION_LIMIT) return invalidValue('requiredResourceAccess', 'Application');
  return input;
}
