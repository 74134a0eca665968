/**
 * The ETRON onRetail (Odoo) backend as the browser shows it: the purple top bar with the app name and
 * its menus, the control panel (breadcrumb and buttons) and a white form sheet; form fields drawn the
 * Odoo way (label column, value underlined). No logos. Text at least MIN_TEXT (12 px at 640 px wide).
 */
import { browser, esc, MIN_TEXT, svgOpen, text, textWidth } from './draw.mjs';

export const ODOO_PURPLE = '#714b67';
const TEAL = '#017e84';
const LINE = '#9aa5b1';
export const HOST = 'xxxxxxxxxx.wawi.onretail.eu';
const MONO = `Consolas, 'DejaVu Sans Mono', monospace`;

/** Top bar: app name (bold) and the app's menus; `active` is underlined. */
function navbar(app, menus, active) {
  let x = 62 + textWidth(app, 15, 600);
  const parts = [`<path d="M7 37h706v32H7z" fill="${ODOO_PURPLE}"/>`,
    // the app-switcher icon: nine dots
    ...[0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => `<circle cx="${22 + c * 5}" cy="${47 + r * 5}" r="1.5" fill="#ffffff"/>`)),
    text(44, 58, app, { size: 15, weight: 600, fill: '#ffffff' }).svg];
  for (const menu of menus) {
    parts.push(text(x, 58, menu, { size: MIN_TEXT, fill: '#ffffff' }).svg);
    if (menu === active) parts.push(`<path d="M${x} 66h${textWidth(menu, MIN_TEXT) - 8}" stroke="#ffffff" stroke-width="2"/>`);
    x += textWidth(menu, MIN_TEXT) + 4;
  }
  return parts.join('');
}

/** A filled Odoo button (primary = purple) or a plain one; returns svg and box. */
export function odooButton(x, y, label, { primary = false, h = 28 } = {}) {
  const w = textWidth(label, MIN_TEXT, primary ? 600 : 400) + 20;
  return {
    svg: `<rect class="r" x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="${primary ? ODOO_PURPLE : '#ffffff'}" stroke="${primary ? ODOO_PURPLE : LINE}"/>`
      + text(x + 10, y + Math.round(h / 2 + MIN_TEXT * 0.36), label, { size: MIN_TEXT, weight: primary ? 600 : 400, fill: primary ? '#ffffff' : '#2b3440' }).svg,
    box: { x, y, w, h },
  };
}

/** A link button with an arrow ("→ Connect your Outlook account"), teal like Odoo's btn-link. */
export function odooLink(x, y, label) {
  const full = `→ ${label}`;
  const t = text(x, y, full, { size: MIN_TEXT, weight: 600, fill: TEAL });
  return { svg: t.svg, box: { x: x - 2, y: y - MIN_TEXT - 2, w: t.box.w + 4, h: MIN_TEXT + 8 } };
}

/** A form field: bold label at `x`, value underlined at `vx` up to `vx + w`. */
export function field(x, vx, y, label, value, w, { mono = false, muted = false } = {}) {
  const v = value
    ? `<text x="${vx}" y="${y}" font-size="${MIN_TEXT}"${mono ? ` font-family="${MONO}"` : ''}${muted ? ' fill="#8a94a0"' : ''}>${esc(value)}</text>`
    : '';
  return {
    svg: text(x, y, label, { size: MIN_TEXT, weight: 600 }).svg + v + `<path d="M${vx} ${y + 6}h${w}" stroke="#c9d0d8"/>`,
    box: { x: vx - 4, y: y - MIN_TEXT - 4, w: w + 8, h: MIN_TEXT + 14 },
    labelBox: { x, y: y - MIN_TEXT, w: textWidth(label, MIN_TEXT, 600), h: MIN_TEXT * 1.35 },
  };
}

/** An Odoo checkbox (purple when ticked) with a bold label. */
export function odooCheckbox(x, y, label, checked) {
  const tick = checked ? `<path d="M${x + 3.5} ${y + 8}l3.5 4 7-8.5" fill="none" stroke="#ffffff" stroke-width="2.2"/>` : '';
  const t = text(x + 26, y + 13, label, { size: 14, weight: 600 });
  return {
    svg: `<rect class="r" x="${x}" y="${y}" width="17" height="17" rx="3" fill="${checked ? ODOO_PURPLE : '#ffffff'}" stroke="${checked ? ODOO_PURPLE : LINE}"/>${tick}${t.svg}`,
    box: { x, y, w: 26 + t.box.w, h: 17 },
  };
}

/** A vertical radio list (Odoo's radio widget); returns svg and the box of each option. */
export function odooRadios(x, y, options, selected) {
  const boxes = [];
  const parts = options.map((option, i) => {
    const cy = y + i * 22;
    const on = i === selected;
    boxes.push({ x, y: cy - 9, w: 24 + textWidth(option, MIN_TEXT), h: 18 });
    return `<circle cx="${x + 7}" cy="${cy}" r="7" fill="#ffffff" stroke="${on ? ODOO_PURPLE : LINE}" stroke-width="1.5"/>`
      + (on ? `<circle cx="${x + 7}" cy="${cy}" r="3.8" fill="${ODOO_PURPLE}"/>` : '')
      + text(x + 22, cy + 5, option, { size: MIN_TEXT }).svg;
  });
  return { svg: parts.join(''), boxes };
}

/** Italic grey help text, lines already wrapped. */
export function helpText(x, y, lines) {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * 18}" font-size="${MIN_TEXT}" font-style="italic" fill="#6b7683">${esc(line)}</text>`).join('');
}

/**
 * The whole screen: browser, top bar, control panel (breadcrumb + buttons, SVG already made) and
 * `body`. The sheet (white card) spans y 110–418 when `sheet` is true.
 */
export function odooScreen({ title, app, menus, active, breadcrumb, controls = '', body, sheet = true }) {
  return svgOpen(title) + browser(HOST) + navbar(app, menus, active)
    + `<path d="M7 69h706v${418 - 69}H7z" fill="#f3f4f6"/>`
    + text(20, 94, breadcrumb, { size: 16, fill: '#2b3440' }).svg
    + controls
    + (sheet ? '<rect class="r" x="16" y="108" width="688" height="306" rx="4" fill="#ffffff" stroke="#d5dbe2"/>' : '')
    + body
    + '</svg>\n';
}
