/**
 * /oauth2PermissionGrants — delegated consent (ETRON's SMTP.Send, IMAP.AccessAsUser.All…):
 * list by `clientId eq '{client SP id}'`, get, create (one grant per client, resource and
 * consent target: a second one is Graph's 409), PATCH the scope, DELETE.
 * Graph: oauth2permissiongrant-list.md, oauth2-permissiongrant-post.md, resources/oauth2permissiongrant.md.
 */
import { randomBytes } from 'node:crypto';
import type { SandboxOAuth2PermissionGrant } from '../../tenant-model.js';
import { requireAdminRole, requirePermission } from '../auth.js';
import { graphError, invalidValue, json, methodNotAllowed, noContent, resourceNotFound, segmentNotFound, type GraphReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import { collectionBody, entityBody, readQuery, readSelect, setFragment } from '../odata.js';
import { checkBodyProperties, isErrorReply, readObjectBody, type GraphRequest } from '../request.js';

const SET = 'oauth2PermissionGrants';
const GRANT_SET: EntitySetSpec = {
  type: 'oAuth2PermissionGrant',
  resource: 'OAuth2PermissionGrant',
  properties: ['clientId', 'consentType', 'id', 'principalId', 'resourceId', 'scope'],
  filters: { clientId: ['eq', 'in'], consentType: ['eq'], principalId: ['eq'], resourceId: ['eq'], id: ['eq'] },
};

/** A grant as Graph returns it. */
export function grantJson(gr: Readonly<SandboxOAuth2PermissionGrant>): Record<string, unknown> {
  return { clientId: gr.clientId, consentType: gr.consentType, id: gr.id, principalId: gr.principalId, resourceId: gr.resourceId, scope: gr.scope };
}

/** Grant ids are the base64url of the client, resource (and user) ids, so a second grant collides. */
function grantId(clientId: string, resourceId: string, principalId: string | null): string {
  const bytes = (guid: string): Buffer => Buffer.from(guid.replace(/-/g, ''), 'hex');
  const parts = [bytes(clientId), bytes(resourceId), ...(principalId ? [bytes(principalId)] : [])];
  return parts.every((p) => p.length === 16) ? Buffer.concat(parts).toString('base64url') : randomBytes(32).toString('base64url');
}

async function create(g: GraphRequest): Promise<GraphReply> {
  const t = g.ctx.state.current();
  const denied = requirePermission(g.caller, 'writeGrants') ?? requireAdminRole(g.caller, t, 'grantConsent');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const bad = checkBodyProperties(body, ['clientId', 'consentType', 'principalId', 'resourceId', 'scope'], GRANT_SET.properties, 'oAuth2PermissionGrant', 'OAuth2PermissionGrant');
  if (bad) return bad;
  const str = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : '');
  const client = t.servicePrincipals.find((s) => s.id.toLowerCase() === str(body.clientId));
  if (!client) return resourceNotFound(typeof body.clientId === 'string' ? body.clientId : '');
  const resource = t.servicePrincipals.find((s) => s.id.toLowerCase() === str(body.resourceId));
  if (!resource) return resourceNotFound(typeof body.resourceId === 'string' ? body.resourceId : '');
  if (body.consentType !== 'AllPrincipals' && body.consentType !== 'Principal') return invalidValue('consentType', 'OAuth2PermissionGrant');
  const consentType = body.consentType;
  let principalId: string | null = null;
  if (consentType === 'Principal') {
    const user = t.users.find((u) => u.id.toLowerCase() === str(body.principalId));
    if (!user) return invalidValue('principalId', 'OAuth2PermissionGrant');
    principalId = user.id;
  } else if (body.principalId !== undefined && body.principalId !== null) {
    return invalidValue('principalId', 'OAuth2PermissionGrant');
  }
  if (body.scope !== undefined && typeof body.scope !== 'string') return invalidValue('scope', 'OAuth2PermissionGrant');
  const scope = typeof body.scope === 'string' ? body.scope.trim().split(/\s+/).filter(Boolean).join(' ') : '';
  if (t.oauth2PermissionGrants.some((gr) => gr.clientId === client.id && gr.resourceId === resource.id
    && gr.consentType === consentType && gr.principalId === principalId)) {
    return graphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
  }
  const grant: SandboxOAuth2PermissionGrant = { id: grantId(client.id, resource.id, principalId), clientId: client.id, consentType, principalId, resourceId: resource.id, scope };
  g.ctx.state.update(`Graph: grant ${client.displayName} delegated "${scope}" on ${resource.displayName} (${consentType})`, (draft) => {
    draft.oauth2PermissionGrants.push({ ...grant });
  });
  return json(entityBody(g.origin, SET, grantJson(grant), undefined), 201);
}

async function update(g: GraphRequest, grant: Readonly<SandboxOAuth2PermissionGrant>): Promise<GraphReply> {
  const denied = requirePermission(g.caller, 'writeGrants') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'grantConsent');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const bad = checkBodyProperties(body, ['scope'], GRANT_SET.properties, 'oAuth2PermissionGrant', 'OAuth2PermissionGrant');
  if (bad) return bad;
  if (typeof body.scope !== 'string') return invalidValue('scope', 'OAuth2PermissionGrant');
  const scope = body.scope.trim().split(/\s+/).filter(Boolean).join(' ');
  g.ctx.state.update(`Graph: set delegated grant ${grant.id} scope to "${scope}"`, (draft) => {
    const target = draft.oauth2PermissionGrants.find((gr) => gr.id === grant.id);
    if (target) target.scope = scope;
  });
  return noContent;
}

function remove(g: GraphRequest, grant: Readonly<SandboxOAuth2PermissionGrant>): GraphReply {
  const denied = requirePermission(g.caller, 'writeGrants') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'grantConsent');
  if (denied) return denied;
  g.ctx.state.update(`Graph: delete delegated grant ${grant.id}`, (draft) => {
    draft.oauth2PermissionGrants = draft.oauth2PermissionGrants.filter((gr) => gr.id !== grant.id);
  });
  return noContent;
}

/** Handles /oauth2PermissionGrants[/{id}]. */
export async function handleOAuth2PermissionGrants(g: GraphRequest): Promise<GraphReply> {
  if (!g.key) {
    if (g.method === 'POST') return create(g);
    if (g.method !== 'GET') return methodNotAllowed();
  }
  const readDenied = requirePermission(g.caller, 'readGrants');
  if (readDenied) return readDenied;
  if (!g.key) {
    const query = readQuery(g.url, GRANT_SET);
    if (isErrorReply(query)) return query;
    const items = g.ctx.state.current().oauth2PermissionGrants.map(grantJson);
    return json(collectionBody(g.origin, g.url, setFragment(SET, query.select), items, query));
  }
  if (g.key.by !== 'id') return segmentNotFound(SET);
  if (g.rest[0] !== undefined) return segmentNotFound(g.rest[0]);
  const grantKey = g.key.value;
  const grant = g.ctx.state.current().oauth2PermissionGrants.find((gr) => gr.id === grantKey);
  if (!grant) return resourceNotFound(grantKey);
  if (g.method === 'GET') {
    const select = readSelect(g.url, GRANT_SET);
    if (isErrorReply(select)) return select;
    return json(entityBody(g.origin, SET, grantJson(grant), select));
  }
  if (g.method === 'PATCH') return update(g, grant);
  if (g.method === 'DELETE') return remove(g, grant);
  return methodNotAllowed();
}
