/** Placeholder for wizard steps that are not built yet — says so instead of pretending. */
import { StepFooter } from '../components/step-footer.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** Props of ComingSoonPage. */
export interface ComingSoonPageProps {
  readonly step: WizardStep;
}

/** "Coming soon" with the step's name and a way back. */
export function ComingSoonPage({ step }: ComingSoonPageProps) {
  const t = useMessages();
  const goToStep = useAssistantStore((s) => s.goToStep);
  return (
    <div className="page" data-testid={`page-${step}`}>
      <h2 className="page-heading">{t.steps[step]}</h2>
      <section className="card">
        <h3>{t.comingSoon.heading}</h3>
        <p className="muted" data-testid="coming-soon">{t.comingSoon.body}</p>
        <button type="button" onClick={() => goToStep(WizardStep.Welcome)}>{t.comingSoon.back}</button>
      </section>
      <StepFooter step={step} />
    </div>
  );
}
