/** The wizard's steps, in order. Only `welcome` is built so far; the others show a placeholder. */
export enum WizardStep {
  Welcome = 'welcome',
  Profile = 'profile',
  SignIn = 'sign-in',
  Checks = 'checks',
  Fix = 'fix',
  Export = 'export',
}

/** The steps in the order the wizard walks them. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  WizardStep.Welcome, WizardStep.Profile, WizardStep.SignIn, WizardStep.Checks, WizardStep.Fix, WizardStep.Export,
];

/** For exhaustive `switch`es: a new step that is not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}
