/**
 * The frame of every sandbox sign-in page: a plain card in the style of Microsoft's sign-in,
 * under a banner that says it is the sandbox — it must never pass for the real login page.
 */
import { escapeHtml } from '../http-util.js';
import { PAGE_TEXTS, type PageLanguage } from './page-language.js';

const CSS = `
body{margin:0;font-family:"Segoe UI","Helvetica Neue",Arial,sans-serif;background:#f2f2f2;color:#1b1b1b}
.banner{background:#5c2d91;color:#fff;font-size:13px;padding:6px 12px;text-align:center}
main{box-sizing:border-box;width:440px;max-width:94vw;margin:40px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.brand{font-size:15px;font-weight:600;color:#5e5e5e;margin-bottom:16px}
h1{font-size:24px;font-weight:600;margin:0 0 12px}
p{font-size:15px;line-height:1.4;margin:0 0 12px}
input[type=text],input[type=email],input[type=password]{width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;font-size:15px;padding:6px 0;margin:0 0 16px;outline:none}
.buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:20px}
button,input[type=submit]{min-width:108px;font-size:15px;padding:6px 12px;border:1px solid #0067b8;cursor:pointer}
.primary{background:#0067b8;color:#fff}
.secondary{background:#ccc;border-color:#ccc;color:#000}
.error{color:#e81123;font-size:15px;margin:0 0 12px}
.small{font-size:13px;color:#555}
table{border-collapse:collapse;font-size:13px;width:100%;margin-top:8px}
td,th{text-align:left;padding:3px 4px;border-bottom:1px solid #eee}
th{white-space:nowrap}
ul.perms{padding-left:18px;font-size:14px}
.details{font-size:12px;color:#444;background:#f8f8f8;padding:10px;margin-top:16px;word-break:break-word}
code{font-family:Consolas,monospace}`;

/** A complete sign-in page. `bodyHtml` must already be escaped. */
export function signInFrame(title: string, organization: string, bodyHtml: string, language: PageLanguage = 'en'): string {
  return `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><div class="banner">${escapeHtml(PAGE_TEXTS[language].banner)}</div>
<main><div class="brand">${escapeHtml(organization)}</div>
${bodyHtml}
</main></body></html>`;
}

/** Hidden form fields. */
export function hiddenFields(fields: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
}
