/**
 * The SASL XOAUTH2 initial response (M365-REFERENCE.md §7):
 * base64("user=" + user + "\x01auth=Bearer " + token + "\x01\x01").
 * The same string for SMTP (`AUTH XOAUTH2 <b64>`) and IMAP (`AUTHENTICATE XOAUTH2 <b64>`).
 */

/** The raw (not yet base64) XOAUTH2 string. */
export function rawXOAuth2(user: string, accessToken: string): string {
  return `user=${user}\x01auth=Bearer ${accessToken}\x01\x01`;
}

/** The base64 XOAUTH2 initial response. */
export function buildXOAuth2(user: string, accessToken: string): string {
  return Buffer.from(rawXOAuth2(user, accessToken), 'utf8').toString('base64');
}

/** Reads an XOAUTH2 initial response back (what a server does); null when malformed. */
export function parseXOAuth2(b64: string): { user: string; accessToken: string } | null {
  const raw = Buffer.from(b64, 'base64').toString('utf8');
  const m = /^user=([^\x01]*)\x01auth=Bearer ([^\x01]+)\x01\x01$/.exec(raw);
  return m ? { user: m[1]!, accessToken: m[2]! } : null;
}

/** True when a user name or token could not be framed as one SASL field. */
export function hasControlCharacters(value: string): boolean {
  return /[\x00-\x1f\x7f]/.test(value);
}
