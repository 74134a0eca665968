/**
 * The one renderer store, built from typed slices (zustand's slices pattern): each slice keeps
 * its actions next to its state. Components select single fields.
 */
import { create } from 'zustand';
import { createAppInfoSlice, type AppInfoSlice } from './slices/app-info-slice.js';
import { createDemoSlice, type DemoSlice } from './slices/demo-slice.js';
import { createLanguageSlice, type LanguageSlice } from './slices/language-slice.js';
import { createWizardSlice, type WizardSlice } from './slices/wizard-slice.js';

/** The whole renderer state. */
export type AssistantState = LanguageSlice & AppInfoSlice & DemoSlice & WizardSlice;

/** The store hook: `useAssistantStore((s) => s.language)`. */
export const useAssistantStore = create<AssistantState>()((...a) => ({
  ...createLanguageSlice(...a),
  ...createAppInfoSlice(...a),
  ...createDemoSlice(...a),
  ...createWizardSlice(...a),
}));

/** Puts the store back to its initial state (between tests). */
export function resetAssistantStore(): void {
  useAssistantStore.setState(useAssistantStore.getInitialState(), true);
}
