/**
 * What self-hosted apps that send or fetch mail through Microsoft 365 say when that mail or their Microsoft sign-in
 * fails (issue 10): Paperless-ngx (mail fetching over IMAP with Microsoft OAuth), Immich (SMTP notifications),
 * authentik (Entra ID as OAuth source), BookStack, Passbolt (SMTP with Exchange Online OAuth, Azure SSO), Zulip,
 * LimeSurvey (the AzureOAuthSMTP core plugin) and Matomo. Only texts read in the products' own source are here;
 * each group cites it.
 *
 * A sentence that only says sending failed and then quotes the server's or the library's error gives way to that
 * error (`sendWrapper`, or `yieldsTo`); alone it stays weak. A sentence that is the only text names its cause.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - Paperless-ngx's "Error while authenticating account <name>" (src/paperless_mail/mail.py mailbox_login()) is
 *   already in vocab-other-apps.ts.
 * - Wiki.js (requarks/wiki server/graph/resolvers/mail.js sendTest()) shows nodemailer's own message; its own texts
 *   (server/helpers/error.js MailNotConfigured "The mail configuration is incomplete or invalid.") only say the
 *   settings are empty. Its Azure AD login is passport-azure-ad's OIDCStrategy, no sentence of Wiki.js's own.
 * - Kanboard (kanboard/kanboard app/Core/Mail/Client.php) logs the Swift_TransportException message unchanged.
 * - OpenProject's test mail (app/controllers/admin_controller.rb test_email) uses the key notice_email_error inherited
 *   from Redmine, whose wording is already in vocab-helpdesks.ts; OpenProject's current en.yml/de.yml could not be
 *   read in a stored copy, so no OpenProject-only rule.
 * - authentik's e-mail stage (authentik/stages/email/tasks.py) records the SMTP exception unchanged (older releases
 *   log "Error sending email, retrying...", too close to Jenkins' own sentence to tell apart).
 * - LimeSurvey ships its translations as compiled .mo files only (no German text read); Matomo's log line and
 *   Zulip's management command are English only.
 */
import { FILLED_NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Paperless-ngx, mail accounts with Microsoft OAuth ("Connect Outlook Account": scope offline_access
 * https://outlook.office.com/IMAP.AccessAsUser.All, httpx-oauth's MicrosoftGraphOAuth2):
 * paperless-ngx/paperless-ngx src/paperless_mail/oauth.py (refresh_account_oauth_token()), src/paperless_mail/views.py
 * (MailAccountViewSet.test(), OauthCallbackView.get()), src/paperless_mail/mail.py (get_mailbox(),
 * MailAccountHandler.handle_mail_account()); the web UI's toasts src-ui/src/app/components/manage/mail/mail.component.ts
 * and .../mail-account-edit-dialog.component.ts, German from src-ui/src/locale/messages.de_DE.xlf.
 */
const PAPERLESS: readonly Rule[] = [
  // The refresh token was refused (expired after 90 days unused, revoked by a password change or an admin) or the
  // app's client secret expired; httpx-oauth's RefreshTokenError says only the HTTP status.
  pattern('paperless-oauth-refresh-failed', 'product', 2, [
    `${phrase('Failed to refresh oauth token for account')} ?${FILLED_NAME}:`,
    phrase('Mail account connectivity test failed: Unable to refresh oauth token'),
  ], [p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  // The authorization code could not be redeemed (GetAccessTokenError): PAPERLESS_OUTLOOK_OAUTH_CLIENT_SECRET wrong
  // or expired, the callback URL not registered as sent, or the client ID of another tenant's app.
  pattern('paperless-oauth-code-redeem', 'product', 2, [
    phrase('Error getting access token from OAuth provider'),
    phrase('OAuth2 authentication failed, see logs for details'),
    phrase('OAuth2-Authentifizierung fehlgeschlagen, siehe Protokolle für Details'),
  ], [p('bad_client_secret', 0.45), p('redirect_uri_mismatch', 0.3), p('wrong_tenant_or_app', 0.2)], { yieldsTo: ['sign-in'] }),
  // Microsoft returned to the callback without a code: it sends error=access_denied when the user cancels or declines
  // the permission request (an admin-consent requirement shows as consent_required / AADSTS65001 in the same place).
  pattern('paperless-oauth-missing-code', 'product', 3, [phrase('Invalid oauth callback request: missing code')], [
    p('user_cancelled_or_consent_declined', 0.5), p('consent_missing', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // The state kept in the session did not come back: the sign-in started under another address than the callback
  // (PAPERLESS_URL / PAPERLESS_OAUTH_CALLBACK_BASE_URL differ from the address in the browser).
  pattern('paperless-oauth-state', 'product', 3, [phrase('Invalid oauth callback request: state validation failed')], [
    p('redirect_uri_mismatch', 0.45),
  ]),
  // get_mailbox(): the IMAP host resolves to a private address and PAPERLESS_EMAIL_ALLOW_INTERNAL_HOSTS is off
  // (a DNS override or split DNS for outlook.office365.com).
  pattern('paperless-internal-host', 'product', 3, [`${phrase('Connection blocked:')} ?${FILLED_NAME} ?${phrase('resolves to a non-public address')}`], [
    p('network_blocked', 0.65),
  ]),
  // Anything but a login error while talking to the mailbox (connection, TLS, a folder command): the quoted exception decides.
  pattern('paperless-mailbox-error', 'product', 1, [`${phrase('Error while retrieving mailbox')} ?${FILLED_NAME}:`], [
    p('network_blocked', 0.35), p('tls_problem', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // The account test in the web UI (HTTP 400 "Unable to connect to server"): the server unreachable or the login refused.
  pattern('paperless-account-test-failed', 'product', 1, [
    phrase('Mail account connectivity test failed'),
    phrase('Unable to connect to the mail server'),
    phrase('Verbindung zum Mailserver nicht möglich'),
  ], [p('network_blocked', 0.35), p('imap_auth_failed_generic', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Immich, e-mail notifications over SMTP (nodemailer): immich-app/immich server/src/services/notification.service.ts
 * (sendTestEmail(): "Failed to verify SMTP configuration"; onConfigValidate(): "Failed to validate SMTP configuration:
 * <error>" logged, "Invalid SMTP configuration: <error>" returned); the web UI's toast key
 * admin.notification_email_test_email_failed in i18n/en.json and i18n/de.json. nodemailer's own error decides.
 */
const IMMICH: readonly Rule[] = [
  sendWrapper('immich-smtp-verify-failed', [
    phrase('Failed to verify SMTP configuration'),
    `${phrase('Failed to validate SMTP configuration:')}`,
    `${phrase('Invalid SMTP configuration:')}`,
    phrase('Failed to send test email, check your values'),
    phrase('Die Test-E-Mail konnte nicht versendet werden, bitte überprüfe deine Angaben'),
  ], 0.3, 0.25),
];

/**
 * authentik, Entra ID (Azure AD) as an OAuth source: goauthentik/authentik authentik/sources/oauth/views/callback.py
 * (handle_login_failure(): "Authentication failed: <reason>") and authentik/sources/oauth/clients/oauth2.py
 * (get_access_token(): the state check, the token request). When Microsoft returned an error the reason is its
 * error_description (AADSTS…), which the sign-in rules read; these are authentik's own reasons.
 */
const AUTHENTIK: readonly Rule[] = [
  // The code could not be redeemed at the token endpoint (HTTP error): the source's consumer secret wrong or expired,
  // the callback URL not registered as sent, or the consumer key of another tenant's app.
  pattern('authentik-oauth-no-token', 'product', 3, [phrase('Authentication failed: Could not retrieve token.')], [
    p('bad_client_secret', 0.45), p('redirect_uri_mismatch', 0.25), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // The state in the session did not come back: the flow started under another host name than the callback URL.
  pattern('authentik-oauth-state', 'product', 3, [phrase('Authentication failed: State check failed.')], [p('redirect_uri_mismatch', 0.4)]),
  // The token came back but Microsoft Graph's /me refused the profile request: the token lacks User.Read / openid profile.
  pattern('authentik-oauth-no-profile', 'product', 3, [phrase('Authentication failed: Could not retrieve profile.')], [
    p('wrong_scope_or_resource', 0.45), p('consent_missing', 0.3),
  ]),
];

/**
 * BookStack (Laravel mailer / Symfony Mailer): BookStackApp/BookStack app/Settings/MaintenanceController.php
 * (test e-mail: the sentence, a line break, the exception message), app/Users/Controllers/UserController.php
 * (invite), app/Access/RegistrationService.php and ConfirmEmailController.php; texts lang/en/errors.php, lang/en/auth.php,
 * German lang/de and lang/de_informal (users_could_not_send_invite is untranslated there).
 */
const BOOKSTACK: readonly Rule[] = [
  sendWrapper('bookstack-test-email-failed', [
    phrase('Error thrown when sending a test email:'),
    phrase('Fehler beim Versenden einer Test E-Mail:'),
    phrase('Fehler beim Senden einer Test E-Mail:'),
  ], 0.3, 0.25),
  sendWrapper('bookstack-invite-failed', [
    phrase('Could not create user since invite email failed to send'),
    phrase('Failed to send user invite with error:'),
  ], 0.3, 0.25),
  sendWrapper('bookstack-confirmation-failed', [
    phrase('Email confirmation required but the system could not send the email'),
    phrase('Leider konnte die für die Registrierung notwendige E-Mail zur Bestätigung'),
  ], 0.3, 0.25),
];

/**
 * Passbolt. SMTP with Exchange Online OAuth (client credentials, scope https://outlook.office365.com/.default,
 * XOAUTH2): passbolt/passbolt_api plugins/PassboltCe/SmtpSettings/src/Service/SmtpOauthExchangeOnlineService.php;
 * the CLI test src/Command/SendTestEmailCommand.php; the web UI passbolt/passbolt_styleguide src/locales/en-UK and
 * de-DE common.json. Azure SSO (Pro): plugins/PassboltEe/Sso/templates/email/html/AD/azure_provider_error.php,
 * azure_secret_expiry_notify.php, src/Service/Sso/Azure/SsoAzureService.php; German from
 * resources/locales/de_DE/default.po (the SMTP OAuth texts have no German there yet).
 */
const PASSBOLT: readonly Rule[] = [
  // The client-credentials token request was refused; the log line carries Microsoft's error_description (AADSTS…).
  pattern('passbolt-smtp-oauth-token-failed', 'product', 2, [
    phrase('SMTP OAuth2 token fetch failed:'), phrase('Failed to obtain SMTP OAuth2 access token.'),
  ], [p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35)], { yieldsTo: ['sign-in'] }),
  pattern('passbolt-smtp-oauth-no-access-token', 'product', 3, [
    phrase('SMTP OAuth2 token response from Microsoft did not contain an access token'),
  ], [p('unexpected_server_reply', 0.5), p('wrong_scope_or_resource', 0.3)]),
  // Tenant or client ID not a GUID (a domain name or the secret's ID pasted instead).
  pattern('passbolt-smtp-oauth-id-format', 'product', 3, [
    `(?:${phrase('Tenant ID')}|${phrase('Client ID')}) ?${phrase('should be a valid UUID')}`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  sendWrapper('passbolt-test-email-failed', [
    phrase('The test email could not be sent. Kindly check the logs below'),
    phrase('Die Test-E-Mail konnte nicht gesendet werden. Bitte überprüfen Sie die untenstehenden Protokolle'),
    phrase('Could not send the test email.'),
  ], 0.3, 0.25),
  // The SSO provider-error mail: "This can happen when the client secret of Azure AD is expired, or the SSO
  // configurations (client credentials) are invalid. See Azure error response below" — the response decides.
  pattern('passbolt-azure-sso-provider-error', 'product', 2, [
    phrase('Users are unable to log in via Azure SSO'),
    phrase('Benutzer können sich nicht über Azure SSO anmelden'),
    phrase('when the client secret of Azure AD is expired'),
    phrase('wenn das Client-Geheimnis von Azure AD abgelaufen ist'),
  ], [p('bad_client_secret', 0.6), p('wrong_tenant_or_app', 0.25)], { yieldsTo: ['sign-in'] }),
  pattern('passbolt-azure-sso-secret-expiry', 'product', 3, [
    phrase('Azure SSO secret expiry date is near'),
    phrase('Azure SSO geheimes Ablaufdatum ist nahe'),
    phrase('The client secret expiry date of your Azure AD instance is'),
    phrase('Das Ablaufdatum Ihrer Azure AD Instanz ist'),
  ], [p('bad_client_secret', 0.65)]),
  // auth_time older than the SSO request: Microsoft reused an earlier session instead of a fresh sign-in.
  pattern('passbolt-azure-sso-reauth', 'product', 3, [
    phrase('You must authenticate with Azure again'), phrase('Sie müssen sich erneut mit Azure authentifizieren'),
  ], [p('token_expired_or_invalid', 0.45)]),
];

/**
 * Zulip, `manage.py send_test_email`: zulip/zulip zerver/management/commands/send_test_email.py ("Failed to send
 * mails: <smtplib exception>", then "Full SMTP log follows:" with the dialogue, then CommandError "Email sending
 * failed!"). The SMTP reply in the exception or the log decides. English only (a management command).
 */
const ZULIP: readonly Rule[] = [
  sendWrapper('zulip-test-email-failed', [
    phrase('Failed to send mails:'), phrase('Full SMTP log follows:'), `${phrase('CommandError:')} ?${phrase('Email sending failed!')}`,
  ], 0.3, 0.25),
];

/**
 * LimeSurvey 6, the core plugin AzureOAuthSMTP (authorization code with offline_access, scope
 * https://outlook.office.com/SMTP.Send openid email; smtp.office365.com:587 STARTTLS): LimeSurvey/LimeSurvey
 * application/core/plugins/AzureOAuthSMTP/AzureOAuthSMTP.php and views/IncompleteSettingsMessage.twig,
 * application/libraries/PluginManager/SmtpOauthPluginBase.php (getSetupStatusDescription(), getHealthStatusText()).
 * English only: LimeSurvey ships compiled .mo translations.
 */
const LIMESURVEY: readonly Rule[] = [
  // validateRefreshToken(): the stored refresh token was refused (expired, revoked) or belongs to other credentials.
  pattern('limesurvey-oauth-token-invalid', 'product', 3, [phrase("The saved token isn't valid. You need to get a new one")], [
    p('token_expired_or_invalid', 0.65), p('bad_client_secret', 0.3),
  ]),
  // Nobody completed "Get new token" (the Microsoft sign-in) yet.
  pattern('limesurvey-oauth-no-token', 'product', 3, [
    phrase('AzureOAuthSMTP is enabled but there is no refresh token stored'),
    `(?<![\\w-])${phrase('No OAuth token.')}`,
  ], [p('not_authenticated', 0.6)]),
  pattern('limesurvey-oauth-no-email', 'product', 3, [phrase('AzureOAuthSMTP is enabled but there is no email address. Please generate a new token')], [
    p('not_authenticated', 0.5), p('token_expired_or_invalid', 0.35),
  ]),
  pattern('limesurvey-oauth-credentials-incomplete', 'product', 3, [
    phrase('AzureOAuthSMTP is enabled but credentials are incomplete'),
    phrase('Currently saved credentials are incomplete.'),
    phrase("Currently saved settings are incomplete. After saving 'Client ID', 'Client Secret' and 'Tenant ID'"),
  ], [p('wrong_tenant_or_app', 0.45), p('bad_client_secret', 0.35)]),
  // Entra ID accepts http redirect URIs only for localhost.
  pattern('limesurvey-oauth-needs-https', 'product', 3, [phrase('OAuth authentication requires the application to be served over HTTPS')], [
    p('redirect_uri_mismatch', 0.6),
  ]),
  pattern('limesurvey-oauth-redirect-query', 'product', 3, [phrase("Azure doesn't accept redirect URIs with query parameters")], [
    p('redirect_uri_mismatch', 0.8),
  ]),
  // No id_token in the token response: the openid scope was not granted.
  pattern('limesurvey-oauth-no-id-token', 'product', 3, [phrase("The token doesn't contain an id_token")], [
    p('wrong_scope_or_resource', 0.6), p('consent_missing', 0.2),
  ]),
];

/**
 * Matomo (PHPMailer): matomo-org/matomo core/Mail.php safeSend() logs "Could not send {class} email: {exception}" —
 * the PHPMailer exception after it decides. English only (a log line).
 */
const MATOMO: readonly Rule[] = [
  sendWrapper('matomo-mail-send-failed', [`${phrase('Could not send')} ?[A-Za-z0-9_\\\\]{1,200} ?${phrase('email:')}`], 0.3, 0.25),
];

/** Every rule of this file (patterns.ts). */
export const APPS_B_VOCABULARY_RULES: readonly Rule[] = [
  ...PAPERLESS, ...IMMICH, ...AUTHENTIK, ...BOOKSTACK, ...PASSBOLT, ...ZULIP, ...LIMESURVEY, ...MATOMO,
];
