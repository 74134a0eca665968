/** Shows the page of the current wizard step. */
import { ComingSoonPage } from '../pages/coming-soon-page.js';
import { WelcomePage } from '../pages/welcome-page.js';
import { assertNever, WizardStep } from './steps.js';

/** Props of StepView. */
export interface StepViewProps {
  readonly step: WizardStep;
}

/** One case per step; a new step that is not handled fails to compile. */
export function StepView({ step }: StepViewProps) {
  switch (step) {
    case WizardStep.Welcome:
      return <WelcomePage />;
    case WizardStep.Profile:
    case WizardStep.SignIn:
    case WizardStep.Checks:
    case WizardStep.Fix:
    case WizardStep.Export:
      return <ComingSoonPage step={step} />;
    default:
      return assertNever(step);
  }
}
