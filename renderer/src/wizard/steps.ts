/**
 * The wizard's pages: the numbered setup steps in the order the wizard walks them, and the tools
 * (usable at any time, e.g. by support staff) listed apart from them.
 */
export enum WizardStep {
  Welcome = 'welcome',
  Profile = 'profile',
  SignIn = 'sign-in',
  Checks = 'checks',
  PowerShell = 'exchange-powershell',
  Export = 'export',
  WaitTest = 'wait-test',
  Finish = 'finish',
  Decode = 'decode',
}

/** The numbered steps in the order the wizard walks them. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  WizardStep.Welcome, WizardStep.Profile, WizardStep.SignIn, WizardStep.Checks, WizardStep.PowerShell, WizardStep.WaitTest,
  WizardStep.Export, WizardStep.Finish,
];

/** Tools outside the numbered sequence. */
export const TOOL_STEPS: readonly WizardStep[] = [WizardStep.Decode];

/** The step after `step` in the sequence (undefined after the last and for tools). */
export function nextStep(step: WizardStep): WizardStep | undefined {
  const index = WIZARD_STEPS.indexOf(step);
  return index < 0 ? undefined : WIZARD_STEPS[index + 1];
}

/** The step before `step` in the sequence (undefined for the first and for tools). */
export function previousStep(step: WizardStep): WizardStep | undefined {
  const index = WIZARD_STEPS.indexOf(step);
  return index <= 0 ? undefined : WIZARD_STEPS[index - 1];
}

/** For exhaustive `switch`es: a new step that is not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}
