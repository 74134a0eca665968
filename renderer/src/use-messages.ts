/** The texts of the current UI language. */
import type { Messages } from './i18n.js';
import { loadedMessages } from './messages/load.js';
import { useAssistantStore } from './store.js';

/**
 * Returns the messages of the language chosen in the store. The store names a language only
 * after its texts are loaded (main.tsx, language slice), so they are always there.
 */
export function useMessages(): Messages {
  const language = useAssistantStore((s) => s.language);
  const messages = loadedMessages(language);
  if (!messages) throw new Error(`the texts of language '${language}' are not loaded`);
  return messages;
}
