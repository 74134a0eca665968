/**
 * What further applications say when their mail through Microsoft 365 (Graph, SMTP, IMAP) or their Microsoft sign-in
 * fails (issue 10): the Windows mail client Wino Mail (Outlook/Graph synchronizer, IMAP set-up), Kibana's alerting
 * "Email" connector (SMTP through nodemailer, and its "MS Exchange Server" service through Graph sendMail with client
 * credentials), phpList, Keila, UrBackup and Bacula's / Bareos' bsmtp. Only texts read in the products' own source are
 * here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`, or
 * `sendWrapper`); alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): Mailtrain (Mailtrain-org/mailtrain) shows nodemailer's
 * messages unchanged — its locales/en-US/common.json has no send-failure wording of its own; phpList's OAuth2 plugin
 * (bramley/phplist-plugin-oauth2 plugins/OAuth2.php, authorise.php) echoes the League OAuth2 client's exception text
 * ("Invalid state" is its only own line); Keila's SMTP adapter (pentacent/keila lib/keila/mailings/sender_adapters/
 * smtp.ex) returns gen_smtp's error terms. Sendy and QuickBooks are closed source and no vendor page with their
 * own error wording was found; TeamCity's e-mail notifier documentation (jetbrains.com/help/teamcity/…/email-notifier-
 * tab.html) names the "Test connection" button but no error text; Canvas LMS sends through ActionMailer with no wording
 * of its own found; Zapier's email steps: no public error wording found. Kibana ships no German translation
 * (x-pack translations are fr-FR, ja-JP, zh-CN), and bsmtp forces setlocale(LC_ALL, "en_US"), so both are English only.
 */
import { FILLED_NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Wino Mail: bkaankose/Wino-Mail (commit d52f7b86). Texts of Wino.Core.Domain/Translations/en_US/resources.json and
 * de_DE/resources.json.
 * - Exception_AliasSendDenied_Message: Wino.Core/Synchronizers/OutlookSynchronizer.cs HandleFailedResponseAsync()
 *   replaces Graph's message when a batched sendMail answers 403 ErrorSendAsDenied (the line is
 *   "[Forbidden] ErrorSendAsDenied - <message>").
 * - Exception_AccountNeedsAttention_Message: the toast of Wino.Mail.WinUI/Services/NotificationBuilder.cs
 *   CreateAttentionRequiredNotification(), raised by Wino.Core/Services/SynchronizationManager.cs on
 *   AuthenticationAttentionException — thrown by Wino.Authentication/OutlookAuthenticator.cs when MSAL cannot renew the
 *   token silently and no window is there for an interactive sign-in (the stored sign-in expired or was revoked).
 * - Exception_UnknowErrorDuringAuthentication / Exception_TokenGenerationFailed: OutlookAuthenticator.cs
 *   GenerateTokenInformationAsync().
 * - IMAPSetupDialog_ConnectionFailedMessage (used when the connectivity test gives no reason), IMAPSetupDialog_
 *   ValidationFailed_Title (an InfoBar title; the exception's message follows), IMAPSetupDialog_CertificateDenied
 *   (Wino.Mail.ViewModels/ImapCalDavSettingsPageViewModel.cs, AccountSetupProgressPageViewModel.cs).
 */
const WINO_MAIL: readonly Rule[] = [
  pattern('wino-alias-send-denied', 'product', 3, [
    `${phrase('You do not have permission to send from alias')} ?${FILLED_NAME}\\. ?${phrase('Pick another alias or update your mailbox permissions')}`,
    `${phrase('Sie haben keine Berechtigung, von dem Alias')} ?${FILLED_NAME} ?${phrase('zu senden.')} ?${phrase('Wählen Sie einen anderen Alias oder passen Sie Ihre Postfachberechtigungen an')}`,
  ], [p('send_as_denied', 0.85)]),
  // The stored Microsoft sign-in can no longer be renewed silently: "Fix" signs in again interactively.
  pattern('wino-account-needs-attention', 'product', 2, [
    `'[^'\\n]{1,255}' ?${phrase('requires your attention to continue working')}`,
    `'[^'\\n]{1,255}' ?${phrase('erfordert Ihre Aufmerksamkeit, um weiterzuarbeiten')}`,
  ], [p('token_expired_or_invalid', 0.6), p('not_authenticated', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('wino-unknown-auth-error', 'product', 1, [
    phrase('Unknown error occurred during authentication'), phrase('Unbekannter Fehler bei der Authentifizierung'),
    phrase('Tokengenerierung fehlgeschlagen'),
  ], [p('not_authenticated', 0.4), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['sign-in'] }),
  // The user declined the server certificate Wino showed: with Exchange Online a certificate that is not Microsoft's
  // means something in the path (a TLS-inspecting proxy) replaced it.
  pattern('wino-certificate-denied', 'product', 3, [
    phrase("User didn't authorize the handshake with the certificate"),
    phrase('Der Benutzer hat den Handshake mit dem Zertifikat nicht autorisiert'),
  ], [p('tls_problem', 0.7)]),
  // The connectivity test's fallback (no reason given: the server was not reached) and the validation InfoBar's title
  // (MailKit's message follows and decides).
  pattern('wino-imap-connection-failed', 'product', 1, [
    `(?<![\\w-])${phrase('IMAP connection failed.')}`, phrase('IMAP Verbindung fehlgeschlagen.'),
    phrase('IMAP Server validation failed.'), phrase('IMAP-Server-Validierung fehlgeschlagen.'),
  ], [p('network_blocked', 0.35), p('imap_auth_failed_generic', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Kibana, Email connector: elastic/kibana x-pack/plugins/stack_connectors/server/connector_types/email/index.ts
 * (validateConfig(), validateConnector(), executor(): message "error sending email" with the transport's message as
 * serviceMessage; the action executor logs "action execution failure: .email:<id>: <name>: error sending email:
 * <serviceMessage>", x-pack/plugins/actions/server/lib/action_executor.ts), send_email.ts sendEmailWithExchange()
 * ("Unable to retrieve access token for connectorId: …"), send_email_graph_api.ts (Graph's JSON after "error thrown
 * sending Microsoft Exchange email for clientID: …"), and x-pack/plugins/actions/server/lib/
 * get_oauth_client_credentials_access_token.ts / request_oauth_token.ts (the token endpoint's JSON — AADSTS… — after
 * "error thrown getting the access token from …").
 */
const KIBANA: readonly Rule[] = [
  sendWrapper('kibana-email-error-sending', [`\\.email:[^\\n]{0,200}?: ?${phrase('error sending email')}`], 0.25, 0.25),
  // The client-credentials token request was refused; Microsoft's error_description follows and decides.
  pattern('kibana-exchange-token-error', 'product', 1, [`${phrase('error thrown getting the access token from')} ?\\S`], [
    p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Graph's sendMail answered other than 202; its JSON (ErrorAccessDenied, ErrorInvalidUser …) follows and decides.
  // Alone: the app's Mail.Send application permission (admin consent) or an access policy scoping it.
  pattern('kibana-exchange-send-error', 'product', 1, [phrase('error thrown sending Microsoft Exchange email for clientID:')], [
    p('consent_missing', 0.3), p('mailbox_permission_missing', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // getOAuthClientCredentialsAccessToken() returned null: client ID, tenant ID or client secret not set.
  pattern('kibana-exchange-no-token', 'product', 2, [
    phrase('Unable to retrieve access token for connectorId:'),
    phrase('Missing required fields for requesting OAuth Client Credentials access token'),
  ], [p('wrong_tenant_or_app', 0.45), p('bad_client_secret', 0.4)], { yieldsTo: ['sign-in'] }),
  pattern('kibana-exchange-secret-required', 'product', 3, [phrase('[clientSecret] is required')], [p('bad_client_secret', 0.6)]),
  pattern('kibana-exchange-app-required', 'product', 3, [
    phrase('[clientId]/[tenantId] is required'), phrase('[clientId] is required'), phrase('[tenantId] is required'),
  ], [p('wrong_tenant_or_app', 0.6)]),
];

/**
 * phpList 3: phpList/phplist3 public_html/lists/admin/class.phplistmailer.php send() logs "Error sending email to %s" (%s: the
 * recipient's address — which keeps Wazuh's "Error Sending email to <host> (smtp server)" out)
 * and PHPMailer's ErrorInfo after it (PHPMailer's own sentence decides); public_html/lists/admin/sendemaillib.php
 * ("Error sending message %d (%d/%d) to %s (%s) "), actions/processqueue.php ("Failed sending to"); German of
 * public_html/lists/admin/locale/de/phplist.po.
 */
const PHPLIST: readonly Rule[] = [
  sendWrapper('phplist-send-error', [
    `${phrase('Error sending email to')} ?[^\\s@]{1,64}@`, `${phrase('Fehler beim Senden der E-Mail an')} ?[^\\s@]{1,64}@`,
    `${phrase('Error sending message')} ?\\d{1,12} ?\\(\\d{1,12}/\\d{1,12}\\) ?to`, `${phrase('Fehler beim Senden von Nachricht')} ?\\d{1,12} ?\\(\\d{1,12}/\\d{1,12}\\) ?an`,
    phrase('Error sending test messages to'), phrase('Fehler beim Senden von Test-Nachrichten an'),
  ], 0.25, 0.2),
];

/**
 * Keila: pentacent/keila lib/keila_web/templates/campaign/_send_dialogs.html.heex (the adapter's error follows the
 * sentence); German of priv/gettext/de/LC_MESSAGES/default.po.
 */
const KEILA: readonly Rule[] = [
  sendWrapper('keila-preview-send-error', [
    phrase('There was an error sending the preview campaign'), phrase('Beim Senden der Kampagnen-Vorschau ist ein Fehler aufgetreten'),
  ], 0.25, 0.25),
];

/**
 * UrBackup server: uroni/urbackup_backend urbackupserver/Mailer.cpp ('Error sending mail to "…". <error>. Retrying
 * in …'), urbackupserver/Backup.cpp and ClientMain.cpp ("Sending mail failed. <error>"), the settings page's test
 * (urbackupserver/www/js/templates.js settings_mail_test_failed, German of www/js/translation.js). The error is
 * libcurl's, formatted by urlplugin/UrlFactory.cpp sendMail() as "<curl_easy_strerror>(ec=<code>), <curl's detail>".
 */
const URBACKUP: readonly Rule[] = [
  sendWrapper('urbackup-mail-failed', [
    phrase('Sending test mail failed. Error:'), phrase('Senden der Test-E-Mail fehlgeschlagen. Fehler:'),
    `${phrase('Error sending mail to')} ?"[^"\\n]{0,255}"\\.`, `(?<![\\w-])${phrase('Sending mail failed.')}`,
  ], 0.25, 0.25),
  // CURLE_LOGIN_DENIED (67): the server refused AUTH; curl's detail after the comma may quote Exchange's 535.
  pattern('urbackup-curl-login-denied', 'product', 2, [`${phrase('Login denied')} ?\\(ec=67\\)`], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * Bacula's and Bareos' mail command bsmtp: bacula src/tools/bsmtp.c (dlangille/bacula-community bacula/src/tools/
 * bsmtp.c) and bareos core/src/tools/bsmtp.cc. bsmtp speaks HELO, MAIL FROM, RCPT TO, DATA — no STARTTLS, no AUTH —
 * and stops at the first reply of 4xx/5xx with "Fatal malformed reply from <host>: <reply>": Exchange Online's
 * submission port answers it with "STARTTLS is required" / "Client not authenticated" (the quoted reply decides).
 */
const BSMTP: readonly Rule[] = [
  pattern('bsmtp-fatal-reply', 'product', 1, [`${phrase('Fatal malformed reply from')} ?[^:\\s]{1,255}:`], [
    p('not_authenticated', 0.4), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('bsmtp-connect', 'product', 2, [
    `${phrase('Failed to connect to mailhost')} ?\\S`, `${phrase('Error unknown mail host')} ?"`, `${phrase('Fatal connect error to')} ?[^:\\s]{1,255}: ?ERR=`,
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
];

/** Every rule of this vocabulary (patterns.ts). */
export const APPS_D_VOCABULARY_RULES: readonly Rule[] = [...WINO_MAIL, ...KIBANA, ...PHPLIST, ...KEILA, ...URBACKUP, ...BSMTP];
