/**
 * What devices and home/office automation popular with German-speaking small businesses say when their notification
 * mail through Microsoft 365 fails (issue 10): the products' own sentences, German first where the product ships a
 * translation, around (or instead of) the mail library's and the server's texts. Only texts read in the products' own
 * source are here; each group cites its files.
 *
 * - Node-RED e-mail nodes (node-red/node-red-nodes social/email/61-email.js, commit e9ca4db9; texts in
 *   social/email/locales/en-US/61-email.json and locales/de/61-email.json). The send node passes nodemailer's error
 *   unchanged to node.error() (its words are in the library vocabularies) and shows the status "send failed"; the
 *   node's own texts are the credential checks (Auth type BASIC / XOAUTH2 — XOAUTH2 takes the access token from a
 *   message property) and the IMAP folder fetch.
 * - openHAB mail binding (openhab/openhab-addons bundles/org.openhab.binding.mail/src/main/java/org/openhab/binding/
 *   mail/internal/SMTPHandler.java, commit 012ea585; POP3IMAPHandler.java). The SMTP thing connects once at
 *   initialisation and goes OFFLINE (CONFIGURATION_ERROR) with Jakarta Mail's message as status; sending through it
 *   then logs "Thing … is not ONLINE, can't send mail". The log lines are not translated (mail_de.properties holds
 *   labels only).
 * - FHEM EMail module (FHEM/98_EMail.pm, $Id 15331 2025-08-01, read in the stored index; Net::SMTP / Net::SMTP::SSL).
 *   Each step dies with its own sentence and Net::SMTP's code() and message() — Exchange's reply — after it; the set
 *   command returns the sentence. English only (the module's German text is its documentation).
 * - HomeMatic CCU / RaspberryMatic e-mail add-on (homematic-community/hm_email, commit d24e65e6): addon/email pipes the
 *   mail into msmtp (the binaries ccu1/msmtp … ccu3x86/msmtp); the web page's "Testmail" shows "Fehler beim Senden der Email (<msmtp's output>)!"
 *   (www/email.js). msmtp's own lines are in the Unix client vocabularies and decide. German only.
 *
 * Not here (no error wording of theirs found in the stored material, so nothing is invented): AVM FRITZ!Box Push
 * Service (the event log's lines), 3CX (its Microsoft 365 integration and voicemail mail), STARFACE, Auerswald, Loxone
 * Miniserver (its knowledge base page "Miniserver cannot send e-mail" names causes, not status texts), Securepoint UTM,
 * NoSpamProxy, LANCOM and Sophos Firewall notifications. openHAB's "No sender defined, can't send mail" (no sender in
 * the thing or the mail) names no cause among the categories and is left out. Node-RED's IMAP/POP3 errors are the
 * imap / node-pop3 libraries' messages, already read by the library vocabularies.
 *
 * Every sentence that carries the library's or server's reply gives way to it (`yieldsTo`) and alone stays weak. A
 * sentence that names a missing setting (no password, no token) names its cause by itself.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** What fails when an SMTP send fails and the product shows no reply: the sign-in most often, else the connection. */
const SEND_FAILED = [p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.2)] as const;

/** Node-RED e-mail nodes (node-red-node-email): credential checks, the XOAUTH2 token, the status, the IMAP folder. */
const NODE_RED: readonly Rule[] = [
  // Auth type XOAUTH2 with no "Token" property: no access token is ever handed to nodemailer, and without a transport
  // the node only warns "No SMTP transport" — nothing signs in.
  pattern('node-red-email-no-token', 'product', 3, [
    phrase('No token property set'), phrase('No SMTP transport. See info panel.'),
    phrase('Kein SMTP-Transport. Siehe Info-Anzeige.'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3)]),
  // Auth type BASIC with an empty user id or password field: the node sends without a complete login.
  pattern('node-red-email-no-credentials', 'product', 3, [
    phrase('No e-mail userid set'), phrase('No e-mail password set'),
    phrase('Kein E-Mail-Benutzer-ID angegeben'), phrase('Kein E-Mail-Passwort angegeben'),
  ], [p('not_authenticated', 0.65)]),
  // The send node's status; nodemailer's error is logged beside it and decides.
  pattern('node-red-email-send-failed', 'product', 1, [
    `^ ?${phrase('send failed')} ?$`, `^ ?${phrase('Senden fehlgeschlagen')} ?$`,
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'], flags: 'im' }),
  // The IMAP login worked but opening the folder failed: a folder that does not exist, or (app-only token) no
  // permission on the mailbox. The server's reply, when shown, decides.
  pattern('node-red-email-fetch-folder', 'product', 2, [
    phrase('Failed to fetch folder:'), phrase('Verzeichnisabruf fehlgeschlagen:'),
  ], [p('mailbox_permission_missing', 0.35), p('unexpected_server_reply', 0.25)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** openHAB mail binding: sending through an SMTP thing that went OFFLINE at its connect test. */
const OPENHAB: readonly Rule[] = [
  // The thing's status (Jakarta Mail's message: AuthenticationFailedException, a connect timeout …) decides.
  pattern('openhab-mail-thing-offline', 'product', 1, [
    `${phrase('Thing')} ?[^\\s]{1,200} ?${phrase("is not ONLINE, can't send mail")}`,
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** FHEM 98_EMail.pm: the module's checks and the Net::SMTP step that failed, Exchange's reply after the colon. */
const FHEM: readonly Rule[] = [
  pattern('fhem-email-credentials-missing', 'product', 3, [
    `${phrase('Error: Password is missing.')}`, `${phrase('Error: Username is missing.')}`,
  ], [p('not_authenticated', 0.65)]),
  // No server, port or connection security set: nothing is sent.
  pattern('fhem-email-server-missing', 'product', 2, [
    phrase('Error: SMTPServer not defined.'), phrase('Error: SMTPPort not defined.'), phrase('Error: SMTPProtocol not defined.'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.2)]),
  pattern('fhem-email-protocol-unsupported', 'product', 2, [`${phrase('Unsupported SMTP protocol:')} ?[^\\s]{0,40} ?${phrase('Only TLS or SSL are supported')}`], [
    p('tls_problem', 0.55), p('network_blocked', 0.2),
  ]),
  // Net::SMTP could not connect; for the SSL variant (implicit TLS, port 465) against port 587 the handshake fails.
  pattern('fhem-email-connect-failed', 'product', 1, [phrase('Failed to create Net::SMTP object:')], [p('network_blocked', 0.55), p('tls_problem', 0.2)], {
    yieldsTo: ['tls'],
  }),
  pattern('fhem-email-connect-ssl-failed', 'product', 1, [phrase('Failed to create Net::SMTP::SSL object:')], [
    p('network_blocked', 0.45), p('tls_problem', 0.4),
  ], { yieldsTo: ['tls'] }),
  // MAIL FROM refused: without a login Exchange answers 530 5.7.57; with one, the sender address (5.7.60).
  pattern('fhem-email-sender-refused', 'product', 1, [`${phrase('Failed to set sender (')}[^)\\n]{0,200}\\):`], [
    p('not_authenticated', 0.4), p('send_as_denied', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('fhem-email-recipient-refused', 'product', 1, [`${phrase('Failed to set recipient (')}[^)\\n]{0,200}\\):`], [
    p('recipient_rejected', 0.35), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // Refused after DATA: SendAsDenied (5.2.252), a blocked tenant (5.7.708) … — the reply decides.
  pattern('fhem-email-data-refused', 'product', 1, [phrase('Failed to send email data:')], [
    p('send_as_denied', 0.35), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
];

/** HomeMatic / RaspberryMatic e-mail add-on: the test mail's alert around msmtp's output. */
const HM_EMAIL: readonly Rule[] = [
  pattern('hm-email-test-failed', 'product', 1, [`${phrase('Fehler beim Senden der Email')} ?\\(`], SEND_FAILED, {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
];

/** Every rule of this vocabulary. */
export const APPLIANCE_DE_VOCABULARY_RULES: readonly Rule[] = [...NODE_RED, ...OPENHAB, ...FHEM, ...HM_EMAIL];
