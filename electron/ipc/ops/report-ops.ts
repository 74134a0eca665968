/**
 * The support report from the app: the last check's result (tenant check, demo check or a try of
 * "wait and test"), written as the CLI's `--report` writes it — HTML to read and print, and the
 * same report as JSON next to it — redacted (core/report) and saved where the user chooses in the
 * main process's dialog. The renderer never sends the report's content or a path.
 */
import path from 'node:path';
import type { CheckResult } from '../../core/check/check-types.js';
import { reportOfCheck } from '../../core/report/report-of-check.js';
import { writeSupportReport } from '../../core/report/write-report.js';
import { fail, ok, type Result } from '../../core/result.js';
import { oneOf, requestObject, type Validator } from '../validate.js';
import type { SavedSupportReport, SaveSupportReportRequest } from '../wait-types.js';
import { askForPath, type ChooseSavePath } from './file-dialogs.js';

/** The last check result the main process saw, with the secrets that check knew (to redact). */
export class LastCheck {
  private last: { readonly result: CheckResult; readonly secrets: readonly string[] } | undefined;

  /** Keeps a successful result; failures leave the previous one. */
  remember(result: Result<CheckResult>, secrets: readonly string[] = []): void {
    if (result.ok) this.last = { result: result.value, secrets };
  }

  /** The last result, if any. */
  get(): { readonly result: CheckResult; readonly secrets: readonly string[] } | undefined {
    return this.last;
  }
}

/** Checks a saveSupportReport request: only the language. */
export const validateSaveReportRequest: Validator<SaveSupportReportRequest> = (raw) => {
  const request = requestObject(raw, ['language']);
  if (!request.ok) return request;
  const language = oneOf(request.value['language'], 'language', ['de', 'en'] as const);
  return language.ok ? ok({ language: language.value }) : language;
};

/** The file name the dialog suggests, e.g. `support-report-inventory360-2026-12-04.html`. */
export function reportFileName(result: CheckResult, now: Date): string {
  return `support-report-${result.profile}-${now.toISOString().slice(0, 10)}.html`;
}

/** Asks where to save, then writes `<name>.html` and `<name>.json` (atomically, redacted). */
export async function saveSupportReport(
  request: SaveSupportReportRequest, last: LastCheck, chooseSavePath: ChooseSavePath | undefined, now: () => Date = () => new Date(),
): Promise<Result<SavedSupportReport>> {
  const check = last.get();
  if (!check) return fail('not_found', 'run a check first; the report describes its result');
  const at = now();
  const chosen = await askForPath(chooseSavePath && (() => chooseSavePath(reportFileName(check.result, at))));
  if (!chosen.ok) return chosen;
  const base = chosen.value.replace(/\.(html?|json)$/i, '');
  const report = reportOfCheck(check.result, request.language, at);
  const redact = (text: string): string => check.secrets.reduce((t, secret) => (secret ? t.split(secret).join('[redacted]') : t), text);
  const html = await writeSupportReport(`${base}.html`, report, redact);
  if (!html.ok) return html;
  const json = await writeSupportReport(`${base}.json`, report, redact);
  if (!json.ok) return json;
  return ok({ htmlPath: path.resolve(html.value), jsonPath: path.resolve(json.value) });
}
