/** Live progress of a running check: each part as the main process reports it starting and ending. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

const MARK = { running: '…', pass: '✓', warn: '!', fail: '✕', skipped: '–' } as const;

/** The parts reported so far; empty until the first event arrives. */
export function CheckProgressList() {
  const rows = useAssistantStore((s) => s.checkProgress);
  const t = useMessages();
  const c = t.checks;
  return (
    <section className="card check-progress" aria-labelledby="check-progress-heading" data-testid="check-progress">
      <h3 id="check-progress-heading">{c.progressHeading}</h3>
      <ol className="check-steps" aria-live="polite">
        {rows.map((row) => (
          <li key={row.step} className={`check-step status-${row.mark}`} data-testid={`progress-${row.step}`} data-mark={row.mark}>
            <span className="check-mark" aria-hidden="true">{MARK[row.mark]}</span>
            <p className="check-title">
              <strong>{c.steps[row.step]}</strong>
              <span className="check-status">{c.progressStatus[row.mark]}</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
