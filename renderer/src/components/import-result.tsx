/** What importing a config file gave: where it was loaded from, or each problem by field. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** The import outcome note (nothing before an import). */
export function ImportResult() {
  const outcome = useAssistantStore((s) => s.exportImport);
  const language = useAssistantStore((s) => s.language);
  const e = useMessages().exportStep;
  if (!outcome) return null;
  if (outcome.status === 'imported') {
    return (
      <div className="note-ok" role="status" data-testid="export-imported">
        <p>{e.imported(outcome.path)}</p>
        {outcome.hasSealedSecret && <p>{e.importedSealedSecret}</p>}
      </div>
    );
  }
  return (
    <div className="error-note" role="alert" data-testid="export-import-problems">
      <p>{e.importProblems(outcome.path)}</p>
      <ul>
        {outcome.issues.map((issue, i) => (
          <li key={i} data-testid="export-import-issue">
            <span className="mono">{issue.field}</span>{` ${issue[language]}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
