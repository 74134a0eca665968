/** Builds the support report from a check result and writes it (redacted, atomically). */
import type { CheckResult } from '../core/check/check-types.js';
import type { SupportReport } from '../core/report/report-model.js';
import { reportOfCheck } from '../core/report/report-of-check.js';
import { writeSupportReport } from '../core/report/write-report.js';
import type { Result } from '../core/result.js';

/** The report for a check. */
export function reportOf(r: CheckResult, language: 'de' | 'en'): SupportReport {
  return reportOfCheck(r, language);
}

/** Writes the report for a check to `file` (.html or .json). */
export function buildReport(file: string, r: CheckResult, language: 'de' | 'en'): Promise<Result<string>> {
  return writeSupportReport(file, reportOf(r, language));
}
