/**
 * What shop systems, CRMs and invoicing software say when their mail to Microsoft 365 fails (issue 10): their own
 * sentences around (or instead of) Symfony Mailer's and the server's texts. Only texts read in the products' own source
 * are here; each group cites its files. Symfony Mailer's own sentences ("Failed to authenticate on SMTP server with
 * username …") are in vocab-php-apps.ts and are not repeated.
 *
 * - Shopware 6 (shopware/shopware): SMTP with OAuth2 ("smtp+oauth", client credentials or ROPC against the
 *   configured token URL) in src/Core/Content/Mail/Transport/SmtpOauthTokenProvider.php (commit 782d0113) — a token
 *   endpoint answer other than 200 raises MailException::oauthError() (src/Core/Content/Mail/MailException.php,
 *   commit 1d190126, code MAIL__OAUTH_ERROR) with the endpoint's body (Entra's JSON with the AADSTS code) appended;
 *   MailException::mailTransportFailedException() (6.7, CONTENT__MAIL_TRANSPORT_FAILED) and the older
 *   src/Core/Content/MailTemplate/Exception/MailTransportFailedException.php wrap the transport's exception; the
 *   administration's test mail notification from src/Administration/Resources/app/administration/src/module/
 *   sw-mail-template/snippet/en-GB.json and de-DE.json (commit cfc087db). Exception texts are English only.
 * - EspoCRM (espocrm/espocrm, commit 2cde9d98): application/Espo/Core/Mail/Sender.php handleException() turns a
 *   transport error that mentions "password", "credentials", 5.7.8 or 5.7.3 into the message key invalidCredentials,
 *   any other into unknownError, and logs "Email sending error: …" with the transport's text;
 *   client/src/views/email/record/detail.js errorHandlerSendingFail() prints sendingFailed + ": " + the message —
 *   English from application/Espo/Resources/i18n/en_US/Email.json, German from de_DE/Email.json. The IMAP folder
 *   list (client/src/views/email-account/fields/folders.js) prints couldNotConnectToImap when the IMAP test fails
 *   (EmailAccount.json / InboundEmail.json, English and German); the Service logs "IMAP test connection failed.".
 * - Invoice Ninja 5 (invoiceninja/invoiceninja, commit a148eec0): app/Jobs/Mail/NinjaMailerJob.php — the Microsoft
 *   (office365) mailer refreshes the user's token at login.microsoftonline.com/common and logs "Problem getting new
 *   Microsoft token for User: …" when that fails (then falls back to the default mailer); every other send failure is
 *   logged as "Mailer failed with <exception text>". Log lines, English only.
 * - PrestaShop 8 (PrestaShop/PrestaShop, commit 067b1054): src/Adapter/Email/EmailConfigurationTester.php — the
 *   "Send a test email" button prints "An error has occurred. Please check your configuration" and then the mailer's
 *   error text. The German wording lives in PrestaShop's translation packs, not in the repository (not added).
 * - vtiger CRM 5 (vtiger-crm/vtigercrm, commit 41098238): modules/Emails/mail.php parseEmailErrorString() — the page
 *   after sending shows one sentence per failed address from PHPMailer's error key: connect_host ("Mail sever is not
 *   configured"), from_failed (MAIL FROM refused) or any other failure. Password sign-in only; English only.
 *
 * A product sentence that only wraps the reply (a 535 line, an AADSTS code) gives way to that reply (`yieldsTo`);
 * alone it decides with the weights below.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** Shopware 6: the SMTP OAuth token request and the mail transport's wrappers. */
const SHOPWARE: readonly Rule[] = [
  // SmtpOauthTokenProvider::fetchToken(): the token endpoint did not answer 200; its body (JSON) follows. Client
  // credentials: mostly a wrong or expired secret, a wrong tenant/client id in the token URL, or a wrong scope.
  // Docker's "failed to fetch oauth token: unexpected status …" has no JSON body after it, so it does not match.
  pattern('shopware-oauth-token-failed', 'product', 2, [
    `${phrase('Failed to fetch oauth token:')} ?[{<]`, 'MAIL__OAUTH_ERROR',
  ], [p('bad_client_secret', 0.45), p('wrong_tenant_or_app', 0.35), p('wrong_scope_or_resource', 0.3)], { yieldsTo: ['sign-in'] }),
  // MailException / MailTransportFailedException: "Failed sending mail … with Error: <transport exception>".
  sendWrapper('shopware-transport-failed', [
    phrase('Failed sending mail with Error:'), phrase('Failed sending mail to following recipients:'),
    'CONTENT__MAIL_TRANSPORT_FAILED',
  ], 0.25, 0.2),
  // sw-mail-template "Send test mail": the administration's notification (the API error is in the browser console).
  sendWrapper('shopware-test-mail-failed', [
    phrase('An error occurred while sending the test email.'),
    phrase('Beim Versand der Test-Mail ist ein Fehler aufgetreten.'),
  ], 0.3, 0.2),
];

/** EspoCRM: sending (Sender.php) and the IMAP connection test of personal and group accounts. */
const ESPOCRM: readonly Rule[] = [
  // invalidCredentials: the transport's error mentioned the password, credentials, 5.7.8 or 5.7.3 — with Microsoft 365
  // "535 5.7.3 Authentication unsuccessful" (wrong password, or basic auth / SMTP AUTH turned off).
  pattern('espocrm-sending-invalid-credentials', 'product', 2, [
    `${phrase('Email sending failed')} ?: ?${phrase('Invalid credentials')}`,
    `${phrase('E-Mail-Versand fehlgeschlagen')} ?: ?${phrase('Ungültige Zugangsdaten')}`,
  ], [p('smtp_auth_failed_generic', 0.6), p('basic_auth_used', 0.35), p('smtp_auth_disabled_mailbox', 0.25)], {
    yieldsTo: ['server-reply'],
  }),
  // unknownError: any other transport error (no connection, TLS, a refused sender…); Sender.php logs the real text.
  pattern('espocrm-sending-unknown-error', 'product', 1, [
    `${phrase('Email sending failed')} ?: ?${phrase('Unknown error')}`,
    `${phrase('E-Mail-Versand fehlgeschlagen')} ?: ?${phrase('Unbekannter Fehler')}`,
  ], [p('network_blocked', 0.3), p('smtp_auth_failed_generic', 0.25), p('tls_problem', 0.2)], {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
  // Sender.php's log line around the transport's exception text: the text after it decides.
  sendWrapper('espocrm-log-sending-error', [phrase('Email sending error:')], 0.25, 0.2),
  // couldNotConnectToImap: listing the folders (the connection test) failed — a refused login or no connection.
  pattern('espocrm-imap-could-not-connect', 'product', 2, [
    phrase('Could not connect to IMAP server'),
    phrase('Kann keine Verbindung zum IMAP-Server herstellen'), phrase('Kann keine Verbindung zum IMAP Server herstellen'),
  ], [p('imap_auth_failed_generic', 0.45), p('network_blocked', 0.35), p('basic_auth_used', 0.2)], {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
  pattern('espocrm-log-imap-test-failed', 'product', 1, [phrase('IMAP test connection failed.')], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Invoice Ninja 5: the Microsoft (office365) mailer's token refresh and the mailer job's log line. */
const INVOICE_NINJA: readonly Rule[] = [
  // refreshOfficeToken(): the refresh_token grant failed — the refresh token was revoked/expired (invalid_grant) or
  // the app's client secret (ninja.o365.client_secret) expired.
  pattern('invoiceninja-microsoft-token-refresh-failed', 'product', 2, [phrase('Problem getting new Microsoft token for User:')], [
    p('token_expired_or_invalid', 0.65), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // handle(): any other exception while sending; "a Logic Exception" is an address format error, not a mail-server one.
  sendWrapper('invoiceninja-mailer-failed', [`${phrase('Mailer failed with')} (?!a Logic Exception)`], 0.25, 0.2),
];

/** PrestaShop 8: Advanced Parameters › E-mail › "Send a test email". */
const PRESTASHOP: readonly Rule[] = [
  pattern('prestashop-test-mail-failed', 'product', 1, [phrase('An error has occurred. Please check your configuration')], [
    p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.25), p('basic_auth_used', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** vtiger CRM 5: the sentences parseEmailErrorString() prints after a failed send. */
const VTIGER: readonly Rule[] = [
  // connect_host: PHPMailer reached no SMTP host — wrong server name/port or a blocked connection (old PHPMailer also
  // ended here when AUTH was refused).
  pattern('vtiger-check-mail-server-name', 'product', 2, [phrase('Please Check the Mail Server Name...')], [
    p('network_blocked', 0.5), p('smtp_auth_failed_generic', 0.35), p('basic_auth_used', 0.2),
  ]),
  // from_failed: the server refused MAIL FROM — Exchange does so when AUTH did not happen (5.7.57) or the account may not
  // send as that address.
  pattern('vtiger-check-from-email-id', 'product', 2, [`${phrase('Please check the from email id')} '`], [
    p('send_as_denied', 0.45), p('not_authenticated', 0.35),
  ]),
  // any other PHPMailer error (authenticate, recipients_failed, data_not_accepted…) for that address.
  pattern('vtiger-mail-not-sent-to-id', 'product', 1, [`${phrase('Mail could not be sent to this email id')} '[^'\\n]{1,255}'`], [
    p('smtp_auth_failed_generic', 0.35), p('outbound_sender_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * XoroERP's "Validate" of a User/Company Email with smtp.office365.com:587: "Cannot complete the request. Cannot send a test mail.
 * The SMTP server required a secure connection or the client was not authenticated. The server response was: 5.7.1 Authentication
 * Required. …". The vendor's page says this "typically appears if the email or password or both are incorrect" (or Google
 * blocking the sign-in): docs.xorosoft.com/xoroerp-1/user/user-email-setup/user-email-setup-and-usage. The sign-in failed, so
 * the refused MAIL FROM is its consequence.
 */
const XORO_ERP: readonly Rule[] = [
  pattern('xoroerp-test-mail-auth-required', 'product', 3, [
    `${phrase('Cannot send a test mail.')}[^]{0,200}?${phrase('The server response was:')} ?5\\.7\\.[01] ${phrase('Authentication Required')}`,
  ], [p('smtp_auth_failed_generic', 0.97)]),
];

/** Every rule of this file (patterns.ts). */
export const BUSINESS_APP_VOCABULARY_RULES: readonly Rule[] = [...SHOPWARE, ...ESPOCRM, ...INVOICE_NINJA, ...PRESTASHOP, ...VTIGER, ...XORO_ERP];
