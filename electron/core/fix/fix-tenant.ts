/**
 * "Fix everything Graph can fix", the CLI's `fix` (and the same steps "Do it for me" takes one at
 * a time in the app): run the check, apply every fix a finding offers as `auto`, check again in
 * the same tenant, and go on with what the new check offers (after a new registration: its
 * enterprise app, then consent and assignment). Graph is eventually consistent, so a check right
 * after a write may still see the old state; while it offers a fix that has already worked, the
 * check is repeated with back-off instead of making the change again.
 */
import type { CheckResult } from '../check/check-types.js';
import { findingsOf } from '../check/finding-causes.js';
import { CONSISTENCY_BACKOFF_MS, untilConsistent, type ConsistencyRetry } from '../graph/eventual-consistency.js';
import type { GraphClient } from '../graph/graph-client.js';
import { ok, type AppError, type Result } from '../result.js';
import type { Finding, FixAction } from '../tenant/findings.js';
import { runFix } from './fix-actions.js';
import { FixMemory } from './fix-memory.js';
import type { AppliedFix, FixTarget } from './fix-types.js';

/** Actions that act on the whole registration: one run covers every finding that offers them. */
const WHOLE_REGISTRATION: ReadonlySet<FixAction> = new Set(['create-app-registration', 'repair-app-registration']);

/** One fix that was tried: what it did, or why not. */
export type FixAttempt =
  | { readonly status: 'applied'; readonly fix: AppliedFix }
  | { readonly status: 'failed'; readonly action: FixAction; readonly findingId: string; readonly error: AppError }
  | { readonly status: 'declined'; readonly action: FixAction; readonly findingId: string };

/** Progress of a fix run. */
export type FixEvent =
  | { readonly kind: 'check'; readonly round: number }
  | { readonly kind: 'fix'; readonly attempt: FixAttempt }
  | { readonly kind: 'waiting'; readonly ms: number };

/** Input of fixTenant. */
export interface FixTenantInput {
  /** Graph as the signed-in admin (the fixes ask for their write consent themselves). */
  readonly graph: GraphClient;
  readonly target: FixTarget;
  /** Runs the check for a target; `applied` are the fixes so far (a new client secret to test with). */
  readonly check: (target: FixTarget, applied: readonly AppliedFix[]) => Promise<Result<CheckResult>>;
  /** Asked before each write; without it every offered fix is made. */
  readonly confirm?: (finding: Finding) => Promise<boolean>;
  readonly memory?: FixMemory;
  /** Back-off while Graph catches up, for the fixes and the checks after them. */
  readonly retry?: ConsistencyRetry;
  /** Rounds of check → fixes (default 4: registration, enterprise app, consent/assignment, spare). */
  readonly maxRounds?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: FixEvent) => void;
}

/** What fixTenant did. */
export interface FixTenantResult {
  /** The first check. */
  readonly before: CheckResult;
  readonly attempts: readonly FixAttempt[];
  /** The last check, in the same tenant after the fixes (the first one when nothing was offered). */
  readonly after: CheckResult;
}

/** The findings that offer a fix the assistant can make, one per whole-registration action. */
export function offeredFixes(result: CheckResult): Finding[] {
  const seen = new Set<FixAction>();
  return findingsOf(result).filter((f) => {
    const action = f.fixStep?.auto ? f.fixStep.action : undefined;
    if (!action) return false;
    if (WHOLE_REGISTRATION.has(action)) {
      if ([...WHOLE_REGISTRATION].some((a) => seen.has(a))) return false;
      seen.add(action);
    }
    return true;
  });
}

const attemptKey = (findingId: string, action: FixAction): string => `${findingId}\n${action}`;

/** Runs check → fixes → check until nothing more can be fixed; never throws. */
export async function fixTenant(input: FixTenantInput): Promise<Result<FixTenantResult>> {
  const memory = input.memory ?? new FixMemory();
  const retry: ConsistencyRetry = { ...input.retry, ...(input.signal ? { signal: input.signal } : {}) };
  const attempts: FixAttempt[] = [];
  const worked = new Set<string>();
  const tried = new Set<string>();
  const applied = (): AppliedFix[] => attempts.flatMap((a) => (a.status === 'applied' ? [a.fix] : []));
  const check = (round: number): Promise<Result<CheckResult>> => {
    input.onEvent?.({ kind: 'check', round });
    return input.check(memory.pin(input.target), applied());
  };

  const first = await check(0);
  if (!first.ok) return first;
  let result = first.value;
  for (let round = 1; round <= (input.maxRounds ?? 4); round++) {
    const offered = offeredFixes(result).filter((f) => !tried.has(attemptKey(f.id, f.fixStep!.action)));
    if (offered.length === 0 || input.signal?.aborted) break;
    let changed = false;
    for (const finding of offered) {
      const action = finding.fixStep!.action;
      tried.add(attemptKey(finding.id, action));
      if (input.confirm && !(await input.confirm(finding))) {
        record({ status: 'declined', action, findingId: finding.id });
        continue;
      }
      const outcome = await runFix(action, {
        graph: input.graph, request: memory.pin(input.target), findings: findingsOf(result), finding, memory, retry,
        ...(input.signal ? { signal: input.signal } : {}),
      });
      if (outcome.ok) {
        worked.add(attemptKey(finding.id, action));
        changed = true;
        record({ status: 'applied', fix: { action, findingId: finding.id, ...outcome.value } });
      } else {
        record({ status: 'failed', action, findingId: finding.id, error: outcome.error });
      }
    }
    if (!changed) break;
    // A check that still offers a fix that worked is looking at a replica that has not caught up.
    const settled = (r: Result<CheckResult>): boolean =>
      !r.ok || !offeredFixes(r.value).some((f) => worked.has(attemptKey(f.id, f.fixStep!.action)));
    const again = await untilConsistent(() => check(round), settled, {
      ...retry, backoffMs: retry.backoffMs ?? CONSISTENCY_BACKOFF_MS,
      onWait: (ms) => input.onEvent?.({ kind: 'waiting', ms }),
    });
    if (!again.ok) return again;
    result = again.value;
  }
  return ok({ before: first.value, attempts, after: result });

  function record(attempt: FixAttempt): void {
    attempts.push(attempt);
    input.onEvent?.({ kind: 'fix', attempt });
  }
}
