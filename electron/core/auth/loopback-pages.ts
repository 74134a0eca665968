/**
 * The pages the browser shows after the Microsoft sign-in redirects back to the assistant's
 * loopback listener. They are the last thing the admin sees in the browser, so an error page
 * shows Entra's own words (error, AADSTS code, description) — that is what support asks for.
 */

/** UI languages of the assistant. */
export type PageLanguage = 'de' | 'en';

/** What Entra (or our listener) said went wrong. */
export interface SignInPageError {
  /** OAuth `error`, e.g. `access_denied`, or our own `state_mismatch`. */
  readonly error: string;
  /** `error_description`, e.g. "AADSTS65004: User declined to consent …". */
  readonly description?: string;
}

const TEXT = {
  de: {
    successTitle: 'Anmeldung abgeschlossen',
    successBody: 'Sie können dieses Fenster schließen und zum M365-Mail-Assistenten zurückkehren.',
    errorTitle: 'Anmeldung fehlgeschlagen',
    errorBody: 'Der M365-Mail-Assistent zeigt, woran es liegt und was zu tun ist. Sie können dieses Fenster schließen.',
    error: 'Fehler',
    code: 'Fehlercode',
    description: 'Beschreibung',
    stateMismatch: 'Diese Antwort gehört nicht zu der Anmeldung, die der Assistent gestartet hat (z. B. ein alter Browser-Tab). Bitte starten Sie die Anmeldung im Assistenten erneut.',
  },
  en: {
    successTitle: 'Sign-in complete',
    successBody: 'You can close this window and return to the M365 Mail Assistant.',
    errorTitle: 'Sign-in failed',
    errorBody: 'The M365 Mail Assistant shows the cause and what to do. You can close this window.',
    error: 'Error',
    code: 'Error code',
    description: 'Description',
    stateMismatch: 'This reply does not belong to the sign-in the assistant started (for example an old browser tab). Please start the sign-in again in the assistant.',
  },
} as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(lang: PageLanguage, title: string, body: string, kind: 'success' | 'error'): string {
  const colour = kind === 'success' ? '#107c10' : '#a4262c';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>`
    + `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#201f1e}`
    + `h1{color:${colour};font-size:1.5rem}dt{font-weight:600;margin-top:.75rem}dd{margin:0;font-family:monospace;white-space:pre-wrap}</style>`
    + `</head><body data-outcome="${kind}"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** The AADSTS code in a description, e.g. `AADSTS65004`, if there is one. */
export function aadstsCodeOf(text: string | undefined): string | undefined {
  return /\bAADSTS\d{5,7}\b/.exec(text ?? '')?.[0];
}

/** The page shown when the authorization code arrived. */
export function successPage(lang: PageLanguage): string {
  const t = TEXT[lang];
  return page(lang, t.successTitle, `<p>${escapeHtml(t.successBody)}</p>`, 'success');
}

/** The page shown when Entra answered with an error, or the reply was not ours. */
export function errorPage(lang: PageLanguage, err: SignInPageError): string {
  const t = TEXT[lang];
  const description = err.error === 'state_mismatch' ? t.stateMismatch : err.description;
  const aadsts = aadstsCodeOf(err.description);
  const rows = [
    `<dt>${escapeHtml(t.error)}</dt><dd id="error">${escapeHtml(err.error)}</dd>`,
    aadsts ? `<dt>${escapeHtml(t.code)}</dt><dd id="aadsts">${escapeHtml(aadsts)}</dd>` : '',
    description ? `<dt>${escapeHtml(t.description)}</dt><dd id="description">${escapeHtml(description)}</dd>` : '',
  ].join('');
  return page(lang, t.errorTitle, `<dl>${rows}</dl><p>${escapeHtml(t.errorBody)}</p>`, 'error');
}
