/**
 * Microsoft Graph is eventually consistent: right after a write, another replica may not know the
 * new object yet. Creating the service principal of an application made a moment ago then fails
 * with 400 "The appId '…' of the service principal does not reference a valid application object."
 * (msgraph-sdk-dotnet#3108, Azure/azure-cli#21674 — which retries it 36 times), and a
 * `$filter` lookup misses the new object. Such a call is worth trying again after a pause; every
 * other error is returned at once.
 */
import type { AppError, Result } from '../result.js';
import { sleep } from './graph-retry.js';

/** Pauses between tries (ms): 1 + 2 + 4 + 8 + 15 + 30 s ≈ one minute in all. */
export const CONSISTENCY_BACKOFF_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/** Graph's refusal to create a service principal for an application it does not see (yet). */
export function isMissingBackingApplication(error: AppError): boolean {
  return error.code === 'graph_error' && /does not reference a valid application object/i.test(error.detail ?? '');
}

/** Options of a retry while Graph catches up. */
export interface ConsistencyRetry {
  readonly signal?: AbortSignal;
  /** Pauses between tries; the default is CONSISTENCY_BACKOFF_MS. */
  readonly backoffMs?: readonly number[];
  /** Told before each pause (for progress lines). */
  readonly onWait?: (ms: number, attempt: number) => void;
}

/**
 * Runs `attempt` until `settled` says its outcome is final (or the pauses are used up) and
 * returns the last outcome. A cancelled wait ends with the last outcome as well.
 */
export async function untilConsistent<T>(
  attempt: () => Promise<Result<T>>,
  settled: (outcome: Result<T>) => boolean,
  options: ConsistencyRetry = {},
): Promise<Result<T>> {
  const pauses = options.backoffMs ?? CONSISTENCY_BACKOFF_MS;
  let outcome = await attempt();
  for (let i = 0; i < pauses.length && !settled(outcome); i++) {
    options.onWait?.(pauses[i]!, i + 1);
    try {
      await sleep(pauses[i]!, options.signal);
    } catch {
      return outcome;
    }
    outcome = await attempt();
  }
  return outcome;
}
