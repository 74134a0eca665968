/**
 * applyFix: "do it where an API allows". After a tenant check the main process remembers which
 * findings said their fix is `auto`; only those may run, once each, for the admin who was signed
 * in when the check ran (an allow-list like openLink's). A new check replaces the list, a demo
 * check or a failed check empties it. The Graph calls ask the admin's session for the one write
 * permission each fix needs; the session opens the consent page when it is not granted yet.
 */
import type { SignInSession } from '../../core/auth/auth-session.js';
import type { CheckResult } from '../../core/check/check-types.js';
import { findingsOf } from '../../core/check/finding-causes.js';
import { FixMemory } from '../../core/fix/fix-memory.js';
import { GraphClient } from '../../core/graph/graph-client.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Finding, FixAction } from '../../core/tenant/findings.js';
import type { AppliedFix, ApplyFixRequest } from '../fix-types.js';
import type { RunTenantCheckRequest } from '../tenant-types.js';
import { oneOf, requestObject, text, type Validator } from '../validate.js';
import type { AdminSignIn } from './admin-sign-in.js';
import { runFix } from '../../core/fix/fix-actions.js';

/** Every fix action a finding can name (electron/core/tenant/findings.ts). */
export const FIX_ACTIONS = [
  'grant-admin-consent', 'grant-app-role', 'grant-delegated-consent', 'enable-user', 'assign-licence',
  'disable-security-defaults', 'create-app-registration', 'repair-app-registration',
  'create-service-principal', 'assign-users', 'create-client-secret', 'sign-in-with-more-rights',
] as const satisfies readonly FixAction[];

// Fails to compile when findings.ts gains an action this list lacks.
type MissingAction = Exclude<FixAction, (typeof FIX_ACTIONS)[number]>;
const everyActionListed: [MissingAction] extends [never] ? true : MissingAction = true;
void everyActionListed;

/** The fixes the last tenant check offered, and for whom. */
interface OfferedFixes {
  readonly session: SignInSession;
  readonly request: RunTenantCheckRequest;
  readonly findings: readonly Finding[];
  /** findingId → action, for the findings whose fixStep said auto and that have not run yet. */
  readonly open: Map<string, FixAction>;
}

/** Checks the request's shape; whether the fix was offered is the runner's check. */
const validateShape: Validator<ApplyFixRequest> = (raw) => {
  const request = requestObject(raw, ['action', 'findingId']);
  if (!request.ok) return request;
  const action = oneOf(request.value['action'], 'action', FIX_ACTIONS);
  if (!action.ok) return action;
  const findingId = text(request.value['findingId'], 'findingId', 200);
  if (!findingId.ok) return findingId;
  return ok({ action: action.value, findingId: findingId.value });
};

/** Keeps the offered fixes and runs them. */
export class FixRunner {
  private offered: OfferedFixes | undefined;
  private readonly running = new Set<AbortController>();
  /** What each admin session created already, so a lagging Graph lookup never leads to a duplicate app. */
  private readonly memory = new WeakMap<SignInSession, FixMemory>();

  constructor(private readonly deps: { readonly admin: AdminSignIn; readonly log?: (line: string) => void }) {}

  /** Records what a tenant check offered (a failed or cancelled check offers nothing); returns the result unchanged. */
  remember(request: RunTenantCheckRequest, result: Result<CheckResult>): Result<CheckResult> {
    const session = this.deps.admin.connection()?.session;
    if (!result.ok || !session) {
      this.offered = undefined;
      return result;
    }
    const findings = findingsOf(result.value);
    const open = new Map(findings.flatMap((f) => (f.fixStep?.auto ? [[f.id, f.fixStep.action] as const] : [])));
    this.offered = { session, request, findings, open };
    return result;
  }

  /** Forgets the offered fixes (a demo check ran: its findings belong to no signed-in tenant). */
  forget(): void {
    this.offered = undefined;
  }

  /** Checks an applyFix request: a known action for a finding the last tenant check offered it for. */
  readonly validate: Validator<ApplyFixRequest> = (raw) => {
    const request = validateShape(raw);
    if (!request.ok) return request;
    const offered = this.offered?.open.get(request.value.findingId);
    if (offered === undefined) return fail('invalid_input', 'The last check did not offer to fix this finding.', { field: 'findingId' });
    if (offered !== request.value.action) return fail('invalid_input', 'The last check offered a different fix for this finding.', { field: 'action' });
    return request;
  };

  /** Ends the fixes that still run (one may wait for the consent page); false when none ran. */
  cancel(): boolean {
    const any = this.running.size > 0;
    for (const controller of this.running) controller.abort();
    this.running.clear();
    return any;
  }

  /** Makes the change; the finding is taken off the list while it runs and for good once it worked. */
  async apply(request: ApplyFixRequest): Promise<Result<AppliedFix>> {
    const offered = this.offered;
    const connection = this.deps.admin.connection();
    if (!offered || !offered.open.has(request.findingId)) return fail('invalid_input', 'The last check did not offer to fix this finding.', { field: 'findingId' });
    if (!connection || connection.session !== offered.session) return fail('not_signed_in', 'sign in as the administrator who ran the check, and check again');
    const finding = offered.findings.find((f) => f.id === request.findingId);
    if (!finding) return fail('invalid_input', 'The last check did not offer to fix this finding.', { field: 'findingId' });
    offered.open.delete(request.findingId);
    const graph = new GraphClient({
      graphEndpoint: connection.cloud.graphEndpoint, getToken: connection.session.graphTokenSource(),
      ...(connection.caPem ? { caPem: connection.caPem } : {}),
    });
    const controller = new AbortController();
    this.running.add(controller);
    let memory = this.memory.get(offered.session);
    if (!memory) this.memory.set(offered.session, memory = new FixMemory());
    const outcome = await runFix(request.action, { graph, request: offered.request, findings: offered.findings, finding, signal: controller.signal, memory })
      .finally(() => this.running.delete(controller));
    this.deps.log?.(`fix: ${request.action} ${request.findingId} → ${outcome.ok ? 'done' : outcome.error.code}`);
    if (!outcome.ok) {
      // Not done (consent declined, Graph refused): the admin may try again.
      if (this.offered === offered) offered.open.set(request.findingId, request.action);
      return outcome;
    }
    return ok({ action: request.action, findingId: request.findingId, ...outcome.value });
  }
}
