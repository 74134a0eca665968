/**
 * More multifunction printers' and scanners' own "scan to e-mail" messages for Microsoft 365
 * (smtp.office365.com), beyond Sharp, Kyocera and Ricoh (vocab-printers.ts). Written by hand from the vendors'
 * own pages; each group cites its page. Only wording read in a stored copy of the vendor's page is used.
 *
 * - Lexmark (firmware FW24 and later, OAuth 2.0 through Outlook Live and Microsoft 365): the embedded web server's
 *   "Settings > Email > Set Up OAuth 2.0 for Email Server" shows a Status field; "Registration required" means the
 *   device holds no OAuth 2.0 sign-in for its e-mail address, and the fix is to click Register and complete the
 *   device-code sign-in until the Status says "Registered" (the code expires after 15 minutes and must then be
 *   generated again) — Lexmark knowledge base "How to set up OAuth 2.0":
 *   https://support.lexmark.com/en_us/manuals-guides/online/FORMS-PRINTER-2591-PLUS/how-to-set-up-oauth-2-authentication.html.
 *   A German Lexmark page with this status was not found in a stored copy, so there is no German rule.
 *
 * Looked for and not found in a stored copy of the vendor's own pages (so left out, never guessed):
 * Canon imageRUNNER / imageRUNNER ADVANCE send error codes (#751, #752, #753, #755, #801, #816, #818, #819, #820)
 * and their texts; HP LaserJet / PageWide / OfficeJet "Scan to Email" messages; Xerox AltaLink / VersaLink /
 * WorkCentre e-mail fault codes (016-xxx, 027-xxx); Brother scan-to-e-mail-server errors; Konica Minolta bizhub
 * job-log results; Toshiba e-STUDIO scan error codes; Epson's mail-server connection-check messages. Epson's
 * "Microsoft Exchange Online Device Authentication Guide for Epson Devices" (NPD7717-00, stored only as a
 * manuals.plus copy) says SMTP AUTH must be turned on (and security defaults off) and OAuth 2.0 set up in Web
 * Config, but prints no device message to match.
 *
 * Device wording is matched only together with the vendor's own words around it (here: "OAuth 2.0"), never alone.
 * A device status beside the sign-in service's own error gives way to it (`yieldsTo`).
 */
import { p, pattern, type Rule } from './pattern-kit.js';

/** Lexmark's status words for the e-mail server's OAuth 2.0 registration ("app registration required" is Entra's, not this). */
const LEXMARK_REGISTRATION_REQUIRED = `(?<!app )(?<!application )registration ?required`;

/** Lexmark: the e-mail server's OAuth 2.0 registration is missing (the device holds no Microsoft 365 sign-in). */
const LEXMARK: readonly Rule[] = [
  pattern('lexmark-oauth-registration-required', 'product', 3, [
    `oauth ?2\\.0[^\\n]{0,120}?${LEXMARK_REGISTRATION_REQUIRED}`,
    `${LEXMARK_REGISTRATION_REQUIRED}[^\\n]{0,80}?oauth ?2\\.0`,
  ], [p('token_expired_or_invalid', 0.6), p('consent_missing', 0.15)], { yieldsTo: ['sign-in', 'server-reply'] }),
];

/** Every rule of the further printers/scanners (patterns.ts). */
export const PRINTER_MORE_VOCABULARY_RULES: readonly Rule[] = [...LEXMARK];
