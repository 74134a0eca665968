/**
 * What self-hosted open-source servers say when their mail through Microsoft 365 (or their "connect a Microsoft
 * mailbox" step) fails (issue 10): Chatwoot, TrueNAS, Snipe-IT, Vaultwarden and Discourse. Only texts read in the
 * products' own source or translation files are here; each group cites its files.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text (the product drops the reply) names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - Bitwarden server (bitwarden/server src/Core/Services/Implementations/MailKitSmtpMailDeliveryService.cs): connects and
 *   authenticates with MailKit and lets MailKit's exceptions through (read by vocab-mail-libraries.ts); its API log
 *   line "Mail send failed." is a common sentence in many programs, too loose to name Bitwarden. The web vault only
 *   shows "An unhandled server error has occurred.".
 * - Vaultwarden's lettre texts ("permanent error (535): …", "No compatible authentication mechanism was found") are
 *   the library's and already read (guess.ts, patterns-libraries.ts); only Vaultwarden's own prefixes are here.
 * - Discourse's German server.de.yml texts for email_settings (the stored server.de.yml predates them), its
 *   IMAP texts (EmailSettingsExceptionHandler names email_settings.imap_* keys that the stored server.en.yml no
 *   longer has), and Chatwoot's German SMTP texts (the stored de.yml has only the IMAP ones): not read, English only.
 * - TrueNAS ships no translations of its middleware errors (English only).
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Chatwoot, Microsoft e-mail channel (OAuth sign-in; IMAP with XOAUTH2, sending through Graph).
 * - Dashboard texts: chatwoot/chatwoot app/javascript/dashboard/i18n/locale/en/inboxMgmt.json (INBOX_MGMT.RECONNECTION_REQUIRED,
 *   ADD.MICROSOFT.ERROR_MESSAGE, MICROSOFT.SUBTITLE) and locale/de/inboxMgmt.json (the German ones).
 * - The admin notification: app/views/mailers/administrator_notifications/channel_notifications_mailer/email_disconnect.liquid,
 *   sent when the inbox is marked reauthorization_required (app/jobs/inboxes/fetch_imap_emails_job.rb: Errno::ECONNREFUSED,
 *   Net::OpenTimeout, Net::IMAP::NoResponseError → channel.authorization_error!).
 * - Graph sending as stored (commit 0b7f8a3e): app/services/microsoft/send_mail_service.rb handle_response() (401/403 texts,
 *   "Microsoft Graph API error (<code>): <Graph's message>") and app/services/microsoft/graph_token_service.rb ("Failed to get
 *   Graph API token: <error_description>", the AADSTS text). Not confirmed in a Chatwoot release.
 */
const CHATWOOT_MICROSOFT: readonly Rule[] = [
  // The refresh token no longer works (or IMAP refused the token): the fix is "Reauthorize" in the inbox settings.
  pattern('chatwoot-inbox-reconnection-required', 'product', 3, [
    phrase("Your inbox is disconnected. You won't receive new messages until you reauthorize it"),
    phrase('Ihr Posteingang ist nicht verbunden. Sie erhalten keine neuen Nachrichten, bis Sie ihn erneut autorisieren'),
    phrase('Reauthorize your MICROSOFT account'),
  ], [p('token_expired_or_invalid', 0.6), p('imap_auth_failed_generic', 0.25)]),
  // The e-mail to administrators after repeated fetch failures (refused login, refused or timed-out connection).
  pattern('chatwoot-email-disconnect-mail', 'product', 2, [
    `${phrase('Your Email Inbox configuration is not working.')} ?${phrase('Please update the settings to continue receiving messages in Chatwoot')}`,
  ], [p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.35), p('network_blocked', 0.25)]),
  // "Sign in with Microsoft" did not come back with an inbox: the app registration (AZURE_APP_ID/SECRET) or the consent.
  pattern('chatwoot-microsoft-connect-error', 'product', 1, [
    phrase('There was an error connecting to Microsoft, please try again'),
    phrase('Beim Verbinden mit Microsoft ist ein Fehler aufgetreten, bitte versuchen Sie es erneut'),
  ], [p('wrong_tenant_or_app', 0.3), p('consent_missing', 0.25), p('user_cancelled_or_consent_declined', 0.2)], { yieldsTo: ['sign-in'] }),
  // Graph answered 401 to sendMail: the access token is expired or not one for graph.microsoft.com.
  pattern('chatwoot-graph-401', 'product', 3, [phrase('Authentication failed - token may be expired or invalid')], [
    p('token_expired_or_invalid', 0.65), p('wrong_scope_or_resource', 0.2),
  ]),
  // Graph answered 403: the token lacks Mail.Send (scope not granted, or the admin's consent missing).
  pattern('chatwoot-graph-403', 'product', 3, [phrase('Permission denied - Mail.Send scope may be missing')], [
    p('wrong_scope_or_resource', 0.5), p('consent_missing', 0.35), p('mailbox_permission_missing', 0.2),
  ]),
  // Any other Graph status: Graph's own error message follows and decides.
  pattern('chatwoot-graph-api-error', 'product', 1, [`${phrase('Microsoft Graph API error')} ?\\(\\d{3}\\): ?`], [
    p('unexpected_server_reply', 0.35), p('send_as_denied', 0.2),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The refresh for a Graph token was refused; the error_description (AADSTS…) after it decides.
  pattern('chatwoot-graph-token-failed', 'product', 1, [phrase('Failed to get Graph API token:'), phrase('Microsoft Graph token refresh failed:')], [
    p('token_expired_or_invalid', 0.5), p('consent_missing', 0.2),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Chatwoot, IMAP/SMTP settings of an e-mail inbox (checked on save): app/helpers/api/v1/inboxes_helper.rb
 * check_imap_connection() / check_smtp_connection() — each exception replaced by a sentence without the server's reply.
 * Texts: config/locales/en.yml errors.inboxes.imap.* / errors.inboxes.smtp.*, German config/locales/de.yml (IMAP only).
 */
const CHATWOOT_SETTINGS: readonly Rule[] = [
  // Net::IMAP::NoResponseError — Exchange Online's "NO AUTHENTICATE failed." / "LOGIN failed." (password refused,
  // basic authentication off, IMAP off for the mailbox).
  pattern('chatwoot-imap-no-response', 'product', 2, [
    phrase('Please check the IMAP credentials and try again'),
    phrase('Bitte überprüfen Sie die IMAP-Anmeldeinformationen und versuchen Sie es erneut'),
  ], [p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.35), p('imap_disabled_or_not_connected', 0.25)]),
  pattern('chatwoot-imap-network', 'product', 2, [
    phrase('Please check the network connection, IMAP address and try again'),
    phrase('Bitte überprüfen Sie die Netzwerkverbindung, die IMAP-Adresse und versuchen Sie es erneut'),
    phrase('Host unreachable, Please check the IMAP address, IMAP port and try again'),
    phrase('Host nicht erreichbar. Bitte überprüfen Sie die IMAP-Adresse und den IMAP-Port'),
    `${phrase('Connection timed out for')} [\\w.-]{1,253}:\\d{1,5}`,
    `${phrase('Zeitüberschreitung der Verbindung für')} [\\w.-]{1,253}:\\d{1,5}`,
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  // Net::SMTPAuthenticationError (535 with Exchange's text dropped): password, SMTP AUTH off, basic auth off.
  pattern('chatwoot-smtp-auth', 'product', 2, [phrase('SMTP authentication failed. Please verify your login credentials')], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('chatwoot-smtp-connect', 'product', 2, [phrase('Could not connect to SMTP server. Please check the server address and port')], [
    p('network_blocked', 0.7),
  ], { yieldsTo: ['tls'] }),
  pattern('chatwoot-smtp-ssl', 'product', 2, [phrase('SSL/TLS error. Please verify your encryption settings')], [p('tls_problem', 0.7)]),
  // Net::SMTPServerBusy / SMTPSyntaxError / SMTPFatalError: e.g. 504 5.7.4 (AUTH before STARTTLS), 530 5.7.57, 421.
  pattern('chatwoot-smtp-server-error', 'product', 1, [phrase('SMTP server error. Please check your configuration and try again')], [
    p('unexpected_server_reply', 0.35), p('tls_problem', 0.3), p('not_authenticated', 0.2),
  ], { yieldsTo: ['server-reply'] }),
];

/** The URL of Microsoft's token endpoint in a requests HTTPError ("… for url: https://login.microsoftonline.com/common/oauth2/v2.0/token"). */
const MS_TOKEN_URL = `${phrase('for url:')} ?https://login\\.microsoftonline\\.com/[\\w.-]{1,100}/oauth2/v2\\.0/token`;

/**
 * TrueNAS (SCALE) e-mail: truenas/middleware src/middlewared/middlewared/plugins/mail/send.py (older releases:
 * plugins/mail.py), mail/outlook.py (the "Outlook" OAuth provider: XOAUTH2 over smtplib's docmd()) and
 * utils/microsoft.py get_microsoft_access_token() (refresh at login.microsoftonline.com/common with
 * requests' raise_for_status(), so Microsoft's JSON is dropped and only requests' "<code> Client Error: <reason> for
 * url: …" remains). CallError prints "[EFAULT] …" / "[EPERM] …" (middlewared/service_exception.py).
 */
const TRUENAS: readonly Rule[] = [
  // Provider "outlook" chosen but no Outlook login stored.
  pattern('truenas-oauth-not-configured', 'product', 3, [`(?:\\[EFAULT\\] ?)?${phrase('OAuth is not configured')}`], [
    p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3),
  ]),
  // XOAUTH2 refused even with a fresh token; Exchange's code and reply follow (repr of smtplib's bytes) and decide.
  pattern('truenas-outlook-xoauth2-failed', 'product', 1, [`${phrase('Outlook XOAUTH2 failed:')} ?\\d{3}`], [
    p('smtp_auth_disabled_mailbox', 0.35), p('smtp_auth_failed_generic', 0.35), p('wrong_scope_or_resource', 0.2),
  ], { yieldsTo: ['server-reply'] }),
  // smtplib.SMTPAuthenticationError: "Authentication error (535): b'5.7.139 …'" — the reply inside decides.
  pattern('truenas-smtp-auth-error', 'product', 1, [`(?:\\[EPERM\\] ?)?${phrase('Authentication error')} ?\\(5\\d\\d\\): ?b?['"]`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // The refresh of the Outlook login was refused (400: invalid_grant — expired or revoked refresh token; re-run "Log In To Outlook").
  pattern('truenas-outlook-refresh-400', 'product', 3, [`${phrase('Failed to send email:')} ?400 ?${phrase('Client Error:')} ?${phrase('Bad Request')} ?${MS_TOKEN_URL}`], [
    p('token_expired_or_invalid', 0.7), p('consent_missing', 0.15),
  ]),
  // 401 at the token endpoint: invalid_client — the app's credentials stored with the login no longer valid.
  pattern('truenas-outlook-refresh-401', 'product', 3, [`${phrase('Failed to send email:')} ?401 ?${phrase('Client Error:')} ?${phrase('Unauthorized')} ?${MS_TOKEN_URL}`], [
    p('token_expired_or_invalid', 0.5), p('bad_client_secret', 0.4),
  ]),
  // Any other failure: smtplib's exception text after it decides.
  sendWrapper('truenas-failed-to-send', [`\\[EFAULT\\] ?${phrase('Failed to send email:')}`], 0.25, 0.25),
];

/**
 * Snipe-IT "Send Test" (Admin → Settings → Notifications): snipe/snipe-it resources/views/settings/*.blade.php shows
 * admin/settings/message.mail.error and then "Error: " + the mailer exception's message (Symfony Mailer's, read by the
 * library vocabularies), or message.mail.additional when none came back (app/Http/Controllers/Api/SettingsController.php
 * ajaxTestEmail()). Texts: resources/lang/en-US/admin/settings/message.php and de-DE/admin/settings/message.php.
 */
const SNIPE_IT: readonly Rule[] = [
  sendWrapper('snipeit-mail-test-failed', [
    `${phrase('Mail could not be sent.')} ?(?:Error:|${phrase('No additional error message provided')})`,
    `${phrase('E-Mail konnte nicht gesendet werden.')} ?(?:Error:|${phrase('Keine zusätzliche Fehlermeldung vorhanden')})`,
  ], 0.3, 0.25),
  // No exception text at all: the settings (host, port, encryption, credentials) — weak, as Snipe-IT itself says.
  sendWrapper('snipeit-mail-no-message', [
    phrase('No additional error message provided. Check your mail settings and your app log'),
    phrase('Keine zusätzliche Fehlermeldung vorhanden. Überprüfen Sie Ihre E-Mail-Einstellungen und Ihr App-Protokoll'),
  ], 0.3, 0.3),
];

/**
 * Vaultwarden: dani-garcia/vaultwarden src/mail.rs send_with_selected_transport() (since 2021; lettre's error after
 * the prefix, and for 535 " - Authentication credentials invalid" appended) and, 2020–2021, "SMTP 5xx error: [\"<reply
 * lines>\"]" / "SMTP IO error: …"; the admin page's test shows "Error sending SMTP test email" above it
 * (src/static/scripts/admin_settings.js smtpTest(), admin.js _fetch()). English only.
 */
const VAULTWARDEN: readonly Rule[] = [
  sendWrapper('vaultwarden-smtp-test-failed', [phrase('Error sending SMTP test email')], 0.3, 0.25),
  // A 5xx reply: Exchange's text after the prefix decides (5.7.139, 5.7.57, 5.7.60 …).
  pattern('vaultwarden-smtp-5xx', 'product', 1, [`${phrase('SMTP 5xx error:')} ?\\S`], [
    p('smtp_auth_failed_generic', 0.35), p('unexpected_server_reply', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // A 4xx reply: Exchange's 421 / 4.7.x (throttling, temporary refusal); its text decides.
  pattern('vaultwarden-smtp-4xx', 'product', 1, [`${phrase('SMTP 4xx error:')} ?\\S`], [p('throttled', 0.4), p('network_blocked', 0.2)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('vaultwarden-smtp-timeout', 'product', 2, [`${phrase('SMTP timeout error:')} ?\\S`, `${phrase('SMTP IO error:')} ?\\S`], [
    p('network_blocked', 0.6), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls', 'server-reply'] }),
  // SMTP_SECURITY does not match the port (force_tls against 587, starttls against 465) or the certificate check failed.
  pattern('vaultwarden-smtp-encryption', 'product', 2, [`${phrase('SMTP encryption error:')} ?\\S`], [p('tls_problem', 0.7)]),
  // lettre's client side (no AUTH mechanism in common, a malformed reply …): lettre's text after it decides.
  pattern('vaultwarden-smtp-client', 'product', 1, [`${phrase('SMTP client error:')} ?\\S`], [
    p('tls_problem', 0.3), p('smtp_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Discourse, testing a group's SMTP settings (Group → Email → "Test settings"): discourse/discourse
 * lib/email_settings_exception_handler.rb (Net::SMTP's exception → email_settings.*), texts in config/locales/server.en.yml
 * email_settings. The SMTP authentication sentence carries the server's reply (%{message}, e.g. Office 365's "535 5.7.139 …").
 */
const DISCOURSE: readonly Rule[] = [
  pattern('discourse-smtp-auth', 'product', 1, [phrase('There was an issue with the SMTP credentials provided, check the username and password and try again')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('discourse-pop3-auth', 'product', 2, [phrase('There was an issue with the POP3 credentials provided, check the username and password and try again')], [
    p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.35),
  ]),
  // Net::SMTPServerBusy (4xx): Exchange's 421 / 4.7.x.
  pattern('discourse-smtp-busy', 'product', 2, [phrase('The SMTP server is currently busy, try again later')], [
    p('throttled', 0.5), p('network_blocked', 0.2),
  ]),
  // SMTPSyntaxError / SMTPFatalError / SMTPUnknownError with the reply: 504 5.7.4, 530 5.7.57, 5.7.60 … decide.
  pattern('discourse-smtp-unhandled', 'product', 1, [phrase('There was an unhandled error when communicating with the SMTP server')], [
    p('unexpected_server_reply', 0.35), p('tls_problem', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('discourse-connection', 'product', 2, [
    phrase('There was an issue connecting with the server, check the server name and port and try again'),
    phrase('Connection to the server timed out, check the server name and port and try again'),
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  sendWrapper('discourse-unhandled', [phrase('Unhandled error when testing email settings.')], 0.25, 0.25),
];

/** Every self-hosted server rule. */
export const SELFHOSTED_VOCABULARY_RULES: readonly Rule[] = [
  ...CHATWOOT_MICROSOFT, ...CHATWOOT_SETTINGS, ...TRUENAS, ...SNIPE_IT, ...VAULTWARDEN, ...DISCOURSE,
];
