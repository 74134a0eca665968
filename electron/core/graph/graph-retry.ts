/**
 * When to try a Graph call again (shared/M365-REFERENCE.md §3.14, Graph docs concepts/throttling.md):
 * 429, 503 and 504 are worth another try; wait what `Retry-After` says (seconds, may be
 * fractional like "2.128", or an HTTP date), otherwise back off exponentially with jitter so
 * parallel wizards do not retry in lock-step.
 */

/** Statuses that mean "try again later". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Retry settings. */
export interface RetryPolicy {
  /** Total attempts including the first (default 4). */
  readonly maxAttempts: number;
  /** First backoff without Retry-After (default 500 ms), doubled per attempt. */
  readonly baseDelayMs: number;
  /** Longest single wait, for backoff and Retry-After alike (default 30 s): longer means give up. */
  readonly maxDelayMs: number;
}

/** The defaults: 4 attempts, 0.5 s → 1 s → 2 s backoff, at most 30 s per wait. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Reads Retry-After as milliseconds (delta seconds or HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to stop. `random` is in [0, 1).
 * Backoff uses "equal jitter": half fixed, half random, so waits never collapse to zero.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  status: number,
  attempt: number,
  retryAfterHeader: string | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (!RETRYABLE_STATUSES.has(status) || attempt >= policy.maxAttempts) return undefined;
  const told = retryAfterMs(retryAfterHeader);
  if (told !== undefined) return told <= policy.maxDelayMs ? told : undefined;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** Waits `ms`, or rejects with the signal's reason when aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
