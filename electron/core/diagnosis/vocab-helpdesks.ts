/**
 * What helpdesk products print when they fetch mail (IMAP/POP3) or send it (SMTP) through Microsoft 365, and when
 * their OAuth2 connection to Microsoft fails. Written by hand from each product's own source (no library carries
 * these texts); OTRS/Znuny, Zammad and FreeScout are in vocab-ticket-systems.ts.
 *
 * - osTicket 1.17/1.18 (osTicket/osTicket @ 4689926b2): include/class.mail.php (the XOAUTH2 login of the mail
 *   fetcher and of SMTP, on laminas-mail), include/class.email.php (the OAuth2 credentials and their refresh),
 *   include/class.mailer.php ("Unable to email via SMTP"), include/class.mailfetch.php (the fetch failure alert);
 *   the OAuth2 plugin osTicket/osTicket-plugins auth-oauth2/oauth2.php (commit 029c4c9c: the authorization
 *   callback's errors). Older osTicket (tag v1.16.6, include/class.email.php) checked a password login with
 *   "Invalid login. Check IMAP settings" / "Unable to log in. Check SMTP settings.". osTicket's German language
 *   pack is built from Crowdin and is not in any stored repository, so only English is here.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** osTicket: the mail fetcher, SMTP and the OAuth2 authorization of an email account. */
const OSTICKET: readonly Rule[] = [
  // class.mail.php Pop3MailboxProtocol::oauth2Auth(): AUTH XOAUTH2 got neither "+OK" nor "-ERR" (IMAP's NO/BAD
  // texts are thrown as they are, so the server's own words decide there).
  pattern('osticket-oauth2-auth-error', 'product', 2, [`${phrase('OAuth2 Authentication Error')}(?! ?:)`], [
    p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.2),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // ImapMailboxProtocol::oauth2Auth(): the AUTHENTICATE reply was none of OK/NO/BAD; osTicket appends it.
  pattern('osticket-unknown-oauth2-error', 'product', 2, [`${phrase('Unknown Oauth2 Error')} ?:`], [
    p('imap_auth_failed_generic', 0.4), p('unexpected_server_reply', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // SMTP getConnectionConfig() / class.oauth2.php: the stored access token expired and was not refreshed.
  pattern('osticket-access-token-expired', 'product', 3, [phrase('Access Token is Expired')], [p('token_expired_or_invalid', 0.75)]),
  // class.email.php getOAuth2AuthCredentials(): the refresh failed without a message of its own (sic "Referesh").
  pattern('osticket-refresh-token-expired', 'product', 3, [phrase('Referesh Token Expired')], [
    p('token_expired_or_invalid', 0.8),
  ], { yieldsTo: ['sign-in'] }),
  // auth-oauth2 OAuth2EmailAuthBackend::callback(): Microsoft returned no refresh token (offline_access not asked for).
  pattern('osticket-no-refresh-token', 'product', 3, [phrase('Unable to obtain Refresh Token')], [
    p('wrong_scope_or_resource', 0.55), p('token_expired_or_invalid', 0.25),
  ]),
  // … strict matching: the Microsoft account that authorized is not the email account's address; class.email.php
  // says "Resource Owner and Email Mismatch" when SMTP reuses the mailbox's authorization.
  pattern('osticket-email-mismatch', 'product', 3, [
    `${phrase('Email Mismatch: Expecting Authorization for')} [^\\s]{1,255} not`, phrase('Resource Owner and Email Mismatch'),
  ], [p('wrong_tenant_or_app', 0.6), p('send_as_denied', 0.3)]),
  // class.mail.php SMTP auth(): no XOAUTH2 string (no OAuth2 token stored for the SMTP account).
  pattern('osticket-xoauth2-required', 'product', 3, [`(?<![A-Za-z])${phrase('XOAUTH2 Required')}`], [
    p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3),
  ]),
  // Pop3MailboxProtocol::readLine(): the server closed the connection (or a proxy/TLS mismatch cut it).
  pattern('osticket-read-failed', 'product', 2, [phrase('read failed - connection closed')], [
    p('network_blocked', 0.45), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // osTicket ≤ 1.16 (imap_open / PEAR Mail with a password): the login was refused. Microsoft 365 no longer takes a
  // password for IMAP/POP, and the SMTP password login is switched off by default.
  pattern('osticket-invalid-login', 'product', 3, [`${phrase('Invalid login.')} ?Check (?:IMAP|POP)[A-Za-z0-9/]{0,8} ?settings`], [
    p('basic_auth_used', 0.7), p('imap_auth_failed_generic', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('osticket-smtp-login', 'product', 3, [phrase('Unable to log in. Check SMTP settings')], [
    p('basic_auth_used', 0.45), p('smtp_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  // class.mailer.php: "Unable to email via SMTP: <account> (<host:port>)" + the exception (1.17+), or
  // "Unable to email via SMTP:<host>:<port> [<user>]" + the PEAR error (≤ 1.16). The reply decides.
  pattern('osticket-smtp-wrapper', 'product', 1, [phrase('Unable to email via SMTP')], [
    p('smtp_auth_failed_generic', 0.25), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // class.mailfetch.php MailFetcher::run(): the admin alert after repeated fetch failures.
  pattern('osticket-fetch-alert', 'product', 1, [
    phrase('osTicket is having trouble fetching emails'), phrase('This could be connection issues related to the mail server'),
  ], [p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Every helpdesk rule of this file (patterns.ts). */
export const HELPDESK_VOCABULARY_RULES: readonly Rule[] = [...OSTICKET];
