/**
 * What content management systems say when their mail through Microsoft 365 (SMTP AUTH, XOAUTH2) fails (issue 10):
 * TYPO3, Joomla, Drupal, Ghost, Craft CMS, Strapi, Directus and Contao. Only texts read in the products' own source or
 * translation files are here; each group cites it.
 *
 * Most of them print their own sentence and, after it, the mail library's exception (PHPMailer, Symfony Mailer,
 * nodemailer), which already decides elsewhere (patterns-smtp.ts, vocab-mail-libraries.ts). So their sentences are weak
 * and give way to the server's reply, a TLS error or Microsoft's sign-in error behind them (`yieldsTo`); alone they
 * only say that the test failed. Rules are added only where decode() read a message wrong or only guessed.
 *
 * Not here (already read right, or not confirmed): Joomla's "SMTP Error! Could not authenticate." and its German
 * "SMTP-Fehler! Authentifizierung fehlgeschlagen.", "SMTP-Verbindung fehlgeschlagen" and the German from/recipient
 * strings decode right through PHPMailer's rules. TYPO3's mail test shows Symfony Mailer's exception after its own
 * sentence; TYPO3 ships no translation of the Install Tool texts, and no TYPO3 OAuth mail extension's wording was found in
 * the stored sources. Drupal core's German ("Unable to send email …") lives on localize.drupal.org, not in a stored
 * repository; Ghost, Directus and Contao's log lines are English only. Strapi's "Connection verification failed" has
 * no German in its catalogue.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Joomla. Its PHPMailer language strings are Joomla's own (libraries/src/Mail/language/phpmailer.lang-joomla.php maps
 * PHPMailer's keys to PHPMAILER_* language keys): English joomla/joomla-cms language/en-GB/joomla.ini, German
 * joomlagerman/joomla language/de-DE/joomla.ini (also administrator/ and api/). They differ from PHPMailer's own
 * ("SMTP Error!" with "!", "SMTP connect failed" without "()", German "Es konnte keine Verbindung … hergestellt werden").
 * The Global Configuration's "Send Test Mail" (administrator/components/com_config/src/Model/ApplicationModel.php
 * sendTestMail()) enqueues the exception's message and then COM_CONFIG_SENDMAIL_ERROR
 * (administrator/language/en-GB/com_config.ini; German joomlagerman/joomla administrator/language/de-DE/com_config.ini).
 */
const JOOMLA: readonly Rule[] = [
  // PHPMAILER_CONNECT_HOST (de) and PHPMAILER_SMTP_CONNECT_FAILED (en): like PHPMailer's own connect wrapper
  // (patterns-network.ts connect-wrapper), dropped beside a server reply or a TLS error.
  pattern('joomla-phpmailer-connect', 'network', 2, [
    phrase('SMTP-Fehler! Es konnte keine Verbindung zum SMTP-Host hergestellt werden'),
    // Not Keycloak's "Password based SMTP connect failed" (vocab-server-apps.ts).
    `(?<!based )${phrase('SMTP connect failed')}(?! ?\\()`,
  ], [p('network_blocked', 0.8)], { yieldsTo: ['server-reply', 'tls'] }),
  // PHPMAILER_DATA_NOT_ACCEPTED (en; the German "Daten werden nicht akzeptiert" is read by vocab-mail-libraries.ts):
  // the server refused the message after DATA; its reply (5.7.60 send-as, 5.2.x) follows and decides.
  pattern('joomla-phpmailer-data', 'smtp-submit', 1, [phrase('SMTP Error! Data not accepted')], [
    p('send_as_denied', 0.3), p('not_authenticated', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  // PHPMAILER_TLS (de only): STARTTLS could not be started.
  pattern('joomla-phpmailer-tls', 'tls', 2, [phrase('TLS konnte nicht gestartet werden')], [p('tls_problem', 0.65)]),
  // COM_CONFIG_SENDMAIL_ERROR: the test mail failed; the exception's message above it decides.
  sendWrapper('joomla-test-mail-failed', [phrase('Test mail could not be sent'), phrase('Test-E-Mail senden fehlgeschlagen')], 0.25, 0.2),
];

/**
 * Joomla 6.2 SMTP OAuth2 (XOAUTH2): joomla/joomla-cms libraries/src/Mail/MailOAuth2TokenProvider.php and
 * SmtpOAuth2TokenProvider.php requestAccessToken() ("Failed to acquire SMTP OAuth2 access token." when the token
 * endpoint returned no access_token), refreshing through joomla-framework/oauth2 src/Client.php refreshToken()
 * ("Error code %s received refreshing token: %s." with the endpoint's JSON — Microsoft's AADSTS text decides;
 * "No refresh token is available."), and authenticate() ("Error code %s received requesting access token: %s.").
 */
const JOOMLA_OAUTH: readonly Rule[] = [
  // The refresh with the stored refresh token, client ID/secret and scope gave no access token.
  pattern('joomla-oauth-no-access-token', 'product', 2, [phrase('Failed to acquire SMTP OAuth2 access token')], [
    p('token_expired_or_invalid', 0.5), p('bad_client_secret', 0.3), p('wrong_scope_or_resource', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('joomla-oauth-refresh-error', 'product', 1, [`${phrase('Error code')} ?\\d{3} ?${phrase('received refreshing token:')}`], [
    p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('joomla-oauth-code-error', 'product', 1, [`${phrase('Error code')} ?\\d{3} ?${phrase('received requesting access token:')}`], [
    p('bad_client_secret', 0.3), p('redirect_uri_mismatch', 0.25), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // No refresh token stored: the authorization (Microsoft sign-in) was not completed, or offline_access was not asked for.
  pattern('joomla-oauth-no-refresh-token', 'product', 2, [phrase('No refresh token is available')], [
    p('not_authenticated', 0.5), p('wrong_scope_or_resource', 0.35),
  ]),
];

/**
 * TYPO3, the Install Tool's / Environment module's "Test Mail Setup": TYPO3/typo3 typo3/sysext/install/Classes/
 * Controller/EnvironmentController.php mailTestAction(): title "Could not deliver mail", text "Please verify
 * $GLOBALS['TYPO3_CONF_VARS']['MAIL'][*] settings are valid. Error message: " + Symfony Mailer's exception (which
 * decides). English only (the Install Tool is not translated).
 */
const TYPO3: readonly Rule[] = [
  sendWrapper('typo3-mailtest-failed', [
    `\\[['"]?MAIL['"]?\\] ?\\[\\*\\] ?${phrase('settings are valid. Error message:')}`,
  ], 0.25, 0.2),
];

/**
 * Drupal. Core: drupal/drupal core/lib/Drupal/Core/Mail/MailManager.php doMail() logs "Error sending email (from %from
 * to %to with reply-to %reply)." and shows "Unable to send email. Contact the site administrator if the problem
 * persists." (no reason: the mail plugin's own log line has it). Symfony Mailer module (drupal.org project
 * symfony_mailer, src/Mailer.php as stored): "Error sending email: %message" with the transport's exception. SMTP
 * module (drupal.org project smtp, 8.x): "Error sending e-mail from @from to @to : <PHPMailer ErrorInfo>" — read in a
 * stored copy of SMTPMailSystem whose repository the index does not name (AmazeeLabs/smtp has the class, not the line).
 */
const DRUPAL: readonly Rule[] = [
  sendWrapper('drupal-unable-to-send', [
    phrase('Unable to send email. Contact the site administrator if the problem persists'),
    `${phrase('Error sending email (from')} [^()\\n]{1,300}${phrase('with reply-to')}`,
  ], 0.2, 0.2),
  sendWrapper('drupal-mailer-wrapper', [
    `${phrase('Error sending email:')} ?\\S`,
    `${phrase('Error sending e-mail from')} \\S{1,200} ${phrase('to')} \\S{1,300} ?:`,
  ], 0.25, 0.2),
];

/**
 * Ghost: TryGhost/Ghost ghost/core/core/server/services/mail/GhostMailer.js (messages failedSendingEmailError "Failed
 * to send email.", reason " Reason: {reason}." with nodemailer's message, help "Please see {url} for instructions on
 * configuring email."). English only.
 */
const GHOST: readonly Rule[] = [
  sendWrapper('ghost-send-failed', [
    `${phrase('Failed to send email.')} ?${phrase('Reason:')}`,
    `${phrase('Please see')} \\S{1,200} ${phrase('for instructions on configuring email')}`,
  ], 0.25, 0.2),
];

/**
 * Craft CMS: craftcms/cms src/controllers/SystemSettingsController.php actionTestEmailSettings() and
 * src/console/controllers/MailerController.php ("There was an error testing your email settings." — the reason is only
 * in Craft's log: "Please check the Craft log files."); German src/translations/de/app.php.
 */
const CRAFT: readonly Rule[] = [
  sendWrapper('craft-test-email-failed', [
    phrase('There was an error testing your email settings'), phrase('Beim Testen Ihrer E-Mail-Einstellungen ist ein Fehler aufgetreten'),
  ], 0.25, 0.2),
];

/**
 * Strapi email plugin: strapi/strapi packages/core/email/server/src/controllers/email.ts ("Couldn't send test email:
 * ${error.message}." / "Couldn't send email: …" — the provider's (nodemailer's) message decides), admin
 * packages/core/email/admin/src/translations/en.json and de.json (Settings.email.plugin.notification.test.error,
 * notification.verify.error).
 */
const STRAPI: readonly Rule[] = [
  sendWrapper('strapi-send-wrapper', [
    `${phrase("Couldn't send test email:")} ?\\S`, `${phrase("Couldn't send email:")} ?\\S`,
    `${phrase('Failed to send a test mail to')} \\S`, `${phrase('Test-E-Mail an')} \\S{1,200} ${phrase('konnte nicht gesendet werden')}`,
  ], 0.25, 0.2),
  // transporter.verify(): connects, STARTTLS and AUTH — any of them.
  sendWrapper('strapi-verify-failed', [phrase('Connection verification failed')], 0.3, 0.3),
];

/**
 * Directus: directus/directus api/src/services/mail/index.ts (EMAIL_VERIFY_SETUP: nodemailer's verify() failed, logged as
 * "Email connection failed:" and the error on the next line, which decides). Contao: contao/contao
 * core-bundle/src/EventListener/LogEmailMessageListener.php ("Failed to send e-mail to <recipients>" in the system
 * log, Symfony Mailer's FailedMessageEvent; the reason is not logged there).
 */
const DIRECTUS_CONTAO: readonly Rule[] = [
  sendWrapper('directus-verify-failed', [`${phrase('Email connection failed:')}`], 0.25, 0.25),
  sendWrapper('contao-send-failed', [`${phrase('Failed to send e-mail to')} \\S`], 0.2, 0.2),
];

/** Every CMS rule. */
export const CMS_VOCABULARY_RULES: readonly Rule[] = [
  ...JOOMLA, ...JOOMLA_OAUTH, ...TYPO3, ...DRUPAL, ...GHOST, ...CRAFT, ...STRAPI, ...DIRECTUS_CONTAO,
];
