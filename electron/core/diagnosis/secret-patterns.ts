/**
 * The shapes of secrets in pasted text, shared by the redactor (redact.ts) and its reading of tokens cut across lines
 * (redact-wrapped.ts).
 *
 * Every pattern is linear-time: each one that starts with a run of token characters is anchored
 * at the start of that run (a look-behind for "no token character before"), so the engine tries
 * one start per run instead of one per character — without the anchor, 200 KB of `eyJeyJ…` took
 * 30 s (each start scanned to the end of the run looking for a dot).
 */

/** What replaces a secret. */
export const MARK = '[redacted]';

/** JWTs (access and id tokens): header.payload[.signature], both base64url JSON. */
export const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){1,4}/g;
/** "Bearer <token>" in headers and in the XOAUTH2 string "auth=Bearer <token>". */
export const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** key=value / "key": "value" where the key names a secret. */
export const SECRET_FIELD =
  /\b(client_secret|access_token|refresh_token|id_token|client_assertion|code_verifier|password|passwd|pwd)(["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)([^\s"'&,;}]{4,})/gi;
/** Entra client secret values: a few characters, a digit-ish prefix, "Q~", then the rest. */
export const ENTRA_SECRET = /(?<![A-Za-z0-9_.~-])[A-Za-z0-9_.~-]{3,4}Q~[A-Za-z0-9_.~-]{20,}/g;
/** Long base64-like runs (XOAUTH2 blobs, opaque refresh tokens); checked for mixed case + digits below. */
export const LONG_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{40,}={0,2}/g;

/**
 * Credentials of a pasted SMTP or IMAP transcript, whatever their length: the initial response of AUTH / AUTHENTICATE PLAIN,
 * LOGIN, XOAUTH2 or OAUTHBEARER (base64 of the user and the password or token, RFC 4616 §2 and RFC 4954 §4), the answer to
 * AUTH LOGIN's "334 UGFzc3dvcmQ6" (base64 of "Password:") and HTTP Basic credentials (RFC 7617). Only a run that reads as
 * base64 — a digit, '+' or '/' in it, a capital after a small letter ("dXNlcjpwYXNz") or '=' padding at its end (not the '='
 * of a challenge's realm="…"), not a mechanism's name — counts, and an EHLO line ("250-AUTH LOGIN PLAIN XOAUTH2")
 * lists mechanisms, no credentials: both stay, as do the words "Basic authentication". A run that goes on in other token
 * characters ("Abc8Q~…") is not a SASL response but a token, left to the token patterns.
 */
export const SASL_RESPONSE =
  /(?<!25\d[- ])\b((?:AUTH(?:ENTICATE)?[ \t]{1,4}(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)|334[ \t]UGFzc3dvcmQ6\s{1,4}(?:C:[ \t]{0,4})?|Basic)[ \t]{1,4})(?!(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI)\b)(?=[A-Za-z]{0,200}(?:[0-9+/]|[a-z][A-Z]|={1,2}(?![A-Za-z0-9"'=])))[A-Za-z0-9+/]{4,}={0,2}(?![A-Za-z0-9_~-])/g;
/** IMAP's LOGIN command with its password in clear text (RFC 9051 §6.2.3): "<tag> LOGIN <user> <password>". The tag is letters
 *  and digits (a1, A00000002), so a reply's "NO LOGIN failed." is not read as one, nor a time before a sentence ("19:53:45 Login
 *  not successful": the command is upper- or lower-case, the tag not part of a time or a date). */
export const IMAP_LOGIN = /(?<![A-Za-z0-9:./,-])([A-Za-z]{0,6}\d{1,10}[ \t]{1,4}(?:LOGIN|login)[ \t]{1,4}(?:"[^"\n]{0,200}"|[^\s"]{1,200})[ \t]{1,4})(?!\[redacted\])(?:"[^"\n]{0,200}"|[^\s"]{1,200})/g;

/** Mixed case and digits: a random run, not a word or a number. */
export function looksRandom(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);
}
