/**
 * /groups/{id} and /groups/{id}/members: enough to show which group is assigned to an app and
 * whether the mailbox user is in it. Graph: group-get.md, group-list-members.md.
 */
import type { SandboxGroup } from '../../tenant-model.js';
import { requirePermission } from '../auth.js';
import { invalidObjectId, isGuid, json, methodNotAllowed, resourceNotFound, segmentNotFound, type GraphReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import { collectionBody, entityBody, readQuery, readSelect, setFragment } from '../odata.js';
import { isErrorReply, type GraphRequest } from '../request.js';
import { USER_SET, userJson } from './users.js';

const SET = 'groups';
const GROUP_SET: EntitySetSpec = {
  type: 'group',
  resource: 'Group',
  properties: ['id', 'deletedDateTime', 'classification', 'createdDateTime', 'description', 'displayName', 'groupTypes', 'mail',
    'mailEnabled', 'mailNickname', 'securityEnabled', 'visibility'],
  filters: { id: ['eq', 'in'], displayName: ['eq', 'in', 'startswith'], mailNickname: ['eq'], securityEnabled: ['eq'] },
};

/** A security group as Graph returns it. */
export function groupJson(gr: Readonly<SandboxGroup>): Record<string, unknown> {
  return {
    id: gr.id, deletedDateTime: null, classification: null, createdDateTime: null, description: null, displayName: gr.displayName,
    groupTypes: [], mail: null, mailEnabled: false, mailNickname: gr.displayName.replace(/\s+/g, '-').toLowerCase(),
    securityEnabled: true, visibility: null,
  };
}

/** Handles /groups, /groups/{id} and /groups/{id}/members. */
export function handleGroups(g: GraphRequest): GraphReply {
  if (g.method !== 'GET') return methodNotAllowed();
  const denied = requirePermission(g.caller, 'readGroups');
  if (denied) return denied;
  const t = g.ctx.state.current();
  if (!g.key) {
    const query = readQuery(g.url, GROUP_SET);
    if (isErrorReply(query)) return query;
    return json(collectionBody(g.origin, g.url, setFragment(SET, query.select), t.groups.map(groupJson), query));
  }
  if (g.key.by !== 'id') return segmentNotFound(SET);
  const groupKey = g.key.value;
  if (!isGuid(groupKey)) return invalidObjectId(groupKey);
  const group = t.groups.find((gr) => gr.id.toLowerCase() === groupKey.toLowerCase());
  if (!group) return resourceNotFound(groupKey);
  const [nav, extra] = g.rest;
  if (nav === undefined) {
    const select = readSelect(g.url, GROUP_SET);
    if (isErrorReply(select)) return select;
    return json(entityBody(g.origin, SET, groupJson(group), select));
  }
  if (nav.toLowerCase() !== 'members' || extra !== undefined) return segmentNotFound(extra ?? nav);
  const query = readQuery(g.url, USER_SET);
  if (isErrorReply(query)) return query;
  // Members are directory objects; each carries its type, as in Graph.
  const members = t.users.filter((u) => group.memberIds.includes(u.id))
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...userJson(u) }));
  const page = { ...query, select: ['@odata.type', ...(query.select ?? ['id', 'displayName', 'mail', 'userPrincipalName'])] };
  return json(collectionBody(g.origin, g.url, 'directoryObjects', members, page));
}
