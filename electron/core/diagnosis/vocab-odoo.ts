/**
 * What Odoo says about its mail servers: ETRON onRetail runs on Odoo, so these are the texts an ETRON
 * admin sees (the "Connect your Outlook account" button, "Test Connection", the mail queue, the incoming
 * mail log). Written by hand because no library carries them; each group cites its source.
 *
 * - microsoft_outlook (English and German): odoo/odoo addons/microsoft_outlook/models/
 *   microsoft_outlook_mixin.py, ir_mail_server.py, fetchmail_server.py, controllers/main.py, and the German
 *   wording of addons/microsoft_outlook/i18n/de.po (Odoo 18.0). The older English wording "Please login your
 *   Outlook mail server before using it." is from microsoft_outlook_mixin.py of Odoo 15 (its German
 *   translation was not found, so not added).
 * - The base mail server test: odoo/odoo odoo/addons/base/models/ir_mail_server.py test_smtp_connection() and
 *   send_email(), and addons/mail/models/fetchmail.py (button_confirm_login, fetch_mail). German wording:
 *   odoo/addons/base/i18n/de.po of Odoo 18.0 (read in a copy, Coolyce/neudibel_4levels_odoo_18ent commit 9c226f8e,
 *   not in odoo/odoo's stored versions) and of odoo/odoo 13.0 (commit 49c5f9d7) for the older wordings;
 *   addons/mail/i18n/de.po of odoo-dev/odoo saas~17.4 (commit 280fd96f).
 *
 * Odoo's own sentences around a server's or Microsoft's reply ("The server refused the sender address (…)
 * with error b'5.7.57 …'", "An error occurred when fetching the access token. AADSTS…") are wrappers: the
 * wrapped reply decides (`yieldsTo`), alone they stay weak.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** microsoft_outlook: the Outlook connection of an outgoing or incoming mail server. */
const OUTLOOK: readonly Rule[] = [
  // _generate_outlook_oauth2_string(): no refresh token stored — nobody clicked "Connect your Outlook account" yet.
  pattern('odoo-outlook-not-connected', 'product', 3, [
    phrase('Please connect with your Outlook account before using it'),
    phrase('Please login your Outlook mail server before using it'),
    phrase('Bitte verbinden Sie Ihr Outlook-Konto, bevor Sie es verwenden'),
  ], [p('not_authenticated', 0.85), p('token_expired_or_invalid', 0.3)]),
  // open_microsoft_outlook_uri(): the Outlook Client Id or Client Secret in Odoo's settings is empty.
  pattern('odoo-outlook-credentials-missing', 'product', 3, [
    phrase('Please configure your Outlook credentials'),
    phrase('Bitte konfigurieren Sie Ihre Outlook-Anmeldedaten'),
  ], [p('wrong_tenant_or_app', 0.6), p('bad_client_secret', 0.5)]),
  // _fetch_outlook_token(): Microsoft's token endpoint refused; Odoo appends its error_description
  // (the AADSTS message decides). "Unknown error." means the answer carried no JSON error at all
  // (e.g. a proxy's page instead of Microsoft's).
  pattern('odoo-outlook-token-unknown', 'product', 2, [
    `${phrase('An error occurred when fetching the access token.')} ?${phrase('Unknown error')}`,
    `${phrase('Beim Abrufen des Zugriffstokens ist ein Fehler aufgetreten.')} ?${phrase('Unbekannter Fehler')}`,
  ], [p('network_blocked', 0.45), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('odoo-outlook-token-failed', 'product', 1, [
    phrase('An error occurred when fetching the access token'),
    phrase('Beim Abrufen des Zugriffstokens ist ein Fehler aufgetreten'),
  ], [p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  // controllers/main.py: the Microsoft account that signed in is not the mail server's user name.
  pattern('odoo-outlook-address-mismatch', 'product', 3, [
    phrase('creating an authorization to send from'), phrase('Make sure your addresses match'),
    phrase('Berechtigung zum Senden von'), phrase('Stellen Sie sicher, dass Ihre Adressen übereinstimmen'),
  ], [p('send_as_denied', 0.7), p('wrong_tenant_or_app', 0.45)]),
  // Odoo 17+: without own credentials Odoo asks its IAP relay (outlook.api.odoo.com); the relay did not answer.
  pattern('odoo-outlook-relay-unreachable', 'product', 3, [
    phrase('Oops, we could not authenticate you'),
    phrase('Es ist uns leider nicht möglich, Sie zu authentifizieren'),
  ], [p('network_blocked', 0.7), p('wrong_tenant_or_app', 0.3)]),
  // ir_mail_server.py _check_use_microsoft_outlook_service(): a password is stored next to Outlook OAuth.
  pattern('odoo-outlook-password-set', 'product', 3, [
    phrase('Please leave the password field empty for Outlook mail server'),
    phrase('Bitte lassen Sie das Passwortfeld für den Outlook-Mailserver'),
  ], [p('basic_auth_used', 0.6)]),
  // … connection security is not STARTTLS (Exchange offers AUTH only after STARTTLS on port 587).
  pattern('odoo-outlook-starttls-required', 'product', 3, [
    phrase('Incorrect Connection Security for Outlook mail server'),
    phrase('Falsche Verbindungssicherheit für Outlook-Mailserver'),
  ], [p('tls_problem', 0.8)]),
  // … the user name is empty (it must be the Microsoft 365 address that signs in).
  pattern('odoo-outlook-username-missing', 'product', 3, [
    phrase('field with your Outlook/Office365 username'),
    phrase('Ihren Outlook/Office365-Benutzernamen'),
  ], [p('not_authenticated', 0.6)]),
  // fetchmail_server.py: an Outlook incoming server without SSL (IMAP on 993 needs it).
  pattern('odoo-outlook-imap-ssl', 'product', 3, [
    `${phrase('SSL is required for server')} ?[“"']`,
    `${phrase('SSL ist für den Server')} ?[„"'][^\\n]{0,80}?${phrase('erforderlich')}`,
  ], [p('tls_problem', 0.7)]),
];

/**
 * Odoo's mail server test and queue (base ir_mail_server.py; mail fetchmail.py), English and German. The
 * sentences name the step; the reply or exception after them decides.
 */
const MAIL_SERVER: readonly Rule[] = [
  // test_smtp_connection(): MAIL FROM with the user's address — Exchange answers 5.7.57 when AUTH failed.
  pattern('odoo-test-sender-refused', 'product', 1, [phrase('The server refused the sender address'), phrase('Der Server hat die Absenderadresse')], [
    p('send_as_denied', 0.35), p('not_authenticated', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // RCPT TO noreply@odoo.com / the DATA step.
  pattern('odoo-test-recipient-refused', 'product', 1, [
    phrase('The server refused the test recipient'), phrase('The server refused the test connection with error'),
    phrase('Der Server hat den Testempfänger'), phrase('Der Server hat die Testverbindung'),
  ], [p('outbound_sender_blocked', 0.3), p('send_as_denied', 0.25)], { yieldsTo: ['server-reply'] }),
  // socket.gaierror / timeout: the host name did not resolve, or nothing answered on the port.
  pattern('odoo-no-response', 'product', 2, [
    phrase('No response received. Check server address and port number'),
    phrase('Keine Antwort erhalten. Überprüfen Sie die Serveradresse und die Portnummer'),
  ], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  pattern('odoo-invalid-server-name', 'product', 2, [`${phrase('Invalid server name')} ?!`, `${phrase('Ungültiger Servername')} ?!`], [
    p('network_blocked', 0.6),
  ]),
  // SMTPServerDisconnected: often the wrong security for the port (SSL/TLS on 587, none on 465).
  pattern('odoo-closed-unexpectedly', 'product', 2, [
    phrase('The server has closed the connection unexpectedly'), phrase('Der Server hat die Verbindung unerwartet geschlossen'),
  ], [
    p('tls_problem', 0.5), p('network_blocked', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('odoo-smtp-exception', 'product', 1, [
    phrase('An SMTP exception occurred. Check port number and connection security type'),
    phrase('An option is not supported by the server'), phrase('Eine SMTP-Ausnahme ist aufgetreten'),
    phrase('Eine Option wird vom Server nicht unterstützt'),
  ], [p('tls_problem', 0.4)], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('odoo-ssl-exception', 'product', 2, [
    phrase('An SSL exception occurred. Check connection security type'),
    phrase('An SSL exception occurred. Check SSL/TLS configuration on server port'), phrase('Eine SSL-Ausnahme ist aufgetreten'),
  ], [p('tls_problem', 0.7)]),
  // Wrappers around whatever came back: the reply decides.
  sendWrapper('odoo-wrapper', [
    phrase('Server replied with following exception'), phrase('Connection Test Failed! Here is what we got instead'),
    phrase('Mail delivery failed via SMTP server'), phrase('Der Server antwortete mit folgender Ausnahme'),
    phrase('Verbindungstest fehlgeschlagen! Hier sehen Sie'), phrase('E-Mail-Zustellung via SMTP-Server'),
    phrase('E-Mailversand schlug via SMTP Server'),
  ], 0.2, 0.15),
  // Incoming mail (fetchmail.py): the log line and the "Fetch Now" error around the IMAP reply.
  pattern('odoo-fetch-failed', 'product', 1, [
    phrase('General failure when trying to fetch mail from'), phrase("Couldn't get your emails"),
    phrase("Couldn't fetch your emails"), phrase('Ihre E-Mails konnten nicht empfangen werden'), `${phrase('Deactivating fetchmail')} [^\\n]{0,80}?${phrase('(too many failures)')}`,
  ], [p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.15)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Every Odoo rule (patterns.ts). */
export const ODOO_VOCABULARY_RULES: readonly Rule[] = [...OUTLOOK, ...MAIL_SERVER];

/**
 * Odoo's own sentences (above) as a product signal for infer.ts: a text that has them comes from ETRON.
 * Only Odoo's exact wordings, not words every mail client uses.
 */
export const ODOO_TEXT = new RegExp([
  'Outlook mail server', 'Outlook-Mailserver', 'Outlook account before using it', 'Outlook-Konto, bevor',
  'fetching the access token', 'Abrufen des Zugriffstokens', 'Outlook credentials', 'Outlook-Anmeldedaten',
  'The server refused the (?:sender address|test recipient|test connection)', 'Here is what we got instead',
  'Server replied with following exception', 'Mail delivery failed via SMTP server',
  'General failure when trying to fetch mail from', 'Check connection security type',
  'Der Server hat die Absenderadresse', 'Der Server antwortete mit folgender Ausnahme', 'Hier sehen Sie, was wir an Stelle dessen',
  'E-Mail-Zustellung via SMTP-Server', 'Sicherheitstyp der Verbindung',
].join('|'), 'i');
