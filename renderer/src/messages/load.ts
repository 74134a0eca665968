/**
 * Loads the texts of one language on demand: each language is its own chunk, so the first
 * download holds only the language the app starts in, and the other arrives when the user
 * switches. main.tsx waits for the first language before the first render, and the language
 * slice switches only once the new texts are in — no page ever shows empty or mixed texts.
 */
import type { Language, Messages } from '../i18n.js';

const loaded: Partial<Record<Language, Messages>> = {};

/** The texts of a language once loadMessages has finished for it, else undefined. */
export function loadedMessages(language: Language): Messages | undefined {
  return loaded[language];
}

/** Loads (once) and returns the texts of a language. */
export async function loadMessages(language: Language): Promise<Messages> {
  const known = loaded[language];
  if (known) return known;
  const messages = language === 'de' ? (await import('./de.js')).de : (await import('./en.js')).en;
  loaded[language] = messages;
  return messages;
}
