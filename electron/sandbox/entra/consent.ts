/**
 * Consent as Entra records it: which delegated permissions a sign-in asks for, which of them
 * are not yet granted, which need an admin, and writing grants — user consent (a `Principal`
 * oauth2PermissionGrant), consent on behalf of the organization (`AllPrincipals`), and admin
 * consent to an app's configured permissions (app roles become appRoleAssignments). Writing
 * consent creates the client's enterprise app in the tenant if it has none yet.
 * https://learn.microsoft.com/entra/identity-platform/v2-admin-consent
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { consentedScopes, resourceSpId, type SandboxResource } from '../access-token.js';
import type { SandboxContext } from '../context.js';
import type {
  SandboxApplication, SandboxServicePrincipal, TenantData,
} from '../tenant-model.js';
import { SANDBOX_IDS } from '../tenant-seed.js';
import { APP_IDS } from '../../core/well-known.js';
import { AADSTS, type AadstsError } from './aadsts.js';
import { findServicePrincipal } from './directory.js';
import { resourceAppId, type ScopeRequest } from './scopes.js';

/** Mail scopes the vendor guides add under Microsoft Graph; Entra honours them for Exchange. */
const MAIL_SCOPES = new Set(['SMTP.Send', 'IMAP.AccessAsUser.All', 'POP.AccessAsUser.All']);

function spOfResource(t: Readonly<TenantData>, resource: SandboxResource): SandboxServicePrincipal | undefined {
  const id = resourceSpId(t, resource);
  return t.servicePrincipals.find((sp) => sp.id === id);
}

/** Refuses a request whose resource is not in the tenant or names a permission it lacks. */
export function checkRequestedScopes(t: Readonly<TenantData>, app: SandboxApplication, request: ScopeRequest): AadstsError | undefined {
  const sp = spOfResource(t, request.resource);
  if (!sp) return AADSTS.resourceNotFound(request.resourceUri, t.organization.displayName);
  const unknown = request.values.find((v) => !sp.oauth2PermissionScopes.some((s) => s.value === v && s.isEnabled));
  return unknown ? AADSTS.scopeNotOnResource(app.displayName, unknown, resourceAppId(request.resource)) : undefined;
}

/** The delegated permissions an app has configured (requiredResourceAccess) for a resource. */
export function staticScopes(t: Readonly<TenantData>, app: SandboxApplication, resource: SandboxResource): string[] {
  const out = new Set<string>();
  for (const rra of app.requiredResourceAccess) {
    const sp = t.servicePrincipals.find((s) => s.appId === rra.resourceAppId);
    const onResource = rra.resourceAppId === resourceAppId(resource);
    const graphMailForExchange = resource === 'exchange' && rra.resourceAppId === APP_IDS.microsoftGraph;
    if (!sp || (!onResource && !graphMailForExchange)) continue;
    for (const access of rra.resourceAccess) {
      if (access.type !== 'Scope') continue;
      const value = sp.oauth2PermissionScopes.find((s) => s.id === access.id)?.value;
      if (value && (onResource || MAIL_SCOPES.has(value))) out.add(value);
    }
  }
  return [...out];
}

/** The permission values a sign-in asks for: named ones, or for `.default` static + consented. */
export function requestedPermissions(t: Readonly<TenantData>, app: SandboxApplication, userId: string, request: ScopeRequest): string[] {
  if (!request.isDefault) return [...request.values];
  const sp = findServicePrincipal(t, app.appId);
  const consented = sp ? consentedScopes(t, sp.id, userId, request.resource) : [];
  return [...new Set([...staticScopes(t, app, request.resource), ...consented])];
}

/** The permissions of `values` not yet consented for this user (or the organization). */
export function missingConsent(t: Readonly<TenantData>, app: SandboxApplication, userId: string, resource: SandboxResource, values: readonly string[]): string[] {
  const sp = findServicePrincipal(t, app.appId);
  const consented = new Set(sp ? consentedScopes(t, sp.id, userId, resource) : []);
  return values.filter((v) => !consented.has(v));
}

/** The permissions among `values` that only an admin can consent to. */
export function adminOnlyScopes(t: Readonly<TenantData>, resource: SandboxResource, values: readonly string[]): string[] {
  const sp = spOfResource(t, resource);
  return values.filter((v) => sp?.oauth2PermissionScopes.find((s) => s.value === v)?.type === 'Admin');
}

/** Display text of a permission on the consent page. */
export function permissionLabel(t: Readonly<TenantData>, resource: SandboxResource, value: string, forAdmin: boolean): string {
  const s = spOfResource(t, resource)?.oauth2PermissionScopes.find((p) => p.value === value);
  return s ? (forAdmin ? s.adminConsentDisplayName : s.userConsentDisplayName) : value;
}

const graphStyleId = (): string => randomBytes(32).toString('base64url');

/** Creates the client's enterprise app in the tenant if missing (first consent does that). */
export function ensureServicePrincipal(draft: TenantData, app: SandboxApplication): SandboxServicePrincipal {
  const existing = findServicePrincipal(draft, app.appId);
  if (existing) return existing;
  const sp: SandboxServicePrincipal = {
    id: randomUUID(), appId: app.appId, displayName: app.displayName,
    appOwnerOrganizationId: app.homeTenant === 'home' ? draft.tenantId : SANDBOX_IDS.publisherTenantId,
    appRoleAssignmentRequired: false, accountEnabled: true, servicePrincipalType: 'Application',
    servicePrincipalNames: [app.appId], appRoles: [], oauth2PermissionScopes: [],
    replyUrls: [...app.web.redirectUris, ...app.publicClient.redirectUris, ...app.spa.redirectUris],
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
  };
  draft.servicePrincipals.push(sp);
  return sp;
}

function mergeGrant(draft: TenantData, clientSpId: string, resourceId: string, principalId: string | null, values: readonly string[]): void {
  if (values.length === 0) return;
  const consentType = principalId === null ? 'AllPrincipals' : 'Principal';
  const grant = draft.oauth2PermissionGrants.find((g) =>
    g.clientId === clientSpId && g.resourceId === resourceId && g.consentType === consentType && g.principalId === principalId);
  if (grant) {
    const scopes = grant.scope.split(' ').filter(Boolean);
    grant.scope = [...scopes, ...values.filter((v) => !scopes.includes(v))].join(' ');
    return;
  }
  draft.oauth2PermissionGrants.push({ id: graphStyleId(), clientId: clientSpId, consentType, principalId, resourceId, scope: values.join(' ') });
}

/** A delegated consent to write: for one user, or (`userId` null) for the whole organization. */
export interface DelegatedConsent {
  readonly userId: string | null;
  readonly resource: SandboxResource;
  readonly values: readonly string[];
  readonly oidc: readonly string[];
}

/** Records delegated consent (the consent page's Accept). */
export function grantDelegatedConsent(ctx: SandboxContext, app: SandboxApplication, consent: DelegatedConsent): void {
  const who = consent.userId === null ? 'the organization' : `user ${consent.userId}`;
  ctx.state.update(`consent: ${app.displayName} for ${who}`, (draft) => {
    const client = ensureServicePrincipal(draft, app);
    const resourceId = resourceSpId(draft, consent.resource);
    if (resourceId) mergeGrant(draft, client.id, resourceId, consent.userId, consent.values);
    const graphId = resourceSpId(draft, 'graph');
    if (graphId) mergeGrant(draft, client.id, graphId, consent.userId, consent.oidc);
  });
}

/**
 * Admin consent to everything the app has configured (requiredResourceAccess): app roles as
 * appRoleAssignments to the client's enterprise app, delegated permissions as one AllPrincipals
 * grant per resource — plus, on the v2 endpoint, permissions named in `scope`.
 */
export function grantAdminConsent(ctx: SandboxContext, app: SandboxApplication, named?: ScopeRequest): void {
  ctx.state.update(`admin consent: ${app.displayName}`, (draft) => {
    const client = ensureServicePrincipal(draft, app);
    for (const rra of app.requiredResourceAccess) {
      const resource = draft.servicePrincipals.find((sp) => sp.appId === rra.resourceAppId);
      if (!resource) continue;
      const scopes: string[] = [];
      for (const access of rra.resourceAccess) {
        if (access.type === 'Scope') {
          const value = resource.oauth2PermissionScopes.find((s) => s.id === access.id)?.value;
          if (value) scopes.push(value);
          continue;
        }
        const role = resource.appRoles.find((r) => r.id === access.id);
        const assigned = draft.appRoleAssignments.some((a) => a.principalId === client.id && a.resourceId === resource.id && a.appRoleId === access.id);
        if (!role || assigned) continue;
        draft.appRoleAssignments.push({
          id: graphStyleId(), appRoleId: role.id, principalId: client.id, principalType: 'ServicePrincipal',
          principalDisplayName: client.displayName, resourceId: resource.id, resourceDisplayName: resource.displayName,
          createdDateTime: new Date(ctx.state.now()).toISOString(),
        });
      }
      mergeGrant(draft, client.id, resource.id, null, scopes);
    }
    if (named && named.values.length > 0) {
      const resourceId = resourceSpId(draft, named.resource);
      if (resourceId) mergeGrant(draft, client.id, resourceId, null, named.values);
    }
  });
}

/** What an admin consent page lists: app roles and delegated permissions per resource. */
export function configuredPermissions(t: Readonly<TenantData>, app: SandboxApplication): { resource: string; value: string; kind: 'Application' | 'Delegated' }[] {
  const out: { resource: string; value: string; kind: 'Application' | 'Delegated' }[] = [];
  for (const rra of app.requiredResourceAccess) {
    const sp = t.servicePrincipals.find((s) => s.appId === rra.resourceAppId);
    if (!sp) continue;
    for (const access of rra.resourceAccess) {
      const value = access.type === 'Role'
        ? sp.appRoles.find((r) => r.id === access.id)?.value
        : sp.oauth2PermissionScopes.find((s) => s.id === access.id)?.value;
      if (value) out.push({ resource: sp.displayName, value, kind: access.type === 'Role' ? 'Application' : 'Delegated' });
    }
  }
  return out;
}
