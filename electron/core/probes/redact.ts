/**
 * Redaction of everything a probe writes down. Tokens, refresh tokens, client secrets and the
 * XOAUTH2 string must never reach a transcript, a log or a report — not raw, not base64, and
 * not as a piece of a larger base64 blob (the XOAUTH2 argument is base64 of a string that
 * CONTAINS the token, so the token's base64 shows up at any of the 3 byte alignments).
 */
import { buildXOAuth2 } from './xoauth2.js';

/** What replaces a secret. */
export const REDACTED = '[redacted]';

/** Secrets shorter than this are not registered: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;

/** Base64 pieces shorter than this are not searched for (a 1-byte secret tail is noise). */
const MIN_FRAGMENT_LENGTH = 8;

/**
 * The longest text one redact() call looks at. A probe's line, reply or message is never longer
 * in a sane conversation; a hostile server may send 1 MiB (nodemailer's reply limit). Capping
 * first bounds the work per line whatever the patterns cost.
 */
export const MAX_REDACT_INPUT = 16_384;

// Generic shapes, redacted whether or not they were registered. Every pattern is linear-time:
// a pattern that begins with a run of token characters is anchored at the start of that run
// (look-behind "no token character before"), so the engine tries one start per run, not one per
// character — unanchored, 200 KB of `eyJeyJ…` took 30 s. Look-behinds scan back over at most a
// few characters ([ \t]{1,16}), never over an unbounded run.
const PATTERNS: readonly RegExp[] = [
  // A JWT (its header is base64url of `{"…`), also when cut off after the payload in a log.
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*)?/g,
  // base64("user=") opens every XOAUTH2 initial response.
  /(?<![0-9A-Za-z+/])dXNlcj[0-9A-Za-z+/]{12,}={0,2}/g,
  // The raw XOAUTH2 field and HTTP headers: `auth=Bearer X`, `Authorization: Bearer X`.
  /(?<=\bBearer[ \t]{1,16})[A-Za-z0-9._~+/=-]{8,}/gi,
  // Form bodies and query strings.
  /(?<=\b(?:access_token|refresh_token|id_token|client_secret|code|password|client_assertion)=)[^&\s"']{4,}/gi,
  // JSON bodies.
  /(?<="(?:access_token|refresh_token|id_token|client_secret|secretText|password)"[ \t]{0,16}:[ \t]{0,16}")[^"]{4,}/gi,
  // Basic credentials (proxy authorization, SMTP AUTH PLAIN).
  /(?<=\bBasic[ \t]{1,16})[A-Za-z0-9+/=]{8,}/gi,
];

/**
 * The base64 text that encodes `bytes` when they sit at byte offset `offset` (0, 1 or 2) of a
 * larger buffer: only the characters whose 6 bits all come from `bytes`.
 */
export function base64Fragment(bytes: Buffer, offset: 0 | 1 | 2): string {
  const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
  const b64 = padded.toString('base64').replace(/=+$/, '');
  const first = Math.ceil((offset * 8) / 6);
  const end = Math.floor(((offset + bytes.length) * 8) / 6);
  return b64.slice(first, end);
}

/**
 * Cuts text longer than `max` and says how much was left out. The cut never leaves the head of a
 * secret behind: a run of token characters that the cut splits is dropped whole, because a
 * registered secret cut in half no longer matches its needle.
 */
export function capForRedaction(text: string, max = MAX_REDACT_INPUT): string {
  if (text.length <= max) return text;
  let end = max;
  while (end > 0 && /[A-Za-z0-9+/=_.~%-]/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}${REDACTED_TAIL(text.length - end)}`;
}

/** The note that replaces a cut tail. */
const REDACTED_TAIL = (left: number): string => ` … [${left} characters left out]`;

/** Collects secrets and strips them (and secret-shaped strings) from any text. */
export class Redactor {
  private readonly needles = new Set<string>();
  private sorted: string[] | null = null;

  /** Registers a secret value: its raw, base64, base64url and URL-encoded forms, and the
   *  base64 pieces it turns into inside a larger base64 blob. */
  addSecret(value: string | undefined | null): this {
    if (!value || value.length < MIN_SECRET_LENGTH) return this;
    const bytes = Buffer.from(value, 'utf8');
    const forms = [value, encodeURIComponent(value), bytes.toString('base64'), bytes.toString('base64url')];
    for (const offset of [0, 1, 2] as const) {
      const fragment = base64Fragment(bytes, offset);
      forms.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    for (const form of forms) {
      if (form.length >= MIN_FRAGMENT_LENGTH) this.needles.add(form);
    }
    this.sorted = null;
    return this;
  }

  /** Registers an access token and the XOAUTH2 string built from it for `user`. */
  addXOAuth2(user: string, accessToken: string): this {
    this.addSecret(accessToken);
    this.addSecret(buildXOAuth2(user, accessToken));
    this.needles.add(buildXOAuth2(user, accessToken));
    this.sorted = null;
    return this;
  }

  /** Takes over every secret another redactor knows. */
  merge(other: Redactor): this {
    for (const n of other.needles) this.needles.add(n);
    this.sorted = null;
    return this;
  }

  /** The text (capped at MAX_REDACT_INPUT) with every registered secret and every secret-shaped
   *  string replaced. */
  redact(text: string): string {
    // Longest first, so a fragment never leaves the rest of a longer form behind.
    this.sorted ??= [...this.needles].sort((a, b) => b.length - a.length);
    let out = capForRedaction(text);
    for (const needle of this.sorted) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    for (const pattern of PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  }

  /** A log function that redacts before it writes. */
  wrapLog(log: (line: string) => void): (line: string) => void {
    return (line) => log(this.redact(line));
  }
}
