/**
 * A Windows PowerShell window (the dark blue console of Windows PowerShell 5.1): Connect-ExchangeOnline,
 * then the commands the assistant generated, pasted at the prompt. Product-neutral values (no product
 * names), so the drawing fits every profile that uses Exchange PowerShell.
 *
 * The banner lines are Windows PowerShell's start text in German / English Windows; not confirmed
 * from a stored page. Connect-ExchangeOnline opens Microsoft's sign-in window (M365-REFERENCE.md §
 * Exchange PowerShell, S1/S19); its own banner is left out.
 */
import { esc, H, mark, MIN_TEXT, note, svgOpen, text, W } from './draw.mjs';

const BG = '#012456';
const FG = '#eeedf0';
const CMD = '#f9f1a5';
const MONO = `Consolas, 'DejaVu Sans Mono', monospace`;
const LH = 19;
const COLUMNS = 80;
const PROMPT = 'PS C:\\Users\\admin> ';

const T = {
  de: {
    window: 'Administrator: Windows PowerShell',
    banner: ['Windows PowerShell', 'Copyright (C) Microsoft Corporation. Alle Rechte vorbehalten.'],
    note: ['Skript im Assistenten kopieren,', 'hier mit Rechtsklick einfügen, Enter.'],
    signIn: ['Anmeldefenster: mit dem', 'Administratorkonto anmelden.'],
  },
  en: {
    window: 'Administrator: Windows PowerShell',
    banner: ['Windows PowerShell', 'Copyright (C) Microsoft Corporation. All rights reserved.'],
    note: ['Copy the script in the assistant,', 'right-click here to paste, press Enter.'],
    signIn: ['Sign-in window: sign in', 'with the admin account.'],
  },
};

/** The generated commands (shape as electron/core's script: New-ServicePrincipal, then Add-MailboxPermission). */
const COMMANDS = [
  "New-ServicePrincipal -AppId '1a2b3c4d-0000-4000-8000-00000000a001' -ObjectId '9f8e7d6c-0000-4000-8000-00000000b002' -DisplayName 'Mail-App'",
  "Add-MailboxPermission -Identity 'notifications@contoso.com' -User '9f8e7d6c-0000-4000-8000-00000000b002' -AccessRights FullAccess",
];

/** Hard-wraps a console line at COLUMNS characters, as the console does. */
function consoleLines(line) {
  const out = [];
  for (let i = 0; i < line.length; i += COLUMNS) out.push(line.slice(i, i + COLUMNS));
  return out;
}

/** One console line: the prompt in the foreground colour, the cmdlet name highlighted like PSReadLine does. */
function consoleText(x, y, content, { prompt = false } = {}) {
  if (!prompt) return `<text x="${x}" y="${y}" font-size="${MIN_TEXT}" font-family="${MONO}" fill="${FG}" xml:space="preserve">${esc(content)}</text>`;
  const rest = content.slice(PROMPT.length);
  const [cmdlet, ...args] = rest.split(' ');
  return `<text x="${x}" y="${y}" font-size="${MIN_TEXT}" font-family="${MONO}" fill="${FG}" xml:space="preserve">${esc(PROMPT)}`
    + `<tspan fill="${CMD}">${esc(cmdlet ?? '')}</tspan>${esc(args.length ? ' ' + args.join(' ') : '')}</text>`;
}

/** (13) Windows PowerShell: Connect-ExchangeOnline, then paste the generated commands at the prompt. */
export function powershellWindow(lang, title) {
  const t = T[lang];
  const x = 24;
  let y = 74;
  let svg = svgOpen(title)
    + `<rect class="r" x="6" y="6" width="${W - 12}" height="${H - 12}" rx="6" fill="${BG}" stroke="#1f2d3d" stroke-width="2"/>`
    + `<path d="M7 7h${W - 14}v36H7z" fill="#ffffff"/>`
    + `<rect x="16" y="16" width="20" height="17" rx="2" fill="${BG}"/><path d="M20 20l6 4.5-6 4.5" fill="none" stroke="#ffffff" stroke-width="2"/>`
    + text(46, 30, t.window, { size: MIN_TEXT }).svg
    + `<path d="M${W - 118} 25h12" stroke="#2b3440" stroke-width="1.4"/><rect x="${W - 82}" y="19" width="11" height="11" fill="none" stroke="#2b3440" stroke-width="1.4"/>`
    + `<path d="M${W - 42} 19l11 11M${W - 31} 19l-11 11" stroke="#2b3440" stroke-width="1.4"/>`;
  for (const line of t.banner) {
    svg += consoleText(x, y, line);
    y += LH;
  }
  y += LH;
  const connectY = y;
  svg += consoleText(x, y, `${PROMPT}Connect-ExchangeOnline`, { prompt: true });
  const connectBox = { x: x + PROMPT.length * 8.1 - 2, y: y - MIN_TEXT - 2, w: 'Connect-ExchangeOnline'.length * 8.1 + 6, h: MIN_TEXT + 8 };
  y += LH * 2;
  const pasteTop = y - MIN_TEXT - 4;
  for (const command of COMMANDS) {
    consoleLines(PROMPT + command).forEach((line, i) => {
      svg += consoleText(x, y, line, { prompt: i === 0 });
      y += LH;
    });
  }
  svg += consoleText(x, y, PROMPT) + `<rect x="${x + PROMPT.length * 8.1 + 2}" y="${y - MIN_TEXT + 2}" width="8" height="${MIN_TEXT}" fill="${FG}"/>`;
  const pasteBox = { x: x - 4, y: pasteTop, w: 676, h: y + 6 - pasteTop };
  svg += mark(1, connectBox, 4, { at: 'right' }) + mark(2, pasteBox, 4, { at: 'right' })
    + note(430, connectY - 30, t.signIn, { size: MIN_TEXT })
    + note(250, y + 20, t.note, { size: MIN_TEXT });
  return svg + '</svg>\n';
}
