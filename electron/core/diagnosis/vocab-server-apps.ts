/**
 * What self-hosted server applications say when their mail to Microsoft 365 fails (issue 10): the admin's
 * "send test mail" buttons, their OAuth2 connections to Microsoft and their IMAP logins. Only texts read in the
 * products' own source are here; each group cites its files. Nextcloud Mail's account-setup texts that
 * vocab-web-apps.ts already has (…not reachable, …username or password is wrong, …denied authentication,
 * Microsoft requires OAuth…, Authorization pop-up closed) are not repeated.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** A product's "Error (code): …" prefix with a reply code or Roundcube's -1 (bounded, linear). */
const CODE = '\\(-?\\d{1,3}\\)';

/**
 * Nextcloud. Server (admin settings "Send email" test): nextcloud/server apps/settings/lib/Controller/
 * MailSettingsController.php sendTestMail(), German of apps/settings/l10n/de.json (du) and de_DE.json (Sie). The
 * exception message after "(Error: …" is Symfony Mailer's, with the server's reply. Nextcloud's server mail signs in
 * with a password only. Mail app: nextcloud/mail src/components/AccountForm.vue and Navigation.vue (German of
 * l10n/de.json, commit e5734fe2), lib/Exception/CouldNotConnectException.php, lib/Integration/MicrosoftIntegration.php
 * (log lines of finishConnect() and refresh(): Guzzle's message with Microsoft's token reply follows).
 */
const NEXTCLOUD: readonly Rule[] = [
  pattern('nextcloud-test-mail-failed', 'product', 1, [
    phrase('A problem occurred while sending the email. Please revise your settings'),
    `${phrase('Beim Senden der E-Mail ist ein Problem aufgetreten.')} ?${phrase('Bitte überprüf')}`,
  ], [p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.25), p('basic_auth_used', 0.2)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // mailer->send() returned failed recipients: the server took the connection but not the message.
  pattern('nextcloud-test-mail-not-sent', 'product', 2, [
    phrase('Email could not be sent. Check your mail server log'),
    `${phrase('E-Mail konnte nicht versandt werden.')} ?${phrase('Prüf')}`,
  ], [p('unexpected_server_reply', 0.35), p('smtp_auth_failed_generic', 0.3), p('outbound_sender_blocked', 0.25)], { yieldsTo: ['server-reply'] }),
  // CouldNotConnectException::getReason() 'AUTHENTICATION': a refused login the two wordings above do not cover.
  pattern('nextcloud-mail-imap-auth-error', 'product', 2, [phrase('IMAP authentication error'), phrase('IMAP-Authentifizierungsfehler')], [
    p('imap_auth_failed_generic', 0.55), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nextcloud-mail-smtp-auth-error', 'product', 2, [phrase('SMTP authentication error'), phrase('SMTP-Authentifizierungsfehler')], [
    p('smtp_auth_failed_generic', 0.55), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // … 'OTHER': neither a refused login nor an unreachable server (TLS, an unexpected reply).
  pattern('nextcloud-mail-connection-failed', 'product', 1, [
    phrase('IMAP connection failed'), phrase('SMTP connection failed'),
    phrase('IMAP-Verbindung fehlgeschlagen'), phrase('SMTP-Verbindung fehlgeschlagen'),
  ], [p('network_blocked', 0.4), p('tls_problem', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('nextcloud-mail-setup-error', 'product', 1, [
    phrase('There was an error while setting up your account'), phrase('Bei der Einrichtung deines Kontos ist ein Fehler aufgetreten'),
  ], [p('imap_auth_failed_generic', 0.2), p('network_blocked', 0.2)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // The account list's warning when a saved account no longer connects (its button: "Change password").
  pattern('nextcloud-mail-account-cannot-connect', 'product', 2, [
    phrase('Connection failed. Please verify your information and try again'), phrase('This account cannot connect'),
    phrase('Verbindung fehlgeschlagen. Bitte deine Daten überprüfen'), phrase('Dieses Konto kann keine Verbindung herstellen'),
  ], [p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.35), p('network_blocked', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // "Connection to IMAP at outlook.office365.com:993 failed. <Horde's message>" (the exception's own text, in the log).
  pattern('nextcloud-mail-connect-exception', 'product', 1, [`${phrase('Connection to')} ?(?:IMAP|SMTP|Sieve) ?at ?[^\\s]{1,255}? ?failed\\.`], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Horde_Imap_Client's default for a refused login when every mechanism failed (RFC 5530 AUTHENTICATIONFAILED;
  // horde/Imap_Client lib/Horde/Imap/Client/Socket.php _login()), in Nextcloud Mail's and Moodle's logs.
  pattern('horde-imap-denied', 'product', 2, [phrase('Mail server denied authentication')], [
    p('imap_auth_failed_generic', 0.6), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // … SERVER_CONNECT: the socket (TCP or TLS) to the IMAP server could not be opened (same file, _connect()).
  pattern('horde-imap-connect', 'product', 2, [phrase('Error connecting to mail server')], [p('network_blocked', 0.6), p('tls_problem', 0.3)], {
    yieldsTo: ['tls'],
  }),
  // finishConnect(): the authorization code could not be redeemed (secret, redirect URL, tenant).
  pattern('nextcloud-mail-link-microsoft-failed', 'product', 2, [phrase('Could not link Microsoft account')], [
    p('bad_client_secret', 0.45), p('redirect_uri_mismatch', 0.3), p('wrong_tenant_or_app', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('nextcloud-mail-refresh-microsoft-failed', 'product', 2, [phrase('Could not refresh Microsoft OAuth token')], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Tenant id, client id or secret missing in the Mail app's admin settings.
  pattern('nextcloud-mail-microsoft-secrets-missing', 'product', 3, [phrase('Can not finish Microsoft account linking due to missing client secrets')], [
    p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.5),
  ]),
];

/**
 * Keycloak, the realm's SMTP (Realm settings → Email, "Test connection"), English only (server exception texts; the
 * admin console shows them without translation): keycloak/keycloak services/src/main/java/org/keycloak/email/
 * DefaultEmailSenderProvider.java send(), PasswordAuthEmailAuthenticator.java, TokenAuthEmailAuthenticator.java (the
 * XOAUTH2 "token" authentication: a client-credentials token from the configured token URL, so app-only).
 */
const KEYCLOAK: readonly Rule[] = [
  sendWrapper('keycloak-send-failed', [phrase('Error when attempting to send the email to the server. More information is available in the server log')], 0.25, 0.2),
  pattern('keycloak-password-connect-failed', 'product', 2, [phrase('Password based SMTP connect failed')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // Token auth: a fresh client-credentials token was refused too — Exchange does not accept the app for this mailbox.
  // No yield: the app-only meaning adds to what a bare "535 5.7.3" says with the flow unknown.
  pattern('keycloak-token-auth-retry-failed', 'product', 2, [phrase('Retry after AuthenticationFailed-Exception for SMTP')], [
    p('service_principal_missing_or_wrong_id', 0.55), p('consent_missing', 0.45), p('smtp_auth_disabled_mailbox', 0.4),
    p('mailbox_permission_missing', 0.35),
  ]),
  pattern('keycloak-token-auth-connect-failed', 'product', 2, [phrase('Connect failed for SMTP')], [
    p('network_blocked', 0.5), p('tls_problem', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // The token endpoint answered without access_token (its error JSON follows in the log's warning). A client-credentials
  // grant has no refresh token that could have expired: the client secret, the tenant/app or the scope was refused.
  pattern('keycloak-token-missing', 'product', 2, [
    phrase('No access token found in token-response for SMTP'), phrase('Got no access_token from response for SMTP auth'),
  ], [p('bad_client_secret', 0.75), p('wrong_tenant_or_app', 0.5), p('wrong_scope_or_resource', 0.4)], { yieldsTo: ['sign-in'] }),
  // IOException on the token request: no connection to the token URL, or no JSON from it.
  pattern('keycloak-token-fetch-failed', 'product', 2, [phrase('Failed to gather valid token for SMTP')], [
    p('network_blocked', 0.5), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in', 'tls'] }),
];

/**
 * Grafana (English only): grafana/grafana pkg/services/notifications/mailer.go (older: "Failed to send notification
 * to email addresses: …"; the alerting email sender words it in lower case) and smtp.go ("failed to send email: " +
 * gopkg.in/mail.v2's "gomail: could not send email 1: <reply>"). Grafana signs in with a password only.
 * Gitea / Forgejo: go-gitea/gitea services/mailer/sender/smtp.go (Send, probeSMTPServer; go-mail since 1.23), the
 * older services/mailer/mailer.go smtpSender.Send (net/smtp: "failed to establish network connection to SMTP server",
 * "could not initiate SMTP session", "failed to start TLS connection", "failed to authenticate SMTP", "failed to issue
 * MAIL/RCPT command") and the admin page's "Send Testing Email" (routers/web/admin/config.go, config.test_mail_failed
 * of options/locale/locale_en-US.ini and locale_de-DE.ini). Forgejo shares this code; its own locale was not checked.
 */
const GRAFANA_GITEA: readonly Rule[] = [
  pattern('grafana-send-failed', 'product', 1, [phrase('Failed to send notification to email addresses'), phrase('gomail: could not send email')], [
    p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // The server offered no AUTH: Exchange offers it only after STARTTLS (protocol smtp+starttls on port 587).
  pattern('gitea-no-auth-offered', 'product', 3, [phrase('SMTP server does not support AUTH, but credentials provided')], [
    p('tls_problem', 0.65), p('basic_auth_used', 0.2),
  ]),
  pattern('gitea-probe-failed', 'product', 2, [phrase('failed to probe SMTP capabilities')], [p('network_blocked', 0.5), p('tls_problem', 0.35)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  pattern('gitea-connect-failed', 'product', 2, [phrase('failed to establish network connection to SMTP server')], [p('network_blocked', 0.65)], {
    yieldsTo: ['tls'],
  }),
  // The SMTP greeting could not be read: mostly implicit TLS ("smtps") against port 587, or plain SMTP against 465.
  pattern('gitea-session-failed', 'product', 2, [phrase('could not initiate SMTP session')], [p('tls_problem', 0.5), p('network_blocked', 0.4)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  pattern('gitea-starttls-failed', 'product', 2, [phrase('failed to start TLS connection')], [p('tls_problem', 0.7)]),
  pattern('gitea-auth-failed', 'product', 2, [phrase('failed to authenticate SMTP')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('gitea-mail-from-failed', 'product', 2, [phrase('failed to issue MAIL command')], [p('send_as_denied', 0.4), p('not_authenticated', 0.35)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('gitea-rcpt-failed', 'product', 1, [phrase('failed to issue RCPT command')], [
    p('outbound_sender_blocked', 0.3), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('gitea-send-failed', 'product', 1, [
    phrase('failed to send message via SMTP'), phrase('Failed to send a testing email to'),
    `${phrase('Das Senden der Test-E-Mail an')} [^\\n]{0,255}?${phrase('ist fehlgeschlagen')}`,
  ], [p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.2)], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Moodle: admin/testoutgoingmailconf.php (no SMTP dialogue at all → testoutgoingmailconf_errorcommunications),
 * lib/classes/oauth2 refresh of the system account (oauthrefreshtokenexpired, …short; the XOAUTH2 mail uses that
 * account), tool_oauth2 (authnotconnected, systemaccountnotconnected). English: moodle/moodle lang/en/admin.php and
 * projectestac/moodle-langpacks en/; German: projectestac/moodle-langpacks de/admin.php, de/tool_oauth2.php (commit 6340d351).
 * Incoming mail (tool_messageinbound classes/manager.php get_imap_client(), the cron log): "Unable to connect to IMAP
 * server. Failed with '<Horde's message>'" — English only (mtrace).
 */
const MOODLE: readonly Rule[] = [
  // Horde's two messages for a refused login (LOGIN_AUTHENTICATIONFAILED): the login, not the connection, failed — this
  // outweighs the loose "Unable to connect to" of the network rules.
  pattern('moodle-inbound-imap-auth', 'product', 3, [
    `${phrase('Unable to connect to IMAP server. Failed with')} ?'(?:${phrase('Mail server denied authentication')}|${phrase('Authentication failed')})`,
  ], [p('imap_auth_failed_generic', 0.85), p('basic_auth_used', 0.35)]),
  pattern('moodle-inbound-imap-failed', 'product', 1, [phrase('Unable to connect to IMAP server. Failed with')], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('moodle-test-mail-no-communication', 'product', 2, [
    phrase("couldn't communicate with your mail server"), phrase('Die Website kann nicht mit dem E-Mail-Server kommunizieren'),
  ], [p('network_blocked', 0.55), p('tls_problem', 0.35)], { yieldsTo: ['tls'] }),
  pattern('moodle-oauth-refresh-expired', 'product', 3, [
    phrase('OAuth refresh token expired for'), `${phrase('The refresh token for')} ?(?:an|one of the) ?${phrase('OAuth')}`,
    phrase('Das OAuth-Aktualisierungstoken für'), phrase('Das Aktualisierungstoken für den OAuth-2-Dienst'),
  ], [p('token_expired_or_invalid', 0.85)]),
  // Connecting the system account brought no refresh token (declined, or no offline access granted).
  pattern('moodle-system-account-not-connected-offline', 'product', 2, [
    phrase('The system account was not connected for offline access'), phrase('Der Systemaccount wurde nicht für Offline-Zugriffe verbunden'),
  ], [p('consent_missing', 0.45), p('user_cancelled_or_consent_declined', 0.35), p('wrong_scope_or_resource', 0.35)], { yieldsTo: ['sign-in'] }),
  pattern('moodle-system-account-not-connected', 'product', 3, [phrase('System account not connected'), phrase('Systemaccount nicht verbunden')], [
    p('not_authenticated', 0.65),
  ]),
];

/**
 * Roundcube (English and German): roundcube/roundcubemail program/localization/en_US/messages.inc and de_DE/
 * messages.inc (commit 28b44419); program/lib/Roundcube/rcube_smtp.php (connect(): "SMTP Error: <step>: <reply>"
 * in the log), rcube_imap.php ("Login failed for <user> against <host> from <ip>. <reply>"), program/include/
 * rcmail_oauth.php (request_access_token, refresh_access_token, parse_tokens) and program/actions/login/oauth.php.
 */
const ROUNDCUBE: readonly Rule[] = [
  pattern('roundcube-smtp-auth', 'product', 2, [
    `${phrase('SMTP Error')} ?${CODE}: ?${phrase('Authentication failed')}`, `${phrase('SMTP Fehler')} ?${CODE}: ?${phrase('Die Authentisierung ist fehlgeschlagen')}`,
    phrase('SMTP Error: Authentication failure'),
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.35), p('smtp_auth_disabled_mailbox', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('roundcube-smtp-connect', 'product', 2, [
    `${phrase('SMTP Error')} ?${CODE}: ?${phrase('Connection to server failed')}`, `${phrase('SMTP Fehler')} ?${CODE}: ?${phrase('Die Verbindung ist fehlgeschlagen')}`,
    phrase('SMTP Error: Connection failed'),
  ], [p('network_blocked', 0.55), p('tls_problem', 0.4)], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('roundcube-smtp-starttls', 'product', 3, [phrase('SMTP Error: STARTTLS failed')], [p('tls_problem', 0.75)]),
  // MAIL FROM refused: after a failed or missing sign-in, or a sender the mailbox may not send as.
  pattern('roundcube-smtp-sender', 'product', 2, [
    `${phrase('SMTP Error')} ?${CODE}: ?${phrase('Failed to set sender')}`, `${phrase('SMTP Fehler')} ?${CODE}: ?${phrase('Der Absender')}`,
  ], [p('send_as_denied', 0.45), p('not_authenticated', 0.35)], { yieldsTo: ['server-reply'] }),
  pattern('roundcube-smtp-recipient', 'product', 1, [
    `${phrase('SMTP Error')} ?${CODE}: ?${phrase('Failed to add recipient')}`, `${phrase('SMTP Fehler')} ?${CODE}: ?${phrase('Der Empfänger')}`,
  ], [p('outbound_sender_blocked', 0.35), p('unexpected_server_reply', 0.3)], { yieldsTo: ['server-reply'] }),
  // The IMAP connection itself failed (login_error ERROR_STORAGE).
  pattern('roundcube-storage-connect', 'product', 2, [phrase('Connection to storage server failed'), phrase('Verbindung zum Speicherserver fehlgeschlagen')], [
    p('network_blocked', 0.55), p('tls_problem', 0.35),
  ], { yieldsTo: ['tls'] }),
  pattern('roundcube-imap-login', 'product', 2, [`${phrase('Login failed for')} [^\\n]{1,255}? ${phrase('against')} `], [
    p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The authorization code could not be redeemed at the token endpoint.
  pattern('roundcube-oauth-login-failed', 'product', 2, [
    phrase('OAuth login failed. Please try again'), phrase('OAuth-Anmeldung fehlgeschlagen'), phrase('OAuth token request failed'),
    phrase('access_token missing in answer, error from server'),
  ], [p('bad_client_secret', 0.55), p('wrong_tenant_or_app', 0.3), p('redirect_uri_mismatch', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('roundcube-oauth-refresh-failed', 'product', 2, [phrase('OAuth refresh token request failed')], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // error=access_denied without a description (Microsoft's own description is shown instead when it sends one).
  pattern('roundcube-oauth-access-denied', 'product', 3, [
    phrase('Authorization server or the user denied the request'), phrase('Der Autorisierungsserver oder Benutzer hat die Anfrage abgelehnt'),
  ], [p('user_cancelled_or_consent_declined', 0.6), p('consent_missing', 0.4)], { yieldsTo: ['sign-in'] }),
  pattern('roundcube-oauth-invalid-request', 'product', 2, [
    phrase('Authorization request was invalid or incomplete'), phrase('Die Autorisierungsanfrage war ungültig oder unvollständig'),
  ], [p('wrong_tenant_or_app', 0.4), p('redirect_uri_mismatch', 0.35), p('wrong_scope_or_resource', 0.3)], { yieldsTo: ['sign-in'] }),
];

/** Every rule of this file (patterns.ts). */
export const SERVER_APP_VOCABULARY_RULES: readonly Rule[] = [...NEXTCLOUD, ...KEYCLOAK, ...GRAFANA_GITEA, ...MOODLE, ...ROUNDCUBE];
