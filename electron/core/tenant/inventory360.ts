/**
 * Inventory360 (app-only SMTP through its gallery app) read through Microsoft Graph: the
 * enterprise app and its Object ID, the SMTP.SendAsApp grant, the sending user, and security
 * defaults. Steps 1–2 of the vendor guide; the Exchange steps have no Graph API (PowerShell).
 */
import type { CloudProfile } from '../clouds.js';
import { adminConsentUrlV1, enterpriseAppOverviewUrl, enterpriseAppPermissionsUrl } from '../clouds-links.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphServicePrincipal } from '../graph/graph-types.js';
import { findServicePrincipal } from '../graph/queries.js';
import { ok, type Result } from '../result.js';
import { exchangeRoleGrants, grantExchangeAppRole, resolveExchange } from './exchange-grants.js';
import { okFinding, problem, unknownFinding, type Finding } from './findings.js';
import { checkSecurityDefaults, checkSendingUser } from './tenant-checks.js';
import { INVENTORY360_APP_ID } from './well-known-ids.js';

/** Input of the Inventory360 check. */
export interface Inventory360CheckInput {
  readonly graph: GraphClient;
  readonly profile: CloudProfile;
  /** The tenant id (from the sign-in); used in the admin-consent URL. */
  readonly tenantId: string;
  /** The mailbox Inventory360 sends as. */
  readonly senderUpn: string;
  readonly signal?: AbortSignal;
}

/** Links the wizard shows for Inventory360. */
export interface Inventory360Links {
  /** Admin consent for everything Inventory360 requests, SMTP.SendAsApp included (existing customers re-consent). */
  readonly adminConsent: string;
  /** Entra → Enterprise app → Overview (copy the Object ID); null until the app exists. */
  readonly enterpriseAppOverview: string | null;
  /** Entra → Enterprise app → Permissions; null until the app exists. */
  readonly enterpriseAppPermissions: string | null;
}

/** What the check found. */
export interface Inventory360Report {
  readonly findings: readonly Finding[];
  /**
   * The enterprise app's Object ID (service principal id) — the value New-ServicePrincipal
   * -ObjectId and Add-MailboxPermission -User need; never the app registration's object id.
   */
  readonly servicePrincipalObjectId: string | null;
  readonly links: Inventory360Links;
}

/** Finding ids of the Inventory360 check. */
export const INVENTORY360_FINDINGS = {
  enterpriseApp: 'inventory360.enterprise-app',
  smtpSendAsApp: 'inventory360.smtp-send-as-app',
  sendingUser: 'inventory360.sending-user',
  securityDefaults: 'tenant.security-defaults',
} as const;

/** Runs every Graph check of the Inventory360 profile. */
export async function checkInventory360(input: Inventory360CheckInput): Promise<Inventory360Report> {
  const { graph, profile, signal } = input;
  const ids = INVENTORY360_FINDINGS;
  const adminConsent = adminConsentUrlV1(profile, input.tenantId, INVENTORY360_APP_ID);
  const consentFix = { action: 'grant-admin-consent', auto: false, url: adminConsent } as const;
  const findings: Finding[] = [];

  // Independent reads go out together; only the grant lookup needs the app and Exchange first.
  const [sp, exchange, sendingUser, securityDefaults] = await Promise.all([
    findServicePrincipal(graph, INVENTORY360_APP_ID, signal),
    resolveExchange(graph, signal),
    checkSendingUser(graph, ids.sendingUser, input.senderUpn, signal),
    checkSecurityDefaults(graph, profile, ids.securityDefaults, signal),
  ]);
  let enterpriseApp: GraphServicePrincipal | null = null;
  if (!sp.ok) {
    findings.push(unknownFinding(ids.enterpriseApp, sp.error), unknownFinding(ids.smtpSendAsApp, sp.error));
  } else if (!sp.value) {
    // The enterprise app appears with the first admin consent; without it nothing else can be granted.
    findings.push(
      problem(ids.enterpriseApp, 'missing', 'consent_missing',
        `No service principal with appId ${INVENTORY360_APP_ID} in the tenant: Inventory360 was never consented.`, { fixStep: consentFix }),
      problem(ids.smtpSendAsApp, 'missing', 'consent_missing',
        'SMTP.SendAsApp cannot be granted before the Inventory360 enterprise app exists.', { fixStep: consentFix }),
    );
  } else {
    enterpriseApp = sp.value;
    findings.push(okFinding(ids.enterpriseApp,
      `Enterprise app "${sp.value.displayName}" found; its Object ID (service principal id) is ${sp.value.id}.`,
      { servicePrincipalObjectId: sp.value.id, appId: sp.value.appId, displayName: sp.value.displayName }));
    findings.push(await smtpGrantFinding(graph, enterpriseApp, exchange, consentFix, signal));
  }

  findings.push(sendingUser, securityDefaults);

  return {
    findings,
    servicePrincipalObjectId: enterpriseApp?.id ?? null,
    links: {
      adminConsent,
      enterpriseAppOverview: enterpriseApp ? enterpriseAppOverviewUrl(profile, enterpriseApp.id, INVENTORY360_APP_ID) : null,
      enterpriseAppPermissions: enterpriseApp ? enterpriseAppPermissionsUrl(profile, enterpriseApp.id, INVENTORY360_APP_ID) : null,
    },
  };
}

async function smtpGrantFinding(
  graph: GraphClient,
  sp: GraphServicePrincipal,
  exchange: Awaited<ReturnType<typeof resolveExchange>>,
  consentFix: Finding['fixStep'],
  signal: AbortSignal | undefined,
): Promise<Finding> {
  const id = INVENTORY360_FINDINGS.smtpSendAsApp;
  if (!exchange.ok) return unknownFinding(id, exchange.error);
  const grants = await exchangeRoleGrants(graph, exchange.value, sp.id, signal);
  if (!grants.ok) return unknownFinding(id, grants.error);
  const facts = {
    exchangeServicePrincipalObjectId: exchange.value.servicePrincipalObjectId,
    smtpSendAsAppRoleId: exchange.value.appRoleIds['SMTP.SendAsApp'] ?? null,
  };
  const grant = grants.value.granted['SMTP.SendAsApp'];
  if (grant) {
    return okFinding(id, `SMTP.SendAsApp on Office 365 Exchange Online is granted (assignment ${grant.id}).`,
      { ...facts, grantedAt: grant.createdDateTime ?? null });
  }
  const held = grants.value.assignments.map((a) => `${a.resourceDisplayName ?? a.resourceId}:${a.appRoleId}`);
  return problem(id, 'missing', 'consent_missing',
    `Inventory360 holds no SMTP.SendAsApp assignment on Exchange Online (it holds ${held.length === 0 ? 'no app roles' : held.join(', ')}).`,
    // The enterprise app exists, so the missing grant can be made through Graph (grantInventory360SmtpSendAsApp);
    // the consent page stays the way to do it by hand.
    { facts: { ...facts, heldAssignments: held }, ...(consentFix ? { fixStep: { ...consentFix, auto: true } } : {}) });
}

/**
 * Grants SMTP.SendAsApp to the Inventory360 enterprise app through Graph (the part of admin
 * consent the check found missing). `servicePrincipalObjectId` is the Object ID the check
 * reported; without it the enterprise app is looked up by Inventory360's appId. Token issuance
 * and Exchange see the grant only after replication.
 */
export async function grantInventory360SmtpSendAsApp(graph: GraphClient, signal?: AbortSignal, servicePrincipalObjectId?: string): Promise<Result<{ readonly assignmentId: string }>> {
  let spId = servicePrincipalObjectId;
  if (!spId) {
    const sp = await findServicePrincipal(graph, INVENTORY360_APP_ID, signal);
    if (!sp.ok) return sp;
    if (!sp.value) return { ok: false, error: { code: 'consent_missing', message: 'the Inventory360 enterprise app does not exist yet; use admin consent' } };
    spId = sp.value.id;
  }
  const exchange = await resolveExchange(graph, signal);
  if (!exchange.ok) return exchange;
  const granted = await grantExchangeAppRole(graph, exchange.value, spId, 'SMTP.SendAsApp', signal);
  return granted.ok ? ok({ assignmentId: granted.value.id }) : granted;
}
