/**
 * /me and /users: the signed-in admin, and the sending mailbox's account (enabled? licensed?
 * which addresses?). As in Graph, only the default properties come back without `$select`,
 * `accountEnabled` / `assignedLicenses` / `proxyAddresses` need `$select` and User.Read.All, and
 * User.ReadBasic.All sees only the basic profile. Graph: user-get.md, resources/user.md.
 */
import type { SandboxUser, TenantData } from '../../tenant-model.js';
import { hasPermission, requirePermission } from '../auth.js';
import { accessDenied, graphError, json, methodNotAllowed, resourceNotFound, segmentNotFound, type GraphReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import { collectionBody, entityBody, project, readQuery, readSelect, setFragment } from '../odata.js';
import { isErrorReply, type GraphRequest } from '../request.js';

const SET = 'users';
/** What Graph v1.0 returns for a user without `$select`. */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
/** What User.ReadBasic.All may read of other users. */
const BASIC_PROPERTIES = ['displayName', 'givenName', 'id', 'mail', 'surname', 'userPrincipalName'];

/** Properties and filters of /users. */
export const USER_SET: EntitySetSpec = {
  type: 'user',
  resource: 'User',
  properties: [...DEFAULT_PROPERTIES, 'accountEnabled', 'assignedLicenses', 'proxyAddresses', 'userType', 'mailNickname', 'otherMails'],
  filters: {
    id: ['eq', 'in'], userPrincipalName: ['eq', 'in', 'startswith'], mail: ['eq', 'in', 'startswith'],
    displayName: ['eq', 'in', 'startswith'], accountEnabled: ['eq'], proxyAddresses: ['any'], userType: ['eq'],
    mailNickname: ['eq', 'startswith'], otherMails: ['any'],
  },
};

/** A user with every property the sandbox models. */
export function userJson(u: Readonly<SandboxUser>): Record<string, unknown> {
  const [given, ...rest] = u.displayName.split(' ');
  return {
    businessPhones: [], displayName: u.displayName, givenName: given ?? null, jobTitle: null, mail: u.mail, mobilePhone: null,
    officeLocation: null, preferredLanguage: null, surname: rest.length > 0 ? rest.join(' ') : null,
    userPrincipalName: u.userPrincipalName, id: u.id, accountEnabled: u.accountEnabled,
    assignedLicenses: u.assignedLicenses.map((l) => ({ disabledPlans: [...l.disabledPlans], skuId: l.skuId })),
    proxyAddresses: [...u.proxyAddresses], userType: 'Member', mailNickname: u.userPrincipalName.split('@')[0] ?? '', otherMails: [],
  };
}

/** Finds a user by object id or userPrincipalName. */
export function findUser(t: Readonly<TenantData>, idOrUpn: string): Readonly<SandboxUser> | undefined {
  const lower = idOrUpn.toLowerCase();
  return t.users.find((u) => u.id.toLowerCase() === lower || u.userPrincipalName.toLowerCase() === lower);
}

/** The default shape, or the basic one for User.ReadBasic.All callers. */
function defaultSelect(full: boolean): readonly string[] {
  return full ? DEFAULT_PROPERTIES : BASIC_PROPERTIES;
}

/** Handles /me. */
export function handleMe(g: GraphRequest): GraphReply {
  if (g.caller.kind === 'app') return graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  const denied = requirePermission(g.caller, 'readMe');
  if (denied) return denied;
  if (g.rest[0] !== undefined) return segmentNotFound(g.rest[0]);
  if (g.method !== 'GET') return methodNotAllowed();
  const select = readSelect(g.url, USER_SET);
  if (isErrorReply(select)) return select;
  const user = findUser(g.ctx.state.current(), g.caller.objectId);
  if (!user) return resourceNotFound(g.caller.objectId);
  return json(entityBody(g.origin, SET, project(userJson(user), select ?? DEFAULT_PROPERTIES), select));
}

/** A basic-profile caller may only ask for basic properties. */
function selectAllowed(select: readonly string[] | undefined, full: boolean): boolean {
  return full || !select || select.every((p) => BASIC_PROPERTIES.includes(p));
}

/** Handles /users and /users/{id|userPrincipalName}. */
export function handleUsers(g: GraphRequest): GraphReply {
  if (g.method !== 'GET') return methodNotAllowed();
  const self = g.caller.kind === 'user' && g.key !== undefined && findUser(g.ctx.state.current(), g.key.value)?.id === g.caller.objectId;
  // A user may read their own profile through /users/{own id} with User.Read, as through /me.
  const denied = self ? requirePermission(g.caller, 'readMe') : requirePermission(g.caller, 'readUsersBasic');
  if (denied) return denied;
  const full = self || hasPermission(g.caller, 'readUsersFull');
  const t = g.ctx.state.current();
  if (!g.key) {
    const query = readQuery(g.url, USER_SET);
    if (isErrorReply(query)) return query;
    if (!selectAllowed(query.select, full) || (!full && query.filter.some((c) => !BASIC_PROPERTIES.includes(c.property)))) return accessDenied();
    // Filter on every property, return the selected (or default) ones.
    const page = { ...query, select: query.select ?? defaultSelect(full) };
    return json(collectionBody(g.origin, g.url, setFragment(SET, query.select), t.users.map(userJson), page));
  }
  if (g.rest[0] !== undefined) return segmentNotFound(g.rest[0]);
  const select = readSelect(g.url, USER_SET);
  if (isErrorReply(select)) return select;
  if (!selectAllowed(select, full)) return accessDenied();
  const user = findUser(t, g.key.value);
  if (!user) return resourceNotFound(g.key.value);
  return json(entityBody(g.origin, SET, project(userJson(user), select ?? defaultSelect(full)), select));
}
