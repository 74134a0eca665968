/**
 * The Microsoft Entra admin center screens, in the wording the portal shows for the language
 * (German wording as in the vendor guides: "Unternehmens-Apps", "Administratorzustimmung für …
 * erteilen", "Objekt-ID", "Benutzer*in/Gruppe hinzufügen", "Zertifikate & Geheimnisse").
 */
import { button, command, copyIcon, input, mark, menu, note, screen, table, tabs, text, tooltip } from './draw.mjs';

const ENTRA = { de: 'Microsoft Entra Admin Center', en: 'Microsoft Entra admin center' };
const HOST = 'entra.microsoft.com';
const TENANT = 'Contoso';

const ENTERPRISE_MENU = {
  de: ['Übersicht', 'Bereitstellungsplan', '#Verwalten', 'Eigenschaften', 'Besitzer', 'Benutzer und Gruppen', 'Einmaliges Anmelden', '#Sicherheit', 'Bedingter Zugriff', 'Berechtigungen'],
  en: ['Overview', 'Deployment Plan', '#Manage', 'Properties', 'Owners', 'Users and groups', 'Single sign-on', '#Security', 'Conditional Access', 'Permissions'],
};
const REGISTRATION_MENU = {
  de: ['Übersicht', 'Schnellstart', '#Verwalten', 'Branding und Eigenschaften', 'Authentifizierung', 'Zertifikate & Geheimnisse', 'Tokenkonfiguration', 'API-Berechtigungen'],
  en: ['Overview', 'Quickstart', '#Manage', 'Branding & properties', 'Authentication', 'Certificates & secrets', 'Token configuration', 'API permissions'],
};
const ENTERPRISE_APPS = { de: 'Unternehmens-Apps', en: 'Enterprise applications' };
const APP_REGISTRATIONS = { de: 'App-Registrierungen', en: 'App registrations' };
const HOME = { de: 'Startseite', en: 'Home' };

function crumbs(lang, section, app) {
  return `${HOME[lang]}  ›  ${section[lang]}  ›  ${app}`;
}

/** (1) Enterprise app → Permissions → "Grant admin consent for <tenant>". */
export function consent(lang, title) {
  const de = lang === 'de';
  const nav = menu(ENTERPRISE_MENU[lang], de ? 'Berechtigungen' : 'Permissions');
  const grant = button(200, 152, de ? `Administratorzustimmung für ${TENANT} erteilen` : `Grant admin consent for ${TENANT}`, { primary: true });
  const t = table(200, 214, 500, [10, 180, 300, 385],
    de ? ['API-Name', 'Berechtigung', 'Typ', 'Gewährt über'] : ['API name', 'Permission', 'Type', 'Granted through'],
    [['Office 365 Exchange Online', 'SMTP.SendAsApp', de ? 'Anwendung' : 'Application', de ? 'Admin-Zustimmung' : 'Admin consent'],
      ['Microsoft Graph', 'User.Read', de ? 'Delegiert' : 'Delegated', de ? 'Admin-Zustimmung' : 'Admin consent']]);
  const body = nav.svg + grant.svg + t.svg
    + text(200, 204, de ? 'Erforderlich: SMTP.SendAsApp' : 'Required: SMTP.SendAsApp', { size: 11, fill: '#6b7683' }).svg
    + mark(1, nav.boxes[de ? 'Berechtigungen' : 'Permissions'], 3) + mark(2, grant.box) + mark(3, t.rowBox(0), 2);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, ENTERPRISE_APPS, 'Inventory360'),
    blade: `Inventory360 | ${de ? 'Berechtigungen' : 'Permissions'}`, body });
}

/** (2) Enterprise app → Overview → Object ID with its copy icon (not the Application ID). */
export function objectId(lang, title) {
  const de = lang === 'de';
  const nav = menu(ENTERPRISE_MENU[lang], de ? 'Übersicht' : 'Overview');
  const rows = [
    [de ? 'Name' : 'Name', 'Inventory360'],
    [de ? 'Anwendungs-ID' : 'Application ID', '15dd278a-3da9-4654-9edd-568380df74d0'],
    [de ? 'Objekt-ID' : 'Object ID', '9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'],
  ];
  let body = nav.svg + text(200, 142, de ? 'Eigenschaften' : 'Properties', { size: 13, weight: 600 }).svg;
  rows.forEach(([label, value], i) => {
    const y = 172 + i * 34;
    body += text(200, y, label, { size: 11.5, fill: '#6b7683' }).svg + text(320, y, value, { size: 12 }).svg;
  });
  const copy = copyIcon(600, 229);
  const valueBox = { x: 316, y: 226, w: 304, h: 20 };
  body += copyIcon(600, 195).svg + copy.svg
    + `<path d="M316 201h280" stroke="#b3261e" stroke-width="1.6" stroke-dasharray="5 4"/>`
    + tooltip(de ? 496 : 570, 256, de ? 'In die Zwischenablage kopieren' : 'Copy to clipboard')
    + mark(1, nav.boxes[de ? 'Übersicht' : 'Overview'], 3) + mark(2, valueBox, 6)
    + note(210, 300, de ? ['Objekt-ID kopieren –', 'NICHT die Anwendungs-ID.', 'Verwechslung ⇒ „535 5.7.3“'] : ['Copy the Object ID –', 'NOT the Application ID.', 'Mixing them up ⇒ "535 5.7.3"']);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, ENTERPRISE_APPS, 'Inventory360'),
    blade: `Inventory360 | ${de ? 'Übersicht' : 'Overview'}`, body });
}

/** (4) App registration → Authentication → Web redirect URI. */
export function redirectUri(lang, title) {
  const de = lang === 'de';
  const active = de ? 'Authentifizierung' : 'Authentication';
  const nav = menu(REGISTRATION_MENU[lang], active);
  const uri = input(216, 216, 440, 'https://xxxxxxxxxx.wawi.onretail.eu/microsoft_outlook/confirm', { mono: true });
  const save = button(200, 300, de ? 'Speichern' : 'Save', { primary: true });
  const body = nav.svg
    + text(200, 142, de ? 'Plattformkonfigurationen' : 'Platform configurations', { size: 13, weight: 600 }).svg
    + `<rect class="r" x="200" y="154" width="500" height="124" rx="4" fill="none" stroke="#c9d0d8"/>`
    + text(216, 176, 'Web', { size: 12.5, weight: 600 }).svg
    + text(216, 195, de ? 'Umleitungs-URIs' : 'Redirect URIs', { size: 11.5, fill: '#6b7683' }).svg
    + uri.svg + command(216, 264, de ? 'URI hinzufügen' : 'Add URI').svg + save.svg
    + mark(1, nav.boxes[active], 3) + mark(2, uri.box) + mark(3, save.box);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, APP_REGISTRATIONS, 'ETRON onRetail'),
    blade: `ETRON onRetail | ${active}`, body });
}

/** (5) App registration → API permissions: SMTP.Send and IMAP.AccessAsUser.All, delegated. */
export function apiPermissions(lang, title) {
  const de = lang === 'de';
  const active = de ? 'API-Berechtigungen' : 'API permissions';
  const nav = menu(REGISTRATION_MENU[lang], active);
  const add = command(204, 146, de ? '+ Berechtigung hinzufügen' : '+ Add a permission');
  const delegated = de ? 'Delegiert' : 'Delegated';
  const t = table(200, 168, 500, [10, 200, 330],
    de ? ['API / Berechtigungsname', 'Typ', 'Status'] : ['API / Permissions name', 'Type', 'Status'],
    [['Microsoft Graph (3)', '', ''], ['   IMAP.AccessAsUser.All', delegated, ''], ['   SMTP.Send', delegated, ''], ['   User.Read', delegated, '']]);
  const needed = { x: 200, y: t.rowBox(1).y, w: 500, h: 52 };
  const body = nav.svg + add.svg + t.svg
    + mark(1, nav.boxes[active], 3) + mark(2, add.box) + mark(3, needed, 3)
    + note(440, 320, de ? ['Microsoft Graph →', 'Delegierte Berechtigungen'] : ['Microsoft Graph →', 'Delegated permissions']);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, APP_REGISTRATIONS, 'ETRON onRetail'),
    blade: `ETRON onRetail | ${active}`, body });
}

/** (6) Certificates & secrets → New client secret → the Value column with its copy icon. */
export function clientSecret(lang, title) {
  const de = lang === 'de';
  const active = de ? 'Zertifikate & Geheimnisse' : 'Certificates & secrets';
  const nav = menu(REGISTRATION_MENU[lang], active);
  const secretsTab = de ? 'Geheime Clientschlüssel (1)' : 'Client secrets (1)';
  const tabRow = tabs(200, 144, [de ? 'Zertifikate (0)' : 'Certificates (0)', secretsTab], secretsTab);
  const add = command(204, 180, de ? '+ Neuer geheimer Clientschlüssel' : '+ New client secret');
  const t = table(200, 200, 500, [10, 120, 215, 400],
    de ? ['Beschreibung', 'Gültig bis', 'Wert', 'Geheime ID'] : ['Description', 'Expires', 'Value', 'Secret ID'],
    [['ETRON-OAuth', de ? '31.12.2027' : '12/31/2027', 'Xy7Q~hR2v…', '3f2a9c1e-…']]);
  const copy = copyIcon(500, 232);
  const valueBox = { x: 411, y: 229, w: 107, h: 20 };
  const body = nav.svg + tabRow
    + add.svg + t.svg + copy.svg
    + mark(1, nav.boxes[active], 3) + mark(2, add.box) + mark(3, valueBox, 6)
    + note(380, 290, de ? ['Wert sofort kopieren!', 'Nach Verlassen der Seite', 'ist er verborgen.'] : ['Copy the value now!', 'It is hidden once you', 'leave the page.']);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, APP_REGISTRATIONS, 'ETRON onRetail'),
    blade: `ETRON onRetail | ${active}`, body });
}

/** (7) Enterprise app → Users and groups → Add user/group. */
export function assignUsers(lang, title) {
  const de = lang === 'de';
  const active = de ? 'Benutzer und Gruppen' : 'Users and groups';
  const nav = menu(ENTERPRISE_MENU[lang], active);
  const add = command(204, 146, de ? '+ Benutzer*in/Gruppe hinzufügen' : '+ Add user/group');
  const t = table(200, 170, 500, [10, 210, 340],
    de ? ['Anzeigename', 'Objekttyp', 'Zugewiesene Rolle'] : ['Display name', 'Object type', 'Role assigned'],
    [['Notifications', de ? 'Benutzer' : 'User', de ? 'Standardzugriff' : 'Default Access']]);
  const body = nav.svg + add.svg + t.svg
    + note(210, 262, de ? ['Danach:', 'Benutzer und Gruppen → Auswählen → Zuweisen'] : ['Then:', 'Users and groups → Select → Assign'])
    + mark(1, nav.boxes[active], 3) + mark(2, add.box);
  return screen({ title, host: HOST, product: ENTRA[lang], breadcrumb: crumbs(lang, ENTERPRISE_APPS, 'ETRON onRetail'),
    blade: `ETRON onRetail | ${active}`, body });
}
