/**
 * The support report for one check result: what the CLI's `--report` and the app's "support
 * report" button both write. Plain Node; the caller redacts and writes it (write-report.ts).
 */
import os from 'node:os';
import { version } from '../../../package.json';
import type { CheckResult } from '../check/check-types.js';
import type { SupportReport } from './report-model.js';

/** The report for a check, in `language`. */
export function reportOfCheck(r: CheckResult, language: 'de' | 'en', generatedAt: Date = new Date()): SupportReport {
  const causeOf = new Map(r.diagnosis.map((c) => [c.category, c]));
  return {
    reportVersion: 1, generatedAt: generatedAt.toISOString(), language,
    app: { name: 'M365 Mail Setup Assistant', version },
    system: { platform: os.platform(), release: os.release(), arch: os.arch(), node: process.versions.node },
    cloud: r.cloud, profile: r.profile, ...(r.facts.tenantId ? { tenantId: r.facts.tenantId } : {}), mailbox: r.mailbox,
    overall: r.overall,
    checks: r.steps.map((s) => {
      const key = s.cause ?? s.category;
      const cause = key ? causeOf.get(key) : undefined;
      const t = cause?.texts[language];
      return {
        id: s.id, title: s.id, startedAt: s.startedAt, durationMs: s.durationMs, status: s.status, summary: s.summary,
        ...(s.serverReply ? { serverReply: s.serverReply } : {}),
        ...(cause && t ? { diagnosis: { category: cause.category, title: t.title, fix: t.fix, waitLikely: cause.waitLikely } } : {}),
        ...(s.transcript ? { transcript: s.transcript } : {}),
      };
    }),
    graphRequests: r.graphRequests.map((g) => ({ method: g.method, path: g.path, status: g.status, requestId: g.requestId, date: g.date })),
  };
}
