/**
 * Any application that sends or reads mail over OAuth: its enterprise app, which Exchange
 * application permissions it holds (SMTP.SendAsApp, IMAP.AccessAsApp — client credentials) and
 * which delegated mail scopes are consented for it (SMTP.Send, IMAP.AccessAsUser.All).
 * Which of them the app needs depends on how it signs in, so missing ones are reported, and the
 * caller says which it expects.
 */
import type { CloudProfile } from '../clouds.js';
import { adminConsentUrlV1, enterpriseAppOverviewUrl, enterpriseAppPermissionsUrl } from '../clouds-links.js';
import type { GraphClient } from '../graph/graph-client.js';
import { findServicePrincipal } from '../graph/queries.js';
import { delegatedMailConsent } from './delegated-grants.js';
import { exchangeRoleGrants, resolveExchange } from './exchange-grants.js';
import { okFinding, problem, unknownFinding, type Finding } from './findings.js';

/** How the app authenticates to Exchange. */
export type GenericGrantKind = 'app-only-smtp' | 'app-only-imap' | 'delegated-smtp' | 'delegated-imap';

/** Input of the generic check. */
export interface GenericCheckInput {
  readonly graph: GraphClient;
  readonly profile: CloudProfile;
  readonly tenantId: string;
  /** The client ID of the app. */
  readonly appId: string;
  /** What the app needs; a missing grant of these is a problem, of others just a fact. Default: app-only-smtp. */
  readonly expects?: readonly GenericGrantKind[];
  readonly signal?: AbortSignal;
}

/** What the generic check found. */
export interface GenericReport {
  readonly findings: readonly Finding[];
  readonly servicePrincipalObjectId: string | null;
  /** Which grants the app holds (null = could not read). */
  readonly holds: Readonly<Record<GenericGrantKind, boolean | null>>;
}

/** Finding ids of the generic check. */
export const GENERIC_FINDINGS = {
  servicePrincipal: 'generic.service-principal',
  'app-only-smtp': 'generic.smtp-send-as-app',
  'app-only-imap': 'generic.imap-access-as-app',
  'delegated-smtp': 'generic.delegated-smtp-send',
  'delegated-imap': 'generic.delegated-imap-access',
} as const;

const LABEL: Readonly<Record<GenericGrantKind, string>> = {
  'app-only-smtp': 'SMTP.SendAsApp (application)',
  'app-only-imap': 'IMAP.AccessAsApp (application)',
  'delegated-smtp': 'SMTP.Send (delegated)',
  'delegated-imap': 'IMAP.AccessAsUser.All (delegated)',
};

const KINDS: readonly GenericGrantKind[] = ['app-only-smtp', 'app-only-imap', 'delegated-smtp', 'delegated-imap'];

/** Runs the generic checks for one app id. */
export async function checkGenericApp(input: GenericCheckInput): Promise<GenericReport> {
  const { graph, profile, appId, signal } = input;
  const expects = new Set(input.expects ?? ['app-only-smtp']);
  const findings: Finding[] = [];
  const holds: Record<GenericGrantKind, boolean | null> = { 'app-only-smtp': null, 'app-only-imap': null, 'delegated-smtp': null, 'delegated-imap': null };
  // The Exchange Online lookup does not depend on the app: ask for both at once.
  const [sp, exchange] = await Promise.all([findServicePrincipal(graph, appId, signal), resolveExchange(graph, signal)]);
  if (!sp.ok || !sp.value) {
    findings.push(sp.ok
      ? problem(GENERIC_FINDINGS.servicePrincipal, 'missing', 'consent_missing',
        `No service principal with appId ${appId}: the app was never consented in this tenant (or the ID is wrong).`,
        { fixStep: { action: 'grant-admin-consent', auto: false, url: adminConsentUrlV1(profile, input.tenantId, appId) } })
      : unknownFinding(GENERIC_FINDINGS.servicePrincipal, sp.error));
    return { findings, servicePrincipalObjectId: null, holds };
  }
  const spId = sp.value.id;
  findings.push(okFinding(GENERIC_FINDINGS.servicePrincipal, `Enterprise app "${sp.value.displayName}" found; Object ID ${spId}.`,
    { servicePrincipalObjectId: spId, appId, displayName: sp.value.displayName, overview: enterpriseAppOverviewUrl(profile, spId, appId) }));

  const [roles, consent] = await Promise.all([
    exchange.ok ? exchangeRoleGrants(graph, exchange.value, spId, signal) : Promise.resolve(exchange),
    delegatedMailConsent(graph, spId, signal),
  ]);
  if (roles.ok) {
    holds['app-only-smtp'] = roles.value.granted['SMTP.SendAsApp'] !== undefined;
    holds['app-only-imap'] = roles.value.granted['IMAP.AccessAsApp'] !== undefined;
  }
  if (consent.ok) {
    const consented = new Set([...consent.value.allPrincipals, ...Object.values(consent.value.perUser).flat()]);
    holds['delegated-smtp'] = consented.has('SMTP.Send');
    holds['delegated-imap'] = consented.has('IMAP.AccessAsUser.All');
  }

  for (const kind of KINDS) {
    const id = GENERIC_FINDINGS[kind];
    const error = kind.startsWith('app-only') ? (roles.ok ? undefined : roles.error) : (consent.ok ? undefined : consent.error);
    if (error) {
      if (expects.has(kind)) findings.push(unknownFinding(id, error));
      continue;
    }
    if (holds[kind]) findings.push(okFinding(id, `${LABEL[kind]} is granted.`));
    else if (expects.has(kind)) findings.push(missingGrant(kind, id, input, spId));
  }
  return { findings, servicePrincipalObjectId: spId, holds };
}

function missingGrant(kind: GenericGrantKind, id: string, input: GenericCheckInput, spId: string): Finding {
  const { profile, appId } = input;
  if (kind === 'app-only-smtp' || kind === 'app-only-imap') {
    return problem(id, 'missing', 'consent_missing', `${LABEL[kind]} on Office 365 Exchange Online is not granted.`,
      { fixStep: { action: 'grant-app-role', auto: true, url: enterpriseAppPermissionsUrl(profile, spId, appId) } });
  }
  return problem(id, 'missing', 'consent_missing', `${LABEL[kind]} is not consented (no oauth2PermissionGrant for this app on Microsoft Graph or Exchange).`,
    { fixStep: { action: 'grant-delegated-consent', auto: false, url: enterpriseAppPermissionsUrl(profile, spId, appId) } });
}
