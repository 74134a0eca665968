/**
 * The verdict of a check: the evidence of every failed step (server replies, Graph findings,
 * token-check mismatches) goes through the diagnosis together, so "535 5.7.3" after a clean
 * consent check reads differently from "535 5.7.3" after a missing one; then the result with
 * its categories, causes and the facts the export and the PowerShell step reuse.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import { decodeAll, knownCauses } from '../diagnosis/decode.js';
import type { DiagnosisContext, RankedCause, TokenCheckMismatch } from '../diagnosis/types.js';
import { categoriesOf, type Finding } from '../tenant/findings.js';
import type { CheckInput } from './check-input.js';
import { inReadingOrder } from './check-steps.js';
import type { CheckFacts, CheckResult, CheckStepId, CheckStepResult } from './check-types.js';
import { withFindingCauses } from './finding-causes.js';
import { graphFindingsOf } from './findings-context.js';
import type { TenantRead } from './read-tenant.js';

/** What the diagnosis knows besides the replies. */
export function diagnosisContext(input: CheckInput, findings: readonly Finding[], mismatches: readonly TokenCheckMismatch[]): DiagnosisContext {
  return {
    profile: input.profile,
    ...(input.mailTokens ? { flow: input.mailTokens.flow } : {}),
    graphFindings: graphFindingsOf(input.profile, [...findings]),
    tokenCheck: [...mismatches],
    ...(input.recentChangeMinutes !== undefined ? { recentChangeMinutes: input.recentChangeMinutes } : {}),
    languages: input.languages ?? ['de', 'en'],
  };
}

/** The diagnosis of the failed steps: the most likely cause of each reply, and all categories. */
export function diagnose(steps: readonly CheckStepResult[], findings: readonly Finding[], context: DiagnosisContext): {
  diagnosis: RankedCause[]; categories: CategoryId[]; causeOf: Map<CheckStepId, CategoryId>;
} {
  const diagnosis: RankedCause[] = [];
  const categories: CategoryId[] = [];
  const causeOf = new Map<CheckStepId, CategoryId>();
  for (const s of steps.filter((x) => x.status === 'fail')) {
    const protocol = s.id === 'imap' ? 'imap' : s.id === 'smtp' ? 'smtp' : undefined;
    // A guess (no known reply) does not replace the step's own category.
    const decoded = s.serverReply ? decodeAll([s.serverReply], { ...context, ...(protocol ? { protocol } : {}) }) : undefined;
    const top = decoded ? knownCauses(decoded)[0] : undefined;
    if (top) {
      if (!diagnosis.some((d) => d.category === top.category)) diagnosis.push(top);
      categories.push(top.category);
      causeOf.set(s.id, top.category);
    } else if (s.category) categories.push(s.category);
  }
  for (const c of categoriesOf([...findings])) categories.push(c);
  return { diagnosis, categories: [...new Set(categories)], causeOf };
}

/** The values the check learned (tenant, Object ID, client ID, secret expiry, endpoints). */
export function factsOf(input: CheckInput, read: TenantRead | undefined): CheckFacts {
  return {
    tenantId: input.tenantId,
    ...(read?.servicePrincipalObjectId ? { servicePrincipalObjectId: read.servicePrincipalObjectId } : {}),
    ...(read?.clientId ? { clientId: read.clientId } : {}),
    ...(read?.secretExpires ? { secretExpires: read.secretExpires } : {}),
    smtp: { host: input.cloud.smtp.host, port: input.cloud.smtp.port },
    imap: { host: input.cloud.imap.host, port: input.cloud.imap.port },
  };
}

/** Everything the result is built from. */
export interface VerdictParts {
  readonly input: CheckInput;
  readonly startedAt: number;
  readonly steps: readonly CheckStepResult[];
  readonly findings: readonly Finding[];
  readonly read: TenantRead | undefined;
  readonly mismatches: readonly TokenCheckMismatch[];
}

/** The check's result: overall status, categories, causes, facts and the steps in reading order. */
export function verdict(p: VerdictParts): CheckResult {
  const { input } = p;
  const context = diagnosisContext(input, p.findings, p.mismatches);
  const { diagnosis, categories, causeOf } = diagnose(p.steps, p.findings, context);
  const steps = inReadingOrder(p.steps);
  const failed = steps.some((s) => s.status === 'fail');
  const result: CheckResult = {
    profile: input.profile, cloud: input.cloud.id, mailbox: input.mailbox,
    startedAt: new Date(p.startedAt).toISOString(), durationMs: Date.now() - p.startedAt,
    overall: categories.length > 0 || failed ? 'fail' : steps.some((s) => s.status === 'warn') ? 'warn' : 'pass',
    categories, diagnosis, facts: factsOf(input, p.read),
    steps: steps.map((s) => (causeOf.has(s.id) ? { ...s, cause: causeOf.get(s.id)! } : s)),
    graphRequests: input.graph ? input.graph.log.entries() : [],
  };
  // A category found without a server reply (a Graph finding, a refused token) gets its cause too.
  return withFindingCauses(result, context.languages ?? ['de', 'en']);
}
