/**
 * The shapes of a full check: what goes in, the progress it reports, and the result the wizard,
 * the CLI's --json, the export and the support report all read.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import type { RankedCause } from '../diagnosis/types.js';
import type { GraphRequestLogEntry } from '../graph/request-log.js';
import type { Finding } from '../tenant/findings.js';

/** The three profiles. */
export type CheckProfile = 'inventory360' | 'etron' | 'generic';

/** The parts of a check, in the order the UI lists them. */
export const CHECK_STEP_IDS = ['sign-in', 'tenant', 'app-credential', 'token', 'dns', 'reachability', 'smtp', 'imap'] as const;

/** One part of a check. */
export type CheckStepId = (typeof CHECK_STEP_IDS)[number];

/** How a part ended. */
export type StepStatus = 'pass' | 'fail' | 'warn' | 'skipped';

/** One part's result. */
export interface CheckStepResult {
  readonly id: CheckStepId;
  readonly status: StepStatus;
  readonly startedAt: string;
  readonly durationMs: number;
  /** One English sentence (the UI localizes by id/status/category). */
  readonly summary: string;
  readonly category: CategoryId | null;
  /** For a failing part: the most likely cause once all evidence is combined (see CheckResult.diagnosis). */
  readonly cause?: CategoryId;
  /** The server's exact reply that decided the outcome. */
  readonly serverReply?: string;
  /** Redacted protocol transcript. */
  readonly transcript?: readonly string[];
  readonly findings?: readonly Finding[];
}

/** Progress events. */
export type CheckProgress =
  | { readonly kind: 'step-started'; readonly step: CheckStepId }
  | { readonly kind: 'step-finished'; readonly step: CheckStepId; readonly status: StepStatus; readonly category: CategoryId | null };

/** Values the check learned that the export and the PowerShell step reuse. */
export interface CheckFacts {
  readonly tenantId?: string;
  readonly servicePrincipalObjectId?: string;
  readonly clientId?: string;
  readonly secretExpires?: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
}

/** The whole check's result. */
export interface CheckResult {
  readonly profile: CheckProfile;
  readonly cloud: string;
  readonly mailbox: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** pass: everything works; warn: works, with warnings; fail: something is broken. */
  readonly overall: 'pass' | 'warn' | 'fail';
  /** Diagnosis categories found, most important first (empty when everything passes). */
  readonly categories: readonly CategoryId[];
  readonly steps: readonly CheckStepResult[];
  /** Ranked causes with texts, for each failing part combined with what Graph found. */
  readonly diagnosis: readonly RankedCause[];
  readonly facts: CheckFacts;
  readonly graphRequests: readonly GraphRequestLogEntry[];
}
