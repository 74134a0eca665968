/**
 * Request, result and event types of "wait and test", the support report and the kept progress.
 * Types only: contract.ts re-exports them. No token or secret appears here.
 */
import type { CheckResult } from '../core/check/check-types.js';
import type { CategoryId } from '../core/diagnosis/categories.js';
import type { LoadedProgress } from '../core/state/progress-store.js';
import type { RunTenantCheckRequest } from './tenant-types.js';

export type { LoadedProgress, ProgressNotice } from '../core/state/progress-store.js';
export type { ProgressCheckSummary, ProgressInput, ProgressRetest, ProgressState } from '../core/state/progress-state.js';

/** Request of startRetest: the tenant check to repeat, and when the waiting began (a resumed wait keeps its 24-hour window). */
export interface StartRetestRequest {
  readonly check: RunTenantCheckRequest;
  /** ISO time of the first try of an earlier run (after a restart of the app); default now. */
  readonly startedAt?: string;
}

/** How a "wait and test" ended: it passed, the 24-hour window is over, or it was cancelled. */
export type RetestEnd = 'passed' | 'cap-reached' | 'cancelled';

/** The answer of startRetest, when it has ended. */
export interface RetestOutcomeView {
  readonly passed: boolean;
  readonly reason: RetestEnd;
  readonly attempts: number;
  /** ISO time of the first try (the window counts from here). */
  readonly startedAt: string;
  /** ISO time the window ends. */
  readonly windowEndsAt: string;
  /** The last try's result. */
  readonly last?: CheckResult;
}

/** What a running "wait and test" reports (inside the `retest-progress` event). */
export type RetestProgressView =
  | { readonly kind: 'attempt-started'; readonly attempt: number; readonly at: string; readonly startedAt: string; readonly windowEndsAt: string }
  | {
    readonly kind: 'waiting'; readonly attempt: number; readonly nextAt: string; readonly waitMs: number;
    readonly overall: CheckResult['overall']; readonly categories: readonly CategoryId[];
  }
  | { readonly kind: 'done'; readonly attempt: number; readonly passed: boolean };

/** Request of saveSupportReport: the report's language (the main process asks where to save). */
export interface SaveSupportReportRequest {
  readonly language: 'de' | 'en';
}

/** Where the report went: the HTML to read and print, and the JSON next to it for tools. */
export interface SavedSupportReport {
  readonly htmlPath: string;
  readonly jsonPath: string;
}

/** The answer of loadProgress. */
export type LoadProgressResult = LoadedProgress;
