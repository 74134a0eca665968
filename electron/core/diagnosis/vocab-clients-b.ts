/**
 * Mail clients and webmail used with Microsoft 365 accounts, second pass (issue 10): what Roundcube, SOGo, RainLoop,
 * K-9 Mail / Thunderbird for Android, Claws Mail and Sylpheed print when their sign-in to or their mail through
 * Microsoft 365 fails — only messages the earlier files (vocab-server-apps.ts for Roundcube, vocab-mail-clients.ts for
 * K-9, vocab-unix-clients.ts and vocab-linux-desktop.ts for Claws Mail and Evolution) do not know yet. Only texts read
 * in the products' own source and translation files are here; each group cites them.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here:
 * - Evolution: its IMAP/SMTP/OAuth2 alerts (English and German) are already in vocab-unix-clients.ts and
 *   vocab-linux-desktop.ts; nothing was added.
 * - RainLoop's "Authentication failed", "Can't connect to server", "Can't send message" (English) are too general to
 *   tell the product by (as vocab-archivers.ts found for SnappyMail, RainLoop's fork with the same MailSo exceptions);
 *   only its wordings that are its own are here.
 * - K-9 / Thunderbird for Android "OAuth 2.0 is currently not supported with this provider." (the server host name
 *   typed is not one the app knows for Microsoft's sign-in — no category names that fix) and its generic
 *   "Send failed: %s".
 * - Roundcube's "identity's nonce mismatch" (rcmail_oauth.php; a stale or replayed browser sign-in, no category) and
 *   its own brute-force lock "Too many failed login attempts" (not Microsoft's).
 * - Closed products — Spark, BlueMail, Aqua Mail, eM Client, Mailbird (beyond vocab-commercial-clients.ts), Postbox,
 *   The Bat!, Samsung Email, Apple Mail (macOS): no vendor help or KB page quoting an error text verbatim was found in
 *   the stored pages (Readdle's Spark articles helpspot.readdle.com kb id 985 and 989 give requirements, SSL/STARTTLS
 *   and app passwords, no message; Apple's Mail help paraphrases its alerts). Nothing written for them.
 */
import { FILLED_NAME as NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** host:port as Sylpheed and Claws Mail print it. */
const HOST_PORT = '[^\\s:]{1,255}:\\d{1,5}';

/**
 * Roundcube (roundcube/roundcubemail commit 28b44419): program/localization/en_US/messages.inc and de_DE/messages.inc
 * (smtpsizeerror), program/include/rcmail_oauth.php (discovery of the OpenID configuration: "Error fetching
 * {config_uri} : {message}"; missing oauth_auth_uri / oauth_client_id), program/lib/Roundcube/rcube_imap_generic.php
 * login() (LOGINDISABLED: the server refuses LOGIN on an unencrypted connection — Exchange Online announces it on
 * port 143 before STARTTLS).
 */
const ROUNDCUBE: readonly Rule[] = [
  pattern('roundcube-smtp-size', 'product', 3, [
    phrase('SMTP Error: Message size exceeds server limit'), phrase('SMTP-Fehler: Nachrichtengröße übersteigt die Servergrenze'),
  ], [p('message_too_large', 0.8)]),
  // config.inc.php lacks the Microsoft app's authorize URL or client ID.
  pattern('roundcube-oauth-config-missing', 'product', 3, [phrase('Missing required OAuth config options')], [
    p('wrong_tenant_or_app', 0.6),
  ]),
  // The .well-known/openid-configuration of the tenant could not be read: no way to login.microsoftonline.com, or a
  // wrong tenant in oauth_config_uri (Microsoft answers 400 for an unknown tenant).
  pattern('roundcube-oauth-discovery-failed', 'product', 2, [
    `${phrase('Error fetching')} https?://[^\\s]{1,300}?openid-configuration ?:`,
  ], [p('network_blocked', 0.45), p('wrong_tenant_or_app', 0.4)], { yieldsTo: ['tls', 'sign-in'] }),
  // LOGIN refused before encryption: imap_host without ssl:// or tls:// (Exchange Online wants 993 or STARTTLS).
  pattern('roundcube-imap-login-disabled', 'product', 3, [phrase('Login disabled by IMAP server')], [
    p('tls_problem', 0.6), p('basic_auth_used', 0.3),
  ]),
];

/**
 * SOGo (Alinto/sogo commit ee2ebbb8): SoObjects/SOGo/SOGoMailer.m _smtpSendData (the exception reasons, shown raw when
 * no translation exists), UI/MailerUI/English.lproj and German.lproj/Localizable.strings (the three translated
 * ones), SoObjects/SOGo/SOGoOpenIdSession.m (the OpenID Connect sign-in whose access token SOGo passes to IMAP/SMTP as
 * XOAUTH2; its log lines carry the identity provider's response).
 */
const SOGO: readonly Rule[] = [
  // SMTP AUTH refused (PLAIN with the user's password, or XOAUTH2 with the OpenID token); SOGo does not show the reply.
  pattern('sogo-smtp-auth-failure', 'product', 2, [phrase('cannot send message: (smtp) authentication failure')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('sogo-smtp-connect', 'product', 2, [
    phrase('cannot send message: (smtp) error when connecting'),
    phrase('Cannot send message: error when connecting to the SMTP server'),
    phrase('Kann Nachricht nicht versenden: Fehler beim Verbinden mit dem SMTP-Server'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.35)], { yieldsTo: ['tls', 'server-reply'] }),
  // MAIL FROM refused: Exchange answers 530 5.7.57 without a sign-in, or refuses a sender the mailbox may not use.
  pattern('sogo-smtp-originator', 'product', 2, [phrase('cannot send message: (smtp) originator not accepted')], [
    p('not_authenticated', 0.45), p('send_as_denied', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('sogo-smtp-all-recipients', 'product', 2, [
    phrase('cannot send message: (smtp) all recipients discarded'), phrase('Cannot send message: all recipients are invalid'),
    phrase('Kann Nachricht nicht versenden: Alle Empfänger sind ungültig'),
  ], [p('recipient_rejected', 0.5), p('outbound_sender_blocked', 0.3)], { yieldsTo: ['server-reply'] }),
  pattern('sogo-smtp-some-recipients', 'product', 2, [
    phrase('cannot send message (smtp) - recipients discarded'), phrase('Cannot send message. The following addresses are invalid'),
    phrase('Kann Nachricht nicht versenden: Die folgenden Adressen sind ungültig'),
  ], [p('recipient_rejected', 0.55)], { yieldsTo: ['server-reply'] }),
  // DATA refused: Exchange's SendAsDenied (5.2.252), a blocked sender (5.7.708 …) or a size limit come after DATA.
  pattern('sogo-smtp-data', 'product', 1, [phrase('cannot send message: (smtp) failure when sending data')], [
    p('send_as_denied', 0.35), p('outbound_sender_blocked', 0.3), p('message_too_large', 0.2),
  ], { yieldsTo: ['server-reply'] }),
  // SOGoSMTPAuthenticationType is neither "plain" nor "xoauth2": SOGo sends without signing in.
  pattern('sogo-smtp-unsupported-auth', 'product', 3, [phrase('cannot send message: unsupported authentication method')], [
    p('not_authenticated', 0.55),
  ]),
  // The token endpoint refused the authorization code; Microsoft's JSON (AADSTS…) follows "response:".
  pattern('sogo-openid-token', 'product', 2, [`${phrase('Error during fetching the token')} ?\\(${phrase('status')} ?\\d{3}\\)`], [
    p('bad_client_secret', 0.4), p('redirect_uri_mismatch', 0.3), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('sogo-openid-refresh', 'product', 2, [`${phrase('Error during refreshing the token')} ?\\(${phrase('status')} ?\\d{3}\\)`], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // SOGoOpenIdConfigUrl / token URL points nowhere (wrong tenant or path).
  pattern('sogo-openid-endpoint-404', 'product', 3, [phrase('OpenID endpoint not found (404):')], [p('wrong_tenant_or_app', 0.6)]),
  pattern('sogo-openid-config', 'product', 2, [`${phrase('Error during fetching the configuration')} ?\\(${phrase('status')} ?\\d{3}\\)`], [
    p('wrong_tenant_or_app', 0.45), p('network_blocked', 0.3),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  pattern('sogo-openid-curl', 'product', 2, [`${phrase('CURL error while accessing')} ?https?://`], [p('network_blocked', 0.55)], {
    yieldsTo: ['tls'],
  }),
];

/**
 * RainLoop (RainLoop/rainloop-webmail commit 9bf8fa5b): rainloop/v/0.0.0/app/localization/webmail/_source.en.yml and
 * de_DE.yml, NOTIFICATIONS (MAIL_SERVER_ERROR — with its own spelling "occured" —, CONNECTION_ERROR, CANT_SEND_MESSAGE).
 * The MailSo exception class names in its log are in vocab-archivers.ts (SnappyMail has the same library).
 */
const RAINLOOP: readonly Rule[] = [
  // Any MailSo failure talking to IMAP/SMTP: the exception in the log decides.
  pattern('rainloop-mail-server-error', 'product', 1, [
    phrase('An error has occured while accessing mail server'), phrase('Beim Zugriff auf den E-Mail-Server trat ein Fehler auf'),
  ], [p('unexpected_server_reply', 0.3), p('network_blocked', 0.25), p('imap_auth_failed_generic', 0.2)], {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
  pattern('rainloop-connection-error-de', 'product', 2, [phrase('Serververbindung kann nicht hergestellt werden')], [
    p('network_blocked', 0.55), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
  sendWrapper('rainloop-cant-send-de', [phrase('Diese Nachricht kann nicht gesendet werden')], 0.3, 0.25),
];

/**
 * K-9 Mail / Thunderbird for Android (thunderbird/thunderbird-android commit a59bd679):
 * feature/notification/api/src/commonMain/composeResources/values/strings.xml and values-de (the notification now
 * names the incoming or outgoing server), feature/account/server/validation/src/main/res/values/strings.xml and
 * values-de (the settings check in account setup and server settings), mail/protocols/smtp/.../SmtpTransport.kt and
 * mail/protocols/imap/.../RealImapConnection.kt (MissingCapabilityException: STARTTLS, or the AUTH mechanism, not
 * offered — Exchange Online offers AUTH only after STARTTLS; "due to security error": a GeneralSecurityException while
 * setting up TLS).
 */
const K9: readonly Rule[] = [
  pattern('k9-authentication-failed-incoming', 'product', 2, [
    `${phrase('Authentication failed for')} ${NAME}\\. ?${phrase('Update your incoming server settings')}`,
    `${phrase('Authentifizierung für')} ${NAME} ?${phrase('fehlgeschlagen. Aktualisiere deine Einstellungen für den Posteingangsserver')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.35)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  pattern('k9-authentication-failed-outgoing', 'product', 2, [
    `${phrase('Authentication failed for')} ${NAME}\\. ?${phrase('Update your outgoing server settings')}`,
    `${phrase('Authentifizierung für')} ${NAME} ?${phrase('fehlgeschlagen. Aktualisiere deine Einstellungen für den Postausgangsserver')}`,
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.35)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // The settings check: its title, then the kind of error (and the server's message, which decides, after it).
  pattern('k9-check-incoming-auth', 'product', 2, [
    `${phrase('Checking incoming server settings failed')}[\\s.:]{0,6}${phrase('Authentication error')}`,
    `${phrase('Prüfung der Einstellungen des Posteingangservers fehlgeschlagen')}[\\s.:]{0,6}${phrase('Authentifizierungsfehler')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  pattern('k9-check-outgoing-auth', 'product', 2, [
    `${phrase('Checking outgoing server settings failed')}[\\s.:]{0,6}${phrase('Authentication error')}`,
    `${phrase('Prüfung der Einstellungen des Postausgangsservers fehlgeschlagen')}[\\s.:]{0,6}${phrase('Authentifizierungsfehler')}`,
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  pattern('k9-check-network', 'product', 2, [
    `${phrase('Checking')} (?:incoming|outgoing) ?${phrase('server settings failed')}[\\s.:]{0,6}${phrase('Network error')}`,
    `${phrase('Prüfung der Einstellungen des')} (?:Posteingangservers|Postausgangsservers) ?${phrase('fehlgeschlagen')}[\\s.:]{0,6}${phrase('Netzwerkfehler')}`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.25)], { yieldsTo: ['tls'] }),
  // STARTTLS or the sign-in mechanism not offered: connection security "None" (or a port that is not Exchange's).
  pattern('k9-missing-capability', 'product', 2, [
    phrase('The server is missing this capability:'), phrase('Der Server unterstützt diese Fähigkeit nicht:'),
  ], [p('tls_problem', 0.55), p('unexpected_server_reply', 0.3)]),
  pattern('k9-security-error', 'product', 3, [`${phrase('Unable to open connection to')} (?:SMTP|IMAP) ?${phrase('server due to security error')}`], [
    p('tls_problem', 0.7),
  ]),
];

/**
 * Claws Mail (eworm-de/claws-mail, a mirror of git.claws-mail.org, commit dad7dea8): src/imap.c (imap_session_new():
 * "Couldn't login to IMAP server %s." — the alert after a refused LOGIN or AUTHENTICATE XOAUTH2), src/common/smtp.c
 * smtp_auth() (no AUTH mechanism it can use was offered — Exchange Online offers AUTH only after STARTTLS), po/de.po.
 */
const CLAWS: readonly Rule[] = [
  pattern('claws-imap-couldnt-login', 'product', 2, [
    `${phrase("Couldn't login to IMAP server")} ${NAME}\\.`, `${phrase('Einloggen am IMAP-Server')} ${NAME} ?${phrase('schlug fehl')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('token_expired_or_invalid', 0.35)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  pattern('claws-no-smtp-auth-method', 'product', 2, [
    phrase('No SMTP AUTH method available'), phrase('Kein SMTP-AUTH-Verfahren verfügbar'),
  ], [p('tls_problem', 0.5), p('smtp_auth_disabled_tenant', 0.3)]),
];

/**
 * Sylpheed (sylpheed-mail/sylpheed commit c47d366a): libsylph/imap.c, libsylph/smtp.c, src/send_message.c, po/de.po.
 * Sylpheed signs in with a password only (LOGIN, PLAIN, CRAM-MD5; no OAuth2): with Microsoft 365 a refused sign-in is
 * most often basic authentication switched off.
 */
const SYLPHEED: readonly Rule[] = [
  pattern('sylpheed-imap-auth-failed', 'product', 2, [
    phrase('IMAP4 authentication failed'), phrase('IMAP4 login failed'),
    phrase('Fehler bei IMAP4-Authentisierung'), phrase('Fehler beim IMAP4-Login'),
  ], [p('basic_auth_used', 0.75), p('imap_auth_failed_generic', 0.5)], { yieldsTo: ['server-reply'] }),
  // send_message.c SM_AUTHFAIL ("Authentication failed." → German "Fehler bei Authentisierung."; the English is generic).
  pattern('sylpheed-smtp-auth-failed-de', 'product', 2, [`(?<!IMAP4-)${phrase('Fehler bei Authentisierung')}`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45),
  ], { yieldsTo: ['server-reply'] }),
  // smtp.c: the server offered none of CRAM-MD5, PLAIN, LOGIN — no AUTH before STARTTLS.
  pattern('sylpheed-smtp-auth-unavailable', 'product', 2, [
    phrase('SMTP AUTH not available'), phrase('SMTP AUTH nicht verfügbar'),
  ], [p('tls_problem', 0.5), p('smtp_auth_disabled_tenant', 0.3)]),
  pattern('sylpheed-connect-failed', 'product', 2, [
    `${phrase("Can't connect to IMAP4 server:")} ?${HOST_PORT}`, `${phrase('Keine Verbindung mit IMAP4-Server:')} ?${HOST_PORT}`,
    `${phrase("Can't connect to SMTP server:")} ?${HOST_PORT}`, `${phrase('Keine Verbindung zum SMTP-Server:')} ?${HOST_PORT}`,
    phrase('Could not establish IMAP connection'), phrase('Konnte keine IMAP-Verbindung herstellen'),
  ], [p('network_blocked', 0.65), p('tls_problem', 0.25)], { yieldsTo: ['tls'] }),
  sendWrapper('sylpheed-send-error', [
    phrase('Error occurred while sending the message'), phrase('Fehler aufgetreten beim Senden der Nachricht'),
  ], 0.3, 0.25),
];

/** Every rule of this file (patterns.ts). */
export const CLIENTS_B_VOCABULARY_RULES: readonly Rule[] = [...ROUNDCUBE, ...SOGO, ...RAINLOOP, ...K9, ...CLAWS, ...SYLPHEED];
