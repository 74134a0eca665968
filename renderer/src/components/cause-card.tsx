/**
 * One likely cause of a decoded error: title, cause, numbered fix steps, wait advice, evidence and
 * the step that fixes it. The most likely cause is open; the others are folded, so a long list
 * does not bury the answer.
 */
import type { ReactNode } from 'react';
import type { CategoryText, RankedCause } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { fixStepPage } from '../wizard/fix-step-pages.js';
import { Illustration } from './illustration.js';
import { illustrationFor } from './illustration-catalog.js';

/** Props of CauseCard. */
export interface CauseCardProps {
  readonly cause: RankedCause;
  /** 0 = the most likely cause. */
  readonly rank: number;
  /** Shown after the fix steps (e.g. buttons that open the page to fix it). */
  readonly actions?: ReactNode;
  /** The causes are guesses (no known message was found): the first one says "best guess", not "most likely". */
  readonly guess?: boolean;
}

/** A cause in the current language, or in the one it was written in (a check runs in one language). */
export function CauseCard({ cause, rank, actions, guess }: CauseCardProps) {
  const language = useAssistantStore((s) => s.language);
  const t = useMessages();
  const text = cause.texts[language] ?? cause.texts.en ?? cause.texts.de;
  if (!text) return null;
  const id = `cause-${rank}`;
  const heading = (
    <>
      <span className="cause-rank">
        <span className="badge" data-testid={`${id}-badge`}>{rank === 0 ? (guess ? t.decode.bestGuess : t.decode.mostLikely) : t.decode.alsoPossible}</span>
        <span className="muted-inline">{t.decode.confidence(Math.round(cause.confidence * 100))}</span>
      </span>
      <span className="cause-title" id={`${id}-title`} data-testid={`${id}-title`}>{text.title}</span>
    </>
  );
  if (rank === 0) {
    return (
      <article className="card cause cause-top" aria-labelledby={`${id}-title`} data-testid={id} data-category={cause.category}>
        <h3 className="cause-heading">{heading}</h3>
        <CauseBody cause={cause} text={text} id={id} actions={actions} />
      </article>
    );
  }
  return (
    <details className="card cause" data-testid={id} data-category={cause.category}>
      <summary className="cause-heading">{heading}</summary>
      <CauseBody cause={cause} text={text} id={id} actions={actions} />
    </details>
  );
}

interface CauseBodyProps {
  readonly cause: RankedCause;
  readonly text: CategoryText;
  readonly id: string;
  readonly actions: ReactNode;
}

function CauseBody({ cause, text, id, actions }: CauseBodyProps) {
  const goToStep = useAssistantStore((s) => s.goToStep);
  const profile = useAssistantStore((s) => s.profile);
  const t = useMessages();
  const page = fixStepPage(cause.step, profile);
  const illustration = illustrationFor(cause.category, cause.step, profile);
  return (
    <>
      <p data-testid={`${id}-cause`}>{text.cause}</p>
      <h4>{t.decode.fixHeading}</h4>
      <ol className="fix-steps" data-testid={`${id}-fix`}>
        {text.fix.map((step, i) => <li key={i}>{step}</li>)}
      </ol>
      {illustration && <Illustration id={illustration} testId={`${id}-illustration`} />}
      {actions}
      {cause.waitLikely && (
        <div className="wait-note" data-testid={`${id}-wait`}>
          <strong>{t.decode.waitHeading}</strong>
          <p>{text.waitHint ?? t.decode.waitFallback}</p>
        </div>
      )}
      {cause.evidence.length > 0 && (
        // The server's and Graph's own words: folded, never the main text.
        <details className="evidence tech-details" data-technical="true" data-testid={`${id}-evidence-details`}>
          <summary>{t.decode.evidenceHeading}</summary>
          <ul data-testid={`${id}-evidence`} lang="en">
            {cause.evidence.map((e, i) => <li key={i} className="mono">{e}</li>)}
          </ul>
        </details>
      )}
      <p className="cause-step">
        <span>{`${t.decode.fixedInStep}: `}</span>
        <strong data-testid={`${id}-step`}>{t.fixSteps[cause.step]}</strong>
        {page && (
          <button type="button" className="link-button" data-testid={`${id}-go`} onClick={() => goToStep(page)}>
            {`${t.decode.goToStep} →`}
          </button>
        )}
      </p>
    </>
  );
}
