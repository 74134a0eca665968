/** Shows the page of the current wizard step. */
import { ChecksPage } from '../pages/checks-page.js';
import { DecodePage } from '../pages/decode-page.js';
import { FinishPage } from '../pages/finish-page.js';
import { WaitTestPage } from '../pages/wait-test-page.js';
import { ExportPage } from '../pages/export-page.js';
import { PowerShellPage } from '../pages/powershell-page.js';
import { ProfilePage } from '../pages/profile-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
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
      return <ProfilePage />;
    case WizardStep.PowerShell:
      return <PowerShellPage />;
    case WizardStep.Export:
      return <ExportPage />;
    case WizardStep.Decode:
      return <DecodePage />;
    case WizardStep.Checks:
      return <ChecksPage />;
    case WizardStep.SignIn:
      return <SignInPage />;
    case WizardStep.WaitTest:
      return <WaitTestPage />;
    case WizardStep.Finish:
      return <FinishPage />;
    default:
      return assertNever(step);
  }
}
