/**
 * The Graph JSON of a service principal (enterprise application) and how one is addressed:
 * `/servicePrincipals/{id}` (the Object ID) or `/servicePrincipals(appId='…')`.
 * Property names: microsoft-graph-docs-contrib api-reference/v1.0/resources/serviceprincipal.md.
 */
import type { SandboxServicePrincipal, TenantData } from '../../tenant-model.js';
import { invalidObjectId, isGuid, resourceNotFound, type GraphErrorReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import type { EntityKey } from '../request.js';

/** A service principal as Graph returns it. */
export function servicePrincipalJson(t: Readonly<TenantData>, sp: Readonly<SandboxServicePrincipal>): Record<string, unknown> {
  const app = t.applications.find((a) => a.appId === sp.appId);
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: sp.accountEnabled,
    alternativeNames: [],
    appDisplayName: app?.displayName ?? sp.displayName,
    appDescription: null,
    appId: sp.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: sp.appOwnerOrganizationId,
    appRoleAssignmentRequired: sp.appRoleAssignmentRequired,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: sp.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [...sp.replyUrls],
    servicePrincipalNames: [...sp.servicePrincipalNames],
    servicePrincipalType: sp.servicePrincipalType,
    signInAudience: app?.signInAudience ?? 'AzureADMultipleOrgs',
    tags: [...sp.tags],
    tokenEncryptionKeyId: null,
    addIns: [],
    appRoles: sp.appRoles.map((r) => ({
      allowedMemberTypes: [...r.allowedMemberTypes], description: r.description, displayName: r.displayName,
      id: r.id, isEnabled: r.isEnabled, origin: r.origin, value: r.value,
    })),
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    oauth2PermissionScopes: sp.oauth2PermissionScopes.map((s) => ({
      adminConsentDescription: s.adminConsentDescription, adminConsentDisplayName: s.adminConsentDisplayName,
      id: s.id, isEnabled: s.isEnabled, type: s.type,
      userConsentDescription: s.userConsentDescription, userConsentDisplayName: s.userConsentDisplayName, value: s.value,
    })),
    passwordCredentials: [],
  };
}

/** Properties and filters of /servicePrincipals (appRoleAssignmentRequired is not filterable in Graph). */
export const SERVICE_PRINCIPAL_SET: EntitySetSpec = {
  type: 'servicePrincipal',
  resource: 'ServicePrincipal',
  properties: [
    'id', 'deletedDateTime', 'accountEnabled', 'alternativeNames', 'appDisplayName', 'appDescription', 'appId',
    'applicationTemplateId', 'appOwnerOrganizationId', 'appRoleAssignmentRequired', 'description', 'disabledByMicrosoftStatus',
    'displayName', 'homepage', 'loginUrl', 'logoutUrl', 'notes', 'notificationEmailAddresses', 'preferredSingleSignOnMode',
    'preferredTokenSigningKeyThumbprint', 'replyUrls', 'servicePrincipalNames', 'servicePrincipalType', 'signInAudience',
    'tags', 'tokenEncryptionKeyId', 'addIns', 'appRoles', 'info', 'keyCredentials', 'oauth2PermissionScopes', 'passwordCredentials',
  ],
  filters: {
    id: ['eq', 'in'],
    appId: ['eq', 'in'],
    displayName: ['eq', 'in', 'startswith'],
    accountEnabled: ['eq'],
    appOwnerOrganizationId: ['eq', 'in'],
    servicePrincipalNames: ['any'],
    servicePrincipalType: ['eq'],
    tags: ['any'],
  },
};

/** Finds a service principal by its key, or Graph's 400/404. */
export function findServicePrincipal(t: Readonly<TenantData>, key: EntityKey): Readonly<SandboxServicePrincipal> | GraphErrorReply {
  if (key.by === 'id' && !isGuid(key.value)) return invalidObjectId(key.value);
  const lower = key.value.toLowerCase();
  const sp = t.servicePrincipals.find((s) => (key.by === 'id' ? s.id : s.appId).toLowerCase() === lower);
  return sp ?? resourceNotFound(key.value);
}
