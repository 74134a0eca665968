/**
 * Cause cards for what the tenant read found. runCheck ranks causes from server replies; a check
 * that only reads the tenant (no SMTP probe without the product's own secret) has failing Graph
 * findings but no reply, so its categories would come without an explanation. This adds, for
 * each such category, the diagnosis's own cause (Graph findings weighed as the decoder weighs
 * them) or else the catalogue's texts, with the findings' evidence.
 */
import { graphFindingsOf } from './findings-context.js';
import type { CheckResult } from './check-types.js';
import type { CategoryId } from '../diagnosis/categories.js';
import { CATALOGUE, describeCategory, stepFor } from '../diagnosis/catalogue.js';
import { decodeAll } from '../diagnosis/decode.js';
import type { Language, RankedCause } from '../diagnosis/types.js';
import type { Finding } from '../tenant/findings.js';

/** The weight the diagnosis gives a failed Graph finding (evidence.ts), for causes it does not weigh itself. */
const FINDING_CONFIDENCE = 0.9;

/** Every finding of the result (today only the tenant step has findings). */
export function findingsOf(result: CheckResult): Finding[] {
  return result.steps.flatMap((s) => s.findings ?? []);
}

function catalogueCause(category: CategoryId, evidence: readonly string[], result: CheckResult, languages: readonly Language[]): RankedCause {
  const entry = CATALOGUE[category];
  return {
    category, confidence: FINDING_CONFIDENCE, evidence, waitLikely: entry.waitLikely,
    step: stepFor(category, result.profile), severity: entry.severity,
    texts: describeCategory(category, { languages, profile: result.profile }),
  };
}

/** The result with a cause for every category that has none yet (order: the result's categories). */
export function withFindingCauses(result: CheckResult, languages: readonly Language[]): CheckResult {
  const missing = result.categories.filter((c) => !result.diagnosis.some((d) => d.category === c));
  if (missing.length === 0) return result;
  const findings = findingsOf(result);
  const weighed = decodeAll([], {
    profile: result.profile, graphFindings: graphFindingsOf(result.profile, findings), languages,
  }).causes;
  const added = missing.map((category) => {
    const evidence = findings.filter((f) => f.code === category).map((f) => f.evidence);
    const own = weighed.find((c) => c.category === category);
    return own ? { ...own, evidence: [...evidence, ...own.evidence] } : catalogueCause(category, evidence, result, languages);
  });
  return { ...result, diagnosis: [...result.diagnosis, ...added] };
}

/** The pages a person opens to fix or look at the findings (admin consent, Entra blades…). */
export function fixLinksOf(result: CheckResult): string[] {
  return [...new Set(findingsOf(result).flatMap((f) => [f.fixStep?.url, f.portalUrl].filter((u): u is string => u !== undefined)))];
}
