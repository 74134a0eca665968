/** Which wizard step is shown. */
import type { StateCreator } from 'zustand';
import type { AssistantState } from '../store.js';
import { WizardStep } from '../wizard/steps.js';

/** Wizard state and its action. */
export interface WizardSlice {
  readonly step: WizardStep;
  goToStep(step: WizardStep): void;
}

/** Creates the wizard slice. */
export const createWizardSlice: StateCreator<AssistantState, [], [], WizardSlice> = (set) => ({
  step: WizardStep.Welcome,
  goToStep: (step) => set({ step }),
});
