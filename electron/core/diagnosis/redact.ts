/**
 * Removes token-looking strings from text before it becomes evidence: pasted errors sometimes
 * carry an access token, an XOAUTH2 blob, a refresh token or a client secret, and evidence ends up
 * in the UI, the CLI output and the support report.
 *
 * Every pattern is linear-time: each one that starts with a run of token characters is anchored
 * at the start of that run (a look-behind for "no token character before"), so the engine tries
 * one start per run instead of one per character — without the anchor, 200 KB of `eyJeyJ…` took
 * 30 s (each start scanned to the end of the run looking for a dot).
 */

const MARK = '[redacted]';

/** JWTs (access and id tokens): header.payload[.signature], both base64url JSON. */
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){1,4}/g;
/** "Bearer <token>" in headers and in the XOAUTH2 string "auth=Bearer <token>". */
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** key=value / "key": "value" where the key names a secret. */
const SECRET_FIELD =
  /\b(client_secret|access_token|refresh_token|id_token|client_assertion|code_verifier|password|passwd|pwd)(["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)([^\s"'&,;}]{4,})/gi;
/** Entra client secret values: a few characters, a digit-ish prefix, "Q~", then the rest. */
const ENTRA_SECRET = /(?<![A-Za-z0-9_.~-])[A-Za-z0-9_.~-]{3,4}Q~[A-Za-z0-9_.~-]{20,}/g;
/** Long base64-like runs (XOAUTH2 blobs, opaque refresh tokens); checked for mixed case + digits below. */
const LONG_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{40,}={0,2}/g;

function looksRandom(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);
}

/** Returns the text with tokens, secrets and XOAUTH2 blobs replaced by "[redacted]". */
export function redactSecrets(text: string): string {
  return text
    .replace(JWT, MARK)
    .replace(BEARER, `$1 ${MARK}`)
    .replace(SECRET_FIELD, `$1$2${MARK}`)
    .replace(ENTRA_SECRET, MARK)
    .replace(LONG_RUN, (run) => (looksRandom(run) ? MARK : run));
}
