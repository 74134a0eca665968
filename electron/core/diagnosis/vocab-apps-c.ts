/**
 * What further self-hosted applications say when their mail through Microsoft 365 (SMTP AUTH / XOAUTH2, IMAP/POP,
 * Graph) or their Microsoft sign-in fails (issue 10): Bugzilla, MantisBT, ownCloud (server and its Mail app),
 * Seafile, Rocket.Chat, Mastodon, Combodo iTop (SMTP with OAuth, its OAuth clients, mail to ticket) and the WordPress
 * plugin WPO365 | Microsoft Graph Mailer. Only texts read in the products' own source are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): ownCloud's test-mail sentence "A problem occurred while
 * sending the email. Please revise your settings. (Error: %s)" and its German are Nextcloud's words, already read by
 * vocab-server-apps.ts; mailcow's relay-host and transport checks (mailcow/mailcow-dockerized data/web/inc/ajax/
 * relay_check.php, transport_check.php) print PHPMailer's debug dialogue, and its SOGo and Postfix texts are in
 * vocab-clients-b.ts and the library vocabularies; cPanel relays through Exim and Plesk through Postfix (both in
 * vocab-relay-clients.ts / the library vocabularies); WooCommerce sends through wp_mail() and the SMTP plugin the shop
 * uses (WP Mail SMTP, Post SMTP, Easy WP SMTP and FluentSMTP are in vocab-php-apps.ts and vocab-web-apps.ts);
 * Proofpoint Essentials' outbound-relay article (help.proofpoint.com, "Outbound mail rejected - 554 5.7.1: Relay access
 * denied") adds no words to the relay rule of patterns-smtp.ts. Rocket.Chat's e-mail inboxes sign in with a password
 * only (apps/meteor/server/features/EmailInbox/EmailInbox.ts: node-imap and nodemailer, no OAuth), so Exchange's
 * "LOGIN failed." decides there. PaperCut NG/MF and Mobility Print, Veritas Backup Exec, NAKIVO, FortiGate / FortiMail /
 * FortiAnalyzer and IceWarp: their vendor pages found describe the Microsoft 365 set-up but no error wording of their
 * own could be read. No German was found for Bugzilla (its localisations are separate projects), MantisBT's and
 * iTop's log lines (not translated), Seafile (its seahub .po files were not readable here), Mastodon's setup wizard
 * and WPO365 (no language files in the plugin).
 */
import { FILLED_NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Bugzilla: bugzilla/bugzilla Bugzilla/Mailer.pm MessageToMTA() (commit 71e3af43) sends with Email::Sender's SMTP
 * transport and throws mail_send_error — template/en/default/global/code-error.html.tmpl "There was an error sending
 * mail from '…' to '…': <message>", the message being Email::Sender's ("failed AUTH: …", read by
 * vocab-mail-libraries-more.ts). Non-fatal failures are collected and shown to admins as mail_delivery_warnings
 * (template/en/default/global/messages.html.tmpl "Bugzilla could not send queued email." / "… for N messages.").
 */
const BUGZILLA: readonly Rule[] = [
  sendWrapper('bugzilla-mail-send-error', [phrase('There was an error sending mail from')], 0.25, 0.2),
  sendWrapper('bugzilla-queued-mail-failed', [phrase('Bugzilla could not send queued email')], 0.25, 0.25),
];

/**
 * MantisBT: mantisbt/mantisbt core/classes/EmailSenderPhpMailer.class.php send() (commit b50cdcfe) logs
 * "Error: message could not be sent - " and PHPMailer's ErrorInfo (PHPMailer's own sentence decides). MantisBT signs in
 * with smtp_username / smtp_password only (no OAuth in core). English only (log_event() texts are not translated).
 */
const MANTISBT: readonly Rule[] = [
  sendWrapper('mantisbt-message-not-sent', [phrase('Error: message could not be sent -')], 0.25, 0.2),
];

/**
 * ownCloud. Server: owncloud/core lib/private/Mail/Mailer.php send() (commit 0db82f53) catches Symfony Mailer's
 * TransportException, logs it and throws RuntimeException "Failed to deliver email" — the only reason the admin's test
 * mail shows ("… Please revise your settings. (Error: Failed to deliver email)"); Symfony's exception is in owncloud.log.
 * Mail app (archived): owncloud/mail lib/controller/accountscontroller.php create() (commit 7561b14d): "Creating account
 * failed: " + Horde's message, and "Auto detect failed. Please use manual mode." (auto-detection tries IMAP and SMTP
 * logins with the password; the app has no OAuth). German of l10n/de.json.
 */
const OWNCLOUD: readonly Rule[] = [
  pattern('owncloud-failed-to-deliver', 'product', 1, [`(?<![\\w-])${phrase('Failed to deliver email')}`], [
    p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.25), p('basic_auth_used', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('owncloud-mail-create-failed', 'product', 1, [phrase('Creating account failed:'), phrase('Kontoerstellung fehlgeschlagen:')], [
    p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('owncloud-mail-autodetect-failed', 'product', 2, [
    phrase('Auto detect failed. Please use manual mode'), phrase('Automatische Erkennung fehlgeschlagen. Bitte nutze den manuellen Modus'),
  ], [p('imap_auth_failed_generic', 0.4), p('basic_auth_used', 0.35), p('network_blocked', 0.2)], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Seafile: haiwen/seahub seahub/auth/views.py password_reset() (commit 00ea7a26) and the password-reset view of its
 * api2 (as stored) catch the exception of Django's SMTP backend, log it in seahub.log and show "Failed to send email, please
 * contact administrator." (smtplib's exception in the log decides). English only (see above).
 */
const SEAFILE: readonly Rule[] = [
  sendWrapper('seafile-send-failed', [phrase('Failed to send email, please contact administrator')], 0.25, 0.25),
];

/**
 * Rocket.Chat. SMTP test: apps/meteor/app/lib/server/methods/sendSMTPTestEmail.ts (and the older
 * packages/rocketchat-lib/server/methods/sendSMTPTestEmail.coffee) throw "Error trying to send email: " + nodemailer's
 * message (which decides). Omnichannel e-mail inboxes: apps/meteor/server/email/IMAPInterceptor.ts ("IMAP did not
 * connect.", "IMAP reconnection failed." after maxRetries) and apps/meteor/server/features/EmailInbox/EmailInbox.ts
 * ("Error setting up email interceptor for <address>"); the IMAP error logged before them decides.
 */
const ROCKET_CHAT: readonly Rule[] = [
  sendWrapper('rocketchat-send-failed', [phrase('Error trying to send email:')], 0.25, 0.2),
  pattern('rocketchat-imap-not-connected', 'product', 1, [
    phrase('IMAP did not connect'), phrase('IMAP reconnection failed'), phrase('Error setting up email interceptor for'),
  ], [p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.35)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Mastodon: mastodon/mastodon lib/tasks/mastodon.rake (mastodon:setup) sends a test mail through ActionMailer and on
 * failure prints "E-mail could not be sent with this configuration, try again." and the exception's message — Ruby
 * Net::SMTP's (patterns-smtp.ts, vocab-libs-c.ts). Running Mastodon logs the same Net::SMTP errors from its Sidekiq
 * mailer jobs; they carry no words of Mastodon's own.
 */
const MASTODON: readonly Rule[] = [
  sendWrapper('mastodon-setup-test-mail', [phrase('E-mail could not be sent with this configuration')], 0.3, 0.25),
];

/**
 * Combodo iTop, outgoing mail with OAuth ("SMTP_OAuth" transport, provider Azure): Combodo/iTop
 * sources/Core/Authentication/Client/Smtp/Oauth.php auth() (commit dd34fda4) — its IssueLog lines; the OAuth client
 * lookup sources/Core/Authentication/Client/OAuth/OAuthClientProviderFactory.php (itop-oauth-client:MissingOAuthClient,
 * UI:Error:SMTP:UnknownVendor); the OAuth client object datamodels/2.x/itop-oauth-client (datamodel.itop-oauth-client.xml
 * shows Message:MissingToken on an inactive client; src/Controller/AjaxOauthClientController.php shows Microsoft's
 * error_description, or Message:TokenError without one). English from dictionaries/en.dictionary.itop.ui.php and
 * datamodels/2.x/itop-oauth-client/dictionaries/en.dict.itop-oauth-client.php, German from the de.* files; the
 * IssueLog lines are English only.
 */
const ITOP_OAUTH: readonly Rule[] = [
  // The stored token is missing: the admin never ran "Generate access token" (the Microsoft sign-in) for the client.
  pattern('itop-oauth-not-authorized', 'product', 3, [
    phrase('Not prior authentication to OAuth'),
    phrase('Generate access token before using this OAuth client'),
    phrase('Bitte Zugriffstoken generieren bevor der OAuth-Client verwendet wird'),
  ], [p('not_authenticated', 0.75)]),
  pattern('itop-oauth-no-token', 'product', 2, [
    phrase('No OAuth token for outgoing mails for provider'), phrase('No OAuth token for IMAP for provider'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3)]),
  // The refresh with the stored refresh token was refused; Microsoft's message (AADSTS…) follows and decides.
  pattern('itop-oauth-credentials-failed', 'product', 1, [
    phrase('Failed to get oAuth credentials for outgoing mails for provider'),
    phrase('Failed to get IMAP oAuth credentials for incoming mails for provider'),
  ], [p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.25)], { yieldsTo: ['sign-in'] }),
  // AUTH XOAUTH2 answered 535/530/…: Exchange's reply is in the same line and decides.
  pattern('itop-smtp-oauth-refused', 'product', 1, [phrase('Unable to authenticate for outgoing mails for provider')], [
    p('smtp_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.25), p('wrong_scope_or_resource', 0.2),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('itop-smtp-oauth-timeout', 'product', 2, [phrase('Timeout connection for outgoing mails for provider')], [
    p('network_blocked', 0.6), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls'] }),
  // No OAuth client named like email_transport_smtp.username with "used for SMTP": nothing to sign in with.
  pattern('itop-oauth-client-missing', 'product', 3, [
    phrase('Missing Oauth client for user name'), phrase('Fehlender OAuth-Client für den Benutzernamen'),
  ], [p('not_authenticated', 0.5), p('wrong_tenant_or_app', 0.3)]),
  // email_transport_smtp.oauth.provider (or a mailbox's provider) names no known vendor ("Azure", "Google").
  pattern('itop-oauth-unknown-provider', 'product', 3, [
    `${phrase('OAuth SMTP provider')} ?\\S{1,64} ?${phrase('does not exist')}`,
    `${phrase('Der oAuth-SMTP-Provider')} ?\\S{1,64} ?${phrase('existiert nicht')}`,
  ], [p('wrong_tenant_or_app', 0.45)]),
  // The code exchange failed and Microsoft gave no error_description (with one, iTop shows Microsoft's text instead).
  pattern('itop-oauth-token-error', 'product', 2, [
    phrase('Access token not generated due to server error'), phrase('Das Zugriffstoken wurde aufgrund eines Serverfehlers nicht generiert'),
  ], [p('bad_client_secret', 0.35), p('redirect_uri_mismatch', 0.25), p('wrong_tenant_or_app', 0.25)], { yieldsTo: ['sign-in'] }),
];

/**
 * Combodo iTop mail to ticket: Combodo/combodo-email-synchro (before commit fe40339, e.g. a26eedac)
 * classes/imapemailsource.class.inc.php ("Cannot connect to IMAP server: '{host:993/imap/ssl}INBOX', with credentials:
 * 'user'/***'", imap_errors() logged after it — "AUTHENTICATE failed." decides), classes/pop3emailsource.class.inc.php
 * ("Cannot connect to POP3 server: …", "Cannot connect to <host> on port <n>", "Cannot login on server '…' using '…'
 * with pwd: ***", "Cannot login using <user> with pwd: ***") and classes/mailinboxesemailprocessor.class.inc.php ("Error -
 * Failed to initialize the mailbox: <name>, the mailbox will not be polled. Reason (<message>)"). The OAuth mailbox is
 * Combodo/combodo-oauth-email-synchro (commit 1ab3f3db) src/Service/IMAPOAuthEmailSource.php (its log lines are in
 * ITOP_OAUTH) and "OAuth provider %1$s does not exist" / "Der oAuth-Provider %1$s existiert nicht" (en./de.dict…).
 */
const ITOP_MAIL_TO_TICKET: readonly Rule[] = [
  pattern('itop-mailinbox-imap-connect', 'product', 1, [`${phrase('Cannot connect to IMAP server:')} ?'`], [
    p('imap_auth_failed_generic', 0.4), p('basic_auth_used', 0.3), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // POP3 USER/PASS refused: with Microsoft 365 a password login (basic authentication is off for POP).
  pattern('itop-mailinbox-pop3-login', 'product', 2, [
    `${phrase('Cannot login on server')} ?'`, `${phrase('Cannot login using')} ?${FILLED_NAME} ?${phrase('with pwd')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.35)], { yieldsTo: ['server-reply'] }),
  pattern('itop-mailinbox-pop3-connect', 'product', 2, [
    phrase('Cannot connect to POP3 server:'), `${phrase('Cannot connect to')} ?\\S{1,255} ?${phrase('on port')} ?\\d{1,5}`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.2)], { yieldsTo: ['tls'] }),
  pattern('itop-mailinbox-init-failed', 'product', 1, [phrase('Failed to initialize the mailbox:')], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('itop-mailinbox-unknown-provider', 'product', 3, [
    `${phrase('OAuth provider')} ?\\S{1,64} ?${phrase('does not exist')}`,
    `${phrase('Der oAuth-Provider')} ?\\S{1,64} ?${phrase('existiert nicht')}`,
  ], [p('wrong_tenant_or_app', 0.45)]),
];

/**
 * WPO365 | Microsoft Graph Mailer (WordPress, wordpress.org plugin wpo365-msgraphmailer, as mirrored in
 * WordPressBugBounty/plugins-wpo365-msgraphmailer, commit b56637c2): wpo365-msgraphmailer/Mail/Mail_Authorization_Helpers.php
 * get_mail_access_token() / get_mail_access_token_delegated() (the delegated "From" mailbox authorization and its
 * refresh, then the application-permission fallback), Services/Access_Token_Service.php get_app_only_access_token() and
 * validate_access_token() (Microsoft's error_description follows), Mail/Mailer.php send() (Graph's error message, its
 * code and the HTTP status follow "Could not sent email using Microsoft Graph"). English only.
 */
const WPO365: readonly Rule[] = [
  // The admin never ran the mail authorization (the Microsoft sign-in of the "From" mailbox).
  pattern('wpo365-no-mail-authorization', 'product', 3, [phrase('No mail authorization object was found')], [p('not_authenticated', 0.75)]),
  // No refresh token: the "offline_access" permission was not consented for the app registration.
  pattern('wpo365-no-refresh-token', 'product', 3, [phrase('The mail authorization object does not provide a refresh token')], [
    p('wrong_scope_or_resource', 0.55), p('consent_missing', 0.3),
  ]),
  pattern('wpo365-pkce-verifier-missing', 'product', 3, [phrase('could not find the PKCE code verifier')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.3),
  ]),
  // The account that signed in during the mail authorization is not the configured "From" mailbox.
  pattern('wpo365-id-token-mismatch', 'product', 3, [phrase('Information in the ID token does not match with the configured')], [
    p('not_authenticated', 0.5), p('send_as_denied', 0.35),
  ]),
  // The app-only token lacks the application permission (Mail.Send / Mail.ReadWrite) — not granted or not consented.
  pattern('wpo365-app-role-missing', 'product', 3, [phrase('does not has the role requested')], [
    p('consent_missing', 0.6), p('wrong_scope_or_resource', 0.3),
  ]),
  // Token requests that failed; Microsoft's error_description (AADSTS…) follows and decides.
  pattern('wpo365-access-token-failed', 'product', 1, [
    phrase('Could not get an access token to send WordPress emails using Microsoft Graph'),
    phrase('Error occured whilst getting an access token for sending WordPress emails'),
    phrase('Error occured whilst getting an app-only access token'),
    phrase('App-only access token is not valid:'),
  ], [p('token_expired_or_invalid', 0.4), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('wpo365-graph-throttled', 'product', 3, [phrase('Microsoft Graph throttled the request due to rate limits')], [p('throttled', 0.85)]),
  // sendMail answered an error: Graph's message and code in brackets decide.
  pattern('wpo365-graph-send-failed', 'product', 1, [`${phrase('Could not sent')} ?(?:draft-)?${phrase('email using Microsoft Graph')}`], [
    p('unexpected_server_reply', 0.3), p('consent_missing', 0.25), p('token_expired_or_invalid', 0.2),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** Every rule of this vocabulary (patterns.ts). */
export const APPS_C_VOCABULARY_RULES: readonly Rule[] = [
  ...BUGZILLA, ...MANTISBT, ...OWNCLOUD, ...SEAFILE, ...ROCKET_CHAT, ...MASTODON, ...ITOP_OAUTH, ...ITOP_MAIL_TO_TICKET, ...WPO365,
];
