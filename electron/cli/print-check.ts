/**
 * Human output of a check for the terminal, in German or English. A step's `summary` is an English
 * sentence for --json and support staff; here a failed step is named by its diagnosis category's
 * title in the chosen language, and only the server's own reply (a raw protocol line) is quoted.
 */
import type { CheckResult, CheckStepId, CheckStepResult } from '../core/check/check-types.js';
import { textFor } from '../core/diagnosis/catalogue.js';

type Lang = 'de' | 'en';

const STEP_NAMES: Record<CheckStepId, Record<Lang, string>> = {
  'sign-in': { de: 'Anmeldung', en: 'Sign-in' },
  tenant: { de: 'Mandant (Microsoft Graph)', en: 'Tenant (Microsoft Graph)' },
  'app-credential': { de: 'Geheimer Clientschlüssel', en: 'Client secret' },
  token: { de: 'Zugriffstoken', en: 'Access token' },
  dns: { de: 'DNS', en: 'DNS' },
  reachability: { de: 'Erreichbarkeit (Ports, TLS)', en: 'Reachability (ports, TLS)' },
  smtp: { de: 'SMTP-Versand', en: 'SMTP sending' },
  imap: { de: 'IMAP-Postfach', en: 'IMAP mailbox' },
};

/** What a non-passing step without a diagnosis category says, by status. */
const NO_CATEGORY: Record<'fail' | 'warn' | 'skipped', Record<Lang, string>> = {
  fail: { de: 'Fehlgeschlagen – Einzelheiten mit --json oder im Support-Bericht.', en: 'Failed — details with --json or in the support report.' },
  warn: { de: 'Mit Hinweis – Einzelheiten mit --json oder im Support-Bericht.', en: 'With a warning — details with --json or in the support report.' },
  skipped: { de: 'Nicht geprüft, weil ein früherer Schritt fehlschlug.', en: 'Not checked, because an earlier part failed.' },
};

const MARK = { pass: '✓', warn: '!', fail: '✗', skipped: '–' } as const;

/** A reply line as the server sent it: an SMTP code, an IMAP status line or an Entra AADSTS code. */
function isRawReply(line: string): boolean {
  return /^\s*\d{3}[ -]\d\.\d|^\s*(\*|[A-Za-z]?\d+) (OK|NO|BAD|BYE)\b|AADSTS\d+/.test(line);
}

/** The lines under a step that did not pass. */
function stepDetail(s: CheckStepResult, lang: Lang): string[] {
  if (s.status === 'pass') return [];
  const reply = s.serverReply?.split('\n')[0];
  if (lang === 'en') return [`    ${reply ?? s.summary}`];
  const lines = [`    ${s.category ? textFor(s.category, 'de').title : NO_CATEGORY[s.status].de}`];
  if (reply && isRawReply(reply)) lines.push('    Antwort des Servers:', `      ${reply}`);
  return lines;
}

/** Prints the result to stdout. */
export function printCheck(r: CheckResult, lang: Lang): void {
  const out: string[] = [];
  const verdict = {
    pass: { de: 'Alles in Ordnung: Mail über Microsoft 365 funktioniert.', en: 'All good: mail through Microsoft 365 works.' },
    warn: { de: 'Funktioniert, aber mit Hinweisen.', en: 'Works, with warnings.' },
    fail: { de: 'Es gibt Probleme.', en: 'There are problems.' },
  }[r.overall][lang];
  out.push(`${verdict}  (${r.profile}, ${r.mailbox}, ${r.durationMs} ms)`, '');
  for (const s of r.steps) {
    out.push(`${MARK[s.status]} ${STEP_NAMES[s.id][lang]}${s.category ? `  [${s.category}]` : ''}`, ...stepDetail(s, lang));
  }
  for (const cause of r.diagnosis) {
    const t = cause.texts[lang];
    if (!t) continue;
    out.push('', `${lang === 'de' ? 'Ursache' : 'Cause'}: ${t.title}  [${cause.category}]`, `  ${t.cause}`,
      `  ${lang === 'de' ? 'So beheben Sie es' : 'How to fix it'}:`, ...t.fix.map((f, i) => `    ${i + 1}. ${f}`));
    if (t.waitHint && cause.waitLikely) out.push(`  ${t.waitHint}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
