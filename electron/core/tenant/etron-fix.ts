/**
 * What the assistant does for ETRON through Graph: create or repair the app registration
 * exactly as the guide says, create its enterprise app, assign users, grant delegated consent
 * for all users, and create the client secret (client-secret.ts).
 */
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphApplication, GraphOAuth2PermissionGrant, GraphServicePrincipal } from '../graph/graph-types.js';
import { segment } from '../graph/odata.js';
import { isMissingBackingApplication, untilConsistent, type ConsistencyRetry } from '../graph/eventual-consistency.js';
import { APPLICATION_SELECT, findServicePrincipal, servicePrincipalByAppId } from '../graph/queries.js';
import { fail, ok, type Result } from '../result.js';
import { createClientSecret, type NewClientSecret } from './client-secret.js';
import { delegatedMailConsent } from './delegated-grants.js';
import { findEtronApplication, type EtronTarget } from './etron.js';
import {
  ETRON_DEFAULT_DISPLAY_NAME, etronApplicationBody, etronRedirectUri, registrationDrift, repairBody, type EtronDrift,
} from './etron-registration.js';

/** The registration after ensureEtronApplication. */
export interface EnsuredApplication {
  readonly application: GraphApplication;
  readonly created: boolean;
  /** What was repaired (empty when it was right or just created). */
  readonly repaired: readonly EtronDrift[];
}

/** How ensureEtronApplication treats a registration Graph may not show yet. */
export interface EnsureOptions extends ConsistencyRetry {
  /**
   * `target.appId` is one the assistant created itself a moment ago: a lookup that misses it is
   * Graph catching up, so it is tried again instead of giving up. A lookup by name is never
   * trusted to create: the caller pins the appId the create returned (fix-memory.ts), so a
   * replica that misses the new app cannot lead to a second one.
   */
  readonly knownToExist?: boolean;
}

/** Finds the registration and repairs its drift, or creates it (Application.ReadWrite.All). */
export async function ensureEtronApplication(graph: GraphClient, target: EtronTarget, signal?: AbortSignal, options: EnsureOptions = {}): Promise<Result<EnsuredApplication>> {
  const redirect = etronRedirectUri(target.instance);
  if (!redirect.ok) return redirect;
  const write = { step: 'write-apps' as const, ...(signal ? { signal } : {}) };
  const lookup = (): ReturnType<typeof findEtronApplication> => findEtronApplication(graph, target, signal);
  const found = target.appId && options.knownToExist
    ? await untilConsistent(lookup, (r) => !r.ok || r.value !== null, { ...options, ...(signal ? { signal } : {}) })
    : await lookup();
  if (!found.ok) return found;
  if (!found.value) {
    if (target.appId) return fail('not_found', `no app registration with appId ${target.appId}`, { field: 'appId' });
    const created = await graph.post<GraphApplication>('applications',
      etronApplicationBody(target.displayName ?? ETRON_DEFAULT_DISPLAY_NAME, redirect.value), write);
    return created.ok ? ok({ application: created.value, created: true, repaired: [] }) : created;
  }
  const app = found.value;
  const drift = registrationDrift(app, redirect.value);
  if (drift.length === 0) return ok({ application: app, created: false, repaired: [] });
  const patched = await graph.patch(`applications/${segment(app.id)}`, repairBody(app, drift), write);
  if (!patched.ok) return patched;
  const reread = await graph.get<GraphApplication>(`applications/${segment(app.id)}?$select=${APPLICATION_SELECT.join(',')}`, { step: 'read-apps', ...(signal ? { signal } : {}) });
  return reread.ok ? ok({ application: reread.value, created: false, repaired: drift }) : reread;
}

/** Graph's 409 when the appId already has a service principal (one a lagging lookup missed). */
function isAlreadyInUse(error: { readonly code: string; readonly detail?: string }): boolean {
  return error.code === 'graph_error' && /^Request_MultipleObjectsWithSameKeyValue\b/.test(error.detail ?? '');
}

/**
 * Finds or creates the enterprise app of a registration (§3.6). Right after the registration was
 * created Graph may refuse the service principal ("does not reference a valid application
 * object"): that is tried again with back-off. A 409 means a lookup missed an existing one: it is
 * read by its alternate key instead of failing.
 */
export async function ensureServicePrincipal(graph: GraphClient, appId: string, signal?: AbortSignal, retry: ConsistencyRetry = {}): Promise<Result<{ readonly servicePrincipal: GraphServicePrincipal; readonly created: boolean }>> {
  const found = await findServicePrincipal(graph, appId, signal);
  if (!found.ok) return found;
  if (found.value) return ok({ servicePrincipal: found.value, created: false });
  const created = await untilConsistent(
    () => graph.post<GraphServicePrincipal>('servicePrincipals', { appId }, { step: 'write-apps', ...(signal ? { signal } : {}) }),
    (r) => r.ok || !isMissingBackingApplication(r.error),
    { ...retry, ...(signal ? { signal } : {}) },
  );
  if (created.ok) return ok({ servicePrincipal: created.value, created: true });
  if (!isAlreadyInUse(created.error)) return created;
  const existing = await servicePrincipalByAppId(graph, appId, signal);
  return existing.ok ? ok({ servicePrincipal: existing.value, created: false }) : existing;
}

/** The scopes ETRON's users consent to, granted for all users at once (§3.10). */
export const ETRON_CONSENT_SCOPES = ['SMTP.Send', 'IMAP.AccessAsUser.All', 'offline_access', 'User.Read'] as const;

/**
 * Admin consent for all users on Microsoft Graph: creates the AllPrincipals grant, or adds the
 * missing scopes to an existing one. Needs DelegatedPermissionGrant.ReadWrite.All.
 */
export async function grantEtronDelegatedConsent(graph: GraphClient, servicePrincipalObjectId: string, signal?: AbortSignal): Promise<Result<{ readonly grantId: string; readonly scope: string }>> {
  const consent = await delegatedMailConsent(graph, servicePrincipalObjectId, signal);
  if (!consent.ok) return consent;
  const graphSpId = consent.value.graphServicePrincipalObjectId;
  if (!graphSpId) return fail('not_found', 'the tenant has no Microsoft Graph service principal');
  const options = { step: 'grant-delegated' as const, ...(signal ? { signal } : {}) };
  const existing = consent.value.grants.find((g) => g.consentType === 'AllPrincipals' && g.resourceId.toLowerCase() === graphSpId.toLowerCase());
  if (existing) {
    const scope = [...new Set([...existing.scope.split(' ').filter(Boolean), ...ETRON_CONSENT_SCOPES])].join(' ');
    const patched = await graph.patch(`oauth2PermissionGrants/${segment(existing.id)}`, { scope }, options);
    return patched.ok ? ok({ grantId: existing.id, scope }) : patched;
  }
  const scope = ETRON_CONSENT_SCOPES.join(' ');
  const created = await graph.post<GraphOAuth2PermissionGrant>('oauth2PermissionGrants',
    { clientId: servicePrincipalObjectId, consentType: 'AllPrincipals', resourceId: graphSpId, scope }, options);
  return created.ok ? ok({ grantId: created.value.id, scope }) : created;
}

/** A new ETRON client secret ("ETRON-OAuth", the guide's description), longest validity allowed. */
export function createEtronSecret(graph: GraphClient, applicationObjectId: string, signal?: AbortSignal): Promise<Result<NewClientSecret>> {
  return createClientSecret(graph, { applicationObjectId, displayName: 'ETRON-OAuth', ...(signal ? { signal } : {}) });
}
