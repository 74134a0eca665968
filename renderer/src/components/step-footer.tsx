/** Back and Next at the bottom of a step (GitHub Desktop's welcome flow: each step can advance). */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { nextStep, previousStep, type WizardStep } from '../wizard/steps.js';

/** Props of StepFooter. */
export interface StepFooterProps {
  readonly step: WizardStep;
  /** False while the step is not ready to be left forward (e.g. no product chosen). */
  readonly canAdvance?: boolean;
}

/** The two buttons; a button without a neighbouring step is left out. */
export function StepFooter({ step, canAdvance = true }: StepFooterProps) {
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages();
  const back = previousStep(step);
  const next = nextStep(step);
  return (
    <div className="step-footer">
      {back && <button type="button" data-testid="step-back" onClick={() => goToStep(back)}>{`← ${t.nav.back}`}</button>}
      {next && (
        <button type="button" className="primary" data-testid="step-next" disabled={!canAdvance} onClick={() => goToStep(next)}>
          {`${t.nav.next}: ${t.steps[next]} →`}
        </button>
      )}
    </div>
  );
}
