/**
 * Turns raw pasted error text into the two views the matchers read. Real errors arrive
 * JSON-escaped (\r\n, \u0027), as Python bytes reprs, URL- or HTML-encoded, and wrapped across
 * lines — sometimes in the middle of a code ("5.7.\n139"). So:
 * - `spaced`: every whitespace run becomes one space (a line break between two words or between
 *   "535" and "5.7.3" stays a separator);
 * - `joined`: line breaks are removed (a code or word split by a line break is whole again).
 * Matchers run on both. Everything here is linear-time; the input is capped at MAX_INPUT_CHARS.
 */
import { redactSecrets } from './redact.js';

/** Longest input read; beyond it the head and the tail are kept (errors sit at either end of logs). */
export const MAX_INPUT_CHARS = 200_000;

/** The two views of one input. */
export interface TextViews {
  readonly spaced: string;
  readonly joined: string;
  /** A hard-wrapped paste unwrapped (see hardWrapWidth), spaces as in the spaced view; absent for any other text. */
  readonly unwrapped?: string;
}

/** Fewest characters of a fixed width that counts as hard wrapping (shorter equal lines are a table or a list). */
const WRAP_MIN_WIDTH = 40;
/** Lines looked at for the width (bounded on a long paste). */
const WRAP_MAX_LINES = 2000;

/** A letter, on both sides of a cut: a word split by the width (a log of equally long lines ends and begins otherwise). */
const LETTER = /^[A-Za-z]$/;
/** A line that ends a sentence: a paragraph's own end, where a hard-wrapped text's line may stop just short of the width. */
const SENTENCE_END = /[.!?:;]\s*$/;
/** How far below the width a line counts as "near" it (a word-wrapped text's lines end there, at varying lengths). */
const WRAP_NEAR = 12;

/**
 * The width a text was hard-wrapped at, if it was — a terminal, a fixed-width log viewer or a console copied as it showed the
 * text, breaking words anywhere ("…AADSTS70002: Error validating credent\nials."): no line is longer than the width, at least two
 * lines are exactly that long (at least WRAP_MIN_WIDTH characters), they are nine in ten of the lines near it (a paragraph's last
 * line, ending a sentence, aside), and one cut in four or more falls between two letters (a word split; a log of equally long
 * lines ends in a digit or bracket instead). A text wrapped at word boundaries (a mail client's 72 columns) has its lines end at
 * varying lengths below the width; when a few end at the same length by chance, the unwrapped view glues two words there, and
 * the spaced view, read after it, still has them apart. Written here because no library of the field tells a wrapped paste
 * from a log.
 */
function hardWrapWidth(lines: readonly string[]): number | undefined {
  if (lines.length < 3) return undefined;
  // Distinct lines only, each with the line after it: a text pasted twice, or a log repeating one line, has equally long lines
  // that no width cut.
  const distinct = new Map<string, string>();
  for (let i = 0; i < Math.min(lines.length - 1, WRAP_MAX_LINES); i++) if (!distinct.has(lines[i]!)) distinct.set(lines[i]!, lines[i + 1]!);
  const counts = new Map<number, number>();
  for (const line of distinct.keys()) if (line.length >= WRAP_MIN_WIDTH) counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  let width: number | undefined;
  let most = 1;
  for (const [length, count] of counts) if (count > most || (count === most && width !== undefined && length > width)) [width, most] = [length, count];
  if (width === undefined) return undefined;
  let longer = 0;
  let near = 0;
  let splitWords = 0;
  for (const [line, next] of distinct) {
    if (line.length > width) longer++;
    else if (line.length >= width - WRAP_NEAR && (line.length === width || !SENTENCE_END.test(line))) near++;
    if (line.length === width && LETTER.test(line.at(-1) ?? '') && LETTER.test(next[0] ?? '')) splitWords++;
  }
  return longer === 0 && most * 10 >= near * 9 && splitWords * 4 >= most ? width : undefined;
}

/**
 * A hard-wrapped text as it was before: a line of exactly the width was cut there, so it joins the next without a space; a
 * shorter line ended where the text had its own line break, which stays a space.
 */
function unwrap(lines: readonly string[], width: number): string {
  return lines.map((line, i) => (i === lines.length - 1 || line.length === width ? line : `${line} `)).join('');
}

function toText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  if (raw === null || raw === undefined) return '';
  try {
    return String(raw);
  } catch {
    return '';
  }
}

function cap(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const half = MAX_INPUT_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(text.length - half)}`;
}

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([rntfb"'\\/]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { r: '\r', n: '\n', t: '\t', f: ' ', b: ' ', '"': '"', "'": "'", '\\': '\\', '/': '/' };

/**
 * A Windows path written plainly, with single backslashes ("C:\Users\me\AppData\Local\Temp\tmpEXO_x\…",
 * "…\Modules\ExchangeOnlineManagement\3.1.0\netFramework\…"): its "\t", "\n" and "\b" are folder names, not escapes. The
 * same path inside a JSON string has doubled backslashes ("C:\\Users\\…") and is unescaped as before. A folder name has no
 * space, but for "Program Files" (which every PowerShell module path has).
 */
const PLAIN_WINDOWS_PATH = /(?<![A-Za-z0-9\\])[A-Za-z]:\\(?!\\)(?:Program Files(?: \(x86\))?|[^\s"'<>|*?\\]{0,255})(?:\\(?!\\)(?:Program Files(?: \(x86\))?|[^\s"'<>|*?\\]{1,255})){0,40}/g;
/** Stands for a path's backslash while the escapes are read (a private-use character no text carries). */
const PATH_BACKSLASH = '\uE000';

/** JSON / Python / JavaScript string escapes; twice, for JSON inside JSON. */
function unescape(text: string): string {
  let out = text.includes(':\\') ? text.replace(PLAIN_WINDOWS_PATH, (path) => path.replaceAll('\\', PATH_BACKSLASH)) : text;
  for (let pass = 0; pass < 2 && out.includes('\\'); pass++) {
    out = out.replace(ESCAPE, (_m, hex4: string | undefined, hex2: string | undefined, simple: string | undefined) => {
      if (hex4) return String.fromCharCode(parseInt(hex4, 16));
      if (hex2) return String.fromCharCode(parseInt(hex2, 16));
      return SIMPLE_ESCAPES[simple ?? ''] ?? '';
    });
  }
  return out.includes(PATH_BACKSLASH) ? out.replaceAll(PATH_BACKSLASH, '\\') : out;
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeHtml(text: string): string {
  if (!text.includes('&') && !/<br/i.test(text)) return text;
  return text
    .replace(/<br\s{0,3}\/?>/gi, '\n')
    .replace(/&#(\d{1,6});/g, (_m, d: string) => String.fromCharCode(Number(d) % 0x10000))
    .replace(/&#x([0-9a-fA-F]{1,5});/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16) % 0x10000))
    .replace(/&([a-z]{2,4});/g, (m, name: string) => HTML_ENTITIES[name] ?? m);
}

/**
 * Tags of HTML error pages (IIS, the sign-in page) become spaces; bounded, so linear. A tag's name ends at a space, "/"
 * or ">": Ruby's inspected exceptions ("#<Net::IMAP::NoResponseError: LOGIN failed.>") and addresses in angle brackets
 * ("<user@contoso.com>") are text, not tags, and stay; so do Python's reprs of exceptions ("<HTTPError 401: 'Unauthorized'>",
 * email-oauth2-proxy's log) — no HTML tag is named …Error or …Exception.
 */
function stripTags(text: string): string {
  return text.includes('<') ? text.replace(/(?<!#)<(?:(?![A-Za-z][A-Za-z0-9]{0,30}(?:Error|Exception)\b)[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])|\/[A-Za-z]|!)[^<>]{0,500}>/g, ' ') : text;
}

/**
 * SASL challenges that are base64 JSON (Google-style XOAUTH2 failure: "+ eyJzdGF0dXMiOiI0MDAi…" =
 * {"status":"400","schemes":"Bearer","scope":"…"}) are decoded, so they are read instead of redacted.
 */
function decodeSaslJson(text: string): string {
  if (!text.includes('eyJ')) return text;
  return text.replace(/(?<![A-Za-z0-9+/=])eyJ[A-Za-z0-9+/]{8,400}={0,2}(?![A-Za-z0-9+/=.])/g, (blob) => {
    const decoded = Buffer.from(blob, 'base64').toString('utf8');
    return /^\{"status":"\d{3}"[^{}]{0,300}\}$/.test(decoded) ? decoded : blob;
  });
}

/**
 * Runs of 200 or more token characters are no error text (tokens, XOAUTH2 blobs, pasted binary):
 * they are cut before redaction, which keeps the redaction patterns linear on hostile input. The
 * run is found at its start only (look-behind), so this is linear too.
 */
export function cutLongRuns(text: string): string {
  return text.replace(/(?<![A-Za-z0-9_+/=.~-])[A-Za-z0-9_+/=.~-]{200,}/g, '[redacted]');
}

/** Five lower-case words joined by '+', not inside a base64 run (bounded, so linear). */
const FORM_WORDS = /(?<![A-Za-z0-9/+])[A-Za-z][a-z']{1,11}\+[a-z']{2,12}\+[a-z']{2,12}\+[a-z']{2,12}\+[a-z']{2,12}(?:\+|\b)/;

/** An Entra description form-encoded on its own ("AADSTS500011:+The+resource…"). */
const INNER_FORM = /AADSTS\d{4,7}:\+/i;
/** A form-encoded error description: '+' stands for a space. */
const FORM_ENCODED = new RegExp(`error_description=|${INNER_FORM.source}`, 'i');
/** One %XX escape, and a run of them (bounded, so linear). */
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}){1,3000}/g;
/** In a form-encoded text: a '+' or a run of escapes, read in one pass. */
const FORM_TOKEN = new RegExp(`\\+|${PERCENT_RUN.source}`, 'g');

/** '+' as space in a form-encoded description (also once a wrapped "error_descripti\non=" is whole again). */
function formSpaces(text: string): string {
  return text.includes('+') && FORM_ENCODED.test(text) ? text.replace(/\+/g, ' ') : text;
}

/** One byte: printable ASCII and line breaks; anything else stays encoded. */
function decodePercentByte(m: string): string {
  const code = parseInt(m.slice(1), 16);
  return code >= 0x20 && code <= 0x7e ? String.fromCharCode(code) : code === 0x0a || code === 0x0d ? '\n' : m;
}

/** A run of %XX: UTF-8 when it is valid UTF-8 (a client's text in another language around the reply), else byte by byte. */
function decodePercentRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%[0-9A-Fa-f]{2}/g, decodePercentByte);
  }
}

/** %XX (printable ASCII and UTF-8) (redirect errors arrive in the query string), and '+' in query strings. */
function decodeUrl(text: string, again = true): string {
  // Form encoding: '+' is a space (query strings, and MSAL iOS's "AADSTS500011:+The+resource…") — read before the %XX escapes
  // are decoded, so that an encoded '+' ("%2BOK", an address "a%2Bb@…") stays a '+' (the WHATWG URL standard's
  // application/x-www-form-urlencoded parser: '+' to space first, then percent-decoding).
  // One pass over '+' and the escapes, so a '+' an escape gave is not read again.
  const form = FORM_ENCODED.test(text);
  const out = form
    ? text.replace(FORM_TOKEN, (m) => (m === '+' ? ' ' : decodePercentRun(m)))
    : PERCENT_ESCAPE.test(text) ? text.replace(PERCENT_RUN, decodePercentRun) : text;
  // A description encoded twice (MSAL iOS's "AADSTS500011:+The+resource…", a redirect URL's "error_description=AADSTS500011%3a+
  // The+…" inside the form) is read once more — once: two passes at most, so still linear.
  if (form) return again && (INNER_FORM.test(out) || PERCENT_ESCAPE.test(out)) ? decodeUrl(out, false) : formWordRuns(out);
  if (FORM_ENCODED.test(out)) return formSpaces(out);
  return formWordRuns(out);
}

/**
 * A form-encoded description pasted alone ("The+provided+value+for+the+input+parameter…"): only a whitespace-free run that reads
 * as words joined by '+' is decoded, never a token or base64 blob elsewhere (nor a lone "+OK").
 */
function formWordRuns(out: string): string {
  if (!FORM_WORDS.test(out)) return out;
  return out.replace(/[^\s]{1,4000}/g, (run) => (FORM_WORDS.test(run) ? run.replace(/\+/g, ' ') : run));
}

/**
 * Quoted-printable soft line breaks and =XX, only when the text looks quoted-printable: a soft break and
 * one of the escapes every QP body has (=3D is '=' itself, =20 a trailing space, =C3/=E2 UTF-8 lead
 * bytes; RFC 2045 §6.7). A query string wrapped after "state=" with "lc=1033" in it is not QP.
 */
function decodeQuotedPrintable(text: string): string {
  if (!/=\r?\n/.test(text) || !/=(?:3D|20|09|0A|0D|C[23]|E2)/.test(text)) return text;
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A view's text with tokens and secrets redacted (after long runs are cut, so redaction stays linear). */
function redacted(text: string): string {
  return redactSecrets(cutLongRuns(text));
}

/** Raw input (any value; never throws) decoded and tidied into one string with \n line breaks, not yet redacted: the line lengths
 *  a hard wrap left are still the pasted ones. */
function decodedText(raw: unknown): string {
  let text = cap(toText(raw));
  text = decodeQuotedPrintable(text);
  text = unescape(text);
  text = decodeHtml(text);
  text = stripTags(text);
  text = decodeUrl(text);
  text = decodeSaslJson(text);
  return text
    .replace(/\r\n?/g, '\n')
    // Quote marks of a forwarded or replied-to mail ("> 535 5.7.139 … SmtpClie\n> ntAuthentication…").
    .replace(/^(?:> ?){1,8}/gm, '')
    // PowerShell 7's error view continues a long message on lines that start with spaces and "| " ("     | Could not connect
    // to Exchange Online, exception is 'Method not found:\n     | 'Microsoft.Identity.Client…"): the bar is no text.
    .replace(/^[ \t]{1,12}\| ?/gm, '')
    // A TLS record header (handshake, TLS 1.0–1.3) where text was expected: a TLS client spoke to a plain-text
    // port (e.g. an HTTP or SMTP server logging "Bad request syntax ('\\x16\\x03\\x01…')"). Marked before the
    // control characters below become spaces; still escaped (a repr inside JSON or a URL) it is marked too.
    .replace(/\u0016\u0003[\u0000-\u0004]|\\x16\\x03\\x0[0-4]/gi, ' [TLS handshake bytes] ')
    // Zero-width characters and soft hyphens that dialogs put into copied text.
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    // Other control characters (binary garbage, NULs) become spaces.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    // Dashes a forum or word processor made of a hyphen ("Authentication Error \u2014 Check …"): one hyphen for the phrases.
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Whether raw input is longer than MAX_INPUT_CHARS (then only its head and tail are read). */
export function isTruncated(raw: unknown): boolean {
  if (typeof raw === 'string') return raw.length > MAX_INPUT_CHARS;
  return raw instanceof Uint8Array && raw.byteLength > MAX_INPUT_CHARS;
}

/** Builds both views of raw input. */
export function textViews(raw: unknown): TextViews {
  const decoded = decodedText(raw);
  const lines = decoded.split('\n');
  // The width is measured before redaction and before spaces are collapsed: a wrapped line's length is what the terminal showed.
  const width = hardWrapWidth(lines);
  // Horizontal whitespace first, so the line-break rule below never scans long runs of spaces.
  const text = redacted(decoded).replace(/[^\S\n]+/g, ' ');
  const spaced = text.replace(/\s+/g, ' ').trim();
  // A wrapped "error_descripti\non=" is whole only here; where the text already showed it, its '+' were read (decodeUrl).
  const glued = text.replace(/ ?\n ?/g, '');
  const joined = text.includes('\n') ? redacted((FORM_ENCODED.test(text) ? glued : formSpaces(glued)).replace(/\s+/g, ' ').trim()) : spaced;
  // Unwrapped before redaction: a token the width cut in two is whole here, so it is redacted whole.
  const unwrapped = width === undefined ? undefined : redacted(unwrap(lines, width)).replace(/\s+/g, ' ').trim();
  return unwrapped === undefined || unwrapped === spaced ? { spaced, joined } : { spaced, joined, unwrapped };
}
