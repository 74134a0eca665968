/**
 * Tenant-wide reads and the one tenant setting the assistant changes through Graph:
 * /organization (tenant id, verified domains), /subscribedSkus (licences) and
 * /policies/identitySecurityDefaultsEnforcementPolicy (security defaults turn SMTP AUTH off).
 * Graph: organization-get.md, subscribedsku-list.md, identitysecuritydefaultsenforcementpolicy-get.md.
 */
import type { TenantData } from '../../tenant-model.js';
import { requireAdminRole, requirePermission } from '../auth.js';
import { invalidValue, json, methodNotAllowed, noContent, resourceNotFound, segmentNotFound, type GraphReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import { collectionBody, contextUrl, entityBody, readQuery, readSelect, setFragment } from '../odata.js';
import { checkBodyProperties, isErrorReply, readObjectBody, type GraphRequest } from '../request.js';

const ORGANIZATION_SET: EntitySetSpec = {
  type: 'organization',
  resource: 'Organization',
  properties: ['id', 'deletedDateTime', 'businessPhones', 'city', 'country', 'countryLetterCode', 'displayName',
    'preferredLanguage', 'technicalNotificationMails', 'tenantType', 'verifiedDomains'],
  filters: {},
};

function organizationJson(t: Readonly<TenantData>): Record<string, unknown> {
  const admin = t.users.find((u) => u.directoryRoles.includes('Global Administrator'));
  return {
    id: t.tenantId, deletedDateTime: null, businessPhones: [], city: null, country: null, countryLetterCode: 'DE',
    displayName: t.organization.displayName, preferredLanguage: 'de', technicalNotificationMails: admin ? [admin.mail] : [],
    tenantType: 'AAD',
    verifiedDomains: t.organization.verifiedDomains.map((d) => ({
      capabilities: d.capabilities, isDefault: d.isDefault, isInitial: d.isInitial, name: d.name, type: d.type,
    })),
  };
}

/** Handles /organization and /organization/{tenant id}. */
export function handleOrganization(g: GraphRequest): GraphReply {
  if (g.method !== 'GET') return methodNotAllowed();
  const denied = requirePermission(g.caller, 'readOrganization');
  if (denied) return denied;
  const t = g.ctx.state.current();
  if (g.rest[0] !== undefined) return segmentNotFound(g.rest[0]);
  if (g.key) {
    if (g.key.by !== 'id' || g.key.value.toLowerCase() !== t.tenantId) return resourceNotFound(g.key.value);
    const select = readSelect(g.url, ORGANIZATION_SET);
    if (isErrorReply(select)) return select;
    return json(entityBody(g.origin, 'organization', organizationJson(t), select));
  }
  const query = readQuery(g.url, ORGANIZATION_SET);
  if (isErrorReply(query)) return query;
  return json(collectionBody(g.origin, g.url, setFragment('organization', query.select), [organizationJson(t)], query));
}

/** Handles /subscribedSkus. */
export function handleSubscribedSkus(g: GraphRequest): GraphReply {
  if (g.method !== 'GET') return methodNotAllowed();
  if (g.rest[0] !== undefined || g.key) return segmentNotFound(g.rest[0] ?? 'subscribedSkus');
  const denied = requirePermission(g.caller, 'readSubscribedSkus');
  if (denied) return denied;
  const t = g.ctx.state.current();
  const value = t.organization.skus.map((sku) => ({
    accountId: t.tenantId, accountName: t.organization.displayName, appliesTo: 'User', capabilityStatus: 'Enabled',
    consumedUnits: t.users.filter((u) => u.assignedLicenses.some((l) => l.skuId === sku.skuId)).length,
    id: `${t.tenantId}_${sku.skuId}`,
    prepaidUnits: { enabled: 25, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: [], skuId: sku.skuId, skuPartNumber: sku.skuPartNumber, subscriptionIds: [],
  }));
  return json({ '@odata.context': contextUrl(g.origin, 'subscribedSkus'), value });
}

const SECURITY_DEFAULTS = 'identitySecurityDefaultsEnforcementPolicy';

function securityDefaultsJson(origin: string, t: Readonly<TenantData>): Record<string, unknown> {
  return {
    '@odata.context': contextUrl(origin, `policies/${SECURITY_DEFAULTS}/$entity`),
    id: '00000000-0000-0000-0000-000000000005',
    displayName: 'Security Defaults',
    description: 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.',
    isEnabled: t.securityDefaults.isEnabled,
  };
}

async function patchSecurityDefaults(g: GraphRequest): Promise<GraphReply> {
  const denied = requirePermission(g.caller, 'writeSecurityDefaults') ?? requireAdminRole(g.caller, g.ctx.state.current(), 'manageSecurityDefaults');
  if (denied) return denied;
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const bad = checkBodyProperties(body, ['isEnabled'], ['id', 'displayName', 'description', 'isEnabled'],
    'identitySecurityDefaultsEnforcementPolicy', 'IdentitySecurityDefaultsEnforcementPolicy');
  if (bad) return bad;
  if (typeof body.isEnabled !== 'boolean') return invalidValue('isEnabled', 'IdentitySecurityDefaultsEnforcementPolicy');
  const isEnabled = body.isEnabled;
  g.ctx.state.update(`Graph: security defaults ${isEnabled ? 'enabled' : 'disabled'}`, (draft) => {
    draft.securityDefaults.isEnabled = isEnabled;
  });
  return noContent;
}

/** Handles /policies/identitySecurityDefaultsEnforcementPolicy. */
export function handlePolicies(g: GraphRequest): GraphReply | Promise<GraphReply> {
  const [policy, extra] = g.rest;
  if (g.key || policy === undefined) return segmentNotFound('policies');
  if (policy.toLowerCase() !== SECURITY_DEFAULTS.toLowerCase() || extra !== undefined) return segmentNotFound(extra ?? policy);
  if (g.method === 'PATCH') return patchSecurityDefaults(g);
  if (g.method !== 'GET') return methodNotAllowed();
  const denied = requirePermission(g.caller, 'readPolicies');
  if (denied) return denied;
  return json(securityDefaultsJson(g.origin, g.ctx.state.current()));
}
