/**
 * Which wizard page is shown, and what the admin told the wizard on the way that no check can
 * read (a step confirmed by hand, the ETRON variant). Only non-secret values live here.
 */
import type { StateCreator } from 'zustand';
import type { AssistantState } from '../store.js';
import { WizardStep } from '../wizard/steps.js';

/** Wizard state and its actions. */
export interface WizardSlice {
  readonly step: WizardStep;
  /** Steps Microsoft Graph cannot verify that the admin marked as done. */
  readonly confirmedSteps: readonly WizardStep[];
  /** ETRON: A = one shared mailbox sends everything, B = one outgoing server per user. */
  readonly etronVariant: 'A' | 'B';
  readonly etronAliasDomain: string;
  /**
   * ETRON: the mailboxes that send through ETRON besides the one on the sign-in page (variant B:
   * each user's own, one outgoing server each). As typed, empty rows included.
   */
  readonly etronMoreMailboxes: readonly string[];
  goToStep(step: WizardStep): void;
  confirmStep(step: WizardStep, done: boolean): void;
  setEtronVariant(variant: 'A' | 'B'): void;
  setEtronAliasDomain(domain: string): void;
  addEtronMailbox(): void;
  setEtronMailbox(index: number, value: string): void;
  removeEtronMailbox(index: number): void;
}

/** At most this many mailboxes in the list (the export file takes up to 500 servers). */
export const MAX_ETRON_MAILBOXES = 50;

/** Creates the wizard slice. */
export const createWizardSlice: StateCreator<AssistantState, [], [], WizardSlice> = (set) => ({
  step: WizardStep.Welcome,
  confirmedSteps: [],
  etronVariant: 'A',
  etronAliasDomain: '',
  etronMoreMailboxes: [],
  goToStep: (step) => set({ step }),
  confirmStep: (step, done) => set((s) => ({
    confirmedSteps: done ? [...new Set([...s.confirmedSteps, step])] : s.confirmedSteps.filter((x) => x !== step),
  })),
  setEtronVariant: (etronVariant) => set({ etronVariant }),
  setEtronAliasDomain: (etronAliasDomain) => set({ etronAliasDomain }),
  addEtronMailbox: () => set((s) => (s.etronMoreMailboxes.length < MAX_ETRON_MAILBOXES ? { etronMoreMailboxes: [...s.etronMoreMailboxes, ''] } : {})),
  setEtronMailbox: (index, value) => set((s) => ({ etronMoreMailboxes: s.etronMoreMailboxes.map((m, i) => (i === index ? value : m)) })),
  removeEtronMailbox: (index) => set((s) => ({ etronMoreMailboxes: s.etronMoreMailboxes.filter((_, i) => i !== index) })),
});
