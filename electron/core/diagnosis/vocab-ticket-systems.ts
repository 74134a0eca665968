/**
 * What ticket systems log when they fetch or send mail through Microsoft 365. Written by hand from each
 * product's source (no library carries these texts):
 * - OTRS and its forks Znuny and KIX (Kernel/System/MailAccount/POP3.pm, POP3S.pm, POP3TLS.pm, IMAP.pm, IMAPS.pm,
 *   IMAPTLS.pm and their OAuth2 variants): "<Type>: Auth for user <login>/<host> failed!" when the login (password
 *   or XOAUTH2) is refused, "<Type>: Can't connect to <host>" when no connection came up.
 * - Zammad's Microsoft 365 channel, from its admin documentation (zammad/zammad-admin-documentation
 *   channels/microsoft365/common-errors.rst, "Missing Permissions for the Azure User"): "Can't use
 *   Channel:Driver::SMTPAuthentificationError:Net::SMTPAuthentificationError" when the mailbox's user may not use
 *   SMTP AUTH (Authenticated SMTP off for the mailbox, also for a shared inbox).
 * - FreeScout (freescout-help-desk/freescout @ ab27725, app/Http/Controllers/MailboxesController.php, German from
 *   resources/lang/de.json): the incoming-connection test says ":host is not available on :port port. …" when the
 *   port check fails (nothing answers), and "Error occurred connecting to the server" when the fetch test failed
 *   without a message of its own (login refused or connection lost: several causes, so it stays weak and gives way
 *   to a server reply beside it).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

const OTRS: readonly Rule[] = [
  pattern('otrs-auth-failed', 'imap', 2, ['\\bAuth for user [^\\s/]{1,255}/[^\\s]{1,255} failed!'], [
    p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.35),
  ]),
  pattern('otrs-cannot-connect', 'network', 2, ["\\b(?:POP3|IMAP)[A-Za-z0-9]{0,12}: Can't connect to [^\\s]{1,255}"], [p('network_blocked', 0.6)], {
    yieldsTo: ['tls'],
  }),
];

const ZAMMAD: readonly Rule[] = [
  pattern('zammad-smtp-authentification', 'product', 3, [phrase("Can't use Channel:Driver::SMTPAuthentificationError")], [
    p('smtp_auth_disabled_mailbox', 0.65), p('smtp_auth_failed_generic', 0.35),
  ], { yieldsTo: ['server-reply'] }),
];

const FREESCOUT: readonly Rule[] = [
  pattern('freescout-port-not-available', 'network', 3, [
    '\\bis not available on [0-9]{1,5} port\\. Make sure that',
    '\\bist nicht verfügbar auf Port [0-9]{1,5}\\. Stellen Sie sicher',
  ], [p('network_blocked', 0.75)], { yieldsTo: ['tls'] }),
  pattern('freescout-connect-error', 'product', 2, [
    // Not inside a longer word: Thunderbird's "Authentifizierungsfehler beim Verbinden mit dem Server …" is its own rule.
    `(?<![A-Za-zÄÖÜäöüß])${phrase('Error occurred connecting to the server')}`,
    `(?<![A-Za-zÄÖÜäöüß])${phrase('Fehler beim Verbinden mit dem Server')}`,
  ], [p('imap_auth_failed_generic', 0.4), p('network_blocked', 0.3)], { yieldsTo: ['server-reply'] }),
];

/** Every ticket system rule (patterns.ts). */
export const TICKET_SYSTEM_VOCABULARY_RULES: readonly Rule[] = [...OTRS, ...ZAMMAD, ...FREESCOUT];
