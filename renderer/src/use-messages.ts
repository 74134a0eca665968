/** The texts of the current UI language. */
import { MESSAGES, type Messages } from './i18n.js';
import { useAssistantStore } from './store.js';

/** Returns the messages of the language chosen in the store. */
export function useMessages(): Messages {
  return MESSAGES[useAssistantStore((s) => s.language)];
}
