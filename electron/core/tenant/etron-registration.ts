/**
 * What the ETRON onRetail app registration must look like (seeds/etron-onretail-outlook-oauth.de.txt,
 * step 1): a name, "accounts in any organizational directory and personal Microsoft accounts",
 * the Web redirect https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm, and the
 * delegated Microsoft Graph permissions SMTP.Send + IMAP.AccessAsUser.All (+ User.Read).
 * Pure functions: the desired shape, and the drift between it and what Graph returned.
 */
import type { GraphApplication, GraphRequiredResourceAccess } from '../graph/graph-types.js';
import { fail, ok, type Result } from '../result.js';
import { GRAPH_DELEGATED_IDS, MICROSOFT_GRAPH_APP_ID } from './well-known-ids.js';

/** The guide's example name. */
export const ETRON_DEFAULT_DISPLAY_NAME = 'ETRON onRetail';

/** "Konten in einem beliebigen Organisationsverzeichnis … und persönliche Microsoft-Konten". */
export const ETRON_SIGN_IN_AUDIENCE = 'AzureADandPersonalMicrosoftAccount';

/**
 * Audiences ETRON's sign-in works with. Odoo's microsoft_outlook signs in through /common, which
 * accepts a multi-tenant app (AzureADMultipleOrgs) for every Microsoft 365 (work or school)
 * account — the only accounts that send through Exchange Online here. So that is not drift, just
 * narrower than the guide (no personal accounts); single-tenant (AzureADMyOrg: /common refuses it
 * with AADSTS50194) and personal-only are.
 */
export const ETRON_WORKING_AUDIENCES: readonly string[] = [ETRON_SIGN_IN_AUDIENCE, 'AzureADMultipleOrgs'];

/**
 * Apps open to personal accounts must request v2 access tokens: Graph refuses a signInAudience of
 * AzureADandPersonalMicrosoftAccount unless the same body sets api.requestedAccessTokenVersion 2
 * (error InvalidAccessTokenVersion, "One or more properties contains invalid values." —
 * azure-ad-b2c/Scripts#2; microsoft-graph-docs-contrib#1122, apiApplication resource type).
 */
export const ETRON_ACCESS_TOKEN_VERSION = 2;

/** The delegated Graph permissions ETRON needs. */
export const ETRON_PERMISSIONS = ['SMTP.Send', 'IMAP.AccessAsUser.All', 'User.Read'] as const;

/** One ETRON permission. */
export type EtronPermission = (typeof ETRON_PERMISSIONS)[number];

/** A DNS label: lowercase letters, digits and hyphens, 1–63, no hyphen at either end. */
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Validates the ETRON instance name (the `<instance>` in <instance>.wawi.onretail.eu). */
export function validateInstance(instance: string): Result<string> {
  if (!DNS_LABEL.test(instance)) {
    return fail('invalid_input',
      'The ETRON instance must be one DNS label: lowercase letters, digits and hyphens, 1–63 characters, not starting or ending with a hyphen.',
      { field: 'instance' });
  }
  return ok(instance);
}

/** The Web redirect URI for an instance. */
export function etronRedirectUri(instance: string): Result<string> {
  const valid = validateInstance(instance);
  return valid.ok ? ok(`https://${valid.value}.wawi.onretail.eu/microsoft_outlook/confirm`) : valid;
}

/** The Graph `requiredResourceAccess` entry ETRON needs. */
export function etronResourceAccess(): GraphRequiredResourceAccess {
  return {
    resourceAppId: MICROSOFT_GRAPH_APP_ID,
    resourceAccess: ETRON_PERMISSIONS.map((p) => ({ id: GRAPH_DELEGATED_IDS[p], type: 'Scope' as const })),
  };
}

/** The body of POST /applications (§3.4 with a Web redirect instead of publicClient). */
export function etronApplicationBody(displayName: string, redirectUri: string): Record<string, unknown> {
  return {
    displayName,
    signInAudience: ETRON_SIGN_IN_AUDIENCE,
    api: { requestedAccessTokenVersion: ETRON_ACCESS_TOKEN_VERSION },
    web: { redirectUris: [redirectUri] },
    requiredResourceAccess: [etronResourceAccess()],
  };
}

/** One difference between the registration and the guide. */
export type EtronDrift =
  | { readonly kind: 'redirect-uri'; readonly expected: string; readonly actual: readonly string[] }
  | { readonly kind: 'permission'; readonly missing: readonly EtronPermission[] }
  | { readonly kind: 'audience'; readonly expected: string; readonly actual: string };

/** What differs from the guide (empty = as it should be). */
export function registrationDrift(app: GraphApplication, redirectUri: string): EtronDrift[] {
  const drift: EtronDrift[] = [];
  const uris = app.web?.redirectUris ?? [];
  if (!uris.includes(redirectUri)) drift.push({ kind: 'redirect-uri', expected: redirectUri, actual: uris });
  const graph = app.requiredResourceAccess.find((r) => r.resourceAppId === MICROSOFT_GRAPH_APP_ID);
  const missing = ETRON_PERMISSIONS.filter((p) =>
    !graph?.resourceAccess.some((a) => a.type === 'Scope' && a.id.toLowerCase() === GRAPH_DELEGATED_IDS[p]));
  if (missing.length > 0) drift.push({ kind: 'permission', missing });
  if (!ETRON_WORKING_AUDIENCES.includes(app.signInAudience)) {
    drift.push({ kind: 'audience', expected: ETRON_SIGN_IN_AUDIENCE, actual: app.signInAudience });
  }
  return drift;
}

/**
 * The PATCH body that repairs the drift. A wrong redirect URI on the instance's own host is
 * replaced; URIs of other hosts and other permissions stay (another instance or product may use
 * them); missing permissions are added.
 */
export function repairBody(app: GraphApplication, drift: readonly EtronDrift[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const d of drift) {
    if (d.kind === 'redirect-uri') {
      const host = new URL(d.expected).host;
      const others = d.actual.filter((u) => hostOf(u) !== host);
      body.web = { redirectUris: [...others, d.expected] };
    }
    if (d.kind === 'audience') {
      body.signInAudience = d.expected;
      // Both in one body, or Graph answers InvalidAccessTokenVersion. The rest of `api` is sent
      // back unchanged in case Graph replaces the complex value as a whole.
      body.api = { ...(app.api ?? {}), requestedAccessTokenVersion: ETRON_ACCESS_TOKEN_VERSION };
    }
    if (d.kind === 'permission') {
      const others = app.requiredResourceAccess.filter((r) => r.resourceAppId !== MICROSOFT_GRAPH_APP_ID);
      const graph = app.requiredResourceAccess.find((r) => r.resourceAppId === MICROSOFT_GRAPH_APP_ID);
      const added = d.missing.map((p) => ({ id: GRAPH_DELEGATED_IDS[p], type: 'Scope' as const }));
      body.requiredResourceAccess = [
        ...others,
        { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [...(graph?.resourceAccess ?? []), ...added] },
      ];
    }
  }
  return body;
}

function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).host;
  } catch {
    return undefined;
  }
}

/** A note on an audience that works but is narrower than the guide (null when there is none). */
export function audienceNote(app: GraphApplication): string | null {
  return app.signInAudience === 'AzureADMultipleOrgs'
    ? 'signInAudience is AzureADMultipleOrgs: Microsoft 365 accounts sign in through /common as ETRON does; the guide also allows personal Microsoft accounts, which do not send through Exchange Online.'
    : null;
}

/** A drift in words, for evidence. */
export function describeDrift(d: EtronDrift): string {
  switch (d.kind) {
    case 'redirect-uri':
      return `Web redirect URIs are [${d.actual.join(', ')}]; ${d.expected} is missing`;
    case 'permission':
      return `delegated Microsoft Graph permission(s) missing: ${d.missing.join(', ')}`;
    case 'audience':
      return `signInAudience is ${d.actual}, the guide needs ${d.expected}`;
  }
}
