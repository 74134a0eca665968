/**
 * Exchange Online application permissions (SMTP.SendAsApp, IMAP.AccessAsApp) of a client app:
 * read them and grant them. The Exchange service principal's object id and the role ids are
 * resolved at run time (clouds-resolve.ts), then matched on resourceId + appRoleId (§3 "How to
 * tell whether SMTP.SendAsApp is granted").
 */
import { resolveExchangeOnline, type ExchangeAppRole, type ExchangeOnlineServicePrincipal } from '../clouds-resolve.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphAppRoleAssignment } from '../graph/graph-types.js';
import { segment } from '../graph/odata.js';
import { appRoleAssignmentsOf } from '../graph/queries.js';
import { fail, ok, type Result } from '../result.js';

/** The tenant's Exchange Online SP, read through this Graph client (Application.Read.All). */
export function resolveExchange(graph: GraphClient, signal?: AbortSignal): Promise<Result<ExchangeOnlineServicePrincipal>> {
  return resolveExchangeOnline((path) => graph.getBody(path, { step: 'read-apps', ...(signal ? { signal } : {}) }));
}

/** Which Exchange app roles a client SP holds. */
export interface ExchangeRoleGrants {
  readonly granted: Readonly<Partial<Record<ExchangeAppRole, GraphAppRoleAssignment>>>;
  /** Every assignment the client holds, for evidence. */
  readonly assignments: readonly GraphAppRoleAssignment[];
}

/** Reads the client's app-role assignments and picks those on Exchange Online. */
export async function exchangeRoleGrants(
  graph: GraphClient,
  exchange: ExchangeOnlineServicePrincipal,
  servicePrincipalObjectId: string,
  signal?: AbortSignal,
): Promise<Result<ExchangeRoleGrants>> {
  const assignments = await appRoleAssignmentsOf(graph, servicePrincipalObjectId, signal);
  if (!assignments.ok) return assignments;
  const granted: Partial<Record<ExchangeAppRole, GraphAppRoleAssignment>> = {};
  for (const [role, roleId] of Object.entries(exchange.appRoleIds) as [ExchangeAppRole, string][]) {
    const match = assignments.value.find((a) =>
      a.resourceId.toLowerCase() === exchange.servicePrincipalObjectId && a.appRoleId.toLowerCase() === roleId);
    if (match) granted[role] = match;
  }
  return ok({ granted, assignments: assignments.value });
}

/**
 * Grants an Exchange app role to a client SP (§3.9 = admin consent for that one permission).
 * Needs AppRoleAssignment.ReadWrite.All and an admin role that may consent.
 */
export async function grantExchangeAppRole(
  graph: GraphClient,
  exchange: ExchangeOnlineServicePrincipal,
  servicePrincipalObjectId: string,
  role: ExchangeAppRole,
  signal?: AbortSignal,
): Promise<Result<GraphAppRoleAssignment>> {
  const appRoleId = exchange.appRoleIds[role];
  if (!appRoleId) return fail('not_found', `Exchange Online in this tenant has no enabled ${role} role`, { field: 'role' });
  return graph.post<GraphAppRoleAssignment>(
    `servicePrincipals/${segment(exchange.servicePrincipalObjectId)}/appRoleAssignedTo`,
    { principalId: servicePrincipalObjectId, resourceId: exchange.servicePrincipalObjectId, appRoleId },
    { step: 'assign-app-roles', ...(signal ? { signal } : {}) },
  );
}
