/** The parts of a check, each with its status, what went wrong and the server's exact reply. */
import type { CheckResult } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { FindingsList } from './findings-list.js';

/** Props of CheckSteps. */
export interface CheckStepsProps {
  readonly result: CheckResult;
}

const STATUS_MARK = { pass: '✓', warn: '!', fail: '✕', skipped: '–' } as const;

/** One row per part, in the order the check ran them. */
export function CheckSteps({ result }: CheckStepsProps) {
  const language = useAssistantStore((s) => s.language);
  const titles = useAssistantStore((s) => s.categoryTitles);
  const t = useMessages();
  const c = t.checks;
  return (
    <ol className="check-steps">
      {result.steps.map((step) => {
        const category = step.cause ?? step.category;
        return (
          <li key={step.id} className={`check-step status-${step.status}`} data-testid={`check-step-${step.id}`} data-status={step.status}>
            <span className="check-mark" aria-hidden="true">{STATUS_MARK[step.status]}</span>
            <div className="check-body">
              <p className="check-title">
                <strong>{c.steps[step.id]}</strong>
                <span className="check-status">{c.status[step.status]}</span>
              </p>
              {category && <p className="check-category" data-testid={`check-step-${step.id}-category`}>{titles?.[language][category] ?? category}</p>}
              {step.serverReply && (
                <p className="check-reply">
                  <span className="muted-inline">{`${c.serverReply}: `}</span>
                  <code className="mono" data-testid={`check-step-${step.id}-reply`}>{step.serverReply}</code>
                </p>
              )}
              {step.findings && step.findings.length > 0 && <FindingsList findings={step.findings} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
