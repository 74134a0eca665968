/**
 * The full check against its slowest single part: the parts run concurrently, so the whole
 * should cost little more than its slowest part (target ≤ 1.25×). Measured on loopback in the
 * bench's own process, and over the delayed link in check-worker.ts, both against the sandbox
 * process. Each iteration runs the whole, then every part alone, so drift hits them alike.
 */
import { repeat, summarise, type Summary } from './stats.js';

/** Something to time: resolves with whether it succeeded. */
export type Timed = () => Promise<boolean>;

/** The check under test and its parts, each runnable on its own. */
export interface CheckSubject {
  /** e.g. `probeAll (token check + SMTP + IMAP + reachability)`. */
  readonly name: string;
  readonly whole: Timed;
  readonly parts: readonly { readonly name: string; readonly run: Timed }[];
}

/** The result of the full-check measurement. */
export interface FullCheckComparison {
  readonly name: string;
  readonly whole: Summary;
  readonly parts: readonly Summary[];
  readonly slowestPart: Summary;
  readonly failure?: string;
}

/** Times the whole and each part; `afterWarmups` runs (untimed) once the warm-ups are done. */
export async function compareFullCheck(subject: CheckSubject, warmups: number, runs: number, afterWarmups?: () => Promise<void>): Promise<FullCheckComparison> {
  let failure: string | undefined;
  const timed = (name: string, fn: Timed) => async (): Promise<number> => {
    const started = performance.now();
    const ok = await fn();
    const ms = performance.now() - started;
    if (!ok) failure ??= `${name} did not succeed`;
    return ms;
  };
  const partTimes = subject.parts.map(() => [] as number[]);
  const whole = await repeat(subject.name, warmups, runs, async () => {
    const ms = await timed('the whole check', subject.whole)();
    for (const [i, part] of subject.parts.entries()) partTimes[i]!.push(await timed(part.name, part.run)());
    return ms;
  }, afterWarmups);
  const parts = subject.parts.map((p, i) => summarise({ label: p.name, timesMs: partTimes[i]!.slice(warmups) }));
  const slowestPart = parts.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  return { name: subject.name, whole: summarise(whole), parts, slowestPart, ...(failure ? { failure } : {}) };
}
