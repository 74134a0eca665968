/**
 * Both languages at once, for tests and tools that compare them. The app never imports this
 * file: it loads one language at a time (load.ts).
 */
import type { Language, Messages } from '../i18n.js';
import { de } from './de.js';
import { en } from './en.js';

/** All texts, by language. */
export const MESSAGES: Record<Language, Messages> = { de, en };
