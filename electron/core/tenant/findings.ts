/**
 * A Finding is one fact about the tenant, read through Microsoft Graph, in the shape the wizard
 * and the CLI show: is it right, which diagnosis category explains it when not, what Graph said,
 * and which step fixes it. Findings are plain data (they cross IPC and go into --json).
 */
import type { CategoryId } from '../diagnosis/categories.js';
import type { AppError } from '../result.js';

/** ok = as it should be; missing = not there; wrong = there but wrong; unknown = could not read. */
export type FindingStatus = 'ok' | 'missing' | 'wrong' | 'unknown';

/** What fixes a finding. `auto` = the assistant can do it through Graph; otherwise a person clicks `url`. */
export interface FixStep {
  readonly action: FixAction;
  readonly auto: boolean;
  /** The Microsoft page to open (admin consent, Entra blade…), when there is one. */
  readonly url?: string;
}

/** The fixes the tenant checks point at. */
export type FixAction =
  | 'grant-admin-consent' | 'grant-app-role' | 'grant-delegated-consent' | 'enable-user' | 'assign-licence'
  | 'disable-security-defaults' | 'create-app-registration' | 'repair-app-registration'
  | 'create-service-principal' | 'assign-users' | 'create-client-secret' | 'sign-in-with-more-rights';

/** A value a finding reports (shown, copied, or used by the next step). */
export type FactValue = string | number | boolean | null | readonly string[];

/** A warning on a finding that is still ok. */
export interface FindingWarning {
  readonly code: 'secret_expires_soon';
  readonly daysLeft: number;
}

/** One checked fact about the tenant. */
export interface Finding {
  /** Stable id, e.g. `inventory360.smtp-send-as-app`. */
  readonly id: string;
  readonly status: FindingStatus;
  /** The diagnosis category that explains a problem; null when ok or when none fits. */
  readonly code: CategoryId | null;
  /** What Graph said, in English, with the values it returned. */
  readonly evidence: string;
  /** Values the UI shows or copies, e.g. servicePrincipalObjectId. */
  readonly facts?: Readonly<Record<string, FactValue>>;
  readonly fixStep?: FixStep;
  /**
   * The Microsoft portal page where a person sees (and changes) this fact for this tenant — set
   * for ok findings too, so the wizard's page can open it (clouds-links.ts; routes unconfirmed ⚠).
   */
  readonly portalUrl?: string;
  readonly warning?: FindingWarning;
  /** When status is unknown: why Graph could not answer (insufficient_privileges, throttled…). */
  readonly error?: AppError;
}

/** A finding that is as it should be. */
export function okFinding(id: string, evidence: string, facts?: Readonly<Record<string, FactValue>>, warning?: FindingWarning): Finding {
  return { id, status: 'ok', code: null, evidence, ...(facts ? { facts } : {}), ...(warning ? { warning } : {}) };
}

/** A finding that is missing or wrong. */
export function problem(
  id: string,
  status: 'missing' | 'wrong',
  code: CategoryId | null,
  evidence: string,
  extra: { readonly facts?: Readonly<Record<string, FactValue>>; readonly fixStep?: FixStep } = {},
): Finding {
  return { id, status, code, evidence, ...extra };
}

/** A finding Graph could not answer; the error says why (and which permission is missing). */
export function unknownFinding(id: string, error: AppError): Finding {
  const fixStep: FixStep | undefined = error.code === 'insufficient_privileges'
    ? { action: 'sign-in-with-more-rights', auto: false }
    : undefined;
  return {
    id, status: 'unknown', code: null,
    evidence: `Graph could not answer: ${error.message}${error.detail ? ` (${error.detail})` : ''}`,
    error, ...(fixStep ? { fixStep } : {}),
  };
}

/** True when every finding is ok. */
export function allOk(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.status === 'ok');
}

/** The diagnosis categories the findings point at, without duplicates, in finding order. */
export function categoriesOf(findings: readonly Finding[]): CategoryId[] {
  return [...new Set(findings.map((f) => f.code).filter((c): c is CategoryId => c !== null))];
}
