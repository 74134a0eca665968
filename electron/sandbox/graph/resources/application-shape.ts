/**
 * The Graph JSON of an app registration (`application`) and how one is addressed. Only
 * registrations whose home is this tenant are in its directory: a vendor's multi-tenant app
 * (Inventory360) shows up here only as a service principal.
 * Shape: microsoft-graph-docs-contrib api-reference/v1.0/api/application-post-applications.md.
 */
import type { SandboxApplication, SandboxPasswordCredential, TenantData } from '../../tenant-model.js';
import { SANDBOX_NAMES } from '../../tenant-seed.js';
import { invalidObjectId, isGuid, resourceNotFound, type GraphErrorReply } from '../errors.js';
import type { EntitySetSpec } from '../odata-filter.js';
import type { EntityKey } from '../request.js';

/** A client secret as Graph lists it: the value is never returned after addPassword. */
export function passwordCredentialJson(c: Readonly<SandboxPasswordCredential>, secretText: string | null = null): Record<string, unknown> {
  return {
    customKeyIdentifier: null, displayName: c.displayName, endDateTime: c.endDateTime, hint: c.hint,
    keyId: c.keyId, secretText, startDateTime: c.startDateTime,
  };
}

/** Apps open to personal accounts ("converged") must request v2 access tokens (apiApplication docs). */
export function isConvergedAudience(audience: SandboxApplication['signInAudience']): boolean {
  return audience === 'AzureADandPersonalMicrosoftAccount' || audience === 'PersonalMicrosoftAccount';
}

/** `api.requestedAccessTokenVersion` as Graph shows it (Entra sets 2 on create for converged apps). */
export function accessTokenVersionOf(app: Readonly<SandboxApplication>): 1 | 2 | null {
  if (app.requestedAccessTokenVersion !== undefined) return app.requestedAccessTokenVersion;
  return isConvergedAudience(app.signInAudience) ? 2 : null;
}

/** An application as Graph returns it; `withKeys`: the certificates' `key` too (single object, $select=keyCredentials). */
export function applicationJson(app: Readonly<SandboxApplication>, withKeys = false): Record<string, unknown> {
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    applicationTemplateId: null,
    createdDateTime: app.createdDateTime,
    displayName: app.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: app.isFallbackPublicClient,
    notes: null,
    publisherDomain: SANDBOX_NAMES.initialDomain,
    signInAudience: app.signInAudience,
    tags: [],
    tokenEncryptionKeyId: null,
    addIns: [],
    api: {
      acceptMappedClaims: null, knownClientApplications: [], oauth2PermissionScopes: [], preAuthorizedApplications: [],
      requestedAccessTokenVersion: accessTokenVersionOf(app),
    },
    appRoles: [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: app.keyCredentials.map((k) => ({
      customKeyIdentifier: k.customKeyIdentifier, displayName: k.displayName, endDateTime: k.endDateTime,
      key: withKeys ? k.key : null, keyId: k.keyId, startDateTime: k.startDateTime, type: k.type, usage: k.usage,
    })),
    optionalClaims: null,
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: app.passwordCredentials.map((c) => passwordCredentialJson(c)),
    publicClient: { redirectUris: [...app.publicClient.redirectUris] },
    requiredResourceAccess: app.requiredResourceAccess.map((r) => ({
      resourceAppId: r.resourceAppId, resourceAccess: r.resourceAccess.map((a) => ({ id: a.id, type: a.type })),
    })),
    spa: { redirectUris: [...app.spa.redirectUris] },
    web: {
      homePageUrl: null, logoutUrl: null, redirectUris: [...app.web.redirectUris],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
    },
  };
}

/** Properties and filters of /applications. */
export const APPLICATION_SET: EntitySetSpec = {
  type: 'application',
  resource: 'Application',
  properties: [
    'id', 'deletedDateTime', 'appId', 'applicationTemplateId', 'createdDateTime', 'displayName', 'description',
    'groupMembershipClaims', 'identifierUris', 'isDeviceOnlyAuthSupported', 'isFallbackPublicClient', 'notes',
    'publisherDomain', 'signInAudience', 'tags', 'tokenEncryptionKeyId', 'addIns', 'api', 'appRoles', 'info',
    'keyCredentials', 'optionalClaims', 'parentalControlSettings', 'passwordCredentials', 'publicClient',
    'requiredResourceAccess', 'spa', 'web',
  ],
  filters: {
    id: ['eq', 'in'],
    appId: ['eq', 'in'],
    displayName: ['eq', 'in', 'startswith'],
    signInAudience: ['eq', 'in'],
    identifierUris: ['any'],
    tags: ['any'],
  },
};

/** The registrations this tenant's directory holds. */
export function homeApplications(t: Readonly<TenantData>): readonly Readonly<SandboxApplication>[] {
  return t.applications.filter((a) => a.homeTenant === 'home');
}

/** Finds a home application by object id or appId, or Graph's 400/404. */
export function findApplication(t: Readonly<TenantData>, key: EntityKey): Readonly<SandboxApplication> | GraphErrorReply {
  if (key.by === 'id' && !isGuid(key.value)) return invalidObjectId(key.value);
  const lower = key.value.toLowerCase();
  const app = homeApplications(t).find((a) => (key.by === 'id' ? a.id : a.appId).toLowerCase() === lower);
  return app ?? resourceNotFound(key.value);
}
