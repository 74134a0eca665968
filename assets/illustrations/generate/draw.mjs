/**
 * Drawing kit for the screen mock-ups: a neutral admin-portal frame (no logos, no screenshots)
 * and the parts of a blade. Every part returns its SVG and its box, so a numbered accent frame
 * can be drawn exactly around the control a person must click. Outlines go through a slight
 * displacement filter (the hand-drawn look); text stays crisp so it remains readable.
 */

export const W = 720;
export const H = 430;
const FONT = "'Segoe UI', system-ui, 'DejaVu Sans', Arial, sans-serif";
const INK = '#2b3440';
const MUTED = '#6b7683';
const LINE = '#9aa5b1';
const BLUE = '#0f6cbd';
const ACCENT = '#e8590c';

/** Escapes text for SVG. */
export function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough width of a text in px (no font metrics in a generator; generous so frames never cut text). */
export function textWidth(text, size = 12, weight = 400) {
  return Math.ceil([...String(text)].length * size * (weight >= 600 ? 0.64 : 0.6));
}

/** A text run. */
export function text(x, y, content, { size = 12, weight = 400, fill = INK, anchor = 'start' } = {}) {
  const w = textWidth(content, size, weight);
  const left = anchor === 'middle' ? x - w / 2 : x;
  return {
    svg: `<text x="${x}" y="${y}" font-size="${size}"${weight !== 400 ? ` font-weight="${weight}"` : ''}${fill !== INK ? ` fill="${fill}"` : ''}${anchor !== 'start' ? ` text-anchor="${anchor}"` : ''}>${esc(content)}</text>`,
    box: { x: left, y: y - size, w, h: size * 1.35 },
  };
}

/** A button; primary = filled blue (as Microsoft's blue buttons). */
export function button(x, y, label, { primary = false, size = 12, h = 26, color: accent = BLUE } = {}) {
  const w = textWidth(label, size, primary ? 600 : 400) + 24;
  const fill = primary ? accent : '#ffffff';
  const stroke = primary ? accent : LINE;
  const color = primary ? '#ffffff' : INK;
  return {
    svg: `<rect class="r" x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${fill}" stroke="${stroke}"/>`
      + `<text x="${x + 12}" y="${y + Math.round(h / 2 + size * 0.36)}" font-size="${size}"${primary ? ' font-weight="600"' : ''} fill="${color}">${esc(label)}</text>`,
    box: { x, y, w, h },
  };
}

/** A command-bar entry: "+ Label" in blue, no frame. */
export function command(x, y, label, { size = 12, color = BLUE } = {}) {
  const t = text(x, y, label, { fill: color, weight: 600, size });
  return { svg: t.svg, box: { x: x - 4, y: y - size - 3, w: t.box.w + 8, h: size + 10 } };
}

/** A copy icon (two overlapping sheets). */
export function copyIcon(x, y) {
  return {
    svg: `<g fill="none" stroke="${BLUE}" stroke-width="1.4"><rect x="${x + 4}" y="${y}" width="9" height="11" rx="1.5"/><path d="M${x + 1} ${y + 3}v10h9"/></g>`,
    box: { x, y, w: 14, h: 14 },
  };
}

/** A checkbox with its label (`size` = label font size; `color` = the ticked box's fill). */
export function checkbox(x, y, label, checked, { size = 12, color = BLUE } = {}) {
  const tick = checked ? `<path d="M${x + 3} ${y + 7}l3 3.5 6-7.5" fill="none" stroke="#ffffff" stroke-width="2"/>` : '';
  const t = text(x + 22, y + 11 + (size - 12) / 2, label, { size });
  return {
    svg: `<rect class="r" x="${x}" y="${y}" width="15" height="15" rx="3" fill="${checked ? color : '#ffffff'}" stroke="${checked ? color : LINE}"/>${tick}${t.svg}`,
    box: { x, y, w: 22 + t.box.w, h: 15 },
  };
}

/** A radio button; `lines` is its label, already wrapped (one string per line). */
export function radio(x, y, lines, selected, { size = 12, lineHeight = size * 1.35, color = BLUE } = {}) {
  const dot = selected ? `<circle cx="${x + 7.5}" cy="${y + 7.5}" r="4" fill="${color}"/>` : '';
  const texts = lines.map((line, i) => text(x + 24, y + 12 + i * lineHeight, line, { size }));
  return {
    svg: `<circle cx="${x + 7.5}" cy="${y + 7.5}" r="7" fill="#ffffff" stroke="${selected ? color : LINE}" stroke-width="1.5"/>${dot}${texts.map((t) => t.svg).join('')}`,
    box: { x, y: y - 2, w: 24 + Math.max(...texts.map((t) => t.box.w)), h: 4 + (lines.length - 1) * lineHeight + size * 1.35 },
  };
}

/** Splits a label into lines of at most `max` characters at spaces (the portal wraps long option texts). */
export function wrap(label, max) {
  const lines = [];
  let line = '';
  for (const word of String(label).split(' ')) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text input showing a value (`h` and `size` for the larger screens). */
export function input(x, y, w, value, { mono = false, size = 11.5, h = 26, fill = INK } = {}) {
  return {
    svg: `<rect class="r" x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="#ffffff" stroke="${LINE}"/>`
      + `<text x="${x + 8}" y="${y + Math.round(h / 2 + size * 0.36)}" font-size="${size}"${mono ? ' font-family="Consolas, \'DejaVu Sans Mono\', monospace"' : ''}${fill !== INK ? ` fill="${fill}"` : ''}>${esc(value)}</text>`,
    box: { x, y, w, h },
  };
}

/** A table: header row and rows of cells at the given column x positions (`size`, `rowH` for the larger screens). */
export function table(x, y, w, columns, header, rows, { size = 11.5, rowH = 26 } = {}) {
  const base = Math.round(rowH / 2 + size * 0.36);
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${rowH}" fill="#eef1f5"/>`];
  header.forEach((cell, i) => parts.push(text(x + columns[i], y + base, cell, { size, weight: 600 }).svg));
  rows.forEach((row, r) => {
    const ry = y + rowH * (r + 1);
    parts.push(`<path class="r" d="M${x} ${ry + rowH}h${w}" stroke="#d5dbe2"/>`);
    row.forEach((cell, i) => parts.push(text(x + columns[i], ry + base, cell, { size, fill: i === 0 ? INK : MUTED }).svg));
  });
  return { svg: parts.join(''), box: { x, y, w, h: rowH * (rows.length + 1) }, rowBox: (r) => ({ x, y: y + rowH * (r + 1), w, h: rowH }) };
}

/** The left menu of a blade: group captions (string starting with '#') and items; returns item boxes. */
export function menu(items, active, { size = 11, captionSize = 10.5, width = 168, top = 112, rowH = 24, captionH = 22 } = {}) {
  const parts = [];
  const boxes = {};
  let y = top;
  const hh = Math.round(size * 2);
  for (const item of items) {
    if (item.startsWith('#')) {
      parts.push(text(18, y + 4, item.slice(1), { size: captionSize, weight: 600, fill: MUTED }).svg);
      y += captionH;
      continue;
    }
    const top0 = y - Math.round(hh * 0.6);
    if (item === active) parts.push(`<rect x="12" y="${top0}" width="${width}" height="${hh}" rx="3" fill="#e3edf8"/><rect x="12" y="${top0}" width="3" height="${hh}" fill="${BLUE}"/>`);
    parts.push(text(24, y + 2 + (size - 11) / 2, item, { size }).svg);
    boxes[item] = { x: 12, y: top0, w: width, h: hh };
    y += rowH;
  }
  return { svg: parts.join(''), boxes };
}

/** A numbered accent frame around `box`, the badge at its top-left corner (or top-right: `at: 'right'`, where a label sits above-left). */
export function mark(n, box, pad = 5, { at = 'left' } = {}) {
  const x = box.x - pad;
  const y = box.y - pad;
  const w = box.w + 2 * pad;
  const h = box.h + 2 * pad;
  const cx = at === 'right' ? x + w : x;
  const cy = y;
  return `<g><rect class="r" x="${x}" y="${y}" width="${w}" height="${h}" rx="7" fill="none" stroke="${ACCENT}" stroke-width="3.5"/>`
    + `<circle cx="${cx}" cy="${cy}" r="11" fill="${ACCENT}" stroke="#ffffff" stroke-width="2"/>`
    + `<text x="${cx}" y="${cy + 4.5}" font-size="14" font-weight="700" fill="#ffffff" text-anchor="middle">${n}</text></g>`;
}

/** A dark tooltip under a control, as the portal shows on hover. */
export function tooltip(x, y, label, { size = 10.5 } = {}) {
  const w = textWidth(label, size) + 16;
  const h = Math.round(size * 1.9);
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="#3b4552"/>` + text(x + 8, y + Math.round(h / 2 + size * 0.36), label, { size, fill: '#ffffff' }).svg;
}

/** Tabs in a row; `active` is underlined. */
export function tabs(x, y, labels, active, gap = 22, size = 11.5) {
  let cx = x;
  const parts = [];
  for (const label of labels) {
    const w = textWidth(label, size);
    parts.push(text(cx, y, label, { size, weight: label === active ? 600 : 400, fill: label === active ? BLUE : INK }).svg);
    if (label === active) parts.push(`<path d="M${cx} ${y + 6}h${w}" stroke="${BLUE}" stroke-width="2.5"/>`);
    cx += w + gap;
  }
  return parts.join('');
}

/** A yellow sticky note with a short warning (e.g. "not the Application ID"). */
export function note(x, y, lines, { size = 11.5 } = {}) {
  const lh = Math.round(size * 1.4);
  const w = Math.max(...lines.map((l, i) => textWidth(l, size, i === 0 ? 700 : 400))) + 20;
  const h = lines.length * lh + 12;
  const body = lines.map((l, i) => text(x + 10, y + Math.round(7.5 + size) + i * lh, l, { size, weight: i === 0 ? 700 : 400, fill: '#5c3d00' }).svg).join('');
  return `<g transform="rotate(-1.5 ${x} ${y})"><rect class="r" x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="#fff4c2" stroke="#d9b64a"/>${body}</g>`;
}

/**
 * The whole SVG: window, address bar (host only), product band, breadcrumb and blade title, then
 * `body` (parts and marks, already SVG). Text at least MIN_TEXT.
 */
export function screen({ title, host, product, breadcrumb, blade, body }) {
  return screenLarge({ title, host, product, breadcrumb, blade, body });
}

/** The smallest text of every screen: 13.5 units = 12 px when the 720-unit drawing is shown 640 px wide. */
export const MIN_TEXT = 13.5;

/** The SVG root, title and the hand-drawn filter every screen shares. */
export function svgOpen(title) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" font-family="${FONT}" fill="${INK}">`
    + `<title>${esc(title)}</title>`
    + '<defs><filter id="rough" x="-5%" y="-5%" width="110%" height="110%"><feTurbulence type="fractalNoise" baseFrequency="0.035" numOctaves="2" seed="7"/>'
    + '<feDisplacementMap in="SourceGraphic" scale="2.2"/></filter></defs>'
    + '<style>.r{filter:url(#rough)}</style>';
}

/** A browser window (no logos): rounded frame, window buttons and the address bar with the host only. */
export function browser(host) {
  return `<rect class="r" x="6" y="6" width="${W - 12}" height="${H - 12}" rx="12" fill="#ffffff" stroke="${INK}" stroke-width="2"/>`
    + `<circle cx="24" cy="21" r="4.5" fill="#e5534b"/><circle cx="39" cy="21" r="4.5" fill="#e9b53f"/><circle cx="54" cy="21" r="4.5" fill="#57ab5a"/>`
    + `<rect class="r" x="72" y="10" width="${Math.max(300, textWidth(host, MIN_TEXT) + 30)}" height="22" rx="11" fill="#f1f3f6" stroke="#c9d0d8"/>`
    + text(86, 26, host, { size: MIN_TEXT, fill: MUTED }).svg;
}

/** The larger admin-portal frame (no left menu): product band, breadcrumb and blade title, text at least MIN_TEXT. */
function screenLarge({ title, host, product, breadcrumb, blade, body }) {
  return svgOpen(title) + browser(host)
    + `<path d="M7 37h${W - 14}v28H7z" fill="#243a5e"/>`
    + text(20, 56, product, { size: 15, weight: 600, fill: '#ffffff' }).svg
    + text(20, 84, breadcrumb, { size: MIN_TEXT, fill: BLUE }).svg
    + (blade ? text(20, 108, blade, { size: 19, weight: 600 }).svg : '')
    + body
    + '</svg>\n';
}
