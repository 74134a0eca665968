/**
 * What multifunction printers and scanners say when "scan to e-mail" through Microsoft 365
 * (smtp.office365.com) fails. Written by hand from the vendors' own manuals; each group cites its page.
 * Most of these devices sign in with a password (SMTP AUTH), so their "authentication failed" means a
 * refused password or SMTP AUTH turned off; a few newer ones hold an OAuth 2.0 token of their own.
 *
 * - Sharp (BP series, OAuth 2.0 for Microsoft 365 / Exchange Online): the connection-test result
 *   "Token update failed. Please delete the token and obtain it again." — the user's manual, chapter
 *   "OAuth 2.0 AUTHENTICATION → GETTING A TOKEN":
 *   https://global.sharp/restricted/products/copier/downloads/manuals/bpb550wd/en/contents_08-03_004.html
 *   (same wording: .../bp70c65/us/contents_08-03_004.html). German: "Token-Update fehlgeschlagen. Bitte
 *   löschen Sie das Token und rufen Sie das Token erneut ab." —
 *   http://cgi.global.sharp/restricted/products/copier/downloads/manuals/bpc131wd/de/contents_07-03_003.html.
 *   The manual says to delete the token and obtain it again "when the tokens have expired and can no longer be used".
 *
 * Numeric device codes are matched only together with the vendor's own words around them (never a bare number).
 * A device sentence that carries the server's reply gives way to it (`yieldsTo`).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Sharp: the OAuth 2.0 token the device holds for Microsoft 365. */
const SHARP: readonly Rule[] = [
  pattern('sharp-token-update-failed', 'product', 3, [
    phrase('Token update failed. Please delete the token and obtain it again'),
    phrase('Token-Update fehlgeschlagen. Bitte löschen Sie das Token und rufen Sie das Token erneut ab'),
  ], [p('token_expired_or_invalid', 0.8), p('wrong_tenant_or_app', 0.2)]),
];

/** Every printer/scanner rule (patterns.ts). */
export const PRINTER_VOCABULARY_RULES: readonly Rule[] = [...SHARP];
