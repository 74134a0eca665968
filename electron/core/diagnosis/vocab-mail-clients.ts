/**
 * Open-source mail clients other than Thunderbird desktop and Mailspring (those have their own files), with the
 * messages their own string files show when signing in to or connecting with Microsoft 365 fails.
 *
 * - K-9 Mail / Thunderbird for Android (thunderbird/thunderbird-android
 *   legacy/ui/legacy/src/main/res/values/strings.xml and values-de/strings.xml):
 *   notification_authentication_error_text "Authentication failed for %s. Update your server settings." /
 *   "Authentifizierung fehlgeschlagen für %s. Überprüfe deine Servereinstellungen." — shown when a sync or send
 *   ends in an AuthenticationFailedException (a refused password, or for an OAuth account a refused token);
 *   notification_certificate_error_title + _text "Certificate error for %s" / "Check your server settings",
 *   German "Zertifikatsproblem (%s)" / "Überprüfe deine Servereinstellungen".
 *   OAuth sign-in in account setup (feature/account/oauth/src/main/res/values/strings.xml and values-de/strings.xml):
 *   account_oauth_error_canceled "Authorization canceled" / "Autorisierung aufgehoben"; account_oauth_error_failed
 *   "Authorization failed with the following error: %s" / "Autorisierung mit folgendem Fehler fehlgeschlagen: %s"
 *   (the %s is the identity provider's error, e.g. an AADSTS message, which decides); account_oauth_loading_error
 *   "OAuth sign in failed" / "Anmelden mit OAuth fehlgeschlagen".
 * - mutt and NeoMutt (muttmua/mutt and neomutt/neomutt imap/auth_oauth.c, imap_auth_oauth()):
 *   "OAUTHBEARER authentication failed." after the IMAP server refused AUTHENTICATE OAUTHBEARER with the token from
 *   imap_oauth_refresh_command. English only (the German po/de.po was not read in this pass).
 * fetchmail's "Authorization failure on %s@%s%s" (driver.c) is already a rule in patterns-imap.ts: not repeated here.
 * Not written (no time to read their sources in this pass): Evolution, KMail/ksmtp, Claws Mail, isync/mbsync, getmail.
 * Unconfirmed and left out: mutt's "SASL authentication failed" / "Login failed." (not found in a stored mutt source
 * by exact text).
 */
import { FILLED_NAME as ACCOUNT, p, pattern, phrase, type Rule } from './pattern-kit.js';


/** Every rule of this file (patterns.ts). */
export const MAIL_CLIENT_VOCABULARY_RULES: readonly Rule[] = [
  // The notification only says the login was refused; a server reply or sign-in error next to it decides.
  pattern('k9-authentication-failed', 'product', 2, [
    `${phrase('Authentication failed for')} ${ACCOUNT}\\. ?${phrase('Update your server settings')}`,
    `${phrase('Authentifizierung fehlgeschlagen für')} ${ACCOUNT}\\. ?${phrase('Überprüfe deine Servereinstellungen')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.35)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // mutt/NeoMutt: the IMAP server refused the OAuth token — expired, or issued for another resource than
  // https://outlook.office.com/IMAP.AccessAsUser.All, or the mailbox has no IMAP access. Kafka clients print
  // "SASL OAUTHBEARER authentication failed" for their own brokers: not this message.
  pattern('mutt-oauthbearer-failed', 'product', 2, [`(?<!SASL )${phrase('OAUTHBEARER authentication failed')}`], [
    p('token_expired_or_invalid', 0.5), p('wrong_scope_or_resource', 0.4), p('imap_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // K-9 OAuth: the user closed the browser sign-in or declined the consent screen.
  pattern('k9-oauth-canceled', 'product', 2, [phrase('Authorization canceled'), phrase('Autorisierung aufgehoben')], [
    p('user_cancelled_or_consent_declined', 0.7),
  ], { yieldsTo: ['sign-in'] }),
  // K-9 OAuth: the sign-in failed; the provider's error it carries (AADSTS…, invalid_grant) decides.
  pattern('k9-oauth-failed', 'product', 1, [
    phrase('Authorization failed with the following error'), phrase('Autorisierung mit folgendem Fehler fehlgeschlagen'),
    phrase('OAuth sign in failed'), phrase('Anmelden mit OAuth fehlgeschlagen'),
  ], [p('token_expired_or_invalid', 0.4), p('consent_missing', 0.35)], { yieldsTo: ['sign-in', 'server-reply'] }),
  // The server's certificate was not accepted (CertificateValidationException).
  pattern('k9-certificate-error', 'tls', 3, [
    `${phrase('Certificate error for')} ${ACCOUNT}`, `${phrase('Zertifikatsproblem')} \\(${ACCOUNT}\\)`,
  ], [p('tls_problem', 0.8)]),
];
