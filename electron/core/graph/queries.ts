/**
 * The Graph reads the tenant checks share (shared/M365-REFERENCE.md §3), each with its $select
 * and the consent step whose least permission opens it.
 */
import { ok, type Result } from '../result.js';
import type { GraphClient } from './graph-client.js';
import type {
  GraphAppRoleAssignment, GraphApplication, GraphCollection, GraphOAuth2PermissionGrant,
  GraphSecurityDefaults, GraphServicePrincipal, GraphUser,
} from './graph-types.js';
import { alternateKey, odataString, segment, withQuery } from './odata.js';

/** Properties of a service principal the checks read (§3.1). */
export const SERVICE_PRINCIPAL_SELECT = [
  'id', 'appId', 'displayName', 'appRoleAssignmentRequired', 'accountEnabled', 'appRoles', 'oauth2PermissionScopes', 'servicePrincipalNames',
] as const;

/** Properties of a user the sending-user check reads (§3.12). */
export const USER_SELECT = ['id', 'userPrincipalName', 'accountEnabled', 'assignedLicenses', 'mail', 'proxyAddresses'] as const;

/** Properties of an app registration the ETRON check reads. */
export const APPLICATION_SELECT = [
  'id', 'appId', 'displayName', 'signInAudience', 'api', 'web', 'requiredResourceAccess', 'passwordCredentials',
] as const;

/** The service principal of an appId, or null when the tenant has none (§3.1, $filter form). */
export async function findServicePrincipal(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<Result<GraphServicePrincipal | null>> {
  const path = withQuery('servicePrincipals', { filter: `appId eq ${odataString(appId)}`, select: SERVICE_PRINCIPAL_SELECT });
  const page = await graph.get<GraphCollection<GraphServicePrincipal>>(path, { step: 'read-apps', signal });
  return page.ok ? ok(page.value.value[0] ?? null) : page;
}

/** A service principal by appId through the alternate key (§1.5); not_found when absent. */
export function servicePrincipalByAppId(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<Result<GraphServicePrincipal>> {
  const path = withQuery(alternateKey('servicePrincipals', 'appId', appId), { select: SERVICE_PRINCIPAL_SELECT });
  return graph.get<GraphServicePrincipal>(path, { step: 'read-apps', signal });
}

/** App permissions granted to a client SP (§3.2). */
export function appRoleAssignmentsOf(graph: GraphClient, servicePrincipalObjectId: string, signal?: AbortSignal): Promise<Result<GraphAppRoleAssignment[]>> {
  return graph.getAll<GraphAppRoleAssignment>(`servicePrincipals/${segment(servicePrincipalObjectId)}/appRoleAssignments`, { step: 'read-apps', signal });
}

/** Users, groups and clients assigned to an app (the reverse of §3.2). */
export function appRoleAssignedTo(graph: GraphClient, servicePrincipalObjectId: string, signal?: AbortSignal): Promise<Result<GraphAppRoleAssignment[]>> {
  return graph.getAll<GraphAppRoleAssignment>(`servicePrincipals/${segment(servicePrincipalObjectId)}/appRoleAssignedTo`, { step: 'read-apps', signal });
}

/** Delegated grants of a client SP (§3.3); `clientId` is the SP object id, not the appId. */
export function delegatedGrantsOf(graph: GraphClient, servicePrincipalObjectId: string, signal?: AbortSignal): Promise<Result<GraphOAuth2PermissionGrant[]>> {
  const path = withQuery('oauth2PermissionGrants', { filter: `clientId eq ${odataString(servicePrincipalObjectId)}` });
  return graph.getAll<GraphOAuth2PermissionGrant>(path, { step: 'read-grants', signal });
}

/** A user by UPN or id (§3.12); not_found when absent. */
export function userByUpn(graph: GraphClient, upn: string, signal?: AbortSignal): Promise<Result<GraphUser>> {
  return graph.get<GraphUser>(withQuery(`users/${segment(upn)}`, { select: USER_SELECT }), { step: 'read-users', signal });
}

/** Security defaults (§3.13). */
export function securityDefaults(graph: GraphClient, signal?: AbortSignal): Promise<Result<GraphSecurityDefaults>> {
  return graph.get<GraphSecurityDefaults>('policies/identitySecurityDefaultsEnforcementPolicy', { step: 'read-security-defaults', signal });
}

/** App registrations with a display name (exact match). */
export function applicationsByName(graph: GraphClient, displayName: string, signal?: AbortSignal): Promise<Result<GraphApplication[]>> {
  const path = withQuery('applications', { filter: `displayName eq ${odataString(displayName)}`, select: APPLICATION_SELECT });
  return graph.getAll<GraphApplication>(path, { step: 'read-apps', signal });
}

/** The app registration of a client ID, or null. */
export async function applicationByAppId(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<Result<GraphApplication | null>> {
  const path = withQuery('applications', { filter: `appId eq ${odataString(appId)}`, select: APPLICATION_SELECT });
  const page = await graph.get<GraphCollection<GraphApplication>>(path, { step: 'read-apps', signal });
  return page.ok ? ok(page.value.value[0] ?? null) : page;
}
