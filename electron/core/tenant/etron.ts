/**
 * ETRON onRetail (its own app registration, delegated SMTP + IMAP) read through Microsoft Graph:
 * the registration and its drift from the guide, the enterprise app, user assignment, delegated
 * consent and the client secret's expiry. The fixes are in etron-fix.ts.
 */
import type { CloudProfile } from '../clouds.js';
import { appRegistrationUrl, enterpriseAppOverviewUrl } from '../clouds-links.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphApplication, GraphServicePrincipal } from '../graph/graph-types.js';
import { applicationByAppId, applicationsByName, findServicePrincipal } from '../graph/queries.js';
import { ok, type Result } from '../result.js';
import { secretExpiry, SECRET_WARNING_DAYS } from './client-secret.js';
import { delegatedMailConsent } from './delegated-grants.js';
import { assignmentFinding } from './etron-assignment.js';
import { audienceNote, describeDrift, ETRON_DEFAULT_DISPLAY_NAME, etronRedirectUri, registrationDrift } from './etron-registration.js';
import { okFinding, problem, unknownFinding, type Finding, type FixStep } from './findings.js';

/** Which ETRON app registration to look at. */
export interface EtronTarget {
  /** The `<instance>` of <instance>.wawi.onretail.eu. */
  readonly instance: string;
  /** Looked up by display name unless `appId` is given (default "ETRON onRetail"). */
  readonly displayName?: string;
  readonly appId?: string;
}

/** Input of the ETRON check. */
export interface EtronCheckInput extends EtronTarget {
  readonly graph: GraphClient;
  readonly profile: CloudProfile;
  /** Users who will send through ETRON (checked for assignment when it is required). */
  readonly senderUpns?: readonly string[];
  readonly nowMs?: number;
  readonly signal?: AbortSignal;
}

/** What the ETRON check found. */
export interface EtronReport {
  readonly findings: readonly Finding[];
  readonly redirectUri: string;
  /** The registration, when found: object id (for addPassword/PATCH) and client ID (for ETRON). */
  readonly application: { readonly applicationObjectId: string; readonly clientId: string; readonly displayName: string } | null;
  readonly servicePrincipalObjectId: string | null;
  readonly appRoleAssignmentRequired: boolean | null;
  readonly links: { readonly authentication: string | null; readonly apiPermissions: string | null; readonly certificatesSecrets: string | null; readonly enterpriseApp: string | null };
}

/** Finding ids of the ETRON check. */
export const ETRON_FINDINGS = {
  registration: 'etron.app-registration',
  redirectUri: 'etron.redirect-uri',
  permissions: 'etron.permissions',
  audience: 'etron.audience',
  servicePrincipal: 'etron.service-principal',
  assignment: 'etron.user-assignment',
  consent: 'etron.delegated-consent',
  secret: 'etron.client-secret',
} as const;

/** Finds the ETRON registration by appId, else by display name (null = none). */
export async function findEtronApplication(graph: GraphClient, target: Omit<EtronTarget, 'instance'>, signal?: AbortSignal): Promise<Result<GraphApplication | null>> {
  if (target.appId) return applicationByAppId(graph, target.appId, signal);
  const apps = await applicationsByName(graph, target.displayName ?? ETRON_DEFAULT_DISPLAY_NAME, signal);
  return apps.ok ? ok(apps.value[0] ?? null) : apps;
}

/** Runs every Graph check of the ETRON profile. Fails only on invalid input (the instance). */
export async function checkEtron(input: EtronCheckInput): Promise<Result<EtronReport>> {
  const redirect = etronRedirectUri(input.instance);
  if (!redirect.ok) return redirect;
  const { graph, profile, signal } = input;
  const ids = ETRON_FINDINGS;
  const findings: Finding[] = [];
  const repair: FixStep = { action: 'repair-app-registration', auto: true };
  const empty = { authentication: null, apiPermissions: null, certificatesSecrets: null, enterpriseApp: null };
  const report = (app: GraphApplication | null, sp: GraphServicePrincipal | null): EtronReport => ({
    findings, redirectUri: redirect.value,
    application: app ? { applicationObjectId: app.id, clientId: app.appId, displayName: app.displayName } : null,
    servicePrincipalObjectId: sp?.id ?? null,
    appRoleAssignmentRequired: sp?.appRoleAssignmentRequired ?? null,
    links: app ? {
      authentication: appRegistrationUrl(profile, app.appId, 'authentication'),
      apiPermissions: appRegistrationUrl(profile, app.appId, 'api-permissions'),
      certificatesSecrets: appRegistrationUrl(profile, app.appId, 'certificates-secrets'),
      enterpriseApp: sp ? enterpriseAppOverviewUrl(profile, sp.id, app.appId) : null,
    } : empty,
  });

  const found = await findEtronApplication(graph, input, signal);
  if (!found.ok) {
    findings.push(unknownFinding(ids.registration, found.error));
    return ok(report(null, null));
  }
  const app = found.value;
  if (!app) {
    const name = input.appId ? `appId ${input.appId}` : `display name "${input.displayName ?? ETRON_DEFAULT_DISPLAY_NAME}"`;
    findings.push(problem(ids.registration, 'missing', null, `No app registration with ${name}.`,
      { fixStep: { action: 'create-app-registration', auto: true } }));
    return ok(report(null, null));
  }
  findings.push(okFinding(ids.registration, `App registration "${app.displayName}" found (client ID ${app.appId}).`,
    { applicationObjectId: app.id, clientId: app.appId, displayName: app.displayName }));

  const drift = registrationDrift(app, redirect.value);
  const driftOf = (kind: string) => drift.find((d) => d.kind === kind);
  const redirectDrift = driftOf('redirect-uri');
  findings.push(redirectDrift
    ? problem(ids.redirectUri, 'wrong', 'redirect_uri_mismatch', describeDrift(redirectDrift),
      { facts: { expected: redirect.value, actual: app.web?.redirectUris ?? [] }, fixStep: repair })
    : okFinding(ids.redirectUri, `Web redirect URI ${redirect.value} is registered.`, { expected: redirect.value }));
  const permissionDrift = driftOf('permission');
  findings.push(permissionDrift
    ? problem(ids.permissions, 'missing', 'wrong_scope_or_resource', describeDrift(permissionDrift), { fixStep: repair })
    : okFinding(ids.permissions, 'Delegated Microsoft Graph SMTP.Send, IMAP.AccessAsUser.All and User.Read are requested.'));
  const audienceDrift = driftOf('audience');
  findings.push(audienceDrift
    ? problem(ids.audience, 'wrong', 'wrong_tenant_or_app', describeDrift(audienceDrift), { fixStep: repair })
    : okFinding(ids.audience, audienceNote(app) ?? `signInAudience is ${app.signInAudience}.`, { signInAudience: app.signInAudience }));

  findings.push(secretFinding(app, input.nowMs ?? Date.now()));

  const sp = await findServicePrincipal(graph, app.appId, signal);
  if (!sp.ok) {
    findings.push(unknownFinding(ids.servicePrincipal, sp.error));
    return ok(report(app, null));
  }
  if (!sp.value) {
    findings.push(problem(ids.servicePrincipal, 'missing', null,
      `The registration has no enterprise app (service principal) in this tenant, so users cannot be assigned.`,
      { fixStep: { action: 'create-service-principal', auto: true } }));
    return ok(report(app, null));
  }
  const enterpriseApp = sp.value;
  findings.push(okFinding(ids.servicePrincipal, `Enterprise app found; Object ID ${enterpriseApp.id}.`,
    { servicePrincipalObjectId: enterpriseApp.id, appRoleAssignmentRequired: enterpriseApp.appRoleAssignmentRequired ?? false }));
  findings.push(await assignmentFinding(graph, ids.assignment, enterpriseApp, input.senderUpns ?? [], signal));
  findings.push(await consentFinding(graph, enterpriseApp, signal));
  return ok(report(app, enterpriseApp));
}

function secretFinding(app: GraphApplication, nowMs: number): Finding {
  const id = ETRON_FINDINGS.secret;
  const expiry = secretExpiry(app.passwordCredentials ?? [], nowMs);
  const fixStep: FixStep = { action: 'create-client-secret', auto: true };
  const facts = { secretCount: expiry.count, latestEndDateTime: expiry.latestEndDateTime, daysLeft: expiry.daysLeft };
  if (expiry.state === 'none') return problem(id, 'missing', 'bad_client_secret', 'The registration has no client secret.', { facts, fixStep });
  if (expiry.state === 'expired') {
    return problem(id, 'wrong', 'bad_client_secret',
      `Every client secret has expired (latest end ${expiry.latestEndDateTime}); ETRON's sign-in fails until a new secret is entered.`, { facts, fixStep });
  }
  const warning = expiry.daysLeft !== null && expiry.daysLeft < SECRET_WARNING_DAYS
    ? { code: 'secret_expires_soon' as const, daysLeft: expiry.daysLeft } : undefined;
  return okFinding(id, `A client secret is valid until ${expiry.latestEndDateTime} (${expiry.daysLeft} days).`, facts, warning);
}

async function consentFinding(graph: GraphClient, sp: GraphServicePrincipal, signal?: AbortSignal): Promise<Finding> {
  const id = ETRON_FINDINGS.consent;
  const consent = await delegatedMailConsent(graph, sp.id, signal);
  if (!consent.ok) return unknownFinding(id, consent.error);
  const missing = (['SMTP.Send', 'IMAP.AccessAsUser.All'] as const).filter((s) => !consent.value.allPrincipals.includes(s));
  if (missing.length === 0) return okFinding(id, 'Admin consent for all users covers SMTP.Send and IMAP.AccessAsUser.All.');
  return problem(id, 'missing', 'consent_missing',
    `No admin consent for all users covers ${missing.join(', ')} (granted for all: ${consent.value.allPrincipals.join(' ') || 'nothing'}); users need approval to connect Outlook in ETRON.`,
    { facts: { grantedForAll: consent.value.allPrincipals }, fixStep: { action: 'grant-delegated-consent', auto: true } });
}
