/** "Save support report…": the last check as HTML and JSON, redacted, where the user chooses (main process dialog). */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** The report card: why, the button, where it went. */
export function SupportReportButton() {
  const busy = useAssistantStore((s) => s.reportBusy);
  const saved = useAssistantStore((s) => s.reportSaved);
  const error = useAssistantStore((s) => s.reportError);
  const save = useAssistantStore((s) => s.saveSupportReport);
  const t = useMessages().waitFinish.report;
  return (
    <section className="card" data-testid="support-report" aria-labelledby="support-report-heading">
      <h3 id="support-report-heading">{t.heading}</h3>
      <p className="muted">{t.intro}</p>
      <div className="control-row">
        <button type="button" data-testid="report-save" disabled={busy} aria-describedby={error ? 'report-error' : undefined} onClick={() => void save()}>
          {busy ? t.saving : t.save}
        </button>
      </div>
      <div role="status">
        {saved && <p className="saved-path" data-testid="report-saved">{t.saved(saved.htmlPath, saved.jsonPath)}</p>}
      </div>
      {error?.code === 'not_found'
        ? <p className="error-note" role="alert" id="report-error" data-testid="report-error">{t.noCheck}</p>
        : <ErrorNote error={error} id="report-error" testId="report-error" />}
    </section>
  );
}
