/**
 * Entra admin center → App registrations → New registration ("Register an application"), drawn
 * large (text ≥ MIN_TEXT) so it stays legible when the drawing is enlarged or shown 640 px wide.
 *
 * Wording, checked with the search tool:
 * - "Neue Registrierung", "Unterstützte Kontotypen": Microsoft Learn (de-DE) "Schnellstart: Registrieren
 *   einer Anwendung bei Microsoft Identity Platform" (learn.microsoft.com/de-DE/azure/active-directory/
 *   develop/quickstart-register-app): "Wechseln Sie zu Identität > Anwendungen > App-Registrierungen,
 *   und wählen Sie Neue Registrierung aus".
 * - The four account types, German and English: Microsoft Learn "Validierungsunterschiede nach
 *   unterstützten Kontotypen (signInAudience)" (learn.microsoft.com/de-de/entra/identity-platform/
 *   supported-accounts-validation) and its English original; the portal adds the tenant's name to the
 *   first one ("Contoso only").
 * - "Umleitungs-URI (optional)", "Registrieren", blade title "Anwendung registrieren": the wording of
 *   the German portal as the issue and the ETRON guide name it; NOT confirmed from a stored page.
 */
import { button, input, mark, MIN_TEXT, radio, screen, text, wrap } from './draw.mjs';

const T = {
  de: {
    product: 'Microsoft Entra Admin Center',
    crumbs: 'Startseite  ›  App-Registrierungen  ›  Neue Registrierung',
    blade: 'Anwendung registrieren',
    name: '* Name',
    types: 'Unterstützte Kontotypen',
    options: [
      'Nur Konten in diesem Organisationsverzeichnis (nur „Contoso“ – einzelner Mandant)',
      'Konten in einem beliebigen Organisationsverzeichnis (beliebiges Microsoft Entra-Verzeichnis – mehrinstanzenfähig)',
      'Konten in einem beliebigen Organisationsverzeichnis (beliebiges Microsoft Entra-Verzeichnis – mehrinstanzenfähig) und persönliche Microsoft-Konten (z. B. Skype, Xbox)',
      'Nur persönliche Microsoft-Konten',
    ],
    redirect: 'Umleitungs-URI (optional)',
    register: 'Registrieren',
  },
  en: {
    product: 'Microsoft Entra admin center',
    crumbs: 'Home  ›  App registrations  ›  New registration',
    blade: 'Register an application',
    name: '* Name',
    types: 'Supported account types',
    options: [
      'Accounts in this organizational directory only (Contoso only - Single tenant)',
      'Accounts in any organizational directory (Any Microsoft Entra directory - Multitenant)',
      'Accounts in any organizational directory (Any Microsoft Entra directory - Multitenant) and personal Microsoft accounts (e.g. Skype, Xbox)',
      'Personal Microsoft accounts only',
    ],
    redirect: 'Redirect URI (optional)',
    register: 'Register',
  },
};

/** The instance part stays a placeholder: the wizard shows the real URI with a Copy button. */
export const ETRON_REDIRECT_URI = 'https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm';
const SELECTED = 2;
const LH = 16;
/** Badges on the right: the field labels sit above the frames' left corners. */
const R = { at: 'right' };

/** (8) New registration: Name, the multitenant + personal account type, Web redirect URI, Register. */
export function newRegistration(lang, title) {
  const t = T[lang];
  const size = MIN_TEXT;
  let body = text(20, 132, t.name, { size: 14, weight: 600 }).svg;
  const name = input(20, 138, 330, 'ETRON onRetail', { size: 14 });
  body += name.svg + text(20, 186, t.types, { size: 14, weight: 600 }).svg;
  let y = 193;
  let chosen;
  t.options.forEach((option, i) => {
    const r = radio(24, y, wrap(option, 95), i === SELECTED, { size, lineHeight: LH });
    body += r.svg;
    if (i === SELECTED) chosen = r.box;
    y += r.box.h + 3;
  });
  const redirectY = y + 14;
  body += text(20, redirectY, t.redirect, { size: 14, weight: 600 }).svg;
  const platform = input(20, redirectY + 10, 110, 'Web', { size: 14 });
  const uri = input(138, redirectY + 10, 560, ETRON_REDIRECT_URI, { size, mono: true });
  body += platform.svg + `<path d="M114 ${redirectY + 21}l5 6 5-6" fill="none" stroke="#6b7683" stroke-width="1.6"/>` + uri.svg;
  const register = button(20, redirectY + 46, t.register, { primary: true, size: 14, h: 28 });
  body += register.svg
    + mark(1, name.box, 4, R) + mark(2, { ...chosen, x: chosen.x - 2, w: Math.min(chosen.w + 4, 672) }, 3, R)
    + mark(3, { x: 20, y: redirectY + 10, w: 678, h: 26 }, 4, R) + mark(4, register.box, 4, R);
  return screen({ title, host: 'entra.microsoft.com', product: t.product, breadcrumb: t.crumbs, blade: t.blade, body });
}
