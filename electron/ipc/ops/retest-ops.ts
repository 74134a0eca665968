/**
 * "Wait and test": the check of the signed-in tenant, run again with growing intervals
 * (core/retest) until it passes or the 24-hour window is over — changes in Microsoft 365 take
 * 30 minutes to 24 hours to reach Exchange and token issuance (vendor guide; DESIGN.md step 5).
 * Each try's time and the next one's go to the renderer as `retest-progress` events; one wait runs
 * at a time and can be cancelled. A wait resumed after a restart keeps its window (startedAt).
 *
 * On the demo tenant the assistant also plays the product's server with the demo tenant's own app
 * credential (as the demo check does), so the try includes the SMTP logon where replication shows.
 */
import type { CheckResult } from '../../core/check/check-types.js';
import { runCheck } from '../../core/check/run-check.js';
import { tenantCheckInput } from '../../core/check/tenant-check.js';
import type { DemoSandbox } from '../../demo/demo-sandbox.js';
import { fail, ok, type AppError, type Result } from '../../core/result.js';
import { retestUntilPass } from '../../core/retest/retest.js';
import type { AssistantEvent, RunTenantCheckRequest } from '../tenant-types.js';
import { requestObject, type Validator } from '../validate.js';
import type { RetestOutcomeView, RetestProgressView, StartRetestRequest } from '../wait-types.js';
import type { AdminSignIn } from './admin-sign-in.js';
import { genericOptions, validateTenantCheckRequest } from './tenant-check-ops.js';
import type { CatchRedirect } from '../../core/auth/etron-sign-in.js';
import { checkCredentials, type EtronSessions } from './mail-credentials.js';

/** How the tries are spaced. */
export interface RetestTiming {
  readonly firstIntervalMs: number;
  readonly factor: number;
  readonly maxIntervalMs: number;
  /** The window: no try starts later than this after the first (24 hours). */
  readonly windowMs: number;
}

/**
 * A minute, then doubling up to 30 minutes, for 24 hours: Exchange throttles repeated failed
 * AUTH (550 5.2.25x / 432 4.3.2), so tries must not come every few seconds (core/retest).
 */
export const RETEST_TIMING: RetestTiming = { firstIntervalMs: 60_000, factor: 2, maxIntervalMs: 30 * 60_000, windowMs: 24 * 60 * 60_000 };

/** Checks a startRetest request: the tenant check's request and an optional earlier start in the past. */
export function retestValidator(now: () => number): Validator<StartRetestRequest> {
  return (raw) => {
    const request = requestObject(raw, ['check', 'startedAt']);
    if (!request.ok) return request;
    const given = request.value['check'];
    if (typeof given !== 'object' || given === null || Array.isArray(given)) return fail('invalid_input', '"check" must be the tenant check\'s request.', { field: 'check' });
    const check = validateTenantCheckRequest(given);
    if (!check.ok) {
      // The tenant check's own message, with its field named inside this request.
      const field = check.error.field === 'request' || !check.error.field ? 'check' : `check.${check.error.field}`;
      return fail('invalid_input', check.error.message.replace(`"${check.error.field ?? ''}"`, `"${field}"`), { field });
    }
    const startedAt = request.value['startedAt'];
    if (startedAt === undefined) return ok({ check: check.value });
    const time = typeof startedAt === 'string' && startedAt.length <= 40 ? Date.parse(startedAt) : Number.NaN;
    if (Number.isNaN(time) || time > now() + 60_000) {
      return fail('invalid_input', '"startedAt" must be a date and time in the past.', { field: 'startedAt' });
    }
    return ok({ check: check.value, startedAt: new Date(time).toISOString() });
  };
}

/** What the runner needs from the handlers. */
export interface RetestDeps {
  readonly admin: AdminSignIn;
  readonly demo: DemoSandbox;
  readonly timing: RetestTiming;
  readonly now?: () => number;
  readonly sendEvent?: (event: AssistantEvent) => void;
  /** Drives ETRON's mailbox sign-in (as the tenant check's); none = ETRON through Graph only. */
  readonly catchRedirect?: CatchRedirect;
  /** ETRON sessions shared with the tenant check (memory only). */
  readonly etronSessions?: EtronSessions;
  /** Receives every try's result that was not cancelled, with the secrets it used (the support report and the fixes read the last one). */
  readonly onResult?: (request: RunTenantCheckRequest, result: Result<CheckResult>, secrets: readonly string[]) => void;
}

/** One "wait and test" at a time; a new one cancels the one before. */
export class RetestRunner {
  private current: AbortController | undefined;
  private runs = 0;

  constructor(private readonly deps: RetestDeps) {}

  /** Tries until it passes, the window is over, or cancel(); an error that no wait can cure (signed out) ends it. */
  async run(request: StartRetestRequest): Promise<Result<RetestOutcomeView>> {
    if (!this.deps.admin.connection()) return fail('not_signed_in', 'sign in as an administrator first');
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const now = this.deps.now ?? Date.now;
    const { timing } = this.deps;
    const startedMs = request.startedAt ? Date.parse(request.startedAt) : now();
    const startedAt = new Date(startedMs).toISOString();
    const windowEndsAt = new Date(startedMs + timing.windowMs).toISOString();
    const retest = ++this.runs;
    const send = (progress: RetestProgressView): void => {
      // Nothing after a cancel: a "next try at" that will never come would mislead.
      if (this.current === controller && !controller.signal.aborted) this.deps.sendEvent?.({ kind: 'retest-progress', retest, progress });
    };
    let stopped: AppError | undefined;
    let tries = 0;
    try {
      const outcome = await retestUntilPass<CheckResult | undefined>({
        run: async () => {
          const { result, secrets } = await this.attempt(request.check, controller.signal, tries++ === 0);
          if (result.ok || result.error.code !== 'cancelled') this.deps.onResult?.(request.check, result, secrets);
          if (!result.ok) {
            // Cancelled, or nothing to wait for (signed out): stop instead of waiting.
            if (result.error.code !== 'cancelled') stopped = result.error;
            controller.abort();
            return { passed: false, throttled: false, result: undefined };
          }
          const r = result.value;
          return { passed: r.overall !== 'fail', throttled: r.categories.includes('throttled'), result: r };
        },
        firstIntervalMs: timing.firstIntervalMs, factor: timing.factor, maxIntervalMs: timing.maxIntervalMs,
        capMs: Math.max(0, startedMs + timing.windowMs - now()),
        signal: controller.signal, now,
        onProgress: (p) => {
          if (p.kind === 'attempt-started') send({ kind: 'attempt-started', attempt: p.attempt, at: p.at.toISOString(), startedAt, windowEndsAt });
          else if (p.kind === 'waiting') {
            send({
              kind: 'waiting', attempt: p.attempt, nextAt: p.nextAt.toISOString(), waitMs: p.waitMs,
              overall: p.last?.overall ?? 'fail', categories: p.last?.categories ?? [],
            });
          } else send({ kind: 'done', attempt: p.attempt, passed: p.passed });
        },
      });
      if (stopped) return { ok: false, error: stopped };
      const last = [...outcome.attempts].reverse().find((r): r is CheckResult => r !== undefined);
      const reason = controller.signal.aborted && !outcome.passed ? 'cancelled' : outcome.reason;
      return ok({ passed: outcome.passed, reason, attempts: outcome.attempts.length, startedAt, windowEndsAt, ...(last ? { last } : {}) });
    } finally {
      if (this.current === controller) this.current = undefined;
    }
  }

  /** Cancels the running wait; false when none runs. */
  cancel(): boolean {
    const current = this.current;
    if (!current) return false;
    current.abort();
    this.current = undefined;
    return true;
  }

  /** One try: the tenant check with the admin's session (plus, on the demo tenant, the product's own credential). */
  private async attempt(request: RunTenantCheckRequest, signal: AbortSignal, first: boolean): Promise<{ result: Result<CheckResult>; secrets: readonly string[] }> {
    const connection = this.deps.admin.connection();
    if (!connection) return { result: fail('not_signed_in', 'sign in as an administrator first'), secrets: [] };
    const mail = checkCredentials(request, {
      cloud: connection.cloud, demoTenant: connection.cloudId === 'sandbox', demo: (p) => this.deps.demo.productCredential(p),
      ...(connection.caPem ? { caPem: connection.caPem } : {}),
      ...(this.deps.catchRedirect ? { catchRedirect: this.deps.catchRedirect } : {}),
      ...(this.deps.etronSessions ? { etronSessions: this.deps.etronSessions } : {}),
      // Only a wait's first try may open ETRON's sign-in window after the person left it unfinished.
      reopenEtronSignIn: first,
    });
    const input = tenantCheckInput({
      profile: request.profile, cloud: connection.cloud, admin: connection.session, mailbox: request.mailbox,
      languages: [request.language ?? 'en'], signal,
      ...(connection.caPem ? { caPem: connection.caPem } : {}),
      ...(request.sender ? { sender: request.sender } : {}),
      ...mail.options,
      ...(request.generic ? { generic: genericOptions(request.generic) } : {}),
    });
    const secrets = mail.secrets;
    if (!input.ok) return { result: input, secrets };
    const result = await runCheck(input.value);
    return { result: signal.aborted ? fail('cancelled', 'the wait was cancelled') : ok(result), secrets };
  }
}
