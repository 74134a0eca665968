/**
 * What `check` does once it knows how to run one attempt, for the sandbox and a real tenant
 * alike: progress on stderr, --retest until it passes, the report file, the result as text or
 * JSON on stdout, and the exit code by outcome.
 */
import type { CheckProgress, CheckResult } from '../core/check/check-types.js';
import { retestUntilPass } from '../core/retest/retest.js';
import { EXIT } from './exit-codes.js';
import { printCheck } from './print-check.js';
import { buildReport } from './report-from-check.js';

/** One attempt: a result, or why it could not run. */
export type CheckAttempt = () => Promise<CheckResult | { error: string }>;

/** How the result is shown and kept. */
export interface CheckOutputOptions {
  readonly language: 'de' | 'en';
  readonly json: boolean;
  readonly quiet: boolean;
  readonly reportFile?: string;
  /** Retest until it passes (replication can take 30 minutes to 24 hours). */
  readonly retest?: { readonly firstIntervalMs: number; readonly capMs: number };
  readonly signal: AbortSignal;
  /** Lines to add after the result (text: stdout; --json: stderr, so stdout stays one JSON object). */
  readonly notes?: (r: CheckResult) => readonly string[];
}

/** Progress lines on stderr (nothing with --quiet). */
export function progressPrinter(quiet: boolean): (p: CheckProgress) => void {
  return (p) => {
    if (quiet) return;
    if (p.kind === 'step-started') process.stderr.write(`… ${p.step}\n`);
    else process.stderr.write(`${p.status === 'pass' ? '✓' : p.status === 'skipped' ? '–' : '✗'} ${p.step}${p.category ? ` (${p.category})` : ''}\n`);
  };
}

/** Runs the attempt (or retests), writes the report and the result; resolves with the exit code. */
export async function runAndReport(attempt: CheckAttempt, o: CheckOutputOptions): Promise<number> {
  let result: CheckResult | { error: string };
  if (o.retest) {
    const outcome = await retestUntilPass({
      run: async () => {
        const r = await attempt();
        return { passed: !('error' in r) && r.overall !== 'fail', throttled: !('error' in r) && r.categories.includes('throttled'), result: r };
      },
      firstIntervalMs: o.retest.firstIntervalMs,
      capMs: o.retest.capMs,
      signal: o.signal,
      onProgress: (p) => {
        if (p.kind === 'waiting' && !o.quiet) process.stderr.write(`${o.language === 'de' ? 'Nächster Versuch um' : 'Next try at'} ${p.nextAt.toLocaleTimeString()}\n`);
      },
    });
    result = outcome.attempts[outcome.attempts.length - 1] ?? { error: 'cancelled' };
  } else {
    result = await attempt();
  }
  if ('error' in result) {
    process.stderr.write(`check: ${result.error}\n`);
    return o.signal.aborted ? EXIT.cancelled : EXIT.failed;
  }
  return writeResult(result, o);
}

/** Writes the report (if asked) and the result; the exit code says pass or problems. */
export async function writeResult(result: CheckResult, o: Omit<CheckOutputOptions, 'retest' | 'signal'>): Promise<number> {
  if (o.reportFile) {
    const written = await buildReport(o.reportFile, result, o.language);
    if (!written.ok) {
      process.stderr.write(`report: ${written.error.message}\n`);
      return EXIT.failed;
    }
    if (!o.quiet) process.stderr.write(`${o.language === 'de' ? 'Bericht gespeichert' : 'Report written'}: ${written.value}\n`);
  }
  const notes = o.notes?.(result) ?? [];
  if (o.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (notes.length > 0) process.stderr.write(`${notes.join('\n')}\n`);
  } else {
    printCheck(result, o.language);
    if (notes.length > 0) process.stdout.write(`\n${notes.join('\n')}\n`);
  }
  return result.overall === 'fail' ? EXIT.problems : EXIT.ok;
}
