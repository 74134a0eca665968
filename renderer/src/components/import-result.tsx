/** What importing a config file gave: where it was loaded from, or each problem by field. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { TechDetails } from './tech-details.js';

/** Problems of the whole file, not of a field: it is not one of our config files. */
const FILE_LEVEL = new Set(['(file)', '(root)', 'format']);

/** The import outcome note (nothing before an import). */
export function ImportResult() {
  const outcome = useAssistantStore((s) => s.exportImport);
  const language = useAssistantStore((s) => s.language);
  const t = useMessages();
  const e = t.exportStep;
  if (!outcome) return null;
  if (outcome.status === 'imported') {
    return (
      <div className="note-ok" role="status" data-testid="export-imported">
        <p>{e.imported(outcome.path)}</p>
        {outcome.hasSealedSecret && <p>{e.importedSealedSecret}</p>}
      </div>
    );
  }
  // Not JSON, binary, or another program's file: one plain sentence; the parser's words go into the technical details.
  const foreign = outcome.issues.some((issue) => FILE_LEVEL.has(issue.field));
  if (outcome.code === 'io_error' || foreign) {
    return (
      <div className="error-note" role="alert" data-testid="export-import-problems" data-kind={outcome.code === 'io_error' ? 'unreadable' : 'not-ours'}>
        <p data-testid="export-import-sentence">{outcome.code === 'io_error' ? t.errors.io_error : t.path.configNotOurs}</p>
        <TechDetails testId="export-import-details">
          <ul>{outcome.issues.map((issue, i) => <li key={i} className="mono">{`${issue.field} ${issue.en}`}</li>)}</ul>
        </TechDetails>
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
