/** Back and Next at the bottom of a step, along the chosen product's path (GitHub Desktop's welcome flow). */
import { Button } from '@fluentui/react-components';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { useStepNames } from '../use-step-names.js';
import { nextStep, previousStep, type WizardStep } from '../wizard/steps.js';

/** Props of StepFooter. */
export interface StepFooterProps {
  readonly step: WizardStep;
  /** False while the step is not ready to be left forward (e.g. no product chosen). */
  readonly canAdvance?: boolean;
  /** Runs before going on; false keeps the page (its form shows what is missing). */
  readonly beforeNext?: () => boolean;
}

/** The two buttons; a button without a neighbouring step is left out. */
export function StepFooter({ step, canAdvance = true, beforeNext }: StepFooterProps) {
  const goToStep = useAssistantStore((s) => s.goToStep);
  const profile = useAssistantStore((s) => s.profile);
  const t = useMessages();
  const steps = useStepNames();
  const back = previousStep(step, profile);
  const next = nextStep(step, profile);
  return (
    <div className="step-footer">
      {back && <Button data-testid="step-back" onClick={() => goToStep(back)}>{`← ${t.nav.back}`}</Button>}
      {next && (
        <Button appearance="primary" data-testid="step-next" disabled={!canAdvance} onClick={() => { if (!beforeNext || beforeNext()) goToStep(next); }}>
          {`${t.nav.next}: ${steps[next]} →`}
        </Button>
      )}
    </div>
  );
}
