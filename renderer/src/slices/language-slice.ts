/** The UI language: German or English, first taken from the browser's language. */
import type { StateCreator } from 'zustand';
import { languageFromLocale, type Language } from '../i18n.js';
import type { AssistantState } from '../store.js';

/** Language state and its action. */
export interface LanguageSlice {
  readonly language: Language;
  setLanguage(language: Language): void;
}

/** Creates the language slice. */
export const createLanguageSlice: StateCreator<AssistantState, [], [], LanguageSlice> = (set) => ({
  language: languageFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
  setLanguage: (language) => set({ language }),
});
