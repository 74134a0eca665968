/**
 * What Outlook (Windows and Mac) and Exchange Online's migration service show when they cannot sign in to, connect to or
 * open a mailbox, as Microsoft's own support articles quote it (issue 10). Source: MicrosoftDocs/OfficeDocs-Support,
 * folders Exchange/ExchangeOnline/move-or-migrate-mailboxes, Exchange/ExchangeOnline/outlook-issues,
 * Exchange/ExchangeOnline/outlook-on-the-web-issues, Outlook/Client/email-management, Outlook/Client/synchronization and
 * Outlook/Mac, cited as their learn.microsoft.com/troubleshoot/… address. Each message maps to the category of the fix
 * the article gives. Microsoft's German article texts are not in the source, so English only.
 *
 * Already read right by other files (no rule here): the IMAP migration batch's "The connection to the server … timed
 * out after 00:00:15" (network, patterns-network.ts; exchange/move-or-migrate-mailboxes/troubleshoot-issues-with-imap-mailbox-migration);
 * Outlook's "Something went wrong and Outlook couldn't set up your account", "We're sorry, we couldn't set up your
 * account automatically", "Office is currently offline" and "An encrypted connection to your mail services is not
 * available" (vocab-commercial-clients.ts; exchange/outlook-issues/outlook-cannot-setup-microsoft-365-account and
 * cannot-set-up-profile-autodiscover).
 *
 * Not here: messages whose fix fits no category — an IMAP migration CSV's target mailbox that does not exist ("A
 * recipient wasn't found for … on the target"), CSV format errors, accepted domains and proxy addresses in migrations,
 * a stale offline address book (Outlook's NDR "This message could not be sent … [0x80070005-00000000-00000000]" and
 * "Unable to activate send-on-behalf-of list"), an invalid delegate ("Could not get delegate information form the
 * server"), a corrupted calendar ("This calendar isn't available"), a missing MyBaseOptions role (Outlook on the web's
 * "403 Sorry! Access denied"), Outlook for Mac's "An unknown error has occurred in Outlook" when sending from a group
 * (error codes -19991, -19992, -21999: a limitation of the client), a stuck read receipt (0x8004210b … "550 5.1.0 <>
 * sender rejected"), a Google API not switched on (GooglePermanentWebException), corrupted folders ("Unexpected data
 * was encountered"), Outlook data files (0x8004010F) and rules, PST/OLM import and calendar sharing limits.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange Online's IMAP migration batch (error report of "E-mail migration batch … has finished - with errors", and
 * the EAC while creating the endpoint or batch): learn.microsoft.com/troubleshoot/exchange/move-or-migrate-mailboxes/
 * troubleshoot-issues-with-imap-mailbox-migration.
 * "We had trouble signing in to this account. Confirm that you're using the correct user name and password." — first
 * the user name and password in the CSV file, then IMAP switched off for the user at the source, then the super-user
 * account's permission on the source mailboxes.
 * "The connection to the server imap.contoso.com could not be completed." — the IMAP server's name does not resolve in
 * public DNS. Windows telnet's "Could not open connection to the host, on port 993: Connect failed" — the firewall does
 * not let Microsoft's datacenters reach the IMAP port.
 */
const IMAP_MIGRATION: readonly Rule[] = [
  pattern('kb-imapmig-trouble-signing-in', 'client', 3, [phrase('We had trouble signing in to this account')], [
    p('not_authenticated', 0.65), p('imap_disabled_or_not_connected', 0.35), p('mailbox_permission_missing', 0.3),
  ]),
  pattern('kb-imapmig-connection-not-completed', 'network', 3, [
    `${phrase('The connection to the server')} ?[\\w.-]{1,253} ?${phrase('could not be completed')}`,
  ], [p('network_blocked', 0.7)]),
  pattern('kb-telnet-connect-failed', 'network', 3, [
    `${phrase('Could not open connection to the host, on port')} ?\\d{1,5} ?: ?${phrase('Connect failed')}`,
  ], [p('network_blocked', 0.75)]),
];

/**
 * A Google Workspace mailbox migrated over IMAP with 2-step verification: Google wants an app password in the CSV
 * file's Password column instead of the account's password ("Error MigrationPermanentException: Special credentials are
 * required in order to access this IMAP account. --> Imap server reported an error during LOGIN with the following
 * alert: 'Application-specific password required: …"). The account's 2-step verification policy refuses its own password
 * for IMAP; a password sign-in (instead of an app password or OAuth) is the second reading.
 * learn.microsoft.com/troubleshoot/exchange/move-or-migrate-mailboxes/google-workspace-mailbox-migration-fail
 */
const GOOGLE_APP_PASSWORD: readonly Rule[] = [
  pattern('kb-imapmig-app-password-required', 'imap', 3, [
    phrase('Special credentials are required in order to access this IMAP account'), phrase('Application-specific password required'),
  ], [p('security_policy_blocks', 0.65), p('basic_auth_used', 0.35)]),
];

/**
 * A cutover migration's endpoint against Outlook Anywhere (RPC over HTTP): "We weren't able to connect to the remote
 * server. Please verify that the migration endpoint settings are correct and your certificate is valid …" (with
 * "Error 0x6ba (The RPC server is unavailable) from cli_NspiBind"). The article's fixes: Outlook Anywhere's client
 * authentication set to Basic, and the RPC proxy's ports (domain controllers listening on 6004). Not the certificate —
 * unless a TLS error is quoted with it, which then decides.
 * learn.microsoft.com/troubleshoot/exchange/move-or-migrate-mailboxes/we-werent-able-to-connect-to-the-remote-server-error
 */
const CUTOVER_ENDPOINT: readonly Rule[] = [
  pattern('kb-migration-endpoint-unreachable', 'network', 3, [
    `${phrase("We weren't able to connect to the remote server.")} ?${phrase('Please verify that the migration endpoint settings are correct')}`,
  ], [p('network_blocked', 0.55), p('not_authenticated', 0.4)], { yieldsTo: ['tls'] }),
];

/**
 * Opening another user's folder: Outlook (Windows) "Unable to open default folders-you do not have permissions to
 * logon" — the folder and every parent folder up to the mailbox root must be shared with the user
 * (learn.microsoft.com/troubleshoot/exchange/outlook-issues/cannot-access-another-mailbox-folder). Outlook for Mac
 * "Outlook cannot open the folder. You do not have permission to open this folder. Contact … for permission." — the
 * owner must grant Reviewer (not only Free/Busy) on the default Calendar folder
 * (learn.microsoft.com/troubleshoot/outlook/calendars/you-do-not-have-permission-error,
 * learn.microsoft.com/troubleshoot/outlook/calendars/cannot-open-another-calendar-with-freebusy-permission).
 */
const FOLDER_PERMISSIONS: readonly Rule[] = [
  pattern('kb-outlook-default-folders-no-logon', 'client', 3, [
    `${phrase('Unable to open default folders')} ?[-–—:]? ?${phrase('you do not have permissions to')} ?log ?on`,
  ], [p('mailbox_permission_missing', 0.75)]),
  pattern('kb-outlook-mac-folder-no-permission', 'client', 3, [
    `${phrase('Outlook cannot open the folder.')} ?${phrase('You do not have permission to open this folder')}`,
  ], [p('mailbox_permission_missing', 0.7)]),
];

/**
 * Outlook 2010/2013's Add New Account wizard: "An encrypted connection to your mail server is not available. Click Next
 * to attempt using an unencrypted connection." The article quoting these words: the user's Microsoft 365 F plan does
 * not allow Outlook's Exchange connection (use Outlook on the web or POP) — the mailbox's protocol, like IMAP switched
 * off for it (learn.microsoft.com/troubleshoot/exchange/outlook-issues/encrypted-connection-unavailable). For other
 * users it points to the Autodiscover article (a missing Autodiscover CNAME record), so the network is second.
 * The wizard's "unencrypted connection" would otherwise read as a TLS failure (patterns-libraries.ts 'lib-tls-handshake',
 * Go's net/smtp), hence the weight above it.
 */
const F_PLAN_OUTLOOK: readonly Rule[] = [
  pattern('kb-outlook-encrypted-connection-mail-server', 'client', 3, [phrase('An encrypted connection to your mail server is not available')], [
    p('imap_disabled_or_not_connected', 0.75), p('network_blocked', 0.5),
  ]),
];

/**
 * Microsoft's mail to Outlook.com users whose app still signed in with a password, before Basic authentication ended for
 * personal accounts on 16 September 2024 ("Update your sign-in technology before September 16th, 2024 to maintain email
 * access. … Microsoft will no longer support the use of third-party email and calendar apps which ask you to sign in with
 * only your Microsoft Account username and password"; "you are currently using an email or calendar app that uses a less
 * secure authentication method to connect to your Outlook.com email account", as users quote it: thunderbird-android#8023,
 * the Microsoft Q&A thread "Final notice: you must update your sign-in technology"). The app must sign in with OAuth.
 */
const OUTLOOK_COM_BASIC_AUTH_NOTICE: readonly Rule[] = [
  pattern('kb-outlook-com-basic-auth-notice', 'client', 3, [
    phrase('Update your sign-in technology'), phrase('ask you to sign in with only your Microsoft Account username and password'),
    phrase('uses a less secure authentication method to connect to your Outlook.com email account'),
  ], [p('basic_auth_used', 0.8)]),
];

/** Every rule from Microsoft's Outlook, Outlook for Mac and mailbox-migration support articles (patterns.ts). */
export const KB_OUTLOOK_VOCABULARY_RULES: readonly Rule[] = [
  ...IMAP_MIGRATION, ...GOOGLE_APP_PASSWORD, ...CUTOVER_ENDPOINT, ...FOLDER_PERMISSIONS, ...F_PLAN_OUTLOOK, ...OUTLOOK_COM_BASIC_AUTH_NOTICE,
];
