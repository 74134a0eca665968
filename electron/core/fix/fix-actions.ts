/**
 * The changes "Do it for me" (the app's applyFix) and the CLI's `fix` make through Microsoft
 * Graph, one per finding the tenant checks mark `auto`. Each takes its values from the check that
 * offered it (what the check was asked for and the findings Graph returned — the Object ID the
 * check reported, never a value from the renderer or a fixed id). The core functions name their
 * own consent step ('assign-app-roles', 'write-apps', 'grant-delegated'), so the admin is asked
 * for exactly that write permission, and only now.
 */
import type { ConsistencyRetry } from '../graph/eventual-consistency.js';
import type { GraphClient } from '../graph/graph-client.js';
import { findServicePrincipal, userByUpn } from '../graph/queries.js';
import { fail, ok, type Result } from '../result.js';
import { assignPrincipals, type PrincipalToAssign } from '../tenant/etron-assignment.js';
import { createEtronSecret, ensureEtronApplication, ensureServicePrincipal, grantEtronDelegatedConsent } from '../tenant/etron-fix.js';
import { ETRON_FINDINGS } from '../tenant/etron.js';
import { grantExchangeAppRole, resolveExchange } from '../tenant/exchange-grants.js';
import type { Finding, FixAction } from '../tenant/findings.js';
import { GENERIC_FINDINGS } from '../tenant/generic.js';
import { grantInventory360SmtpSendAsApp, INVENTORY360_FINDINGS } from '../tenant/inventory360.js';
import type { FixMemory } from './fix-memory.js';
import type { AppliedFix, FixTarget } from './fix-types.js';

/** What a fix knows: Graph as the admin, and the check that offered it. */
export interface FixContext {
  readonly graph: GraphClient;
  /** What the check was asked for (the app's RunTenantCheckRequest has this shape). */
  readonly request: FixTarget;
  /** Every finding of that check (ids and facts of the app it is about). */
  readonly findings: readonly Finding[];
  readonly finding: Finding;
  /** Ends a fix that waits for the consent page (the app quits). */
  readonly signal?: AbortSignal;
  /** What this session created already (never create a registration twice). */
  readonly memory?: FixMemory;
  /** Back-off while Graph catches up with a write (default: eventual-consistency.ts). */
  readonly retry?: ConsistencyRetry;
}

/** The part of AppliedFix the action decides. */
type Outcome = Omit<AppliedFix, 'action' | 'findingId'>;

/** A Graph date (ISO) as a German date, e.g. 04.12.2028; the text unchanged when it is no date. */
function germanDate(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(at);
}

function fact(findings: readonly Finding[], findingId: string, key: string): string | undefined {
  const value = findings.find((f) => f.id === findingId)?.facts?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function cannot(): Result<Outcome> {
  return fail('invalid_input', 'The assistant cannot make this change through Microsoft Graph.', { field: 'action' });
}

async function grantGenericRole(ctx: FixContext): Promise<Result<Outcome>> {
  const role = ctx.finding.id === GENERIC_FINDINGS['app-only-smtp'] ? 'SMTP.SendAsApp'
    : ctx.finding.id === GENERIC_FINDINGS['app-only-imap'] ? 'IMAP.AccessAsApp' : undefined;
  // The grant goes to the Object ID the check reported (the enterprise app's id).
  const spId = fact(ctx.findings, GENERIC_FINDINGS.servicePrincipal, 'servicePrincipalObjectId');
  const name = fact(ctx.findings, GENERIC_FINDINGS.servicePrincipal, 'displayName') ?? ctx.request.generic?.appId;
  if (!role || !spId) return cannot();
  const exchange = await resolveExchange(ctx.graph, ctx.signal);
  if (!exchange.ok) return exchange;
  const granted = await grantExchangeAppRole(ctx.graph, exchange.value, spId, role, ctx.signal);
  return granted.ok
    ? ok({ changed: true, summary: `${role} on Office 365 Exchange Online granted to ${name} (assignment ${granted.value.id}).`,
      summaryDe: `${role} für Office 365 Exchange Online an ${name} erteilt (Zuweisung ${granted.value.id}).` })
    : granted;
}

async function ensureRegistration(ctx: FixContext): Promise<Result<Outcome>> {
  const etron = ctx.request.etron;
  if (!etron) return cannot();
  // A registration this session created is addressed by the id its create returned.
  const createdBefore = etron.appId ? undefined : ctx.memory?.createdFor(etron);
  const target = createdBefore ? { ...etron, appId: createdBefore.appId } : etron;
  const ensured = await ensureEtronApplication(ctx.graph, target, ctx.signal, { knownToExist: createdBefore !== undefined, ...ctx.retry });
  if (!ensured.ok) return ensured;
  const { application, created, repaired } = ensured.value;
  if (created) ctx.memory?.rememberCreated(etron, { appId: application.appId, applicationObjectId: application.id });
  const what = created ? 'created' : repaired.length > 0 ? `repaired (${repaired.map((d) => d.kind).join(', ')})` : 'already as the guide says';
  const wasDe = created ? 'angelegt' : repaired.length > 0 ? `repariert (${repaired.map((d) => d.kind).join(', ')})` : 'bereits so, wie die Anleitung es beschreibt';
  return ok({ changed: created || repaired.length > 0, summary: `App registration "${application.displayName}" (client ID ${application.appId}) ${what}.`,
    summaryDe: `App-Registrierung "${application.displayName}" (Client-ID ${application.appId}): ${wasDe}.` });
}

async function createEnterpriseApp(ctx: FixContext): Promise<Result<Outcome>> {
  const etron = ctx.request.etron;
  const appId = fact(ctx.findings, ETRON_FINDINGS.registration, 'clientId') ?? etron?.appId
    ?? (etron ? ctx.memory?.createdFor(etron)?.appId : undefined);
  if (!appId) return fail('not_found', 'the check found no ETRON app registration; create it first');
  const ensured = await ensureServicePrincipal(ctx.graph, appId, ctx.signal, ctx.retry);
  if (!ensured.ok) return ensured;
  const sp = ensured.value.servicePrincipal;
  return ok({ changed: ensured.value.created, summary: `Enterprise app for client ID ${appId} ${ensured.value.created ? 'created' : 'already exists'}; Object ID ${sp.id}.`,
    summaryDe: `Unternehmensanwendung für Client-ID ${appId} ${ensured.value.created ? 'angelegt' : 'ist bereits vorhanden'}; Objekt-ID ${sp.id}.` });
}

async function grantDelegated(ctx: FixContext): Promise<Result<Outcome>> {
  const spId = fact(ctx.findings, ETRON_FINDINGS.servicePrincipal, 'servicePrincipalObjectId');
  if (!spId) return fail('not_found', 'the check found no ETRON enterprise app');
  const granted = await grantEtronDelegatedConsent(ctx.graph, spId, ctx.signal);
  return granted.ok
    ? ok({ changed: true, summary: `Admin consent for all users on Microsoft Graph: ${granted.value.scope} (grant ${granted.value.grantId}).`,
      summaryDe: `Administratorzustimmung für alle Benutzer bei Microsoft Graph: ${granted.value.scope} (Erteilung ${granted.value.grantId}).` })
    : granted;
}

async function assignUsers(ctx: FixContext): Promise<Result<Outcome>> {
  const appId = fact(ctx.findings, ETRON_FINDINGS.registration, 'clientId');
  const spId = fact(ctx.findings, ETRON_FINDINGS.servicePrincipal, 'servicePrincipalObjectId');
  if (!appId || !spId) return fail('not_found', 'the check found no ETRON enterprise app');
  const sp = await findServicePrincipal(ctx.graph, appId, ctx.signal);
  if (!sp.ok) return sp;
  if (!sp.value) return fail('not_found', `no enterprise app with appId ${appId}`);
  // The Object ID the check reported must be the enterprise app's: assign to that one or not at all.
  if (sp.value.id.toLowerCase() !== spId.toLowerCase()) return fail('not_found', `the check reported Object ID ${spId}, but the enterprise app of ${appId} is ${sp.value.id}`);
  const listed = ctx.finding.facts?.['unassigned'];
  const upns = Array.isArray(listed) && listed.length > 0 ? listed : [ctx.request.mailbox];
  const principals: PrincipalToAssign[] = [];
  for (const upn of upns) {
    const user = await userByUpn(ctx.graph, upn, ctx.signal);
    if (!user.ok) return user;
    principals.push({ principalId: user.value.id });
  }
  const assigned = await assignPrincipals(ctx.graph, sp.value, principals, ctx.signal);
  if (!assigned.ok) return assigned;
  return ok({ changed: assigned.value.created.length > 0, summary: `Assigned to "${sp.value.displayName}": ${upns.join(', ')}.`,
    summaryDe: `"${sp.value.displayName}" zugewiesen: ${upns.join(', ')}.` });
}

async function createSecret(ctx: FixContext): Promise<Result<Outcome>> {
  const etron = ctx.request.etron;
  const objectId = fact(ctx.findings, ETRON_FINDINGS.registration, 'applicationObjectId')
    ?? (etron ? ctx.memory?.createdFor(etron)?.applicationObjectId : undefined);
  if (!objectId) return fail('not_found', 'the check found no ETRON app registration');
  const made = await createEtronSecret(ctx.graph, objectId, ctx.signal);
  if (!made.ok) return made;
  const { secretText, endDateTime, validityMonths, hint } = made.value;
  return ok({
    changed: true, summary: `New client secret "ETRON-OAuth" valid until ${endDateTime} (${validityMonths} months).`,
    summaryDe: `Neuer geheimer Clientschlüssel "ETRON-OAuth", gültig bis ${germanDate(endDateTime)} (${validityMonths} Monate).`,
    newSecret: { secretText, endDateTime, validityMonths, hint },
  });
}

/** Makes the change a finding offered. */
export function runFix(action: FixAction, ctx: FixContext): Promise<Result<Outcome>> {
  switch (action) {
    case 'grant-admin-consent':
      // Only the missing SMTP.SendAsApp of an existing enterprise app; the first consent stays a page.
      if (ctx.finding.id !== INVENTORY360_FINDINGS.smtpSendAsApp) return Promise.resolve(cannot());
      return grantInventory360SmtpSendAsApp(ctx.graph, ctx.signal, fact(ctx.findings, INVENTORY360_FINDINGS.enterpriseApp, 'servicePrincipalObjectId')).then((r) => (r.ok
        ? ok({ changed: true, summary: `SMTP.SendAsApp on Office 365 Exchange Online granted to Inventory360 (assignment ${r.value.assignmentId}).`,
          summaryDe: `SMTP.SendAsApp für Office 365 Exchange Online an Inventory360 erteilt (Zuweisung ${r.value.assignmentId}).` })
        : r));
    case 'grant-app-role': return grantGenericRole(ctx);
    case 'create-app-registration':
    case 'repair-app-registration': return ensureRegistration(ctx);
    case 'create-service-principal': return createEnterpriseApp(ctx);
    case 'grant-delegated-consent': return grantDelegated(ctx);
    case 'assign-users': return assignUsers(ctx);
    case 'create-client-secret': return createSecret(ctx);
    case 'enable-user': case 'assign-licence': case 'disable-security-defaults': case 'sign-in-with-more-rights':
      return Promise.resolve(cannot());
  }
}
