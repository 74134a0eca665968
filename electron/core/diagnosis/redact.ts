/**
 * Removes token-looking strings from text before it becomes evidence: pasted errors sometimes
 * carry an access token, an XOAUTH2 blob, a refresh token, a client secret or a transcript's
 * password, and evidence ends up in the UI, the CLI output and the support report.
 *
 * A token a terminal, a log viewer or a mail cut across lines ("…eyJ0eXAiOiJKV1Qi\nLCJhbGciOi…") is read whole first
 * (redact-wrapped.ts): otherwise each piece is read alone, and a piece shorter than the patterns' minimum — the tail of a
 * signature, half of a client secret — stays in the text.
 */
import { redactWrappedRuns } from './redact-wrapped.js';
import { BEARER, ENTRA_SECRET, IMAP_LOGIN, JWT, LONG_RUN, looksRandom, MARK, SASL_RESPONSE, SECRET_FIELD } from './secret-patterns.js';

/** Returns the text with tokens, secrets, XOAUTH2 blobs and a transcript's credentials replaced by "[redacted]". */
export function redactSecrets(text: string): string {
  return redactWrappedRuns(text)
    .replace(JWT, MARK)
    .replace(BEARER, `$1 ${MARK}`)
    .replace(SECRET_FIELD, `$1$2${MARK}`)
    .replace(ENTRA_SECRET, MARK)
    .replace(LONG_RUN, (run) => (looksRandom(run) ? MARK : run))
    // After the token shapes: a client secret after "AUTH XOAUTH2" is read whole by ENTRA_SECRET first.
    .replace(SASL_RESPONSE, `$1${MARK}`)
    .replace(IMAP_LOGIN, `$1${MARK}`);
}
