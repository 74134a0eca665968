/**
 * Wait and retest: after a change in Microsoft 365, Exchange and Entra may take 30 minutes to
 * 24 hours to follow. This re-runs a check with growing intervals until it passes or a cap is
 * reached, reporting progress and the time of the next try.
 *
 * Why the intervals start at a minute and grow: Exchange throttles repeated failed AUTH from
 * one client (550 5.2.25x / 432 4.3.2); a retry every few seconds would turn a configuration
 * problem into a throttling problem. A throttled result doubles the next wait.
 */

/** What one attempt produced, as far as retesting cares. */
export interface RetestAttempt<T> {
  readonly passed: boolean;
  /** True when the server said "too many" — back off harder. */
  readonly throttled: boolean;
  readonly result: T;
}

/** Progress events for the UI/CLI. */
export type RetestProgress<T> =
  | { readonly kind: 'attempt-started'; readonly attempt: number; readonly at: Date }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly nextAt: Date; readonly waitMs: number; readonly last: T }
  | { readonly kind: 'done'; readonly attempt: number; readonly passed: boolean; readonly last: T };

/** Options of retestUntilPass. */
export interface RetestOptions<T> {
  readonly run: () => Promise<RetestAttempt<T>>;
  /** First wait in ms (production default 60 000). */
  readonly firstIntervalMs?: number;
  /** Growth factor per attempt (default 2). */
  readonly factor?: number;
  /** Longest single wait (default 30 minutes). */
  readonly maxIntervalMs?: number;
  /** Give up after this much time in total (default 24 hours). */
  readonly capMs?: number;
  /** Give up after this many attempts (default unlimited within capMs). */
  readonly maxAttempts?: number;
  readonly onProgress?: (p: RetestProgress<T>) => void;
  readonly signal?: AbortSignal;
  /** Clock and sleep, for tests that should not wait in real time; default real ones. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The outcome: passed or gave up, with every attempt's result. */
export interface RetestOutcome<T> {
  readonly passed: boolean;
  readonly reason: 'passed' | 'cap-reached' | 'cancelled';
  readonly attempts: readonly T[];
}

/** Sleeps, ending early (rejecting with AbortError) when the signal fires. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(new DOMException('Aborted', 'AbortError')); return; }
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = (): void => { clearTimeout(timer); reject(new DOMException('Aborted', 'AbortError')); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before attempt n+1 (n ≥ 1), growing geometrically up to maxIntervalMs. */
export function retestInterval(n: number, first: number, factor: number, max: number, throttled: boolean): number {
  const base = Math.min(max, first * factor ** (n - 1));
  return throttled ? Math.min(max, base * 2) : base;
}

/** Re-runs `run` until it passes, the cap is reached, or the signal cancels. */
export async function retestUntilPass<T>(o: RetestOptions<T>): Promise<RetestOutcome<T>> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? abortableSleep;
  const first = o.firstIntervalMs ?? 60_000;
  const factor = o.factor ?? 2;
  const max = o.maxIntervalMs ?? 30 * 60_000;
  const cap = o.capMs ?? 24 * 60 * 60_000;
  const started = now();
  const attempts: T[] = [];
  for (let n = 1; ; n++) {
    if (o.signal?.aborted) return { passed: false, reason: 'cancelled', attempts };
    o.onProgress?.({ kind: 'attempt-started', attempt: n, at: new Date(now()) });
    const attempt = await o.run();
    attempts.push(attempt.result);
    if (attempt.passed) {
      o.onProgress?.({ kind: 'done', attempt: n, passed: true, last: attempt.result });
      return { passed: true, reason: 'passed', attempts };
    }
    const waitMs = retestInterval(n, first, factor, max, attempt.throttled);
    const outOfTime = now() + waitMs - started > cap;
    if (outOfTime || (o.maxAttempts !== undefined && n >= o.maxAttempts)) {
      o.onProgress?.({ kind: 'done', attempt: n, passed: false, last: attempt.result });
      return { passed: false, reason: 'cap-reached', attempts };
    }
    o.onProgress?.({ kind: 'waiting', attempt: n, nextAt: new Date(now() + waitMs), waitMs, last: attempt.result });
    try {
      await sleep(waitMs, o.signal);
    } catch {
      return { passed: false, reason: 'cancelled', attempts };
    }
  }
}
