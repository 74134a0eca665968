/**
 * What helpdesk products print when they fetch mail (IMAP/POP3) or send it (SMTP) through Microsoft 365, and when
 * their OAuth2 connection to Microsoft fails. Written by hand from each product's own source (no library carries
 * these texts); the OTRS/Znuny POP3/IMAP login lines, Zammad and FreeScout are in vocab-ticket-systems.ts. Each
 * product sentence that wraps a server reply or Microsoft's sign-in error gives way to it (`yieldsTo`).
 *
 * - osTicket 1.17/1.18 (osTicket/osTicket @ 4689926b2): include/class.mail.php (the XOAUTH2 login of the mail
 *   fetcher and of SMTP, on laminas-mail), include/class.email.php (the OAuth2 credentials and their refresh),
 *   include/class.mailer.php ("Unable to email via SMTP"), include/class.mailfetch.php (the fetch failure alert);
 *   the OAuth2 plugin osTicket/osTicket-plugins auth-oauth2/oauth2.php (commit 029c4c9c: the authorization
 *   callback's errors). Older osTicket (tag v1.16.6, include/class.email.php) checked a password login with
 *   "Invalid login. Check IMAP settings" / "Unable to log in. Check SMTP settings.". osTicket's German language
 *   pack is built from Crowdin and is not in any stored repository, so only English is here.
 * - GLPI 10/11 (glpi-project/glpi): front/smtp_oauth2_callback.php (commit 598d0f86, the SMTP "OAuth" connection of
 *   the notification settings), src/MailCollector.php (commit 0042059c, the receiver's collect()); the Microsoft 365
 *   IMAP plugin pluginsGLPI/oauthimap (commit 285ae3f: front/authorization.process.php, inc/authorization.class.php,
 *   inc/imap/imapoauthstorage.class.php), and the test mail of the notification settings ("Failed to send test email
 *   to administrator": inc/notificationmail.class.php in GLPI 0.90, NotificationMailing::testNotification() later).
 *   German: GLPI's locales/de_DE.po is stored only in a 2016 version (commit 14b27672), which has the receiver's and
 *   the test mail's sentences but not the newer OAuth texts; the plugin ships no German. The plugin's "cannot login, user or password wrong" (thrown
 *   when Exchange answers NO to XOAUTH2) is laminas-mail's text, already in patterns-signin.ts.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

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
  sendWrapper('osticket-smtp-wrapper', [phrase('Unable to email via SMTP')], 0.25, 0.2),
  // class.mailfetch.php MailFetcher::run(): the admin alert after repeated fetch failures.
  pattern('osticket-fetch-alert', 'product', 1, [
    phrase('osTicket is having trouble fetching emails'), phrase('This could be connection issues related to the mail server'),
  ], [p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** GLPI: the SMTP OAuth callback, the mail receiver and the oauthimap plugin. */
const GLPI: readonly Rule[] = [
  // smtp_oauth2_callback.php / authorization.process.php: Microsoft redirected back with error (+ error_description,
  // e.g. AADSTS65004 when the user declined consent). The AADSTS code decides; alone it is mostly "declined".
  pattern('glpi-authorization-failed', 'product', 2, [`${phrase('Authorization failed with error')} ?:`], [
    p('user_cancelled_or_consent_declined', 0.45), p('consent_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // … the state in the redirect does not match the session's: the browser came back to another address (host name
  // or http/https) than the one that started, so the session cookie was not sent.
  pattern('glpi-verify-authorization-code', 'product', 2, [phrase('Unable to verify authorization code')], [
    p('redirect_uri_mismatch', 0.45),
  ]),
  // … Microsoft came back without a code (and without an error).
  pattern('glpi-no-authorization-code', 'product', 2, [phrase('Unable to get authorization code')], [
    p('user_cancelled_or_consent_declined', 0.35), p('redirect_uri_mismatch', 0.3),
  ]),
  // … the token has no email claim / the account exposes no address (the "email" scope or the user's mail attribute).
  pattern('glpi-no-email-claim', 'product', 3, [
    phrase('Access token does not provide an email address'), phrase('The authenticated account does not expose an email address'),
  ], [p('wrong_scope_or_resource', 0.55)]),
  // … no refresh token: offline_access was not granted.
  pattern('glpi-no-refresh-token', 'product', 3, [phrase('Access token does not provide a refresh token')], [
    p('wrong_scope_or_resource', 0.6), p('token_expired_or_invalid', 0.2),
  ]),
  // … redeeming the code at Microsoft's token endpoint failed; the exception text (an AADSTS message) follows.
  pattern('glpi-token-request-failed', 'product', 1, [
    `${phrase('Unable to fetch authorization code. Error is')} ?:`, `${phrase('Unable to obtain access token from provider')} ?:`,
  ], [p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.3)], { yieldsTo: ['sign-in'] }),
  // … no OAuth provider configured (client ID, secret or tenant ID missing in the notification settings).
  pattern('glpi-invalid-provider', 'product', 2, [phrase('Invalid provider configuration')], [p('wrong_tenant_or_app', 0.45)]),
  // MailCollector::collect(): no mailbox connection; newer versions append the exception after
  // "An error occurred trying to connect to collector." (the reply in it decides).
  pattern('glpi-collector-connect', 'product', 1, [
    phrase('Could not connect to mailgate server'), phrase('An error occurred trying to connect to collector'),
    phrase('Verbindung zum Mailgateway fehlgeschlagen'),
  ], [p('imap_auth_failed_generic', 0.4), p('network_blocked', 0.35)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // NotificationMailing::testNotification(): PHPMailer's Send() failed; its reason is only in GLPI's mail log.
  sendWrapper('glpi-test-mail-failed', [
    phrase('Failed to send test email to administrator'), phrase('E-Mail konnte nicht an den Administrator gesendet werden'),
  ], 0.35, 0.3),
  // oauthimap ImapOauthStorage: signed in, but INBOX could not be selected (no mailbox behind the account, or no access).
  pattern('glpi-oauthimap-select-inbox', 'product', 3, [phrase('cannot select INBOX, is this a valid transport?')], [
    p('imap_disabled_or_not_connected', 0.5), p('mailbox_permission_missing', 0.35),
  ]),
];

/** Request Tracker and Redmine: sentences around (or instead of) the SMTP error; the reply inside decides. */
const RT_AND_REDMINE: readonly Rule[] = [
  // RT: "<msgid>: Could not send mail with command `/usr/sbin/sendmail -oi -t`: … exited with code 75" in the log,
  // and the ticket history's SystemError line. Which relay step failed is only in the MTA's log.
  sendWrapper('rt-send-failed', [
    phrase('Could not send mail with command'), phrase('Sending the previous mail has failed. Please contact your admin'),
    phrase('Der Versand der letzten E-Mail ist fehlgeschlagen'),
  ], 0.3, 0.25),
  // Redmine notice_email_error: "An error occurred while sending mail (<exception message>)".
  sendWrapper('redmine-email-error', [
    `${phrase('An error occurred while sending mail')} ?\\(`, `${phrase('Beim Senden einer E-Mail ist ein Fehler aufgetreten')} ?\\(`,
  ], 0.3, 0.2),
  // … around Ruby's Timeout message (ruby/ruby lib/timeout.rb raises "execution expired"; Net::SMTP opens the
  // connection under Timeout with Net::OpenTimeout): nothing answered in time — blocked port, or a server waiting for TLS.
  pattern('redmine-email-timeout', 'product', 2, [
    `${phrase('An error occurred while sending mail')} ?\\( ?${phrase('execution expired')} ?\\)`,
    `${phrase('Beim Senden einer E-Mail ist ein Fehler aufgetreten')} ?\\( ?${phrase('execution expired')} ?\\)`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.25)]),
];

/** Znuny: OAuth2 tokens, the SMTP backend and the Microsoft Graph mail account. */
const ZNUNY: readonly Rule[] = [
  // OAuth2Token.pm GetToken() / RequestTokenByRefreshToken(): the stored refresh token expired or was never stored
  // (an admin must request a new token in the OAuth2 token management).
  pattern('znuny-refresh-token-expired', 'product', 3, [
    `${phrase('Refresh token for token config with ID')} [0-9]{1,12} ${phrase('has expired or is not present')}`,
    `${phrase('Refresh token of token record for token config with ID')} [0-9]{1,12} ${phrase('has expired (or is not present)')}`,
  ], [p('token_expired_or_invalid', 0.8), p('wrong_scope_or_resource', 0.2)]),
  // … Microsoft's token endpoint did not answer 200; Znuny appends "<error> (error code …): <error_description>".
  pattern('znuny-token-refresh-refused', 'product', 2, [
    `${phrase('Response for request for token config with ID')} [0-9]{1,12} ${phrase("and request type 'TokenByRefreshToken' was not '200 OK'")}`,
  ], [p('token_expired_or_invalid', 0.5), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('znuny-token-code-refused', 'product', 2, [
    `${phrase('Response for request for token config with ID')} [0-9]{1,12} ${phrase("and request type 'TokenByAuthorizationCode' was not '200 OK'")}`,
  ], [p('bad_client_secret', 0.4), p('redirect_uri_mismatch', 0.3)], { yieldsTo: ['sign-in'] }),
  // … no HTTP answer at all from the token endpoint (proxy, DNS, firewall, TLS).
  pattern('znuny-token-no-response', 'product', 2, [
    `${phrase('Error getting response for')} [^\\n]{0,60}?${phrase('for token config with ID')}`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.25)], { yieldsTo: ['tls'] }),
  // SMTP.pm / MSGraph.pm: GetToken() returned nothing; the OAuth2Token lines above say why.
  pattern('znuny-token-not-retrieved', 'product', 2, [
    `${phrase('OAuth2 token for config with name')} '[^'\\n]{1,255}' ${phrase('could not be retrieved')}`,
    `${phrase('OAuth2 token with ID')} [0-9]{1,12} ${phrase('could not be retrieved')}`,
    `${phrase('Error requesting token by refresh token for token config with ID')}`,
  ], [p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.25)], { yieldsTo: ['sign-in'] }),
  // SMTP.pm Check(): the AUTH (password or XOAUTH2) was refused; "<code>, <server message>" follows.
  pattern('znuny-smtp-auth-failed', 'product', 2, [`${phrase('SMTP authentication failed')} ?(?::|\\(SMTP code)`], [
    p('smtp_auth_failed_generic', 0.5),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // … no SMTP connection after three tries.
  pattern('znuny-smtp-no-connection', 'product', 2, [`${phrase('Could not connect to host')} '[^'\\n]{1,255}'\\. ?ErrorMessage`], [
    p('network_blocked', 0.6), p('tls_problem', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // Send(): MAIL FROM refused (Exchange: 5.7.57 not authenticated, 5.7.60 send as) — the reply decides.
  pattern('znuny-smtp-envelope-from', 'product', 1, [`${phrase('Envelope from')} '[^'\\n]{0,255}' ${phrase('not accepted by the server')}`], [
    p('send_as_denied', 0.35), p('not_authenticated', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  // IMAP.pm _Fetch(): Net::IMAP::Simple died while connecting; its error follows.
  pattern('znuny-imap-connect-exception', 'product', 1, [phrase("Something went wrong while trying to connect to 'IMAP")], [
    p('network_blocked', 0.4), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // MSGraph.pm ExecuteOperation(): Graph refused the call. With an answer Znuny appends ": <HTTP status>, <Graph's JSON
  // error>" and Graph's error code decides (the rule does not match then: 'graph' is no wrapped cause for yieldsTo);
  // without one (no answer body) only the sentence is left.
  pattern('znuny-graph-operation-failed', 'product', 1, [
    `${phrase('Error executing operation')} '[^'\\n]{1,255}' \\(${phrase('request type')} [A-Za-z]{3,7}\\)\\.(?! ?:)`,
  ], [
    p('mailbox_permission_missing', 0.3), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in'] }),
];

/** Every helpdesk rule of this file (patterns.ts). */
export const HELPDESK_VOCABULARY_RULES: readonly Rule[] = [...OSTICKET, ...GLPI, ...RT_AND_REDMINE, ...ZNUNY];
