/**
 * The changes applyFix makes through Microsoft Graph, one per finding the tenant checks mark
 * `auto`. Each takes its values from the check that offered it (the request the main process ran
 * and the findings Graph returned), never from the renderer. The core functions name their own
 * consent step ('assign-app-roles', 'write-apps', 'grant-delegated'), so the admin is asked for
 * exactly that write permission, and only now.
 */
import type { GraphClient } from '../../core/graph/graph-client.js';
import { findServicePrincipal, userByUpn } from '../../core/graph/queries.js';
import { fail, ok, type Result } from '../../core/result.js';
import { assignPrincipals, type PrincipalToAssign } from '../../core/tenant/etron-assignment.js';
import { createEtronSecret, ensureEtronApplication, ensureServicePrincipal, grantEtronDelegatedConsent } from '../../core/tenant/etron-fix.js';
import { ETRON_FINDINGS } from '../../core/tenant/etron.js';
import { grantExchangeAppRole, resolveExchange } from '../../core/tenant/exchange-grants.js';
import type { Finding, FixAction } from '../../core/tenant/findings.js';
import { GENERIC_FINDINGS } from '../../core/tenant/generic.js';
import { grantInventory360SmtpSendAsApp, INVENTORY360_FINDINGS } from '../../core/tenant/inventory360.js';
import type { AppliedFix } from '../fix-types.js';
import type { RunTenantCheckRequest } from '../tenant-types.js';

/** What a fix knows: Graph as the admin, and the check that offered it. */
export interface FixContext {
  readonly graph: GraphClient;
  readonly request: RunTenantCheckRequest;
  /** Every finding of that check (ids and facts of the app it is about). */
  readonly findings: readonly Finding[];
  readonly finding: Finding;
  /** Ends a fix that waits for the consent page (the app quits). */
  readonly signal?: AbortSignal;
}

/** The part of AppliedFix the action decides. */
type Outcome = Omit<AppliedFix, 'action' | 'findingId'>;

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
  const appId = ctx.request.generic?.appId;
  if (!role || !appId) return cannot();
  const [sp, exchange] = await Promise.all([findServicePrincipal(ctx.graph, appId, ctx.signal), resolveExchange(ctx.graph, ctx.signal)]);
  if (!sp.ok) return sp;
  if (!sp.value) return fail('not_found', `no enterprise app with appId ${appId}`);
  if (!exchange.ok) return exchange;
  const granted = await grantExchangeAppRole(ctx.graph, exchange.value, sp.value.id, role, ctx.signal);
  return granted.ok
    ? ok({ changed: true, summary: `${role} on Office 365 Exchange Online granted to ${sp.value.displayName} (assignment ${granted.value.id}).` })
    : granted;
}

async function ensureRegistration(ctx: FixContext): Promise<Result<Outcome>> {
  const etron = ctx.request.etron;
  if (!etron) return cannot();
  const ensured = await ensureEtronApplication(ctx.graph, etron, ctx.signal);
  if (!ensured.ok) return ensured;
  const { application, created, repaired } = ensured.value;
  const what = created ? 'created' : repaired.length > 0 ? `repaired (${repaired.map((d) => d.kind).join(', ')})` : 'already as the guide says';
  return ok({ changed: created || repaired.length > 0, summary: `App registration "${application.displayName}" (client ID ${application.appId}) ${what}.` });
}

async function createEnterpriseApp(ctx: FixContext): Promise<Result<Outcome>> {
  const appId = fact(ctx.findings, ETRON_FINDINGS.registration, 'clientId') ?? ctx.request.etron?.appId;
  if (!appId) return fail('not_found', 'the check found no ETRON app registration; create it first');
  const ensured = await ensureServicePrincipal(ctx.graph, appId, ctx.signal);
  if (!ensured.ok) return ensured;
  const sp = ensured.value.servicePrincipal;
  return ok({ changed: ensured.value.created, summary: `Enterprise app for client ID ${appId} ${ensured.value.created ? 'created' : 'already exists'}; Object ID ${sp.id}.` });
}

async function grantDelegated(ctx: FixContext): Promise<Result<Outcome>> {
  const spId = fact(ctx.findings, ETRON_FINDINGS.servicePrincipal, 'servicePrincipalObjectId');
  if (!spId) return fail('not_found', 'the check found no ETRON enterprise app');
  const granted = await grantEtronDelegatedConsent(ctx.graph, spId, ctx.signal);
  return granted.ok
    ? ok({ changed: true, summary: `Admin consent for all users on Microsoft Graph: ${granted.value.scope} (grant ${granted.value.grantId}).` })
    : granted;
}

async function assignUsers(ctx: FixContext): Promise<Result<Outcome>> {
  const appId = fact(ctx.findings, ETRON_FINDINGS.registration, 'clientId');
  if (!appId) return fail('not_found', 'the check found no ETRON app registration');
  const sp = await findServicePrincipal(ctx.graph, appId, ctx.signal);
  if (!sp.ok) return sp;
  if (!sp.value) return fail('not_found', `no enterprise app with appId ${appId}`);
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
  return ok({ changed: assigned.value.created.length > 0, summary: `Assigned to "${sp.value.displayName}": ${upns.join(', ')}.` });
}

async function createSecret(ctx: FixContext): Promise<Result<Outcome>> {
  const objectId = fact(ctx.findings, ETRON_FINDINGS.registration, 'applicationObjectId');
  if (!objectId) return fail('not_found', 'the check found no ETRON app registration');
  const made = await createEtronSecret(ctx.graph, objectId, ctx.signal);
  if (!made.ok) return made;
  const { secretText, endDateTime, validityMonths, hint } = made.value;
  return ok({
    changed: true, summary: `New client secret "ETRON-OAuth" valid until ${endDateTime} (${validityMonths} months).`,
    newSecret: { secretText, endDateTime, validityMonths, hint },
  });
}

/** Makes the change a finding offered. */
export function runFix(action: FixAction, ctx: FixContext): Promise<Result<Outcome>> {
  switch (action) {
    case 'grant-admin-consent':
      // Only the missing SMTP.SendAsApp of an existing enterprise app; the first consent stays a page.
      if (ctx.finding.id !== INVENTORY360_FINDINGS.smtpSendAsApp) return Promise.resolve(cannot());
      return grantInventory360SmtpSendAsApp(ctx.graph, ctx.signal).then((r) => (r.ok
        ? ok({ changed: true, summary: `SMTP.SendAsApp on Office 365 Exchange Online granted to Inventory360 (assignment ${r.value.assignmentId}).` })
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
