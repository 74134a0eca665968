/**
 * /servicePrincipals: list (filter, select, paging), get by Object ID or appId, create from an
 * appId (POST {appId} — what the portal does when an admin first consents), PATCH
 * (e.g. appRoleAssignmentRequired), DELETE, and the appRoleAssignments navigations.
 * Creating an application does not create its service principal, as in Entra.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxServicePrincipal } from '../../tenant-model.js';
import { SANDBOX_IDS } from '../../tenant-seed.js';
import { requireAdminRole, requirePermission } from '../auth.js';
import { graphError, invalidValue, json, methodNotAllowed, noContent, segmentNotFound, type GraphReply } from '../errors.js';
import { collectionBody, entityBody, readQuery, readSelect, setFragment } from '../odata.js';
import { checkBodyProperties, isErrorReply, readObjectBody, type GraphRequest } from '../request.js';
import { handleAppRoleAssignments } from './app-role-assignments.js';
import { findServicePrincipal, SERVICE_PRINCIPAL_SET, servicePrincipalJson } from './service-principal-shape.js';

const SET = 'servicePrincipals';
const MULTI_TENANT = new Set(['AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount']);

function list(g: GraphRequest): GraphReply {
  const denied = requirePermission(g.caller, 'readApplications');
  if (denied) return denied;
  const query = readQuery(g.url, SERVICE_PRINCIPAL_SET);
  if (isErrorReply(query)) return query;
  // A directory replica: with graph-lag a new service principal is missing here for a while.
  const t = g.ctx.state.graphReplica();
  const items = t.servicePrincipals.map((sp) => servicePrincipalJson(t, sp));
  return json(collectionBody(g.origin, g.url, setFragment(SET, query.select), items, query));
}

async function create(g: GraphRequest): Promise<GraphReply> {
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'manageApplications');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const appId = typeof body.appId === 'string' ? body.appId : '';
  const t = g.ctx.state.current();
  if (t.servicePrincipals.some((sp) => sp.appId.toLowerCase() === appId.toLowerCase() && appId !== '')) {
    return graphError(409, 'Request_MultipleObjectsWithSameKeyValue',
      `The service principal cannot be created, updated, or restored because the service principal name ${appId} is already in use.`);
  }
  // An app registered here, or a multi-tenant app registered by its publisher elsewhere. The
  // application is looked up in a directory replica: right after POST /applications it may not be
  // there yet (graph-lag), and Graph answers exactly as for an unknown appId — seen in
  // msgraph-sdk-dotnet#3108 and Azure/azure-cli#21674 ("The appId '…' of the service principal does
  // not reference a valid application object."; Request_BadRequest, PropertyErrorCode
  // NoBackingApplicationObject in hashicorp/vault-plugin-secrets-azure#8).
  const app = g.ctx.state.graphReplica().applications.find((a) => a.appId.toLowerCase() === appId.toLowerCase()
    && (a.homeTenant === 'home' || MULTI_TENANT.has(a.signInAudience)));
  if (!app) {
    return graphError(400, 'Request_BadRequest', `The appId '${appId}' of the service principal does not reference a valid application object.`);
  }
  const sp: SandboxServicePrincipal = {
    id: randomUUID(),
    appId: app.appId,
    displayName: app.displayName,
    // Vendor apps (Inventory360) are owned by their publisher's tenant.
    appOwnerOrganizationId: app.homeTenant === 'home' ? t.tenantId : SANDBOX_IDS.publisherTenantId,
    appRoleAssignmentRequired: false,
    accountEnabled: true,
    servicePrincipalType: 'Application',
    servicePrincipalNames: [app.appId],
    appRoles: [],
    oauth2PermissionScopes: [],
    replyUrls: [...app.web.redirectUris, ...app.publicClient.redirectUris, ...app.spa.redirectUris],
    tags: [],
  };
  g.ctx.state.update(`Graph: create service principal for ${app.displayName} (${app.appId})`, (draft) => {
    draft.servicePrincipals.push(structuredClone(sp));
  });
  return json(entityBody(g.origin, SET, servicePrincipalJson(g.ctx.state.current(), sp), undefined), 201);
}

const WRITABLE = ['accountEnabled', 'appRoleAssignmentRequired', 'displayName', 'tags', 'replyUrls'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

async function update(g: GraphRequest, id: string): Promise<GraphReply> {
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'manageApplications');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const bad = checkBodyProperties(body, WRITABLE, SERVICE_PRINCIPAL_SET.properties, 'servicePrincipal', 'ServicePrincipal');
  if (bad) return bad;
  for (const key of ['accountEnabled', 'appRoleAssignmentRequired'] as const) {
    if (key in body && typeof body[key] !== 'boolean') return invalidValue(key, 'ServicePrincipal');
  }
  if ('displayName' in body && (typeof body.displayName !== 'string' || body.displayName.trim() === '')) return invalidValue('displayName', 'ServicePrincipal');
  for (const key of ['tags', 'replyUrls'] as const) {
    if (key in body && !isStringArray(body[key])) return invalidValue(key, 'ServicePrincipal');
  }
  g.ctx.state.update(`Graph: update service principal ${id} (${Object.keys(body).join(', ')})`, (draft) => {
    const sp = draft.servicePrincipals.find((s) => s.id === id);
    if (!sp) return;
    if (typeof body.accountEnabled === 'boolean') sp.accountEnabled = body.accountEnabled;
    if (typeof body.appRoleAssignmentRequired === 'boolean') sp.appRoleAssignmentRequired = body.appRoleAssignmentRequired;
    if (typeof body.displayName === 'string') sp.displayName = body.displayName;
    if (isStringArray(body.tags)) sp.tags = [...body.tags];
    if (isStringArray(body.replyUrls)) sp.replyUrls = [...body.replyUrls];
  });
  return noContent;
}

function remove(g: GraphRequest, id: string): GraphReply {
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'manageApplications');
  if (denied) return denied;
  g.ctx.state.update(`Graph: delete service principal ${id}`, (draft) => {
    draft.servicePrincipals = draft.servicePrincipals.filter((s) => s.id !== id);
    draft.appRoleAssignments = draft.appRoleAssignments.filter((a) => a.principalId !== id && a.resourceId !== id);
    draft.oauth2PermissionGrants = draft.oauth2PermissionGrants.filter((gr) => gr.clientId !== id && gr.resourceId !== id);
  });
  return noContent;
}

/** Handles /servicePrincipals[/{id}|(appId='…')][/…]. */
export async function handleServicePrincipals(g: GraphRequest): Promise<GraphReply> {
  if (!g.key) {
    if (g.method === 'GET') return list(g);
    if (g.method === 'POST') return create(g);
    return methodNotAllowed();
  }
  const readDenied = requirePermission(g.caller, 'readApplications');
  if (readDenied) return readDenied;
  const sp = findServicePrincipal(g.ctx.state.current(), g.key);
  if (isErrorReply(sp)) return sp;
  const [nav] = g.rest;
  if (nav !== undefined) {
    const navLower = nav.toLowerCase();
    if (navLower === 'approleassignments' || navLower === 'approleassignedto') {
      return handleAppRoleAssignments(g, sp, navLower === 'approleassignedto' ? 'appRoleAssignedTo' : 'appRoleAssignments');
    }
    return segmentNotFound(nav);
  }
  if (g.method === 'GET') {
    const select = readSelect(g.url, SERVICE_PRINCIPAL_SET);
    if (isErrorReply(select)) return select;
    return json(entityBody(g.origin, SET, servicePrincipalJson(g.ctx.state.current(), sp), select));
  }
  if (g.method === 'PATCH') return update(g, sp.id);
  if (g.method === 'DELETE') return remove(g, sp.id);
  return methodNotAllowed();
}
