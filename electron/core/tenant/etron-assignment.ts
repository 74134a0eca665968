/**
 * Users and groups assigned to the ETRON enterprise app (guide: "Benutzer & Gruppen zuweisen").
 * When the app requires assignment (appRoleAssignmentRequired), an unassigned user gets
 * AADSTS50105 at "Outlook-Konto verbinden" — category user_not_assigned.
 */
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphAppRoleAssignment, GraphServicePrincipal } from '../graph/graph-types.js';
import { segment } from '../graph/odata.js';
import { appRoleAssignedTo, userByUpn } from '../graph/queries.js';
import { ok, type Result } from '../result.js';
import { okFinding, problem, unknownFinding, type Finding } from './findings.js';
import { DEFAULT_ACCESS_APP_ROLE_ID } from './well-known-ids.js';

/** The assignment finding for the senders (or for the app as a whole when no sender is named). */
export async function assignmentFinding(
  graph: GraphClient,
  id: string,
  sp: GraphServicePrincipal,
  senderUpns: readonly string[],
  signal?: AbortSignal,
): Promise<Finding> {
  const required = sp.appRoleAssignmentRequired ?? false;
  const assigned = await appRoleAssignedTo(graph, sp.id, signal);
  if (!assigned.ok) return unknownFinding(id, assigned.error);
  const people = assigned.value.filter((a) => a.principalType === 'User' || a.principalType === 'Group');
  const groups = people.filter((a) => a.principalType === 'Group').map((a) => a.principalDisplayName ?? a.principalId);
  const facts = { appRoleAssignmentRequired: required, assignedCount: people.length, assignedGroups: groups };
  if (!required) return okFinding(id, `Assignment is not required (appRoleAssignmentRequired=false); ${people.length} user(s)/group(s) assigned.`, facts);

  const unassigned: string[] = [];
  for (const upn of senderUpns) {
    const user = await userByUpn(graph, upn, signal);
    if (!user.ok) return unknownFinding(id, user.error);
    if (!people.some((a) => a.principalId.toLowerCase() === user.value.id.toLowerCase())) unassigned.push(upn);
  }
  if (senderUpns.length === 0 && people.length === 0) {
    return problem(id, 'wrong', 'user_not_assigned', 'Assignment is required and no user or group is assigned.',
      { facts, fixStep: { action: 'assign-users', auto: true } });
  }
  if (unassigned.length > 0) {
    // Membership in an assigned group would also do; the assistant assigns users directly, which always works.
    const viaGroups = groups.length > 0 ? ` (groups assigned: ${groups.join(', ')}; membership not checked)` : '';
    return problem(id, 'wrong', 'user_not_assigned',
      `Assignment is required and ${unassigned.join(', ')} ${unassigned.length === 1 ? 'is' : 'are'} not assigned directly${viaGroups}.`,
      { facts: { ...facts, unassigned }, fixStep: { action: 'assign-users', auto: true } });
  }
  return okFinding(id, `Assignment is required; ${senderUpns.length > 0 ? senderUpns.join(', ') : `${people.length} user(s)/group(s)`} assigned.`, facts);
}

/** A user or group to assign, by object id. */
export interface PrincipalToAssign {
  readonly principalId: string;
}

/** Outcome of assigning principals. */
export interface AssignmentOutcome {
  readonly created: readonly GraphAppRoleAssignment[];
  /** Principals that were assigned already. */
  readonly alreadyAssigned: readonly string[];
  readonly appRoleAssignmentRequired: boolean;
}

/**
 * Assigns users/groups to the app with the default-access role (§3.8; the app declares no roles).
 * Needs AppRoleAssignment.ReadWrite.All.
 */
export async function assignPrincipals(
  graph: GraphClient,
  sp: GraphServicePrincipal,
  principals: readonly PrincipalToAssign[],
  signal?: AbortSignal,
): Promise<Result<AssignmentOutcome>> {
  const existing = await appRoleAssignedTo(graph, sp.id, signal);
  if (!existing.ok) return existing;
  const created: GraphAppRoleAssignment[] = [];
  const alreadyAssigned: string[] = [];
  for (const p of principals) {
    if (existing.value.some((a) => a.principalId.toLowerCase() === p.principalId.toLowerCase())) {
      alreadyAssigned.push(p.principalId);
      continue;
    }
    const made = await graph.post<GraphAppRoleAssignment>(`servicePrincipals/${segment(sp.id)}/appRoleAssignedTo`,
      { principalId: p.principalId, resourceId: sp.id, appRoleId: DEFAULT_ACCESS_APP_ROLE_ID },
      { step: 'assign-app-roles', ...(signal ? { signal } : {}) });
    if (!made.ok) return made;
    created.push(made.value);
  }
  return ok({ created, alreadyAssigned, appRoleAssignmentRequired: sp.appRoleAssignmentRequired ?? false });
}
