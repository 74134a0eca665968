/**
 * What web applications say when they send or read mail through Microsoft 365 with OAuth2 (issue 10).
 * Only texts read in the products' own source are here; each group cites its file.
 *
 * - FluentSMTP (WordPress), English only (the repository ships no German catalogue; translate.wordpress.org
 *   was not reachable): WPManageNinja/fluent-smtp app/Services/Mailer/Providers/Outlook/Handler.php
 *   (sendViaApi, validateProviderInformation, getConnectionInfo) and Outlook/API.php (sendMime).
 * - Nextcloud Mail, English and German: nextcloud/mail l10n/de.json (keys are the English source strings).
 *
 * Not sourced in time (left out, see the report): WP Mail SMTP's Outlook mailer (Pro only, not in the public
 * repository), Post SMTP, Easy WP SMTP, Moodle (core and local_o365), Roundcube, SuiteCRM, Mautic.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** FluentSMTP's Outlook connection (Microsoft Graph /me/sendMail with a delegated token). */
const FLUENT_SMTP: readonly Rule[] = [
  // sendViaApi(): the refresh-token request to login.microsoftonline.com failed; the OAuth error follows.
  pattern('fluentsmtp-outlook-refresh-failed', 'product', 2, [phrase('Failed to refresh the Outlook access token')], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // API::sendMime(): Graph answered >= 300 without an error message of its own.
  pattern('fluentsmtp-outlook-api', 'product', 2, [phrase('Something with wrong with Outlook API. Please check your API Settings')], [
    p('unexpected_server_reply', 0.45), p('wrong_scope_or_resource', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // validateProviderInformation(): client id / secret constants missing from wp-config.php.
  pattern('fluentsmtp-outlook-client-id', 'product', 3, [phrase('Please define FLUENTMAIL_OUTLOOK_CLIENT_ID')], [p('wrong_tenant_or_app', 0.6)]),
  pattern('fluentsmtp-outlook-client-secret', 'product', 3, [phrase('Please define FLUENTMAIL_OUTLOOK_CLIENT_SECRET')], [p('bad_client_secret', 0.6)]),
  // … no authorization code pasted and no token stored: nobody signed in with Microsoft yet.
  pattern('fluentsmtp-outlook-no-auth-token', 'product', 3, [phrase('Please Provide Auth Token')], [p('not_authenticated', 0.7)]),
  // getConnectionInfo(): the stored token's expiry has passed.
  pattern('fluentsmtp-outlook-reauth', 'product', 3, [phrase('Invalid. Please re-authenticate')], [p('token_expired_or_invalid', 0.7)]),
];

/** Nextcloud Mail's account setup (English source string | German of l10n/de.json). */
const NEXTCLOUD_MAIL: readonly Rule[] = [
  pattern('nextcloud-mail-microsoft-oauth-missing', 'product', 3, [
    phrase('Microsoft requires OAuth authentication. Ask your Nextcloud admin'),
    phrase('Microsoft erfordert OAuth-Authentifizierung'),
  ], [p('basic_auth_used', 0.75)]),
  pattern('nextcloud-mail-popup-closed', 'product', 3, [
    phrase('Authorization pop-up closed'), phrase('Anmeldungs-Pop-up wurde geschlossen'),
  ], [p('user_cancelled_or_consent_declined', 0.7)]),
  pattern('nextcloud-mail-unreachable', 'product', 2, [
    phrase('IMAP server is not reachable'), phrase('SMTP server is not reachable'),
    phrase('IMAP-Server ist nicht erreichbar'), phrase('SMTP-Server ist nicht erreichbar'),
  ], [p('network_blocked', 0.65), p('tls_problem', 0.25)], { yieldsTo: ['tls'] }),
  pattern('nextcloud-mail-imap-password', 'product', 2, [
    phrase('IMAP username or password is wrong'), phrase('Falscher IMAP-Benutzername oder Passwort'),
    phrase('IMAP server denied authentication'), phrase('IMAP-Server hat die Anmeldung verweigert'),
  ], [p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.35)], { yieldsTo: ['server-reply'] }),
  pattern('nextcloud-mail-smtp-password', 'product', 2, [
    phrase('SMTP username or password is wrong'), phrase('SMTP-Benutzername oder Passwort ist falsch'),
    phrase('SMTP server denied authentication'), phrase('SMTP-Server hat die Anmeldung verweigert'),
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.35)], { yieldsTo: ['server-reply'] }),
];

/** Every web-application rule (patterns.ts). */
export const WEB_APP_VOCABULARY_RULES: readonly Rule[] = [...FLUENT_SMTP, ...NEXTCLOUD_MAIL];
