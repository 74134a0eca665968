/** The UI language: German or English, first taken from the browser's language. */
import type { StateCreator } from 'zustand';
import { languageFromLocale, type Language } from '../i18n.js';
import { loadMessages } from '../messages/load.js';
import type { AssistantState } from '../store.js';

/** Language state and its action. */
export interface LanguageSlice {
  /** The language shown; its texts are loaded (messages/load.ts). */
  readonly language: Language;
  /** Loads the language's texts, then shows it (the old language stays until they are in). */
  setLanguage(language: Language): Promise<void>;
}

/** The language the app starts in: the system's (main.tsx loads its texts before the first render). */
export function startLanguage(): Language {
  return languageFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** Creates the language slice. */
export const createLanguageSlice: StateCreator<AssistantState, [], [], LanguageSlice> = (set) => {
  let wanted: Language | undefined;
  return {
    language: startLanguage(),
    setLanguage: async (language) => {
      wanted = language;
      await loadMessages(language);
      // A later click wins over a slower earlier load.
      if (wanted === language) set({ language });
    },
  };
};
