/**
 * Which steps are done, from what the user has actually finished — not from where they are: a
 * step they skipped past (sign-in, say) must not show a tick.
 */
import type { AssistantState } from '../store.js';
import { assertNever, WizardStep } from './steps.js';

/** The state a step's completion depends on. */
export type ProgressState = Pick<AssistantState, 'step' | 'profile' | 'psSavedPath' | 'exportSavedPath' | 'account' | 'checkKind'>
  & Partial<Pick<AssistantState, 'waitOutcome'>>;

/** True when the step's outcome exists. */
export function isStepDone(step: WizardStep, state: ProgressState): boolean {
  switch (step) {
    case WizardStep.Welcome:
      return state.step !== WizardStep.Welcome;
    case WizardStep.Profile:
      return state.profile !== undefined;
    case WizardStep.SignIn:
      return state.account !== undefined && state.account !== null;
    case WizardStep.Checks:
      // The demo check is a trial run: only a check of the admin's own tenant counts.
      return state.checkKind === 'tenant';
    case WizardStep.PowerShell:
      return state.psSavedPath !== undefined;
    case WizardStep.Export:
      return state.exportSavedPath !== undefined;
    case WizardStep.WaitTest:
      return state.waitOutcome?.passed === true;
    case WizardStep.Finish:
      return false;
    case WizardStep.Decode:
      return false;
    default:
      return assertNever(step);
  }
}
