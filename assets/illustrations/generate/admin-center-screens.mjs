/**
 * The Microsoft 365 admin center screen: Users → Active users → user → Mail → Manage email apps,
 * with the "Authenticated SMTP" checkbox and "Save changes" (German: "E-Mail-Apps verwalten",
 * "Authentifiziertes SMTP", "Änderungen speichern").
 */
import { button, checkbox, mark, menu, screen, tabs, text } from './draw.mjs';

const PRODUCT = { de: 'Microsoft 365 Admin Center', en: 'Microsoft 365 admin center' };

/** (3) Manage email apps → Authenticated SMTP → Save changes. */
export function smtpAuth(lang, title) {
  const de = lang === 'de';
  const users = de ? 'Aktive Benutzer' : 'Active users';
  const nav = menu(de ? ['Startseite', '#Benutzer', users, 'Kontakte', 'Gastbenutzer', '#Teams & Gruppen', 'Abrechnung', 'Einstellungen']
    : ['Home', '#Users', users, 'Contacts', 'Guest users', '#Teams & groups', 'Billing', 'Settings'], users);
  // The user list behind the flyout, the chosen user's row marked.
  let body = nav.svg + text(200, 112, users, { size: 16, weight: 600 }).svg
    + text(200, 142, de ? 'Anzeigename' : 'Display name', { size: 11.5, weight: 600 }).svg;
  const names = ['Adele Vance', 'Notifications', 'Megan Bowen'];
  names.forEach((n, i) => { body += text(200, 168 + i * 26, n, { size: 11.5 }).svg; });
  const userRow = { x: 196, y: 181, w: 110, h: 20 };
  // The flyout panel on the right.
  const px = 330;
  body += `<rect class="r" x="${px}" y="66" width="380" height="354" fill="#ffffff" stroke="#9aa5b1"/>`
    + `<rect x="${px - 8}" y="66" width="8" height="354" fill="#000000" opacity="0.06"/>`
    + text(px + 16, 92, 'Notifications', { size: 14, weight: 600 }).svg
    + tabs(px + 16, 118, de ? ['Konto', 'Geräte', 'Lizenzen und Apps', 'E-Mail', 'OneDrive'] : ['Account', 'Devices', 'Licenses and apps', 'Mail', 'OneDrive'], de ? 'E-Mail' : 'Mail', 16)
    + text(px + 16, 150, de ? '←  E-Mail-Apps verwalten' : '←  Manage email apps', { size: 13, weight: 600 }).svg
    + text(px + 16, 170, de ? 'Apps auswählen, mit denen der Benutzer auf E-Mails zugreifen kann' : 'Choose the apps where this user can access mail', { size: 10.5, fill: '#6b7683' }).svg;
  const apps = de
    ? ['Outlook im Web', 'Outlook-Desktop (MAPI)', 'Exchange-Webdienste', 'Mobil (Exchange ActiveSync)', 'IMAP', 'POP']
    : ['Outlook on the web', 'Outlook desktop (MAPI)', 'Exchange web services', 'Mobile (Exchange ActiveSync)', 'IMAP', 'POP'];
  apps.forEach((a, i) => { body += checkbox(px + 16, 184 + i * 24, a, true).svg; });
  const smtp = checkbox(px + 16, 184 + apps.length * 24, de ? 'Authentifiziertes SMTP' : 'Authenticated SMTP', true);
  const save = button(px + 16, 384, de ? 'Änderungen speichern' : 'Save changes', { primary: true });
  body += smtp.svg + save.svg
    + mark(1, userRow, 3) + mark(2, { ...smtp.box, w: smtp.box.w + 6 }, 5) + mark(3, save.box, 4);
  return screen({ title, host: 'admin.microsoft.com', product: PRODUCT[lang],
    breadcrumb: de ? 'Startseite  ›  Aktive Benutzer  ›  Notifications  ›  E-Mail' : 'Home  ›  Active users  ›  Notifications  ›  Mail', blade: '', body });
}
