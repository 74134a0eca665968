/**
 * The support report as one self-contained, printable HTML page (no scripts, no external
 * resources), in German or English. Input must already be redacted (redactReport).
 */
import type { ReportCheck, SupportReport } from './report-model.js';

const T = {
  en: { title: 'Microsoft 365 mail — support report', generated: 'Generated', app: 'App', system: 'System', cloud: 'Cloud', profile: 'Profile', tenant: 'Tenant ID', mailbox: 'Mailbox', overall: 'Overall result', checks: 'Checks', reply: 'Server reply', cause: 'Diagnosis', fix: 'How to fix', wait: 'Changes in Microsoft 365 can take 30 minutes to 24 hours to take effect: wait and test again.', transcript: 'Transcript (secrets removed)', graph: 'Microsoft Graph requests', method: 'Method', path: 'Path', status: 'Status', requestId: 'request-id', date: 'Date', none: 'none', pass: 'OK', fail: 'Failed', warn: 'Warning', skipped: 'Skipped', duration: 'Duration' },
  de: { title: 'Microsoft-365-Mail — Supportbericht', generated: 'Erstellt', app: 'Programm', system: 'System', cloud: 'Cloud', profile: 'Profil', tenant: 'Mandanten-ID', mailbox: 'Postfach', overall: 'Gesamtergebnis', checks: 'Prüfungen', reply: 'Antwort des Servers', cause: 'Diagnose', fix: 'So beheben Sie es', wait: 'Änderungen in Microsoft 365 können 30 Minuten bis 24 Stunden brauchen: warten und erneut testen.', transcript: 'Protokoll (Geheimnisse entfernt)', graph: 'Microsoft-Graph-Anfragen', method: 'Methode', path: 'Pfad', status: 'Status', requestId: 'request-id', date: 'Datum', none: 'keine', pass: 'OK', fail: 'Fehlgeschlagen', warn: 'Warnung', skipped: 'Übersprungen', duration: 'Dauer' },
} as const;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function checkHtml(c: ReportCheck, t: (typeof T)['en' | 'de']): string {
  const parts = [
    `<section class="check ${c.status}"><h3><span class="badge">${esc(t[c.status])}</span> ${esc(c.title)}</h3>`,
    `<p>${esc(c.summary)} <small>(${esc(c.startedAt)}, ${t.duration} ${c.durationMs} ms)</small></p>`,
  ];
  if (c.serverReply) parts.push(`<p><b>${t.reply}:</b> <code>${esc(c.serverReply)}</code></p>`);
  if (c.diagnosis) {
    parts.push(`<p><b>${t.cause}:</b> ${esc(c.diagnosis.title)} <small>(${esc(c.diagnosis.category)})</small></p>`);
    if (c.diagnosis.fix.length > 0) parts.push(`<p><b>${t.fix}:</b></p><ol>${c.diagnosis.fix.map((f) => `<li>${esc(f)}</li>`).join('')}</ol>`);
    if (c.diagnosis.waitLikely) parts.push(`<p class="wait">${t.wait}</p>`);
  }
  if (c.transcript && c.transcript.length > 0) {
    parts.push(`<details><summary>${t.transcript}</summary><pre>${esc(c.transcript.join('\n'))}</pre></details>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Renders the (already redacted) report as HTML. */
export function renderReportHtml(r: SupportReport): string {
  const t = T[r.language];
  const row = (k: string, v: string | undefined): string => (v ? `<tr><th>${k}</th><td>${esc(v)}</td></tr>` : '');
  const graphRows = r.graphRequests.map((g) =>
    `<tr><td>${esc(g.method)}</td><td><code>${esc(g.path)}</code></td><td>${g.status}</td><td><code>${esc(g.requestId ?? '')}</code></td><td>${esc(g.date)}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="${r.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t.title}</title>
<style>
body{font:14px/1.45 system-ui,Segoe UI,Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:60rem}
h1{font-size:1.4rem}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.check{border-left:5px solid #888;padding:.25rem 1rem;margin:1rem 0;break-inside:avoid}.check.pass{border-color:#107c10}.check.fail{border-color:#c50f1f}.check.warn{border-color:#bc4b09}
.badge{font-size:.8rem;padding:.1rem .4rem;border-radius:3px;background:#eee}.wait{background:#fff4ce;padding:.4rem}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;padding:.5rem;font-size:12px}
@media print{details{display:block}details>summary{display:none}body{margin:0}}
</style></head><body>
<h1>${t.title}</h1>
<table>${row(t.generated, r.generatedAt)}${row(t.app, `${r.app.name} ${r.app.version}`)}${row(t.system, `${r.system.platform} ${r.system.release} ${r.system.arch}, Node ${r.system.node}`)}${row(t.cloud, r.cloud)}${row(t.profile, r.profile)}${row(t.tenant, r.tenantId)}${row(t.mailbox, r.mailbox)}${row(t.overall, t[r.overall])}</table>
<h2>${t.checks}</h2>
${r.checks.map((c) => checkHtml(c, t)).join('\n')}
<h2>${t.graph}</h2>
${r.graphRequests.length === 0 ? `<p>${t.none}</p>` : `<table><tr><th>${t.method}</th><th>${t.path}</th><th>${t.status}</th><th>${t.requestId}</th><th>${t.date}</th></tr>\n${graphRows}</table>`}
</body></html>
`;
}
