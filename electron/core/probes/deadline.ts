/**
 * One deadline per probe: an AbortSignal that fires when the probe's time is up or when the
 * caller cancels, and how much time is left for the next phase's own library timeout.
 */

/** A running deadline. */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly startedAt: number;
  /** Milliseconds left (at least 1, so library timeouts never become "no timeout"). */
  remaining(): number;
  /** Why the signal fired: the time ran out, or the caller cancelled. */
  reason(): 'timeout' | 'cancelled' | null;
  /** Stops the timer; call when the probe is finished. */
  dispose(): void;
}

/** Starts a deadline of `timeoutMs`, also fired by `parent`. */
export function startDeadline(timeoutMs: number, parent?: AbortSignal): Deadline {
  const startedAt = Date.now();
  const controller = new AbortController();
  let why: 'timeout' | 'cancelled' | null = null;
  const timer = setTimeout(() => {
    why ??= 'timeout';
    controller.abort(new DOMException('The probe deadline passed', 'TimeoutError'));
  }, Math.max(1, timeoutMs));
  // The probe cleans up by itself; the timer must not keep a CLI or test process alive.
  timer.unref();
  const onParentAbort = (): void => {
    why ??= 'cancelled';
    controller.abort(new DOMException('The probe was cancelled', 'AbortError'));
  };
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    startedAt,
    remaining: () => Math.max(1, startedAt + timeoutMs - Date.now()),
    reason: () => why,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/** Resolves with `work`, or with `onAbort()` as soon as the signal fires (whichever is first). */
export function raceAbort<T>(signal: AbortSignal, work: Promise<T>, onAbort: () => T): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.resolve(onAbort());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => resolve(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (v) => { signal.removeEventListener('abort', abort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', abort); reject(e); },
    );
  });
}
