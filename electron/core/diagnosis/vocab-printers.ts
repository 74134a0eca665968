/**
 * What multifunction printers and scanners say when "scan to e-mail" through Microsoft 365
 * (smtp.office365.com) fails. Written by hand from the vendors' manuals (one third-party guide, marked below);
 * each group cites its page. Vendors whose own error texts could not be found in a stored copy are left out.
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
 * - Kyocera (TASKalfa/ECOSYS), send error code 1102 "Authentication to the destination has failed" (user name or
 *   password refused; for e-mail the SMTP login) — a third-party Kyocera how-to guide, not Kyocera's own page:
 *   https://sites.google.com/view/howtoguidesforkyoceraprinters/send-scan-error-codes-and-explanations/1102.
 *   Kyocera's own error-code table and its German wording were not found in a stored copy; the code is matched only
 *   after the device's context words ("Send error", "Sendefehler", "Fehlercode", "Kyocera"), never alone.
 * - Ricoh (MP series, Exchange): the service manual of the MP C307 (Software Configuration, p. 394, SP5-860-022,
 *   https://www.easymanua.ls/ricoh/mp-c307/manual?p=1009): Exchange compares the SMTP user name with MAIL FROM and the
 *   From: header; if they differ it stops the transmission and the device returns "Transmission has failed" — the
 *   sender is not the signed-in mailbox (send-as). The sentence alone says little, so it stays weak and gives way to
 *   a server reply beside it.
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
    // Japanese, as the BP-22C20 manual prints it (jp.sharp/restricted/business/print/download/manuals/bp22c20/ja/contents_07-03_003.html):
    // "トークンの更新に失敗しました。トークンを削除して再取得してください。"
    'トークンの更新に失敗しました',
  ], [p('token_expired_or_invalid', 0.8), p('wrong_tenant_or_app', 0.2)]),
];

/** The device's words that anchor Kyocera's numeric send error codes (a bare number never matches). */
const KYOCERA_ANCHOR = `(?:(?:send|scan)(?: job)? ?error|sendefehler|scanfehler|fehler ?code|error ?code|kyocera)`;

/** Kyocera: the send error codes of scan to e-mail. */
const KYOCERA: readonly Rule[] = [
  // 1102: the destination (for e-mail the SMTP server) refused the login — for Microsoft 365 a refused password,
  // SMTP AUTH turned off for the mailbox or tenant, or a policy that blocks password sign-ins.
  pattern('kyocera-send-error-1102', 'product', 2, [
    `${KYOCERA_ANCHOR}[^\\n\\d]{0,40}1102(?!\\d)`,
    phrase('Authentication to the destination has failed'),
  ], [
    p('smtp_auth_disabled_mailbox', 0.5), p('basic_auth_used', 0.45), p('smtp_auth_failed_generic', 0.35), p('security_policy_blocks', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** Ricoh: Exchange stopped the transmission because the sender is not the signed-in mailbox. */
const RICOH: readonly Rule[] = [
  pattern('ricoh-transmission-failed', 'product', 1, [phrase('Transmission has failed')], [
    p('send_as_denied', 0.35), p('smtp_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Every printer/scanner rule (patterns.ts). */
export const PRINTER_VOCABULARY_RULES: readonly Rule[] = [...SHARP, ...KYOCERA, ...RICOH];
