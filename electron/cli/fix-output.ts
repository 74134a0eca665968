/** How `fix` shows what it did: one line per fix on the terminal, or one JSON object. */
import type { FixAttempt, FixTenantResult } from '../core/fix/fix-tenant.js';
import { printCheck } from './print-check.js';

type Lang = 'de' | 'en';

const TEXT = {
  applied: { de: 'erledigt', en: 'done' },
  failed: { de: 'fehlgeschlagen', en: 'failed' },
  declined: { de: 'übersprungen', en: 'skipped' },
  none: { de: 'Die Prüfung schlägt keine Änderung vor, die der Assistent über Microsoft Graph machen kann.', en: 'The check offers no change the assistant can make through Microsoft Graph.' },
  secret: {
    de: 'Neuer geheimer Clientschlüssel (wird nur jetzt angezeigt, sofort in ETRON eintragen):',
    en: 'New client secret (shown only now; enter it in ETRON at once):',
  },
  after: { de: 'Prüfung nach den Änderungen:', en: 'Check after the changes:' },
} as const;

/** One line for a fix. */
export function attemptLine(a: FixAttempt, lang: Lang): string {
  if (a.status === 'applied') return `✓ ${a.fix.action} (${a.fix.findingId}) ${TEXT.applied[lang]}: ${a.fix.summary}`;
  if (a.status === 'declined') return `– ${a.action} (${a.findingId}) ${TEXT.declined[lang]}`;
  return `✗ ${a.action} (${a.findingId}) ${TEXT.failed[lang]}: ${a.error.message}${a.error.detail ? ` (${a.error.detail})` : ''}`;
}

/** Prints the outcome to stdout: text, or JSON `{before, fixes, after}`. */
export function printFix(r: FixTenantResult, o: { readonly json: boolean; readonly language: Lang }): void {
  if (o.json) {
    const before = { overall: r.before.overall, categories: r.before.categories };
    process.stdout.write(`${JSON.stringify({ before, fixes: r.attempts, after: r.after })}\n`);
    return;
  }
  const lang = o.language;
  const lines = r.attempts.length === 0 ? [TEXT.none[lang]] : r.attempts.map((a) => attemptLine(a, lang));
  for (const a of r.attempts) {
    if (a.status === 'applied' && a.fix.newSecret) lines.push(`  ${TEXT.secret[lang]} ${a.fix.newSecret.secretText}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n${TEXT.after[lang]}\n`);
  printCheck(r.after, lang);
}
