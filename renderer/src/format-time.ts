/** Dates and times as the chosen language writes them (never ISO on screen). */
import type { Language } from './i18n.js';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** "4. Dez. 2026, 17:05" / "4 Dec 2026, 17:05". */
export function formatDateTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "17:05:30" — the next try's time, to the second. */
export function formatTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'medium' }).format(new Date(iso));
}
