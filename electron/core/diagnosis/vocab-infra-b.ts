/**
 * What infrastructure, monitoring and backup tools say when their alert mail through Microsoft 365 fails (issue 10),
 * second set: Prometheus Alertmanager (wordings vocab-monitoring.ts does not have yet), Graylog, Wazuh (maild),
 * LibreNMS, Kopia, Duplicati (MX look-up), Unraid's SMTP test, pfSense and OPNsense (notification SMTP, with the PEAR
 * Mail / Net_SMTP and smtp_class texts they show), Webmin/Virtualmin (the mailboxes module's SMTP client).
 * Only texts read in the products' own source are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (no sentence of their own about mail or sign-in, or not confirmed):
 * - Netdata: health/notifications/alarm-notify.sh hands the mail to the local sendmail; Microsoft's reply is in the
 *   local MTA's log (Postfix/sSMTP/msmtp forms are in the library and relay vocabularies).
 * - Centreon: the notification commands pipe into /bin/mail (the local MTA again).
 * - OpenMediaVault: notifications go through its Postfix; the test mail's failure is Postfix's own log line.
 * - Healthchecks: hc/lib/emails.py sends with Django's SMTP backend and only retries on SMTPServerDisconnected /
 *   SMTPDataError; Python smtplib's text (in the runtime vocabulary) is all that is shown.
 * - OPNsense today: its SMTP notifications were removed (opnsense/core commit 0d7001ae68, "Remove legacy SMTP notices");
 *   alerts go through Monit, whose messages are Monit's. The older OPNsense notices.smtp.inc is the smtp_class below.
 * - Alertmanager's XOAUTH2 (commit c6736a2ae, "SMTP: Support SASL XOAUTH2") is not on the main branch; not included.
 * - German: only pfSense ≤ 2.4 (pfSense.po) and Webmin (mailboxes/lang/de) translate these sentences; Unraid's and
 *   Duplicati's German wordings of the sentences below were not found in the stored sources.
 */
import { FILLED_NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** A host name with its port, bounded: `smtp.office365.com:587`. */
const HOST_PORT = '[\\w.-]{1,255}:\\d{1,5}';

/**
 * Prometheus Alertmanager, email receiver, the wordings of the releases vocab-monitoring.ts does not cover:
 * prometheus/alertmanager notify/email/email.go (v0.20–v0.28 and main: "send EHLO command", "parse TLS configuration",
 * loginAuth's "unexpected server challenge"; v0.15 notify/impl.go: "starttls failed: %s", "%T failed: %s",
 * "sending mail from: %s", "sending rcpt to: %s", "require_tls: true (default), but %q does not advertise …").
 */
const ALERTMANAGER_MORE: readonly Rule[] = [
  // The server answered EHLO with an error or hung up (something else than Exchange answers, or a proxy).
  pattern('alertmanager-ehlo', 'product', 1, [phrase('send EHLO command:')], [
    p('unexpected_server_reply', 0.35), p('network_blocked', 0.3), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // tls_config could not be read (CA file, client certificate).
  pattern('alertmanager-tls-config', 'product', 2, [phrase('parse TLS configuration:')], [p('tls_problem', 0.6)]),
  pattern('alertmanager-old-starttls', 'product', 2, [phrase('starttls failed:')], [p('tls_problem', 0.6)], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('alertmanager-old-no-starttls', 'product', 3, [
    `${phrase('require_tls: true (default), but')} ?"[^"\\n]{0,255}" ?${phrase('does not advertise the STARTTLS extension')}`,
  ], [p('tls_problem', 0.6), p('unexpected_server_reply', 0.35)]),
  // v0.15: "*email.loginAuth failed: 535 5.7.139 …" — Exchange's reply decides.
  pattern('alertmanager-old-auth', 'product', 1, [`\\*(?:email\\.loginAuth|smtp\\.plainAuth|smtp\\.cramMD5Auth) ?failed:`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { flags: '', yieldsTo: ['server-reply', 'sign-in'] }),
  // Without a login Exchange Online answers MAIL FROM with 530 5.7.57.
  pattern('alertmanager-old-mail-from', 'product', 1, [phrase('sending mail from:')], [p('not_authenticated', 0.4), p('send_as_denied', 0.35)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('alertmanager-old-rcpt', 'product', 1, [phrase('sending rcpt to:')], [p('outbound_sender_blocked', 0.3), p('send_as_denied', 0.3)], {
    yieldsTo: ['server-reply'],
  }),
  // AUTH LOGIN: the server's challenge was neither "Username:" nor "Password:" (not Exchange answering).
  pattern('alertmanager-login-challenge', 'product', 2, [phrase('unexpected server challenge')], [
    p('unexpected_server_reply', 0.5), p('smtp_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * Kopia notification profiles, method "email": kopia/kopia notification/sender/email/email_sender.go (Go net/smtp with
 * PlainAuth, STARTTLS when offered, a 10-second deadline — a timeout becomes "context deadline exceeded") and
 * notification/notification_send.go SendTo() ("unable to send notification message: <net/smtp error>").
 * Go's own "smtp: server doesn't support AUTH" and "unencrypted connection" are in the runtime/library vocabularies.
 */
const KOPIA: readonly Rule[] = [
  pattern('kopia-send-timeout', 'product', 2, [`${phrase('unable to send notification message:')} ?${phrase('context deadline exceeded')}`], [
    p('network_blocked', 0.6), p('tls_problem', 0.25),
  ]),
  sendWrapper('kopia-send-failed', [phrase('unable to send notification message:')], 0.25, 0.25),
];

/**
 * Graylog, email event notifications: Graylog2/graylog2-server graylog2-server/src/main/java/org/graylog/events/
 * notifications/types/EmailEventNotification.java (the exception text after the sentence — Apache Commons Email's
 * "Sending the email to the following server failed : …" and Jakarta Mail's cause, vocab-mail-libraries-more.ts) and the
 * system notification graylog2-server/src/main/resources/org/graylog2/freemarker/templates/PLAINTEXT/email_transport_failed.ftl.
 * Graylog ships no translations.
 */
const GRAYLOG: readonly Rule[] = [
  sendWrapper('graylog-email-failed', [
    phrase('Notification has email recipients and is triggered, but sending emails failed.'),
    phrase('The Graylog server encountered an error while trying to send an email.'),
    phrase('An error occurred while trying to send an email!'),
  ], 0.25, 0.25),
];

/**
 * Wazuh manager, wazuh-maild (and OSSEC's ossec-maild before it): wazuh/wazuh src/os_maild/sendmail.c (the error
 * defines "(1762) … (1767)"; OSSEC's "os_sendmail(176x): WARN: …") and src/error_messages/error_messages.h ("(1223):
 * Error Sending email to %s (smtp server)"). maild speaks plain SMTP on port 25 — no STARTTLS, no AUTH — and does not
 * print the server's reply (except after HELO); Wazuh's documentation (wazuh/wazuh-documentation user-manual/manager/
 * manual-email-report/smtp-authentication.rst) says an authenticating server needs a local relay (Postfix).
 */
const WAZUH: readonly Rule[] = [
  // smtp.office365.com answers MAIL FROM without a login with 530 5.7.57: maild cannot sign in.
  pattern('wazuh-maild-mail-from', 'product', 2, [phrase('Mail from not accepted by server')], [
    p('not_authenticated', 0.6), p('outbound_sender_blocked', 0.2),
  ], { yieldsTo: ['server-reply'] }),
  // The MX endpoint (direct send) refuses outside recipients (5.7.64 relay access denied) or unknown ones (5.1.10).
  pattern('wazuh-maild-rcpt', 'product', 2, [`${phrase('RCPT TO not accepted by server')} ?- ?'`], [
    p('recipient_rejected', 0.4), p('not_authenticated', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // Port 25 is often blocked outbound (ISP, cloud provider); maild cannot use 587.
  pattern('wazuh-maild-banner', 'product', 2, [phrase('Banner not received from server')], [p('network_blocked', 0.6), p('tls_problem', 0.25)]),
  pattern('wazuh-maild-helo', 'product', 1, [phrase('Hello not accepted by server')], [
    p('unexpected_server_reply', 0.45), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  pattern('wazuh-maild-data', 'product', 1, [phrase('End of DATA not accepted by server'), phrase('DATA not accepted by server')], [
    p('outbound_sender_blocked', 0.3), p('not_authenticated', 0.3), p('unexpected_server_reply', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  // The summary line after any of the above.
  pattern('wazuh-maild-send-error', 'product', 1, [`${phrase('Error Sending email to')} ?${FILLED_NAME} ?${phrase('(smtp server)')}`], [
    p('not_authenticated', 0.3), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * LibreNMS, alert transport "Mail" (PHPMailer): librenms/librenms LibreNMS/Alert/Transport/Mail.php and
 * LibreNMS/Exceptions/AlertTransportDeliveryException.php ("Transport delivery failed with %code for %name: %response",
 * PHPMailer's message as the response — PHPMailer's wordings are in vocab-mail-libraries.ts). Not translated.
 */
const LIBRENMS: readonly Rule[] = [
  sendWrapper('librenms-transport-failed', [`${phrase('Transport delivery failed with')} ?-?\\d{1,6} ?for ?[^\\n:]{0,100}:`], 0.25, 0.25),
];

/**
 * pfSense and OPNsense, System › Advanced › Notifications (SMTP): pfsense/pfsense src/etc/inc/notices.inc
 * send_smtp_message() — "Could not send the message to %1$s -- Error: %2$s" (German of pfSense ≤ 2.4.5,
 * src/usr/local/share/locale/de_DE/LC_MESSAGES/pfSense.po: "Nachricht konnte nicht gesendet werden an %1$s -- Fehler:
 * %2$s"). What follows "Error:" is the mail library's text:
 * - pfSense ≥ 2.5 (commit 626ff13a0e, "Retire smtp.inc … in favor of pear-Mail port"): PEAR Mail (pear/Mail
 *   Mail/smtp.php _error(): "<step> [SMTP: <Net_SMTP error> (code: N, response: …)]") and Net_SMTP (pear/Net_SMTP
 *   Net/SMTP.php). pfSense's help text: "Most work with PLAIN, some servers like Exchange or Office365 might require
 *   LOGIN" — Exchange Online offers only LOGIN and XOAUTH2.
 * - pfSense ≤ 2.4 and OPNsense ≤ 18.7: Manuel Lemos' smtp_class (pfsense/pfsense src/etc/inc/smtp.inc; opnsense/core
 *   src/etc/inc/notices.smtp.inc).
 */
const PFSENSE: readonly Rule[] = [
  sendWrapper('pfsense-notify-smtp-failed', [
    `${phrase('Could not send the message to')} ?${FILLED_NAME} ?-- ?${phrase('Error:')}`,
    `${phrase('Nachricht konnte nicht gesendet werden an')} ?${FILLED_NAME} ?-- ?${phrase('Fehler:')}`,
  ], 0.25, 0.25),
  // PEAR Mail: the server refused the AUTH exchange; Net_SMTP's "(code: 535, response: 5.7.139 …)" decides.
  pattern('pear-mail-auth-failure', 'product', 1, [phrase('authentication failure [SMTP:')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The chosen mechanism is not offered: Exchange Online offers AUTH LOGIN (and XOAUTH2), not PLAIN or CRAM-MD5.
  pattern('pear-net-smtp-mechanism', 'product', 2, [
    `\\b(?:PLAIN|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-\\d{1,3}|GSSAPI) ?${phrase('is not a supported authentication method')}`,
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.25)], { flags: '' }),
  // AUTH is not offered at all: no STARTTLS before it (Exchange offers AUTH only after STARTTLS) or the MX host instead of smtp.office365.com.
  pattern('pear-net-smtp-no-auth', 'product', 2, [phrase('SMTP server does not support authentication')], [
    p('tls_problem', 0.5), p('unexpected_server_reply', 0.3),
  ]),
  pattern('pear-mail-connect', 'product', 2, [`${phrase('Failed to connect to')} ?${HOST_PORT} ?${phrase('[SMTP: Failed to connect socket:')}`], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  pattern('pear-mail-sender', 'product', 1, [`${phrase('Failed to set sender:')} ?[^\\n\\[]{0,255}\\[SMTP:`], [
    p('not_authenticated', 0.4), p('send_as_denied', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('pear-mail-recipient', 'product', 1, [`${phrase('Failed to add recipient:')} ?[^\\n\\[]{0,255}\\[SMTP:`], [
    p('recipient_rejected', 0.35), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('pear-mail-data', 'product', 1, [phrase('Failed to send data [SMTP:')], [
    p('send_as_denied', 0.3), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // smtp_class: the user name is set but the server offered no AUTH — STARTTLS not ticked (Exchange offers AUTH only after it).
  pattern('smtp-class-no-auth', 'product', 3, [phrase('server does not require authentication')], [
    p('tls_problem', 0.55), p('unexpected_server_reply', 0.25),
  ]),
  pattern('smtp-class-mechanisms', 'product', 3, [
    phrase('it is not supported any of the authentication mechanisms required by the server'),
    `${phrase('authenticated mechanism')} ?[A-Z0-9-]{1,20} ?${phrase('may not be used')}`,
  ], [p('smtp_auth_failed_generic', 0.55), p('tls_problem', 0.25)]),
  // No line from the server: "SSL/TLS" ticked against port 587 (STARTTLS) or the reverse, or a firewall.
  pattern('smtp-class-read', 'product', 2, [
    phrase('it was not possible to read line from the SMTP server'),
    phrase('reached the end of data while reading from the SMTP server connection'),
  ], [p('tls_problem', 0.45), p('network_blocked', 0.4)], { yieldsTo: ['tls'] }),
  pattern('smtp-class-connect', 'product', 2, [
    `${phrase('could not connect to the host')} ?"`, `${phrase('could not resolve host')} ?"`, phrase('-5 connection refused or timed out'),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
];

/**
 * Webmin (and Virtualmin, which sends through it): webmin/webmin mailboxes/boxes-lib.pl send_mail() and smtp_command()
 * ("SMTP command %1 failed : %2" — mailboxes/lang/en send_esmtp, German mailboxes/lang/de "SMTP-Befehl $1 fehlgeschlagen :
 * $2"; "SMTP authentication failed : …"; switch_smtp_to_ssl()'s "SSL connect() failed") and web-lib-funcs.pl open_socket()
 * ("Failed to connect to %host:%port : %error", "Failed to lookup IP address for %host"). The module signs in with
 * Authen::SASL and "Cram-MD5" by default; a refused AUTH command is skipped silently, so Exchange Online then refuses
 * MAIL FROM (530 5.7.57) — set the SMTP authentication method to Login.
 */
const WEBMIN: readonly Rule[] = [
  pattern('webmin-smtp-mail-from', 'product', 2, [
    `${phrase('SMTP command')} ?(?:<tt>)?${phrase('mail from:')} ?[^\\n]{0,255}? ?${phrase('failed :')}`,
    `${phrase('SMTP-Befehl')} ?(?:<tt>)?${phrase('mail from:')} ?[^\\n]{0,255}? ?${phrase('fehlgeschlagen :')}`,
  ], [p('not_authenticated', 0.5), p('send_as_denied', 0.3)], { yieldsTo: ['server-reply'] }),
  pattern('webmin-smtp-command', 'product', 1, [
    `${phrase('SMTP command')} ?[^\\n]{1,255}? ?${phrase('failed :')}`, `${phrase('SMTP-Befehl')} ?[^\\n]{1,255}? ?${phrase('fehlgeschlagen :')}`,
  ], [p('unexpected_server_reply', 0.3), p('smtp_auth_failed_generic', 0.25)], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('webmin-smtp-auth-failed', 'product', 1, [phrase('SMTP authentication failed :')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('webmin-smtp-auth-unknown', 'product', 1, [phrase('Unknown SMTP authentication response :')], [
    p('smtp_auth_failed_generic', 0.4), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('webmin-smtp-ssl', 'product', 2, [phrase('SSL connect() failed'), phrase('Failed to create SSL connection')], [p('tls_problem', 0.65)]),
  pattern('webmin-connect', 'product', 2, [
    `${phrase('Failed to connect to')} ?${HOST_PORT} ?: ?\\w`, `${phrase('Failed to lookup IP address for')} ?[\\w.-]{1,255}`,
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
];

/**
 * Unraid, Settings › Notification Settings › SMTP "Test": unraid/webgui emhttp/plugins/dynamix/include/SMTPtest.php —
 * sSMTP's syslog line after "Test result" (sSMTP's wordings are in vocab-relay-clients.ts), or, when the test did not
 * finish within 20 seconds, "No reply from mail server" (a blocked port, or the wrong TLS mode: "SSL/TLS" against 587).
 * Duplicati's send-mail module without --send-mail-url: duplicati/duplicati Duplicati/Library/Modules/Builtin/Strings.cs
 * FailedToLookupMXServer (the recipient's MX look-up failed; Microsoft 365 wants smtp://smtp.office365.com:587/?starttls=always).
 */
const NAS_BACKUP: readonly Rule[] = [
  pattern('unraid-smtp-test-no-reply', 'product', 2, [`${phrase('Test result')} ?:? ?${phrase('No reply from mail server')}`], [
    p('network_blocked', 0.5), p('tls_problem', 0.4),
  ]),
  pattern('duplicati-mx-lookup', 'product', 2, [phrase('Unable to find the destination mail server through MX lookup')], [
    p('network_blocked', 0.55),
  ]),
];

/** Every rule of this vocabulary (patterns.ts). */
export const INFRA_B_VOCABULARY_RULES: readonly Rule[] = [
  ...ALERTMANAGER_MORE, ...KOPIA, ...GRAYLOG, ...WAZUH, ...LIBRENMS, ...PFSENSE, ...WEBMIN, ...NAS_BACKUP,
];
