/**
 * Break points for the long German compounds of the narrow "Hier klicken" column (illustration.tsx): a soft hyphen (U+00AD)
 * after the first part of "Unternehmensanwendungen", "Administratorzustimmung", "Organisationsverzeichnis" …, so the column
 * breaks them as "Unternehmens-/anwendungen" instead of cutting "Unternehmensanwendunge/n" where the line ends.
 *
 * Written here because the platform's way does not work in our shell: CSS `hyphens: auto` needs Chromium's hyphenation
 * dictionaries, which Electron and Debian's Chromium do not ship (tried: no break); and a library of the field (`hyphen`,
 * Liang's TeX patterns) brings about 750 KB of German patterns into the renderer for a handful of our own fixed words.
 * The parts are the first halves of the compounds in our texts (illustration-catalog.ts); a unit test checks that every
 * long word there gets a break point.
 */
import type { Language } from '../i18n.js';

/** First parts of our texts' German compounds, each followed by at least four more letters of the same word. */
const FIRST_PARTS = /(?<![A-Za-zÄÖÜäöüß])(unternehmens|organisations|administrator|authentifi|benutzer|client|anwendungs|zwischen)(?=[a-zäöüß]{4,})/gi;
const SOFT_HYPHEN = '\u00ad';

/** The text with soft hyphens at its German compounds' joints (German only; other languages unchanged). */
export function softHyphens(text: string, language: Language): string {
  return language === 'de' ? text.replace(FIRST_PARTS, `$1${SOFT_HYPHEN}`) : text;
}
