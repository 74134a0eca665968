/**
 * The SASL XOAUTH2 initial response:
 * `base64("user=" + userName + "\x01auth=Bearer " + accessToken + "\x01\x01")`
 * (M365-REFERENCE.md §7). Exchange answers a malformed one like a bad token, so the parser only
 * says whether the two fields are there.
 */

/** The fields of an XOAUTH2 response. */
export interface Xoauth2Response {
  /** The `user=` value: the mailbox the client wants to use. */
  readonly user: string;
  /** The access token after `auth=Bearer `. */
  readonly bearer: string;
}

/** Decodes a base64 XOAUTH2 response; undefined when it is not one. */
export function parseXoauth2(base64: string): Xoauth2Response | undefined {
  const text = base64.trim();
  if (text === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const fields = Buffer.from(text, 'base64').toString('utf8').split('\x01');
  let user: string | undefined;
  let bearer: string | undefined;
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq <= 0) continue;
    const key = field.slice(0, eq).toLowerCase();
    const value = field.slice(eq + 1);
    if (key === 'user') user = value.trim();
    else if (key === 'auth') {
      const m = /^bearer\s+(\S+)\s*$/i.exec(value);
      if (m) bearer = m[1];
    }
  }
  // A control character in user= could split a log line or a reply; Exchange refuses it too.
  if (!user || !bearer || /[\x00-\x1f\x7f]/.test(user)) return undefined;
  return { user, bearer };
}

/** Encodes an XOAUTH2 response (for tests and probes). */
export function encodeXoauth2(user: string, bearer: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${bearer}\x01\x01`).toString('base64');
}
