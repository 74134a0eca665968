/**
 * The Microsoft 365 admin center screen: Users → Active users → user → Mail → Manage email apps,
 * with the "Authenticated SMTP" checkbox and "Save changes" (German: "E-Mail-Apps verwalten",
 * "Authentifiziertes SMTP", "Änderungen speichern").
 */
import { button, checkbox, mark, MIN_TEXT, screen, tabs, text, wrap } from './draw.mjs';

const PRODUCT = { de: 'Microsoft 365 Admin Center', en: 'Microsoft 365 admin center' };
const S = MIN_TEXT;

/** (3) Manage email apps → Authenticated SMTP → Save changes (large text, ≥ MIN_TEXT). */
export function smtpAuth(lang, title) {
  const de = lang === 'de';
  const users = de ? 'Aktive Benutzer' : 'Active users';
  // The user list behind the flyout, the chosen user's row marked.
  let body = text(20, 146, de ? 'Anzeigename' : 'Display name', { size: S, weight: 600 }).svg
    + '<path d="M20 156h260" stroke="#d5dbe2"/>';
  const names = ['Adele Vance', 'Notifications', 'Megan Bowen'];
  names.forEach((n, i) => { body += text(24, 182 + i * 32, n, { size: S }).svg; });
  const userRow = { x: 18, y: 198, w: 150, h: 22 };
  // The flyout panel on the right.
  const px = 300;
  body += `<rect class="r" x="${px}" y="66" width="${714 - px}" height="352" fill="#ffffff" stroke="#9aa5b1"/>`
    + `<rect x="${px - 8}" y="66" width="8" height="352" fill="#000000" opacity="0.06"/>`
    + text(px + 16, 94, 'Notifications', { size: 17, weight: 600 }).svg
    + tabs(px + 16, 124, de ? ['Konto', 'Geräte', 'Lizenzen und Apps', 'E-Mail', 'OneDrive'] : ['Account', 'Devices', 'Licenses and apps', 'Mail', 'OneDrive'], de ? 'E-Mail' : 'Mail', 10, S)
    + text(px + 16, 158, de ? '←  E-Mail-Apps verwalten' : '←  Manage email apps', { size: 15, weight: 600 }).svg;
  wrap(de ? 'Apps auswählen, mit denen der Benutzer auf E-Mails zugreifen kann' : 'Choose the apps where this user can access mail', 44)
    .forEach((line, i) => { body += text(px + 16, 180 + i * 18, line, { size: S, fill: '#6b7683' }).svg; });
  const apps = de
    ? ['Outlook im Web', 'Outlook-Desktop (MAPI)', 'Exchange-Webdienste', 'Mobil (Exchange ActiveSync)', 'IMAP', 'POP']
    : ['Outlook on the web', 'Outlook desktop (MAPI)', 'Exchange web services', 'Mobile (Exchange ActiveSync)', 'IMAP', 'POP'];
  apps.forEach((a, i) => { body += checkbox(px + 16, 212 + i * 23, a, true, { size: S }).svg; });
  const smtp = checkbox(px + 16, 212 + apps.length * 23, de ? 'Authentifiziertes SMTP' : 'Authenticated SMTP', true, { size: S });
  const save = button(px + 16, 378, de ? 'Änderungen speichern' : 'Save changes', { primary: true, size: S, h: 30 });
  body += smtp.svg + save.svg
    + mark(1, userRow, 3, { at: 'right' }) + mark(2, { ...smtp.box, w: smtp.box.w + 6 }, 5, { at: 'right' }) + mark(3, save.box, 4, { at: 'right' });
  return screen({ title, host: 'admin.microsoft.com', product: PRODUCT[lang],
    breadcrumb: de ? 'Startseite  ›  Aktive Benutzer' : 'Home  ›  Active users', blade: users, body });
}
