/**
 * /applications (app registrations of this tenant): list with filters, get by object id or
 * `(appId='…')`, create (201, no service principal — as in Entra), PATCH, DELETE (which, as in
 * Entra, also removes the app's service principal here) and the addPassword/removePassword actions.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxApplication } from '../../tenant-model.js';
import { requireAdminRole, requirePermission } from '../auth.js';
import { json, methodNotAllowed, noContent, segmentNotFound, type GraphReply } from '../errors.js';
import { collectionBody, entityBody, readQuery, readSelect, setFragment } from '../odata.js';
import { isErrorReply, readObjectBody, type GraphRequest } from '../request.js';
import { readApplicationInput } from './application-input.js';
import { addPassword, removePassword } from './application-passwords.js';
import { APPLICATION_SET, applicationJson, findApplication, homeApplications, isConvergedAudience } from './application-shape.js';

const SET = 'applications';

function list(g: GraphRequest): GraphReply {
  const denied = requirePermission(g.caller, 'readApplications');
  if (denied) return denied;
  const query = readQuery(g.url, APPLICATION_SET);
  if (isErrorReply(query)) return query;
  // A directory replica: with graph-lag a new or changed registration shows here only later.
  const items = homeApplications(g.ctx.state.graphReplica()).map((a) => applicationJson(a));
  return json(collectionBody(g.origin, g.url, setFragment(SET, query.select), items, query));
}

async function create(g: GraphRequest): Promise<GraphReply> {
  const t = g.ctx.state.current();
  const denied = requirePermission(g.caller, 'createApplication') ?? requireAdminRole(g.caller, t, 'manageApplications');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const input = readApplicationInput(t, body, true);
  if (isErrorReply(input)) return input;
  const signInAudience = input.signInAudience ?? 'AzureADandPersonalMicrosoftAccount';
  const app: SandboxApplication = {
    id: randomUUID(),
    appId: randomUUID(),
    displayName: input.displayName ?? '',
    signInAudience,
    requestedAccessTokenVersion: input.requestedAccessTokenVersion !== undefined ? input.requestedAccessTokenVersion
      : isConvergedAudience(signInAudience) ? 2 : null,
    web: input.web ?? { redirectUris: [] },
    publicClient: input.publicClient ?? { redirectUris: [] },
    spa: input.spa ?? { redirectUris: [] },
    isFallbackPublicClient: input.isFallbackPublicClient ?? false,
    requiredResourceAccess: input.requiredResourceAccess ?? [],
    passwordCredentials: [],
    keyCredentials: input.keyCredentials ?? [],
    createdDateTime: new Date(g.ctx.state.now()).toISOString(),
    homeTenant: 'home',
  };
  g.ctx.state.update(`Graph: create application ${app.displayName} (${app.appId})`, (draft) => {
    draft.applications.push(structuredClone(app));
  });
  return json(entityBody(g.origin, SET, applicationJson(app), undefined), 201);
}

async function update(g: GraphRequest, app: Readonly<SandboxApplication>): Promise<GraphReply> {
  const t = g.ctx.state.current();
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, t, 'manageApplications');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const input = readApplicationInput(t, body, false, app);
  if (isErrorReply(input)) return input;
  g.ctx.state.update(`Graph: update application ${app.displayName} (${Object.keys(body).join(', ')})`, (draft) => {
    const target = draft.applications.find((a) => a.id === app.id);
    if (target) Object.assign(target, structuredClone(input));
  });
  return noContent;
}

function remove(g: GraphRequest, app: Readonly<SandboxApplication>): GraphReply {
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'manageApplications');
  if (denied) return denied;
  g.ctx.state.update(`Graph: delete application ${app.displayName} (${app.appId})`, (draft) => {
    const spIds = new Set(draft.servicePrincipals.filter((s) => s.appId === app.appId).map((s) => s.id));
    draft.applications = draft.applications.filter((a) => a.id !== app.id);
    draft.servicePrincipals = draft.servicePrincipals.filter((s) => !spIds.has(s.id));
    draft.appRoleAssignments = draft.appRoleAssignments.filter((a) => !spIds.has(a.principalId) && !spIds.has(a.resourceId));
    draft.oauth2PermissionGrants = draft.oauth2PermissionGrants.filter((gr) => !spIds.has(gr.clientId) && !spIds.has(gr.resourceId));
  });
  return noContent;
}

function passwordAction(g: GraphRequest, app: Readonly<SandboxApplication>, action: string): GraphReply | Promise<GraphReply> {
  if (g.method !== 'POST') return methodNotAllowed();
  const t = g.ctx.state.current();
  const denied = requirePermission(g.caller, 'writeApplications') ?? requireAdminRole(g.caller, t, 'manageApplications');
  if (denied) return denied;
  return action === 'addpassword' ? addPassword(g, app) : removePassword(g, app);
}

/** Handles /applications[/{id}|(appId='…')][/addPassword|/removePassword]. */
export async function handleApplications(g: GraphRequest): Promise<GraphReply> {
  if (!g.key) {
    if (g.method === 'GET') return list(g);
    if (g.method === 'POST') return create(g);
    return methodNotAllowed();
  }
  const readDenied = requirePermission(g.caller, 'readApplications');
  if (readDenied) return readDenied;
  const app = findApplication(g.ctx.state.current(), g.key);
  if (isErrorReply(app)) return app;
  const [action, extra] = g.rest;
  if (action !== undefined) {
    const lower = action.toLowerCase().replace(/^microsoft\.graph\./, '');
    if (extra !== undefined || (lower !== 'addpassword' && lower !== 'removepassword')) return segmentNotFound(extra ?? action);
    return passwordAction(g, app, lower);
  }
  if (g.method === 'GET') {
    const select = readSelect(g.url, APPLICATION_SET);
    if (isErrorReply(select)) return select;
    // Graph returns a certificate's `key` only for one object asked for with $select=keyCredentials (keycredential.md).
    return json(entityBody(g.origin, SET, applicationJson(app, select?.includes('keyCredentials') === true), select));
  }
  if (g.method === 'PATCH') return update(g, app);
  if (g.method === 'DELETE') return remove(g, app);
  return methodNotAllowed();
}
