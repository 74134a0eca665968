/**
 * Applications no product-family file covers, each with the message its own source raises when mail to
 * Microsoft 365 fails. Written by hand because no library carries these texts; each group cites its file.
 *
 * - Dynamics 365 Business Central, the SMTP connector (System Application codeunit 4513 "SMTP Connector Impl.", read in
 *   a stored copy of Microsoft's AL sources):
 *   AuthenticationFailureErr "Cannot authenticate the credentials on server %1." after SMTPClient.Authenticate()
 *   failed; the connector signs in with Basic (user name and password) or OAuth 2.0. English only (the
 *   German translation files were not found in a stored copy).
 * - Home Assistant, the smtp notify integration (home-assistant/core homeassistant/components/smtp/notify.py,
 *   connection_is_valid()): "Login not possible. Please check your setting and/or your credentials" on
 *   smtplib.SMTPAuthenticationError (the integration signs in with a password only), and "SMTP server not found
 *   or refused connection (host:port). Please check the IP address, hostname, and availability of your SMTP
 *   server" on a refused or unresolved connection.
 * - Paperless-ngx, mail fetching (paperless-ngx/paperless-ngx src/paperless_mail/mail.py handle_mail_account()):
 *   MailError "Error while authenticating account <name>" when the IMAP login (password, or an OAuth token in
 *   later versions) is refused.
 * - Frappe / ERPNext, the outgoing mail server (frappe/frappe frappe/email/smtp.py, SMTPServer.session and
 *   throw_invalid_credentials_exception): "Invalid Outgoing Mail Server or Port: <OSError>" (title "Incorrect
 *   Configuration") when no connection came up, "Please check your email login credentials." followed by the
 *   traceback's last line (the server's reply) on smtplib.SMTPAuthenticationError; older releases: "Invalid Outgoing
 *   Mail Server or Port", "Could not connect to outgoing email server". English only (the German translation was not
 *   found in a stored copy).
 * - Windows Mail and Calendar: "Your account settings are out of date" / German "Ihre Kontoeinstellungen sind veraltet"
 *   (the app's notification, as Microsoft's support page "Change your password in Mail for Windows 10" and German guides
 *   describe it): the stored sign-in no longer works — a changed password, an expired token, or a password sign-in
 *   Microsoft 365 no longer accepts.
 * - Nylas, the mail API many CRMs use (developer.nylas.com … troubleshooting/authentication/status-403): "Office 365 returned
 *   us an email address different from the one that started the authentication process" — the user signed in with
 *   another Microsoft account than the mailbox being connected.
 * A wrapper that carries the server's reply gives way to it (`yieldsTo`).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Every rule of this file (patterns.ts). */
export const OTHER_APP_VOCABULARY_RULES: readonly Rule[] = [
  pattern('business-central-smtp-auth', 'product', 2, [phrase('Cannot authenticate the credentials on server')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('home-assistant-smtp-login', 'product', 3, [phrase('Login not possible. Please check your setting and/or your credentials')], [
    p('basic_auth_used', 0.7), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('home-assistant-smtp-connect', 'network', 2, [phrase('SMTP server not found or refused connection')], [
    p('network_blocked', 0.7),
  ], { yieldsTo: ['tls'] }),
  pattern('frappe-smtp-server-or-port', 'network', 2, [
    phrase('Invalid Outgoing Mail Server or Port'), phrase('Could not connect to outgoing email server'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.35)], { yieldsTo: ['tls'] }),
  pattern('frappe-smtp-credentials', 'product', 2, [phrase('Please check your email login credentials')], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('windows-mail-settings-out-of-date', 'product', 2, [
    phrase('account settings are out of date'), phrase('account settings are out-of-date'), phrase('Kontoeinstellungen sind veraltet'),
  ], [p('token_expired_or_invalid', 0.45), p('basic_auth_used', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('paperless-imap-login', 'product', 2, [phrase('Error while authenticating account')], [
    p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nylas-other-account', 'product', 3, [phrase('returned us an email address different from the one that started the authentication')], [
    p('wrong_tenant_or_app', 0.75), p('send_as_denied', 0.25),
  ]),
];
