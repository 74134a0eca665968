/**
 * appRoleAssignments of a service principal, from both ends:
 * `/servicePrincipals/{client}/appRoleAssignments` — app permissions the SP holds (is
 * SMTP.SendAsApp granted?), and `/servicePrincipals/{resource}/appRoleAssignedTo` — who holds the
 * resource's roles (admin consent of an app permission, users assigned to ETRON).
 * Graph: serviceprincipal-list-approleassignments.md, serviceprincipal-post-approleassignedto.md.
 */
import { randomBytes } from 'node:crypto';
import type { SandboxAppRoleAssignment, SandboxServicePrincipal, TenantData } from '../../tenant-model.js';
import { APP_IDS, DEFAULT_ACCESS_ROLE_ID } from '../../../core/well-known.js';
import { requireAdminRole, requirePermission } from '../auth.js';
import { graphError, invalidValue, json, methodNotAllowed, noContent, resourceNotFound, segmentNotFound, type GraphReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import { collectionBody, contextUrl, readQuery } from '../odata.js';
import { isErrorReply, readObjectBody, type GraphRequest } from '../request.js';

/** Which end of the assignment the path's service principal is. */
export type AssignmentNavigation = 'appRoleAssignments' | 'appRoleAssignedTo';

const ASSIGNMENT_SET: EntitySetSpec = {
  type: 'appRoleAssignment',
  resource: 'AppRoleAssignment',
  properties: ['id', 'deletedDateTime', 'appRoleId', 'createdDateTime', 'principalDisplayName', 'principalId', 'principalType', 'resourceDisplayName', 'resourceId'],
  filters: { resourceId: ['eq'], principalId: ['eq'] },
};

/** An appRoleAssignment as Graph returns it. */
export function appRoleAssignmentJson(a: Readonly<SandboxAppRoleAssignment>): Record<string, unknown> {
  return {
    id: a.id, deletedDateTime: null, appRoleId: a.appRoleId, createdDateTime: a.createdDateTime,
    principalDisplayName: a.principalDisplayName, principalId: a.principalId, principalType: a.principalType,
    resourceDisplayName: a.resourceDisplayName, resourceId: a.resourceId,
  };
}

/** A GUID's bytes in .NET order (Guid.ToByteArray), as directory ids are built from them. */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const b = Buffer.from(hex, 'hex');
  return Buffer.concat([Buffer.from(b.subarray(0, 4)).reverse(), Buffer.from(b.subarray(4, 6)).reverse(), Buffer.from(b.subarray(6, 8)).reverse(), b.subarray(8)]);
}

/** Assignment ids are 43 base64url characters that start with the principal's id. */
function newAssignmentId(principalId: string): string {
  return Buffer.concat([guidBytes(principalId), randomBytes(16)]).toString('base64url');
}

type Principal = { type: 'User' | 'Group' | 'ServicePrincipal'; id: string; displayName: string };

function findPrincipal(t: Readonly<TenantData>, id: string): Principal | undefined {
  const lower = id.toLowerCase();
  const user = t.users.find((u) => u.id.toLowerCase() === lower);
  if (user) return { type: 'User', id: user.id, displayName: user.displayName };
  const group = t.groups.find((gr) => gr.id.toLowerCase() === lower);
  if (group) return { type: 'Group', id: group.id, displayName: group.displayName };
  const sp = t.servicePrincipals.find((s) => s.id.toLowerCase() === lower);
  return sp ? { type: 'ServicePrincipal', id: sp.id, displayName: sp.displayName } : undefined;
}

/** Checks the role exists on the resource for this kind of principal (Default Access for users/groups of role-less apps). */
function roleExists(resource: Readonly<SandboxServicePrincipal>, appRoleId: string, principal: Principal): boolean {
  const member = principal.type === 'ServicePrincipal' ? 'Application' : 'User';
  if (appRoleId === DEFAULT_ACCESS_ROLE_ID) {
    return member === 'User' && !resource.appRoles.some((r) => r.allowedMemberTypes.includes('User'));
  }
  return resource.appRoles.some((r) => r.id.toLowerCase() === appRoleId.toLowerCase() && r.isEnabled && r.allowedMemberTypes.includes(member));
}

async function assign(g: GraphRequest, sp: Readonly<SandboxServicePrincipal>, nav: AssignmentNavigation): Promise<GraphReply> {
  const denied = requirePermission(g.caller, 'assignAppRoles');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const t = g.ctx.state.current();
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  // appRoleAssignedTo: the path names the resource; appRoleAssignments: the principal.
  const resourceId = nav === 'appRoleAssignedTo' ? sp.id : str(body.resourceId);
  const principalId = nav === 'appRoleAssignments' ? sp.id : str(body.principalId);
  if ('resourceId' in body && str(body.resourceId).toLowerCase() !== resourceId.toLowerCase()) return invalidValue('resourceId', 'AppRoleAssignment');
  if ('principalId' in body && str(body.principalId).toLowerCase() !== principalId.toLowerCase()) return invalidValue('principalId', 'AppRoleAssignment');
  const appRoleId = str(body.appRoleId);
  const resource = t.servicePrincipals.find((s) => s.id.toLowerCase() === resourceId.toLowerCase());
  if (!resource) return resourceNotFound(resourceId);
  const principal = findPrincipal(t, principalId);
  if (!principal) return resourceNotFound(principalId);
  const roles = principal.type !== 'ServicePrincipal' ? 'manageApplications'
    : resource.appId === APP_IDS.microsoftGraph ? 'grantGraphAppRoles' : 'grantConsent';
  const notAdmin = requireAdminRole(g.caller, t, roles);
  if (notAdmin) return notAdmin;
  if (!roleExists(resource, appRoleId, principal)) {
    return graphError(400, 'Request_BadRequest', `Permission being assigned was not found on application '${resource.appId}'.`);
  }
  if (t.appRoleAssignments.some((a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId.toLowerCase() === appRoleId.toLowerCase())) {
    return graphError(400, 'Request_BadRequest', 'Permission being assigned already exists on the object');
  }
  const assignment: SandboxAppRoleAssignment = {
    id: newAssignmentId(principal.id), appRoleId: appRoleId.toLowerCase(), principalId: principal.id, principalType: principal.type,
    principalDisplayName: principal.displayName, resourceId: resource.id, resourceDisplayName: resource.displayName,
    createdDateTime: new Date(g.ctx.state.now()).toISOString(),
  };
  g.ctx.state.update(`Graph: assign role ${appRoleId} of ${resource.displayName} to ${principal.type} ${principal.displayName}`, (draft) => {
    draft.appRoleAssignments.push({ ...assignment });
  });
  return json({ '@odata.context': contextUrl(g.origin, `servicePrincipals('${sp.id}')/${nav}/$entity`), ...appRoleAssignmentJson(assignment) }, 201);
}

function unassign(g: GraphRequest, sp: Readonly<SandboxServicePrincipal>, nav: AssignmentNavigation, assignmentId: string): GraphReply {
  const denied = requirePermission(g.caller, 'assignAppRoles');
  if (denied) return denied;
  const t = g.ctx.state.current();
  const found = t.appRoleAssignments.find((a) => a.id === assignmentId && (nav === 'appRoleAssignedTo' ? a.resourceId : a.principalId) === sp.id);
  if (!found) return resourceNotFound(assignmentId);
  const roles = found.principalType !== 'ServicePrincipal' ? 'manageApplications' : 'grantConsent';
  const notAdmin = requireAdminRole(g.caller, t, roles);
  if (notAdmin) return notAdmin;
  g.ctx.state.update(`Graph: remove role assignment ${assignmentId} (${found.principalDisplayName} → ${found.resourceDisplayName})`, (draft) => {
    draft.appRoleAssignments = draft.appRoleAssignments.filter((a) => a.id !== assignmentId);
  });
  return noContent;
}

/** Handles /servicePrincipals/{id}/appRoleAssignments[/{id}] and …/appRoleAssignedTo[/{id}]. */
export function handleAppRoleAssignments(g: GraphRequest, sp: Readonly<SandboxServicePrincipal>, nav: AssignmentNavigation): GraphReply | Promise<GraphReply> {
  const [, assignmentId, extra] = g.rest;
  if (extra !== undefined) return segmentNotFound(extra);
  if (assignmentId !== undefined) {
    if (g.method === 'DELETE') return unassign(g, sp, nav, assignmentId);
    if (g.method !== 'GET') return methodNotAllowed();
    const one = g.ctx.state.current().appRoleAssignments
      .find((a) => a.id === assignmentId && (nav === 'appRoleAssignedTo' ? a.resourceId : a.principalId) === sp.id);
    if (!one) return resourceNotFound(assignmentId);
    return json({ '@odata.context': contextUrl(g.origin, `servicePrincipals('${sp.id}')/${nav}/$entity`), ...appRoleAssignmentJson(one) });
  }
  if (g.method === 'POST') return assign(g, sp, nav);
  if (g.method !== 'GET') return methodNotAllowed();
  const query = readQuery(g.url, ASSIGNMENT_SET);
  if (isErrorReply(query)) return query;
  const t = g.ctx.state.current();
  const items = t.appRoleAssignments
    .filter((a) => (nav === 'appRoleAssignedTo' ? a.resourceId : a.principalId) === sp.id)
    .map(appRoleAssignmentJson);
  const fragment = `servicePrincipals('${sp.id}')/${nav}${query.select ? `(${query.select.join(',')})` : ''}`;
  return json(collectionBody(g.origin, g.url, fragment, items, query));
}
