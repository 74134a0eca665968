/** Human output of a check for the terminal, in German or English. */
import type { CheckResult, CheckStepId } from '../core/check/check-types.js';

const STEP_NAMES: Record<CheckStepId, { de: string; en: string }> = {
  'sign-in': { de: 'Anmeldung', en: 'Sign-in' },
  tenant: { de: 'Mandant (Microsoft Graph)', en: 'Tenant (Microsoft Graph)' },
  'app-credential': { de: 'Client-Secret', en: 'Client secret' },
  token: { de: 'Zugriffstoken', en: 'Access token' },
  dns: { de: 'DNS', en: 'DNS' },
  reachability: { de: 'Erreichbarkeit (Ports, TLS)', en: 'Reachability (ports, TLS)' },
  smtp: { de: 'SMTP-Versand', en: 'SMTP sending' },
  imap: { de: 'IMAP-Postfach', en: 'IMAP mailbox' },
};

const MARK = { pass: '✓', warn: '!', fail: '✗', skipped: '–' } as const;

/** Prints the result to stdout. */
export function printCheck(r: CheckResult, lang: 'de' | 'en'): void {
  const out: string[] = [];
  const verdict = {
    pass: { de: 'Alles in Ordnung: Mail über Microsoft 365 funktioniert.', en: 'All good: mail through Microsoft 365 works.' },
    warn: { de: 'Funktioniert, aber mit Hinweisen.', en: 'Works, with warnings.' },
    fail: { de: 'Es gibt Probleme.', en: 'There are problems.' },
  }[r.overall][lang];
  out.push(`${verdict}  (${r.profile}, ${r.mailbox}, ${r.durationMs} ms)`, '');
  for (const s of r.steps) {
    out.push(`${MARK[s.status]} ${STEP_NAMES[s.id][lang]}${s.category ? `  [${s.category}]` : ''}`);
    if (s.status !== 'pass') {
      if (s.serverReply) out.push(`    ${s.serverReply.split('\n')[0]}`);
      else out.push(`    ${s.summary}`);
    }
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
