/**
 * What European self-hosted plumbing and ticket/CRM/groupware connectors say when their mail through Microsoft 365
 * fails (issue 10): the shoutrrr notification library (Watchtower, offen/docker-volume-backup), OTOBO's MailAccount-OAuth2,
 * CiviCRM's oauth-client and Group-Office. Only texts read in the products' own source are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here: shoutrrr's "invalid authorization method '%s'" (a mistyped auth= in the URL, no Microsoft 365 cause);
 * Go's net/smtp "unencrypted connection" (patterns-libraries.ts) and "smtp: server doesn't support AUTH"
 * (vocab-mail-runtimes.ts); OTOBO's "<Type>: Auth for user … failed!" / "Can't connect to …" and its
 * "Something went wrong while trying to connect to 'IMAP…" (vocab-ticket-systems.ts, vocab-helpdesks.ts — the
 * OAuth2 types IMAPOAuth2/POP3OAuth2 match them already); Znuny's OAuth2Token lines (vocab-helpdesks.ts). OTOBO logs
 * its OAuth2 texts untranslated (Log messages, not Translatable()), so English only. CiviCRM's texts were not found
 * translated in the stored sources (its translations live on Transifex). Group-Office's Dutch language file of the
 * oauth2client module has only success texts; its OAuth callback's "Got error: <code>" carries Microsoft's error code,
 * which the OAuth rules already read (access_denied …).
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * shoutrrr's per-recipient failure prefix (FailSendRecipient), which the MAIL FROM / RCPT / DATA failures come behind:
 * "error sending message to recipient: …" (containrrr) or `error sending message to recipient "a@b": …` (nicholas-fedor).
 */
const TO_RECIPIENT = `${phrase('error sending message to recipient')}[^\\n]{0,300}?`;

/**
 * shoutrrr, SMTP service: containrrr/shoutrrr pkg/services/smtp/smtp_failures.go (failure id → one sentence) and
 * smtp.go; the maintained fork nicholas-fedor/shoutrrr pkg/services/email/smtp/smtp_failures.go, smtp.go and
 * smtp_errors.go ("server does not support StartTLS", "failed to send to some recipients"). internal/failures/
 * failure.go prints "<sentence>: <wrapped error>", so net/smtp's server reply ("535 5.7.139 …") or Go's TLS/dial error
 * follows the sentence and decides. pkg/router/router.go gives up after its timeout (10 s): "failed to send using
 * smtp: timed out".
 */
const SHOUTRRR: readonly Rule[] = [
  // net.Dial / tls.Dial failed: nothing answered (port 587/465 blocked, DNS) — or a TLS error behind it.
  pattern('shoutrrr-connect', 'product', 2, [`${phrase('error getting SMTP client:')} ?${phrase('error connecting to server')}`], [
    p('network_blocked', 0.6), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  // smtp.NewClient reads the 220 greeting: EOF or garbage there is a TLS mismatch (implicit TLS against 587, plain
  // against 465) or a dropped connection.
  pattern('shoutrrr-create-client', 'product', 2, [`${phrase('error getting SMTP client:')} ?${phrase('error creating smtp client')}`], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // EHLO refused or the connection dropped after the greeting.
  pattern('shoutrrr-handshake', 'product', 1, [phrase('server did not accept the handshake')], [
    p('network_blocked', 0.35), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // Both give way to the server's reply they quote ("Server does not support STARTTLS (503 5.5.2 Send hello first)": the
  // client skipped EHLO, FiloSottile/Heartbleed#62).
  pattern('shoutrrr-starttls', 'product', 2, [phrase('error enabling StartTLS'), phrase('server does not support StartTLS')], [
    p('tls_problem', 0.7),
  ], { yieldsTo: ['server-reply'] }),
  // client.Auth failed: Exchange's 535/504 reply (SMTP AUTH off, basic auth, an expired XOAUTH2 token) follows and decides.
  pattern('shoutrrr-auth', 'product', 1, [`${phrase('error authenticating')}: ?`], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // MAIL FROM refused: Exchange's 530 5.7.57 (auth=None) or 550 5.7.60 (send as) follows.
  pattern('shoutrrr-mail-from', 'product', 1, [`${TO_RECIPIENT}${phrase('error creating new message')}`], [
    p('not_authenticated', 0.35), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('shoutrrr-rcpt', 'product', 1, [`${TO_RECIPIENT}${phrase('error setting RCPT')}`], [
    p('recipient_rejected', 0.4), p('outbound_sender_blocked', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  // DATA refused or the message refused at its end (Exchange: 5.2.252 SendAsDenied, 5.7.708 …).
  pattern('shoutrrr-data', 'product', 1, [
    `${TO_RECIPIENT}${phrase('error creating message stream')}`, `${TO_RECIPIENT}${phrase('error closing message stream')}`,
  ], [p('send_as_denied', 0.3), p('outbound_sender_blocked', 0.3)], { yieldsTo: ['server-reply'] }),
  // QUIT answered with a short response: Office 365 does this after the mail was accepted (nicholas-fedor/shoutrrr
  // smtp.go ignores it since: "Ignore known 'short response' errors from quirky servers (e.g., Office 365 on close),
  // as they don't impact delivery").
  pattern('shoutrrr-quit-short-response', 'product', 3, [`${phrase('error closing session:')} ?${phrase('short response')}`], [
    p('unexpected_server_reply', 0.6),
  ]),
  pattern('shoutrrr-router-timeout', 'product', 2, [`${phrase('failed to send using smtp:')} ?${phrase('timed out')}`], [
    p('network_blocked', 0.55), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls'] }),
];

/**
 * What prints shoutrrr's error. Watchtower: containrrr/watchtower pkg/notifications/shoutrrr.go ("Failed to send
 * shoutrrr notification", earlier "Failed to send notification via shoutrrr (url=…): ") and, before shoutrrr, email.go
 * ("Failed to send notification email: " + net/smtp's error); nicholas-fedor/watchtower logs "Failed to send shoutrrr
 * notification - no retry logic implemented". offen/docker-volume-backup cmd/backup/notifications.go: "notify: error
 * notifying: sendNotification: error sending message: <shoutrrr's error>".
 */
const SHOUTRRR_HOSTS: readonly Rule[] = [
  sendWrapper('watchtower-shoutrrr-failed', [
    phrase('Failed to send shoutrrr notification'), `${phrase('Failed to send notification via shoutrrr')} ?\\(`,
  ], 0.25, 0.2),
  sendWrapper('watchtower-email-failed', [`${phrase('Failed to send notification email:')}`], 0.25, 0.2),
  sendWrapper('docker-volume-backup-notify-failed', [`${phrase('sendNotification:')} ?${phrase('error sending message:')}`], 0.25, 0.2),
];

/**
 * OTOBO with MailAccount-OAuth2 (Rother OSS; also in OTOBO's forks): RotherOSS/MailAccount-OAuth2 Kernel/System/OAuth2.pm
 * (_RequestAccessToken(): the token endpoint's status is logged as "Got: '<status>'!" — Microsoft's JSON body is not
 * logged then), Kernel/System/OAuth2/MailAccount.pm (MailAccountProcess(): the code came back after the 15-minute
 * state cache expired), and RotherOSS/mailaccount-oauth2 Kernel/System/MailAccount/IMAPOAuth2.pm, POP3OAuth2.pm
 * (Connect(): no access token; XOAUTH2 refused with Mail::IMAPClient's LastError after it).
 */
const OTOBO: readonly Rule[] = [
  // The refresh (refresh_token grant) failed: the refresh token expired, was revoked, or the secret changed — the
  // admin has to re-authorize the mail account.
  pattern('otobo-access-token-failed', 'product', 3, [phrase('The refresh token could be expired or invalid')], [
    p('token_expired_or_invalid', 0.75), p('bad_client_secret', 0.2),
  ]),
  // No refresh token stored: the Microsoft sign-in was never completed for this account.
  pattern('otobo-no-refresh-token', 'product', 3, [`${phrase('No refresh token found for MailAccount:')} ?'`], [
    p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.4),
  ]),
  // The token answer had no refresh_token: Microsoft sends one only for the offline_access scope.
  pattern('otobo-token-fields-missing', 'product', 3, [
    `${phrase('Host did not provide')} ?"access_token", ?"refresh_token" ${phrase('or')} ?"expires_in"`,
  ], [p('wrong_scope_or_resource', 0.6), p('token_expired_or_invalid', 0.2)]),
  // The token endpoint refused (only the status is logged): 400 is mostly invalid_grant (refresh token expired or
  // revoked), 401 invalid_client (wrong or expired client secret).
  pattern('otobo-token-status-400', 'product', 2, [`${phrase('Got:')} ?'400 ${phrase('Bad Request')}'!`], [
    p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('otobo-token-status-401', 'product', 2, [`${phrase('Got:')} ?'401 ${phrase('Unauthorized')}'!`], [
    p('bad_client_secret', 0.5), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // The admin came back from the Microsoft sign-in after the state expired: the account was not connected.
  pattern('otobo-authorization-too-long', 'product', 3, [phrase('Authorization took too long (no cache found)')], [
    p('not_authenticated', 0.55),
  ]),
  // AUTHENTICATE XOAUTH2 refused; Exchange's "NO AUTHENTICATE failed." (or AccessTokenExpired …) follows.
  pattern('otobo-imap-oauth2-auth', 'product', 1, [`\\bIMAP[A-Za-z]{0,4}OAuth2: ${phrase("Can't authenticate with")}`], [
    p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * CiviCRM oauth-client (ms-exchange provider for mail accounts): civicrm/civicrm-core ext/oauth-client/CRM/OAuth/
 * MailSetup.php (alterMailStore(): the refreshed token is empty or already expired), CRM/OAuth/Page/Return.php
 * (loadState(): the return came after the one-hour state TTL or in another browser session; neither code nor error
 * came back), templates/CRM/OAuth/Page/Return.tpl (the error Microsoft sent back is shown under "OAuth Error Details"
 * and decides), Civi/OAuth/OAuthMailSettingsTag.php (describeToken(): the mail account's stored token expired).
 */
const CIVICRM: readonly Rule[] = [
  pattern('civicrm-mail-store-invalid-token', 'product', 3, [`${phrase('Found invalid token for mail store')} ?#[0-9]{1,12}`], [
    p('token_expired_or_invalid', 0.65), p('not_authenticated', 0.2),
  ]),
  pattern('civicrm-mail-connection-expired', 'product', 3, [
    `${phrase('The connection to')} [^\\n]{1,200}? ${phrase('expired on')} [^\\n]{1,80}? ${phrase('Mail will not be collected until you re-connect')}`,
  ], [p('token_expired_or_invalid', 0.8)]),
  // The session that started the sign-in is not the one that came back (another host name in the redirect URL, an
  // expired session): the sign-in did not complete here.
  pattern('civicrm-oauth-invalid-state', 'product', 3, [phrase('OAuth: Received invalid or expired state')], [
    p('not_authenticated', 0.45), p('redirect_uri_mismatch', 0.25),
  ]),
  pattern('civicrm-oauth-unrecognized-return', 'product', 2, [phrase('OAuth: Unrecognized return request')], [
    p('redirect_uri_mismatch', 0.35), p('unexpected_server_reply', 0.3),
  ]),
  pattern('civicrm-oauth-error-details', 'product', 1, [`${phrase('OAuth Error Details')}[^\\n]{0,40}\\n?[^\\n]{0,40}${phrase('Error type:')}`], [
    p('not_authenticated', 0.3), p('user_cancelled_or_consent_declined', 0.2),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Group-Office (Intermesh): the oauth2client module's hint after saving an OAuth2 mail account without a token
 * (Intermesh/groupoffice www/go/modules/community/oauth2client/views/extjs3/… AccountDialog override; German from
 * language/de.php), and the IMAP client's login failure (www/go/base/mail/Imap.php authenticate(): "Authententication
 * failed for user <login> on IMAP server <host>" — spelled so — then the server's tagged reply).
 */
const GROUP_OFFICE: readonly Rule[] = [
  pattern('groupoffice-oauth2-refresh-token-needed', 'product', 3, [
    `${phrase('Please press the button')} ?"${phrase('Refresh token')}" ?${phrase('to finish the OAuth2 connection')}`,
    `${phrase('Bitte drücken Sie den Button')} ?"${phrase('Refresh token')}", ?${phrase('um die OAuth2-Verbindung zu beenden')}`,
  ], [p('not_authenticated', 0.65)]),
  pattern('groupoffice-imap-auth-failed', 'product', 1, [
    `${phrase('Authententication failed for user')} [^\\n]{1,255}? ${phrase('on IMAP server')}`,
  ], [p('imap_auth_failed_generic', 0.5)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // STARTTLS refused ("Failed to enable TLS: <tagged reply>") or the TLS handshake failed ("… on socket").
  pattern('groupoffice-imap-starttls', 'product', 2, [`${phrase('Failed to enable TLS')}(?: ${phrase('on socket')}|:)`], [
    p('tls_problem', 0.6),
  ]),
];

/** Every rule of this file (patterns.ts). */
export const EU_CONNECTOR_VOCABULARY_RULES: readonly Rule[] = [...SHOUTRRR, ...SHOUTRRR_HOSTS, ...OTOBO, ...CIVICRM, ...GROUP_OFFICE];
