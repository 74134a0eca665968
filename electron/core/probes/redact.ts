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

// Generic shapes, redacted whether or not they were registered.
const PATTERNS: readonly RegExp[] = [
  // A JWT (its header is base64url of `{"…`), also when cut off after the payload in a log.
  /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*)?/g,
  // base64("user=") opens every XOAUTH2 initial response.
  /dXNlcj[0-9A-Za-z+/]{12,}={0,2}/g,
  // The raw XOAUTH2 field and HTTP headers: `auth=Bearer X`, `Authorization: Bearer X`.
  /(?<=\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  // Form bodies and query strings.
  /(?<=\b(?:access_token|refresh_token|id_token|client_secret|code|password|client_assertion)=)[^&\s"']{4,}/gi,
  // JSON bodies.
  /(?<="(?:access_token|refresh_token|id_token|client_secret|secretText|password)"\s*:\s*")[^"]{4,}/gi,
  // Basic credentials (proxy authorization, SMTP AUTH PLAIN).
  /(?<=\bBasic\s+)[A-Za-z0-9+/=]{8,}/gi,
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

  /** The text with every registered secret and every secret-shaped string replaced. */
  redact(text: string): string {
    // Longest first, so a fragment never leaves the rest of a longer form behind.
    this.sorted ??= [...this.needles].sort((a, b) => b.length - a.length);
    let out = text;
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
