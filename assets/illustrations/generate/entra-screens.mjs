/**
 * The Microsoft Entra admin center screens, in the wording the portal shows for the language
 * (German wording as in the vendor guides: "Administratorzustimmung für … erteilen", "Objekt-ID",
 * "Benutzer*in/Gruppe hinzufügen", "Zertifikate & Geheimnisse"; the blade is "Unternehmensanwendungen"
 * as in Microsoft Learn de-de, e.g. https://learn.microsoft.com/de-de/entra/identity/enterprise-apps/create-service-principal-cross-tenant
 * — the Inventory360 guide's "Unternehmens-Apps" is not the portal's word; glossary.ts enterpriseApps).
 */
import { button, command, copyIcon, input, mark, menu, MIN_TEXT, note, screen, table, tabs, text, tooltip } from './draw.mjs';

const ENTRA = { de: 'Microsoft Entra Admin Center', en: 'Microsoft Entra admin center' };
const HOST = 'entra.microsoft.com';
const TENANT = 'Contoso';

/** Large text (≥ MIN_TEXT): the blade's left menu is 200 wide, the content starts at X. */
const S = MIN_TEXT;
const X = 232;
const MENU = { size: S, captionSize: S, width: 204, top: 142, rowH: 25, captionH: 24 };
const TABLE = { size: S, rowH: 30 };
const SEPARATOR = '<path class="r" d="M222 124v292" stroke="#d5dbe2" stroke-width="1.5"/>';

function frame(lang, title, breadcrumb, blade, body) {
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb, blade, body: SEPARATOR + body });
}

const ENTERPRISE_MENU = {
  de: ['Übersicht', 'Bereitstellungsplan', '#Verwalten', 'Eigenschaften', 'Besitzer', 'Benutzer und Gruppen', 'Einmaliges Anmelden', '#Sicherheit', 'Bedingter Zugriff', 'Berechtigungen'],
  en: ['Overview', 'Deployment Plan', '#Manage', 'Properties', 'Owners', 'Users and groups', 'Single sign-on', '#Security', 'Conditional Access', 'Permissions'],
};
const REGISTRATION_MENU = {
  de: ['Übersicht', 'Schnellstart', '#Verwalten', 'Branding und Eigenschaften', 'Authentifizierung', 'Zertifikate & Geheimnisse', 'Tokenkonfiguration', 'API-Berechtigungen'],
  en: ['Overview', 'Quickstart', '#Manage', 'Branding & properties', 'Authentication', 'Certificates & secrets', 'Token configuration', 'API permissions'],
};
const ENTERPRISE_APPS = { de: 'Unternehmensanwendungen', en: 'Enterprise applications' };
const APP_REGISTRATIONS = { de: 'App-Registrierungen', en: 'App registrations' };
const HOME = { de: 'Startseite', en: 'Home' };

function crumbs(lang, section, app) {
  return `${HOME[lang]}  ›  ${section[lang]}  ›  ${app}`;
}

/** Inventory360's gallery app, and the neutral example app of the "other application" path. */
export const INVENTORY360_APP = { name: 'Inventory360', appId: '15dd278a-3da9-4654-9edd-568380df74d0' };
export const GENERIC_APP = { name: 'Mail-App', appId: '1a2b3c4d-0000-4000-8000-00000000a001', secretDescription: 'Mail-App' };
const ETRON_APP = { name: 'ETRON onRetail', secretDescription: 'ETRON-OAuth' };

/** (1) Enterprise app → Permissions → "Grant admin consent for <tenant>". */
export function consent(lang, title, app = INVENTORY360_APP) {
  const de = lang === 'de';
  const active = de ? 'Berechtigungen' : 'Permissions';
  const nav = menu(ENTERPRISE_MENU[lang], active, MENU);
  const grant = button(X, 140, de ? `Administratorzustimmung für ${TENANT} erteilen` : `Grant admin consent for ${TENANT}`, { primary: true, size: S, h: 30 });
  const t = table(X, 218, 468, [10, 222, 362],
    de ? ['API-Name', 'Berechtigung', 'Typ'] : ['API name', 'Permission', 'Type'],
    [['Office 365 Exchange Online', 'SMTP.SendAsApp', de ? 'Anwendung' : 'Application'],
      ['Microsoft Graph', 'User.Read', de ? 'Delegiert' : 'Delegated']], TABLE);
  const body = nav.svg + grant.svg + t.svg
    + text(X, 204, de ? 'Erforderlich: SMTP.SendAsApp' : 'Required: SMTP.SendAsApp', { size: S, fill: '#6b7683' }).svg
    + mark(1, nav.boxes[active], 3) + mark(2, grant.box, 4, { at: 'right' }) + mark(3, t.rowBox(0), 2, { at: 'right' });
  return frame(lang, title, crumbs(lang, ENTERPRISE_APPS, app.name), `${app.name} | ${active}`, body);
}

/** (2) Enterprise app → Overview → Object ID with its copy icon (not the Application ID). */
export function objectId(lang, title, app = INVENTORY360_APP) {
  const de = lang === 'de';
  const active = de ? 'Übersicht' : 'Overview';
  const nav = menu(ENTERPRISE_MENU[lang], active, MENU);
  const rows = [
    ['Name', app.name],
    [de ? 'Anwendungs-ID' : 'Application ID', app.appId],
    [de ? 'Objekt-ID' : 'Object ID', '9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'],
  ];
  let body = nav.svg + text(X, 146, de ? 'Eigenschaften' : 'Properties', { size: 15, weight: 600 }).svg;
  rows.forEach(([label, value], i) => {
    const y = 174 + i * 46;
    body += text(X, y, label, { size: S, fill: '#6b7683' }).svg + text(X, y + 21, value, { size: S }).svg;
  });
  // Values at 195, 241 (Application ID, crossed out) and 287 (Object ID).
  const valueBox = { x: X - 2, y: 272, w: 338, h: 20 };
  body += copyIcon(X + 318, 228).svg + copyIcon(X + 318, 274).svg
    + `<path d="M${X} 236h306" stroke="#b3261e" stroke-width="1.8" stroke-dasharray="6 4"/>`
    + tooltip(X + 150, 302, de ? 'In die Zwischenablage kopieren' : 'Copy to clipboard', { size: S })
    + mark(1, nav.boxes[active], 3) + mark(2, valueBox, 4, { at: 'right' })
    + note(X + 10, 340, de ? ['Objekt-ID kopieren –', 'NICHT die Anwendungs-ID.', 'Verwechslung ⇒ „535 5.7.3“'] : ['Copy the Object ID –', 'NOT the Application ID.', 'Mixing them up ⇒ "535 5.7.3"'], { size: S });
  return frame(lang, title, crumbs(lang, ENTERPRISE_APPS, app.name), `${app.name} | ${active}`, body);
}

/** (4) App registration → Authentication → Web redirect URI. */
export function redirectUri(lang, title) {
  const de = lang === 'de';
  const active = de ? 'Authentifizierung' : 'Authentication';
  const nav = menu(REGISTRATION_MENU[lang], active, MENU);
  const uri = input(X + 12, 222, 448, 'https://xxxxxxxxxx.wawi.onretail.eu/microsoft_outlook/confirm', { size: S, h: 30 });
  const save = button(X, 322, de ? 'Speichern' : 'Save', { primary: true, size: S, h: 30 });
  const body = nav.svg
    + text(X, 146, de ? 'Plattformkonfigurationen' : 'Platform configurations', { size: 15, weight: 600 }).svg
    + `<rect class="r" x="${X}" y="158" width="472" height="146" rx="4" fill="none" stroke="#c9d0d8"/>`
    + text(X + 12, 182, 'Web', { size: 15, weight: 600 }).svg
    + text(X + 12, 208, de ? 'Umleitungs-URIs' : 'Redirect URIs', { size: S, fill: '#6b7683' }).svg
    + uri.svg + command(X + 16, 286, de ? 'URI hinzufügen' : 'Add URI', { size: S }).svg + save.svg
    + mark(1, nav.boxes[active], 3) + mark(2, uri.box, 4, { at: 'right' }) + mark(3, save.box, 4, { at: 'right' });
  return frame(lang, title, crumbs(lang, APP_REGISTRATIONS, 'ETRON onRetail'), `ETRON onRetail | ${active}`, body);
}

/** (5) App registration → API permissions: SMTP.Send and IMAP.AccessAsUser.All, delegated. */
export function apiPermissions(lang, title) {
  const de = lang === 'de';
  const active = de ? 'API-Berechtigungen' : 'API permissions';
  const nav = menu(REGISTRATION_MENU[lang], active, MENU);
  const add = command(X + 4, 148, de ? '+ Berechtigung hinzufügen' : '+ Add a permission', { size: S });
  const delegated = de ? 'Delegiert' : 'Delegated';
  const t = table(X, 168, 468, [10, 250, 360],
    de ? ['API / Berechtigungsname', 'Typ', 'Status'] : ['API / Permissions name', 'Type', 'Status'],
    [['Microsoft Graph (3)', '', ''], ['   IMAP.AccessAsUser.All', delegated, ''], ['   SMTP.Send', delegated, ''], ['   User.Read', delegated, '']], TABLE);
  const needed = { x: X, y: t.rowBox(1).y, w: 468, h: 60 };
  const body = nav.svg + add.svg + t.svg
    + mark(1, nav.boxes[active], 3) + mark(2, add.box, 4, { at: 'right' }) + mark(3, needed, 3, { at: 'right' })
    + note(X + 190, 330, de ? ['Microsoft Graph →', 'Delegierte Berechtigungen'] : ['Microsoft Graph →', 'Delegated permissions'], { size: S });
  return frame(lang, title, crumbs(lang, APP_REGISTRATIONS, 'ETRON onRetail'), `ETRON onRetail | ${active}`, body);
}

/** (6) Certificates & secrets → New client secret → the Value column with its copy icon. */
export function clientSecret(lang, title, app = ETRON_APP) {
  const de = lang === 'de';
  const active = de ? 'Zertifikate & Geheimnisse' : 'Certificates & secrets';
  const nav = menu(REGISTRATION_MENU[lang], active, MENU);
  const secretsTab = de ? 'Geheime Clientschlüssel (1)' : 'Client secrets (1)';
  const tabRow = tabs(X, 148, [de ? 'Zertifikate (0)' : 'Certificates (0)', secretsTab], secretsTab, 22, S);
  const add = command(X + 4, 186, de ? '+ Neuer geheimer Clientschlüssel' : '+ New client secret', { size: S });
  const t = table(X, 204, 468, [8, 124, 226, 358],
    de ? ['Beschreibung', 'Gültig bis', 'Wert', 'Geheime ID'] : ['Description', 'Expires', 'Value', 'Secret ID'],
    [[app.secretDescription, de ? '31.12.2027' : '12/31/2027', 'Xy7Q~hR2v…', '3f2a9c1e-…']], TABLE);
  const valueBox = { x: X + 222, y: 240, w: 116, h: 22 };
  const body = nav.svg + tabRow + add.svg + t.svg + copyIcon(X + 318, 244).svg
    + mark(1, nav.boxes[active], 3) + mark(2, add.box, 4, { at: 'right' }) + mark(3, valueBox, 6, { at: 'right' })
    + note(X + 150, 300, de ? ['Wert sofort kopieren!', 'Nach Verlassen der Seite', 'ist er verborgen.'] : ['Copy the value now!', 'It is hidden once you', 'leave the page.'], { size: S });
  return frame(lang, title, crumbs(lang, APP_REGISTRATIONS, app.name), `${app.name} | ${active}`, body);
}

/** (7) Enterprise app → Users and groups → Add user/group. */
export function assignUsers(lang, title) {
  const de = lang === 'de';
  const active = de ? 'Benutzer und Gruppen' : 'Users and groups';
  const nav = menu(ENTERPRISE_MENU[lang], active, MENU);
  const add = command(X + 4, 148, de ? '+ Benutzer*in/Gruppe hinzufügen' : '+ Add user/group', { size: S });
  const t = table(X, 170, 468, [10, 170, 300],
    de ? ['Anzeigename', 'Objekttyp', 'Zugewiesene Rolle'] : ['Display name', 'Object type', 'Role assigned'],
    [['Notifications', de ? 'Benutzer' : 'User', de ? 'Standardzugriff' : 'Default Access']], TABLE);
  const body = nav.svg + add.svg + t.svg
    + note(X + 10, 272, de ? ['Danach: Benutzer und Gruppen', '→ Auswählen → Zuweisen'] : ['Then: Users and groups', '→ Select → Assign'], { size: S })
    + mark(1, nav.boxes[active], 3) + mark(2, add.box, 4, { at: 'right' });
  return frame(lang, title, crumbs(lang, ENTERPRISE_APPS, 'ETRON onRetail'), `ETRON onRetail | ${active}`, body);
}

/**
 * (8) App registration → Certificates & secrets → Certificates → Upload certificate, and the
 * Thumbprint of the uploaded certificate (German portal: „Zertifikate & Geheimnisse“ →
 * „Zertifikate“ → „Zertifikat hochladen“, column „Fingerabdruck“ — Microsoft Learn de-de,
 * howto-create-service-principal-portal; the other column names are not confirmed).
 */
export function uploadCertificate(lang, title, app = GENERIC_APP) {
  const de = lang === 'de';
  const active = de ? 'Zertifikate & Geheimnisse' : 'Certificates & secrets';
  const nav = menu(REGISTRATION_MENU[lang], active, MENU);
  const certificatesTab = de ? 'Zertifikate (1)' : 'Certificates (1)';
  const tabRow = tabs(X, 148, [certificatesTab, de ? 'Geheime Clientschlüssel (0)' : 'Client secrets (0)'], certificatesTab, 22, S);
  const upload = command(X + 4, 186, de ? '↑ Zertifikat hochladen' : '↑ Upload certificate', { size: S });
  const t = table(X, 204, 468, [8, 236, 374],
    de ? ['Fingerabdruck', 'Beschreibung', 'Gültig bis'] : ['Thumbprint', 'Description', 'Expires'],
    [['4809D6EA89A7C43F69…', 'CN=mail-app', de ? '31.12.2027' : '12/31/2027']], TABLE);
  const thumbprintBox = { x: X + 4, y: 240, w: 204, h: 22 };
  const body = nav.svg + tabRow + upload.svg + t.svg + copyIcon(X + 190, 244).svg
    + mark(1, nav.boxes[active], 3) + mark(2, upload.box, 4, { at: 'right' }) + mark(3, thumbprintBox, 6, { at: 'right' })
    + note(X + 150, 300, de ? ['Nur den öffentlichen Schlüssel', '(.cer, .pem, .crt) hochladen,', 'dann „Hinzufügen“.'] : ['Upload the public key only', '(.cer, .pem, .crt),', 'then "Add".'], { size: S });
  return frame(lang, title, crumbs(lang, APP_REGISTRATIONS, app.name), `${app.name} | ${active}`, body);
}
