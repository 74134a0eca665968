/**
 * The result of a check, the same for the demo check and the tenant check: the overall verdict,
 * each part with the server's reply, why no mail was sent when the product's own secret was
 * needed, and the ranked causes with their fix steps and fix pages.
 */
import type { CheckResult } from '../../../electron/ipc/contract.js';
import type { CheckKind } from '../slices/checks-slice.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { CauseCard } from './cause-card.js';
import { CheckSteps } from './check-steps.js';
import { FixButtons, FixOtherFindings } from './fix-buttons.js';
import { FixLinks, fixLinksFor } from './fix-links.js';

/** Props of CheckResultView. */
export interface CheckResultViewProps {
  readonly result: CheckResult;
  readonly kind: CheckKind;
}

/** The whole result below the check's card. */
export function CheckResultView({ result, kind }: CheckResultViewProps) {
  const resultLanguage = useAssistantStore((s) => s.checkLanguage);
  const language = useAssistantStore((s) => s.language);
  const account = useAssistantStore((s) => s.account);
  const t = useMessages();
  const c = t.checks;
  const mailProbed = result.steps.some((s) => s.id === 'smtp' || s.id === 'imap');
  const heading = kind === 'demo' ? c.resultOf.demo : c.resultOf.tenant(account?.username ?? '');
  return (
    <section className="results" aria-live="polite" aria-labelledby="check-result-heading" data-testid="check-results" data-kind={kind}>
      <h3 className="section-heading" id="check-result-heading">{heading}</h3>
      <p className={`check-overall status-${result.overall}`} data-testid="check-overall">{result.overall === 'pass' && kind === 'tenant' && !mailProbed ? c.passWithoutMail : c.overall[result.overall]}</p>
      <section className="card">
        <h3>{c.stepsHeading}</h3>
        <CheckSteps result={result} />
        {kind === 'tenant' && !mailProbed && <p className="info-note" data-testid="check-no-mail-probe">{c.noMailProbe[result.profile]}</p>}
      </section>
      {kind === 'tenant' && <FixOtherFindings result={result} />}
      {result.diagnosis.length > 0 && (
        <>
          <h3 className="section-heading">{c.diagnosisHeading}</h3>
          {resultLanguage && resultLanguage !== language && <p className="muted">{c.languageNote}</p>}
          {result.diagnosis.map((cause, rank) => (
            <CauseCard key={cause.category} cause={cause} rank={rank}
              actions={<>
                {kind === 'tenant' && <FixButtons result={result} category={cause.category} />}
                <FixLinks links={fixLinksFor(result, cause.category)} id={`cause-${rank}`} />
              </>} />
          ))}
        </>
      )}
    </section>
  );
}
