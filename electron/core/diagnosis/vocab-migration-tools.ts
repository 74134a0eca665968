/**
 * What mailbox migration and archiving tools say when their connection to Exchange Online / Microsoft 365 (IMAP,
 * EWS, Graph; password or OAuth) fails (issue 10): imapsync, BitTitan MigrationWiz, MailStore Server.
 * Only texts read in the products' own source or their vendor's knowledge base are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Left out because the decoder already reads them right (checked with decode()): imapsync's "can not open imap
 * connection … Unable to connect to …" (network), Exchange's "BAD Request is throttled. Suggested Backoff Time"
 * and "NO LOGIN failed" / "NO AUTHENTICATE failed" replies that imapsync quotes, "User is authenticated but not
 * connected"; MigrationWiz's ErrorExceededConnectionCount, ErrorServerBusy (help.bittitan.com/hc/en-us/articles/
 * 115008100867, /115008252808), "The account does not have permission to impersonate the requested user"
 * (/115008098447) and "Connection did not succeed. Try again later." (/115008252148).
 *
 * Not found or not confirmed: imapsync has no "Unable to get token" in its source (imapsync 2.229; it takes an
 * access token from a file and gets none itself for Office 365, FAQ.d/FAQ.XOAUTH2.txt); the BitTitan article on
 * "The remote server returned an error: (503)" was not in the stored pages; CloudM Migrate's, Quest On Demand
 * Migration's, Transend's and Audriga's knowledge bases describe throttling and permissions but print no error text
 * of their own that was found; MailStore's English wording of its two M365 sign-in messages was not found (German only).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** imapsync's "Host1 failure: Error login on [host] with user [user] auth" — bracketed values bounded. */
const IMAPSYNC_LOGIN = `Host[12] ?${phrase('failure: Error login on')} ?\\[[^\\]\\n]{0,255}\\] ?${phrase('with user')} ?\\[[^\\]\\n]{0,255}\\] ?auth`;

/**
 * imapsync: imapsync/imapsync, script `imapsync` (v2.229): authenticate_imap() and failure_login() print
 * "HostN failure: Error login on [host] with user [user] auth [MECH]: <the server's last reply>"; login_imap() prints
 * "HostN failure: Can not go to tls encryption on hostN [host]: …"; error_type() names the append-size errors.
 * What fixes them: FAQ.d/FAQ.Office365.txt ("LOGIN failed" with a right password: basic authentication turned off for
 * the tenant (R4), security defaults (R5); throttling: "Trying command when NOT connected!" behind which --debugimap
 * shows "BAD Request is throttled"; "NO Maximum size of appendable message has been exceeded": raise MaxReceiveSize)
 * and FAQ.d/FAQ.Exchange.txt ("auth [PLAIN]: 2 NO AUTHENTICATE failed" with --authuser: no FullAccess on the mailbox).
 */
const IMAPSYNC: readonly Rule[] = [
  // A password mechanism against Exchange Online: basic authentication is off (or security defaults block it).
  // The quoted reply decides when there is one; the mechanism alone says password sign-in.
  pattern('imapsync-login-password', 'product', 1, [`${IMAPSYNC_LOGIN} ?\\[(?:LOGIN|PLAIN)\\]`], [
    p('basic_auth_used', 0.55), p('security_policy_blocks', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // PLAIN refused with "NO AUTHENTICATE failed": password sign-in off in Exchange Online, or (with --authuser, the
  // FAQ.Exchange.txt case) the admin has no FullAccess on the user's mailbox. The whole line, so no yielding: the reply
  // alone reads as a refused OAuth sign-in, but the mechanism was a password.
  pattern('imapsync-login-plain-refused', 'product', 3, [`${IMAPSYNC_LOGIN} ?\\[PLAIN\\](?: ?${phrase('using proxy-login as')} ?\\[[^\\]\\n]{0,255}\\])?: ?\\d{1,6} ?${phrase('NO AUTHENTICATE failed')}`], [
    p('basic_auth_used', 0.85), p('mailbox_permission_missing', 0.5),
  ]),
  // --oauthaccesstoken / --oauthdirect refused: the token (expired, wrong audience, no IMAP permission); the reply decides.
  pattern('imapsync-login-xoauth2', 'product', 1, [`${IMAPSYNC_LOGIN} ?\\[XOAUTH2(?: ?direct| ?accesstoken)?\\]`], [
    p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('imapsync-starttls', 'product', 2, [`Host[12] ?${phrase('failure: Can not go to tls encryption on')} ?host[12]`], [
    p('tls_problem', 0.65), p('network_blocked', 0.25),
  ], { yieldsTo: ['tls', 'server-reply'] }),
  // Mail::IMAPClient's words after Exchange Online cut the connection; the FAQ's cause is throttling.
  pattern('imapsync-not-connected', 'product', 2, [phrase('Trying command when NOT connected!')], [
    p('throttled', 0.5), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // Exchange's APPEND refusal, as imapsync quotes it ("could not append … NO Maximum size of appendable message …").
  pattern('imapsync-append-too-large', 'product', 3, [
    phrase('Maximum size of appendable message has been exceeded'), `${phrase('could not append')} [^\\n]{0,400}?${phrase('BAD maximum message size exceeded')}`,
  ], [p('message_too_large', 0.85)]),
];

/** MigrationWiz's "Your migration failed (while) checking source|destination credentials". */
const MWIZ_CHECKING = `${phrase('Your migration failed')} ?(?:while ?)?${phrase('checking')} ?(?:source|destination) ?credentials`;

/**
 * BitTitan MigrationWiz: help.bittitan.com/hc/en-us/articles/360041677953 ("MigrationWiz Errors - 401 Unauthorized
 * Error Suite": the three forms below; "the result of MigrationWiz being unable to connect … using either the admin
 * credentials within your endpoint or the end-user credentials"), /4412584131995 ("Exchange Mailbox Migration
 * Errors": "'>' is an unexpected token" = EWS answered with an HTML page such as OWA, so EWS is not reachable and the
 * sign-in cannot happen), /115008252148 ("Connection did not succeed": excessive server load, 10 connections per admin).
 */
const MIGRATIONWIZ: readonly Rule[] = [
  pattern('migrationwiz-basic-auth-disabled', 'product', 3, [
    `${phrase('Basic Auth Disabled:')} ?${phrase('MigrationWiz has detected that Basic Authentication is not enabled for the tenant')}`,
  ], [p('basic_auth_used', 0.85)]),
  // "invalid, or … do not have access to the configured mailbox, or … overutilized resources": the admin account's
  // access to the mailbox first (impersonation / FullAccess), then the password, then throttling.
  pattern('migrationwiz-401-credentials', 'product', 3, [
    phrase('The credentials used to access the configured mailbox are invalid, or the credentials specified do not have access to the configured mailbox'),
  ], [p('mailbox_permission_missing', 0.5), p('not_authenticated', 0.4), p('throttled', 0.25)]),
  pattern('migrationwiz-database-not-found', 'product', 3, [
    `${phrase('DatabaseNotFoundException')} ?- ?401`, phrase('MigrationWiz was not able to locate/access the mail database'),
  ], [p('mailbox_permission_missing', 0.55), p('not_authenticated', 0.3)]),
  // "(503) Server Unavailable" while checking credentials: Exchange busy (the BitTitan 503 article itself was not
  // found; "Connection did not succeed" names excessive server load and per-admin connection limits).
  pattern('migrationwiz-credentials-503', 'product', 2, [
    `${MWIZ_CHECKING}[^\\n]{0,120}?${phrase('The remote server returned an error:')} ?\\(503\\)`,
  ], [p('throttled', 0.5), p('network_blocked', 0.25)]),
  // The sentence alone (the reply after it decides): the endpoint's credentials.
  pattern('migrationwiz-checking-credentials', 'product', 1, [MWIZ_CHECKING], [
    p('not_authenticated', 0.35), p('mailbox_permission_missing', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('migrationwiz-unexpected-token', 'product', 2, [`'>' ?${phrase('is an unexpected token')}`], [
    p('unexpected_server_reply', 0.55), p('not_authenticated', 0.25),
  ]),
];

/**
 * MailStore Server archiving Microsoft 365 mailboxes with a password (basic authentication, before its Modern
 * Authentication profiles): the two German messages as quoted by MailStore's German distributor,
 * blog.ebertlang.com/blog/2022/12/05/achtung-die-standardauthentifizierung-fuer-microsoft-365-kunden-wird-fuer-mailstore-eingestellt/
 * (cause: Microsoft turned basic authentication off; fix: the Microsoft 365 (Modern Authentication) archiving
 * profile, help.mailstore.com "Archiving Emails from Microsoft 365 (Modern Authentication)"). English wording not found.
 */
const MAILSTORE: readonly Rule[] = [
  pattern('mailstore-ews-auth-failed-de', 'product', 3, [phrase('Die Authentifizierung ist fehlgeschlagen (EWS)')], [
    p('basic_auth_used', 0.7), p('not_authenticated', 0.3),
  ]),
  pattern('mailstore-logon-failed-de', 'product', 3, [phrase('MailStore konnte Sie nicht an den Server anmelden')], [
    p('basic_auth_used', 0.55), p('not_authenticated', 0.4),
  ]),
];

/** All migration and archiving tool rules. */
export const MIGRATION_TOOL_VOCABULARY_RULES: readonly Rule[] = [...IMAPSYNC, ...MIGRATIONWIZ, ...MAILSTORE];
