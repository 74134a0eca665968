/** Writes the support report as HTML and/or JSON, redacted, atomically. */
import { writeFileAtomic } from '../export/atomic-write.js';
import type { Result } from '../result.js';
import { redactReport, type SupportReport } from './report-model.js';
import { renderReportHtml } from './render-html.js';

/** Redacts and writes the report; the format follows the file extension (.html/.htm or .json). */
export async function writeSupportReport(file: string, report: SupportReport, redact?: (text: string) => string): Promise<Result<string>> {
  const safe = redactReport(report, redact);
  const content = /\.html?$/i.test(file) ? renderReportHtml(safe) : `${JSON.stringify(safe, null, 2)}\n`;
  return writeFileAtomic(file, content);
}
