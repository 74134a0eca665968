/**
 * The ETRON onRetail (Odoo 16.0) screens the ETRON guide walks through, drawn from Odoo's own view
 * definitions (sources and the German de.po strings: odoo-labels.mjs): General Settings → Discuss,
 * the outgoing mail server form with Outlook OAuth, the incoming mail server form, and
 * Settings → Technical → System Parameters.
 */
import { mark } from './draw.mjs';
import { field, helpText, odooButton, odooCheckbox, odooLink, odooRadios, odooScreen } from './odoo-frame.mjs';
import { L, ODOO } from './odoo-labels.mjs';
import { text } from './draw.mjs';

const MAILBOX = 'notifications@contoso.com';
const R = { at: 'right' };

function menus(lang) {
  return [L('generalSettings', lang), L('usersCompanies', lang), L('technical', lang)];
}

/** Save / Discard (settings) or New (lists) at the right of the control panel. */
function saveDiscard(lang) {
  const save = odooButton(20, 110 - 32, L('save', lang), { primary: true });
  const discard = odooButton(save.box.x + save.box.w + 8, 78, L('discard', lang));
  return { svg: save.svg + discard.svg, save };
}

/** (9) General Settings → Discuss: Custom Email Servers, Alias Domain, Outlook Credentials (ID, Secret), Save. */
export function odooGeneralSettings(lang, title) {
  const { svg: controls, save } = saveDiscard(lang);
  let body = text(36, 140, L('discuss', lang), { size: 17, weight: 600 }).svg
    + '<path d="M36 150h652" stroke="#d5dbe2"/>';
  const custom = odooCheckbox(40, 166, L('customServers', lang), true);
  body += custom.svg + text(66, 202, L('customServersHelp', lang), { size: 13.5, fill: '#6b7683' }).svg;
  const alias = field(66, 190, 232, L('aliasDomain', lang), '', 230);
  body += alias.svg + text(190, 232, '@', { size: 13.5 }).svg + text(206, 232, 'contoso.com', { size: 13.5 }).svg;
  const outgoing = odooLink(66, 262, L('outgoingServers', lang));
  body += outgoing.svg;
  const outlook = odooCheckbox(40, 284, L('outlookCredentials', lang), true);
  const id = field(66, 190, 330, L('clientId', lang), '3f6c2a1e-8b9d-4c57-a2e1-6d0b9f4c7e21', 420, { mono: true });
  const secret = field(66, 190, 364, L('clientSecret', lang), '••••••••••••••••••••••••••••••••', 420);
  body += outlook.svg + id.svg + secret.svg
    + mark(1, custom.box, 5) + mark(2, { x: 186, y: 214, w: 238, h: 26 }, 3, R)
    + mark(3, { x: 186, y: 312, w: 428, h: 62 }, 4, R) + mark(4, save.box, 4, R);
  return odooScreen({ title, app: L('settings', lang), menus: menus(lang), active: L('generalSettings', lang),
    breadcrumb: '', controls, body });
}

/** (10) Outgoing mail server form: Name, FROM Filtering, Authenticate with Outlook OAuth, Username, Connect. */
export function odooOutgoingServer(lang, title) {
  const test = odooButton(20, 120, L('testConnection', lang), { primary: true });
  let body = test.svg + '<path d="M16 156h688" stroke="#d5dbe2"/>';
  const name = field(36, 200, 182, L('name', lang), 'Microsoft 365', 250);
  const from = field(36, 200, 216, L('fromFilter', lang), MAILBOX, 250);
  body += name.svg + from.svg + text(36, 250, L('authenticateWith', lang), { size: 13.5, weight: 600 }).svg;
  const radios = odooRadios(200, 245, [L('authUsername', lang), L('authCertificate', lang), L('authCli', lang), L('outlookOAuth', lang)], 3);
  body += radios.svg + helpText(440, 250, ODOO.smtpInfo[lang]);
  body += tab(L('connection', lang), 336);
  const host = field(36, 170, 368, L('smtpServer', lang), 'smtp.outlook.com', 150);
  const user = field(350, 480, 368, L('username', lang), MAILBOX, 205);
  const connect = odooLink(352, 398, L('connectOutlook', lang));
  body += host.svg + user.svg + connect.svg
    + mark(1, radios.boxes[3], 4, R) + mark(2, name.box, 2, R) + mark(3, user.box, 3, R)
    + mark(4, from.box, 2, R) + mark(5, connect.box, 3, R);
  return odooScreen({ title, app: L('settings', lang), menus: menus(lang), active: L('technical', lang),
    breadcrumb: `${L('outgoingServer', lang)} / ${L('newRecord', lang)}`, body });
}

/** A notebook tab header (active, purple underline) with the sheet's separator line. */
function tab(label, y) {
  return text(36, y, label, { size: 14, weight: 600, fill: '#714b67' }).svg
    + `<path d="M30 ${y + 8}h660" stroke="#d5dbe2"/><path d="M30 ${y + 8}h${16 + Math.ceil(label.length * 8.6)}" stroke="#714b67" stroke-width="2.5"/>`;
}

/** (11) Incoming mail server form: Server Type Outlook OAuth, Username, Connect, Test & Confirm. */
export function odooIncomingServer(lang, title) {
  const test = odooButton(20, 120, L('testConfirm', lang), { primary: true });
  let body = test.svg + '<path d="M16 156h688" stroke="#d5dbe2"/>';
  const name = field(36, 200, 184, L('name', lang), 'Microsoft 365', 250);
  body += name.svg + text(36, 216, L('serverType', lang), { size: 13.5, weight: 600 }).svg;
  const radios = odooRadios(200, 211, [L('imapServer', lang), L('popServer', lang), L('localServer', lang), L('outlookOAuth', lang)], 3);
  body += radios.svg + helpText(440, 216, ODOO.fetchInfo[lang]);
  body += tab(L('serverLogin', lang), 316);
  const host = field(36, 150, 350, L('serverName', lang), 'imap.outlook.com', 160);
  const port = field(36, 150, 384, 'Port', '993', 160);
  const user = field(350, 480, 350, L('username', lang), MAILBOX, 205);
  const connect = odooLink(352, 384, L('connectOutlook', lang));
  body += host.svg + port.svg + user.svg + connect.svg
    + mark(1, radios.boxes[3], 4, R) + mark(2, user.box, 3, R) + mark(3, connect.box, 3, R) + mark(4, test.box, 4, R);
  return odooScreen({ title, app: L('settings', lang), menus: menus(lang), active: L('technical', lang),
    breadcrumb: `${L('incomingServer', lang)} / ${L('newRecord', lang)}`, body });
}

/** (12) Settings → Technical → System Parameters: mail.catchall.domain and mail.default.from. */
export function odooSystemParameters(lang, title) {
  const add = odooButton(20, 120, L('newRecord', lang), { primary: true });
  const rows = [
    ['database.create_date', '2024-03-11 08:15:02'],
    ['mail.catchall.domain', 'contoso.com'],
    ['mail.default.from', MAILBOX],
    ['web.base.url', 'https://xxxxxxxxxx.wawi.onretail.eu'],
  ];
  let body = add.svg + '<rect x="16" y="160" width="688" height="30" fill="#eef1f5"/>'
    + text(36, 180, L('key', lang), { size: 14, weight: 600 }).svg + text(330, 180, L('value', lang), { size: 14, weight: 600 }).svg;
  const rowBoxes = rows.map(([key, value], i) => {
    const y = 190 + i * 34;
    body += `<path d="M16 ${y + 34}h688" stroke="#d5dbe2"/>`
      + `<text x="36" y="${y + 22}" font-size="14" font-family="Consolas, 'DejaVu Sans Mono', monospace">${key}</text>`
      + text(330, y + 22, value, { size: 14 }).svg;
    return { x: 26, y: y + 3, w: 560, h: 28 };
  });
  body += mark(1, add.box, 4, R) + mark(2, rowBoxes[1], 2, R) + mark(3, rowBoxes[2], 2, R);
  return odooScreen({ title, app: L('settings', lang), menus: menus(lang), active: L('technical', lang),
    breadcrumb: L('systemParameters', lang), body, sheet: false });
}
