/**
 * Texts that name their cause only through an internal identifier (issue 10): Exchange's store-driver exception names
 * (STOREDRV.Submission / STOREDRV.Deliver …Exception:…MapiException…) and EWS response codes pasted without their message,
 * imapsync's exit and error-type names (EXIT_*, ERR_*), and Swift Mailer's / Symfony Mailer's "Expected response code … but
 * got code "…"" whose quoted server message is missing or says nothing known — then the reply code alone names the cause.
 * Only identifiers read in Microsoft's documentation or the tool's own source are here; each group cites it.
 *
 * A sentence that carries the server's reply behind it gives way to that reply (`yieldsTo`); alone it stays weak.
 *
 * Already read right without this file (checked with decode()): "554 5.2.0 STOREDRV.Submission.Exception:
 * SubmissionQuotaExceededException" (throttled), "…SendAsDeniedException.MapiExceptionSendAsDenied" (send_as_denied),
 * "…OutboundSpamException" (outbound_sender_blocked), "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded" (the 4.3.2
 * rule), "QuotaExceededException.MapiExceptionQuotaExceeded" on delivery (vocab-kb-mailflow.ts), SMTPSEND.DNS.NonExistentDomain,
 * RESOLVER.RST.* / RESOLVER.ADR.*, EWS ErrorServerBusy / ErrorMailboxStoreUnavailable / ErrorNonExistentMailbox /
 * ErrorImpersonateUserDenied / ErrorAccessDenied (vocab-ews-codes.ts, patterns-graph.ts), "ExchangeImpersonation SOAP header
 * must be present for this type of OAuth token" (vocab-mail-libraries.ts), fetchmail's "Query status=3 (AUTHFAIL)", and the
 * OfflineIMAP / mbsync / getmail failures (vocab-unix-clients.ts).
 *
 * Not here: ROUTING.* codes (Exchange Server's on-premises routing of mail to other servers, no cause of ours), imapsync's
 * EXIT_OVERQUOTA / ERR_OVERQUOTA ("The destination mailbox is 100% full": no category names freeing space in a mailbox),
 * EXIT_TRANSFER_EXCEEDED (imapsync's own --exitwhenover limit), EXIT_ERR_APPEND / ERR_APPEND (size or anything else), and
 * "Cannot save changes made to an item to store" alone beside no other identifier (Microsoft's articles give four different
 * causes for it: size, a folder's item limit, a change-key conflict, access denied) — it only weakly leans to size.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';
import { EXPECTED_RESPONSE_CODE } from './vocab-mail-libraries-more.js';

/**
 * Exchange's store driver, as Microsoft's articles quote it:
 * - "Changes in message store and throttling for concurrent connections" (learn.microsoft.com/troubleshoot/exchange/…,
 *   MicrosoftDocs/SupportArticles-docs): since SMTP AUTH submissions are stored in the sending mailbox's Sent Items, "If the
 *   mailbox gets full, sending email messages will be blocked": "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:
 *   QuotaExceededException.MapiExceptionShutoffQuotaExceeded" (and …MapiExceptionQuotaExceeded). The sender's own mailbox,
 *   not the recipient's: no category names "empty Sent Items / raise the quota", so it reads as the sender blocked from
 *   sending, above the delivery-side "mailbox full" reading (vocab-kb-mailflow.ts 'kb-mailbox-full', recipient_rejected 0.8).
 * - "Troubleshooting Import Service job stuck" (Microsoft 365 PST import): "If you see a MapiExceptionShutoffQuotaExceeded
 *   error during import, make sure the target mailbox has sufficient capacity" — on delivery the recipient's mailbox is full.
 * - "Public folder migration fails … recopy large item" and "TooManyLargeItemsPermanentException" (SupportArticles-docs):
 *   "MapiExceptionPermanentImportFailure … --> Cannot save changes made to an item to store. --> MapiExceptionMaxSubmissionExceeded:
 *   Unable to save changes. (hr=0x80004005, ec=1242)" with "Msg: Limitation": the item is larger than the size limit. The
 *   same exception in an NDR ("STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded;
 *   Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.",
 *   learn.microsoft.com/answers/questions/134852) is the message over the recipient's or sender's size limit.
 * - "Error while migrating mailbox to Exchange Online: Cannot save changes made to an item to store" (SupportArticles-docs):
 *   "MapiExceptionMessagePerFolderCountQuotaExceeded … (ec=1252)": a folder of the target mailbox holds 1 million items
 *   (read like MapiExceptionMaxObjsExceeded in vocab-kb-mailflow.ts: the receiving mailbox's side).
 * - "Email non-delivery reports and SMTP errors in Exchange Online" (…/ndr/non-delivery-reports-in-exchange-online):
 *   "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded" — the recipient receives too many messages too quickly,
 *   by-design throttling; the name alone ("RecipientThreadLimitExceeded", Exchange's defer reason in queue viewers) too.
 * - MapiExceptionNotAuthorized on delivery ("#550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service
 *   reported an error. … "MapiExceptionNotAuthorized:16.18969:…""): the recipient public folder does not let the sender (or
 *   Anonymous) create items. Not from Microsoft's own pages (practical365.com "Causes of MapiExceptionNotAuthorized Error
 *   Sending to Public Folders"); unconfirmed there, so the weight stays moderate.
 */
const STORE_DRIVER: readonly Rule[] = [
  pattern('exch-submission-mailbox-full', 'smtp-submit', 3, [
    'STOREDRV\\.Submission\\.Exception: ?QuotaExceededException',
  ], [p('outbound_sender_blocked', 0.85), p('message_too_large', 0.3)]),
  pattern('exch-deliver-shutoff-quota', 'smtp-submit', 3, [
    'STOREDRV\\.Deliver\\.Exception: ?QuotaExceededException', '(?<!Submission\\.Exception: ?)QuotaExceededException\\.MapiExceptionShutoffQuotaExceeded',
    '(?<![.:])\\bMapiExceptionShutoffQuotaExceeded\\b',
  ], [p('recipient_rejected', 0.75)]),
  pattern('exch-max-submission-exceeded', 'smtp-submit', 3, [
    'MapiExceptionMaxSubmissionExceeded', 'MessageSubmissionExceededException',
  ], [p('message_too_large', 0.8)]),
  pattern('exch-folder-item-limit', 'smtp-submit', 3, ['MapiExceptionMessagePerFolderCountQuotaExceeded'], [p('recipient_rejected', 0.6)]),
  pattern('exch-recipient-thread-limit', 'throttle', 3, ['RecipientThreadLimitExceeded', phrase('recipient thread limit exceeded')], [
    p('throttled', 0.75),
  ]),
  pattern('exch-mapi-not-authorized', 'smtp-submit', 2, ['MapiExceptionNotAuthorized'], [
    p('recipient_rejected', 0.6), p('mailbox_permission_missing', 0.3),
  ]),
  // Alone: four causes in Microsoft's articles; beside another identifier that one decides (same family, more specific).
  pattern('exch-cannot-save-item', 'smtp-submit', 1, [phrase('Cannot save changes made to an item to store')], [
    p('message_too_large', 0.3), p('recipient_rejected', 0.2), p('mailbox_permission_missing', 0.2),
  ]),
];

/**
 * Outlook.com's (consumer) outbound abuse protection, as its replies print it: "554 5.2.0 STOREDRV.Submission.Exception:
 * OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not
 * None. Actual verdict is RefuseQuota, ShowTierUpgrade." (also "… is Suspend", "… HipSend", "… HipNotify", "… Throttle"; Graph's
 * ErrorMessageSubmissionBlocked carries the same sentence). Microsoft documents no verdict names: read from replies quoted in
 * public code (e.g. smtplib and JavaMail traces). RefuseQuota / Throttle is the account's sending limit (wait), the others a
 * block until the account is verified — unconfirmed by Microsoft, so only RefuseQuota/Throttle get a reading of their own.
 */
const WASCL: readonly Rule[] = [
  // Still Outlook.com's outbound protection (OutboundSpamException) that refused the message: the blocked sender first, the
  // sending limit second (nodejs-nodemailer-outlook#11: RefuseQuota with ShowTierUpgrade on a new account).
  pattern('wascl-verdict-quota', 'smtp-submit', 3, [`${phrase('WASCL UserAction verdict is not None. Actual verdict is')} ?(?:RefuseQuota|Throttle)\\b`], [
    p('outbound_sender_blocked', 0.9), p('throttled', 0.85),
  ]),
  pattern('wascl-verdict', 'smtp-submit', 2, [phrase('WASCL UserAction verdict is not None')], [p('outbound_sender_blocked', 0.75)]),
];

/**
 * EWS response codes pasted without their message. ErrorInvalidExchangeImpersonationHeaderData (EWS ResponseCodeType, the
 * ServiceError list of gautamsi/ews-javascript-api src/js/Enumerations/ServiceError.ts) is what EWS answers an app-only token
 * without an ExchangeImpersonation header naming the mailbox — its message "ExchangeImpersonation SOAP header must be present
 * for this type of OAuth token." is read by vocab-mail-libraries.ts (same family, more specific, so it decides when present).
 */
const EWS: readonly Rule[] = [
  pattern('ews-impersonation-header-data', 'client', 2, ['\\bErrorInvalidExchangeImpersonationHeaderData\\b'], [
    p('mailbox_permission_missing', 0.55), p('wrong_scope_or_resource', 0.25),
  ]),
  // The same code's other message, "ExchangeImpersonation SOAP header must not exist for this type of OAuth token.": a delegated
  // (user) token sent with the impersonation header that only app-only tokens take — the client's request is wrong, not a
  // right (OfficeDev/ews-managed-api#212: the header removed for user tokens).
  pattern('ews-impersonation-header-not-allowed', 'client', 3, [phrase('ExchangeImpersonation SOAP header must not exist')], [
    p('unexpected_server_reply', 0.6), p('wrong_scope_or_resource', 0.45),
  ]),
];

/** imapsync's "Exiting with return value N (NAME)" and "The most frequent error is NAME." — the name after its number or alone. */
const IMAPSYNC_NAME = (names: string) => `(?<![A-Z_])(?:${names})(?![A-Z0-9_])`;

/**
 * imapsync (imapsync/imapsync, script `imapsync`): the exit values (Readonly $EXIT_* and %EXIT_TXT, printed by exit_clean() as
 * "Exiting with return value 161 (EXIT_AUTHENTICATION_FAILURE_USER1) 1/50 nb_errors/max_errors PID …") and the error types of
 * error_type() / %EXIT_VALUE_OF_ERR_TYPE, printed by errors_listing() as "The most frequent error is ERR_…. <comment>"
 * (comment_err_authentication_failure_host1/2: "Check the credentials for <user>."; comment_err_connection_failure_host1/2:
 * "Check that host1 <host> on port <port> is the right IMAP server …"; comment_err_append_size: "The destination server refuses
 * too big messages. Use --truncmess option."). The "Host1 failure: Error login on …" line above it quotes the server's reply,
 * which decides (vocab-migration-tools.ts reads the mechanism). What fixes a refused login against Office 365: FAQ.d/FAQ.Office365.txt
 * (basic authentication off, security defaults; XOAUTH2 with an access token).
 */
const IMAPSYNC: readonly Rule[] = [
  pattern('imapsync-exit-auth', 'product', 2, [
    IMAPSYNC_NAME('EXIT_AUTHENTICATION_FAILURE(?:_USER[12])?|ERR_AUTHENTICATION_FAILURE_USER[12]'),
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply', 'sign-in', 'tls'], flags: '' }),
  pattern('imapsync-exit-connection', 'product', 2, [
    IMAPSYNC_NAME('EXIT_CONNECTION_FAILURE(?:_HOST[12])?|ERR_CONNECTION_FAILURE_HOST[12]'),
  ], [p('network_blocked', 0.55), p('tls_problem', 0.25)], { yieldsTo: ['server-reply', 'tls'], flags: '' }),
  pattern('imapsync-exit-tls', 'product', 2, [IMAPSYNC_NAME('EXIT_TLS_FAILURE|ERR_EXIT_TLS_FAILURE')], [
    p('tls_problem', 0.6), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply'], flags: '' }),
  pattern('imapsync-err-append-size', 'product', 2, [IMAPSYNC_NAME('ERR_APPEND_SIZE')], [p('message_too_large', 0.7)], { flags: '' }),
  // A message skipped for a line longer than the destination takes ("msg INBOX/116 skipped … (line length exceeds maxlinelength
  // 10500 bytes)", imapsync/imapsync#104, syncing to Office 365): the message's shape, fixed by imapsync's --maxlinelength /
  // --maxlinelengthcmd options.
  pattern('imapsync-line-too-long', 'product', 3, [phrase('line length exceeds maxlinelength')], [
    p('message_too_large', 0.6), p('unexpected_server_reply', 0.3),
  ]),
];

/**
 * Swift Mailer (swiftmailer/swiftmailer lib/classes/Swift/Transport/AbstractSmtpTransport.php assertResponseCode():
 * "Expected response code <wanted> but got code "<code>", with message "<response>"") and Symfony Mailer (symfony/mailer
 * Transport/Smtp/SmtpTransport.php assertResponseCode(): "Expected response code "<codes>" but got code "<code>", with message
 * "<response>"."; the expected codes joined by "/", e.g. "250/251/252"). The quoted response decides whenever a rule knows it
 * (it carries the whole reply, "535 5.7.139 …"); a reply no rule knows, or a message cut off, leaves the reply code, read by
 * RFC 5321 §4.2 and what Exchange Online answers with it: 535 the AUTH refused (5.7.3 / 5.7.139), 530 a command that needs AUTH
 * first (5.7.57), 504 an AUTH mechanism not offered (5.7.4: before STARTTLS, or a password where basic authentication is off),
 * 552 the size, 421/451/452 a temporary refusal (throttling), 454 TLS not available, 500–503 commands the server did not take;
 * 550–554 (MAIL FROM, RCPT TO or DATA refused) only a weak guess: Send As, the sender blocked, or the recipient. PHP apps wrap
 * the sentence in their own (English or German, e.g. Shopware's "Beim Versand der Test-Mail ist ein Fehler aufgetreten."); the
 * library's sentence itself is not translated.
 */
const EXPECTED_BUT_GOT = `${EXPECTED_RESPONSE_CODE}${phrase('but got code')} ?"`;
const gotCode = (codes: string) => `${EXPECTED_BUT_GOT}(?:${codes})"`;
const REPLY_WINS = { yieldsTo: ['server-reply', 'tls', 'sign-in'] as const };

const SWIFT_SYMFONY_CODES: readonly Rule[] = [
  pattern('swift-symfony-got-535', 'product', 2, [gotCode('535')], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.35),
  ], REPLY_WINS),
  pattern('swift-symfony-got-530', 'product', 2, [gotCode('530')], [p('not_authenticated', 0.6), p('tls_problem', 0.25)], REPLY_WINS),
  pattern('swift-symfony-got-504', 'product', 2, [gotCode('504')], [
    p('smtp_auth_failed_generic', 0.45), p('tls_problem', 0.4), p('basic_auth_used', 0.35),
  ], REPLY_WINS),
  pattern('swift-symfony-got-534', 'product', 2, [gotCode('534')], [p('smtp_auth_failed_generic', 0.4), p('basic_auth_used', 0.3)], REPLY_WINS),
  pattern('swift-symfony-got-552', 'product', 2, [gotCode('552')], [p('message_too_large', 0.5)], REPLY_WINS),
  pattern('swift-symfony-got-4xx', 'product', 2, [gotCode('421|45[12]')], [p('throttled', 0.4), p('network_blocked', 0.3)], REPLY_WINS),
  pattern('swift-symfony-got-454', 'product', 2, [gotCode('454')], [p('tls_problem', 0.4), p('smtp_auth_failed_generic', 0.3)], REPLY_WINS),
  pattern('swift-symfony-got-50x', 'product', 1, [gotCode('50[0-3]')], [p('unexpected_server_reply', 0.35)], REPLY_WINS),
  pattern('swift-symfony-got-55x', 'product', 1, [gotCode('55[0-4]')], [
    p('send_as_denied', 0.25), p('outbound_sender_blocked', 0.22), p('recipient_rejected', 0.18),
  ], REPLY_WINS),
  // Swift only: a reply that does not start with three digits (sscanf '%3d' fails) — something other than an SMTP server
  // answered (a proxy, a web or IMAP server on that port).
  pattern('swift-got-no-code', 'product', 2, [`${EXPECTED_BUT_GOT}", ?${phrase('with message')} ?"[^"\\d\\s]`], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.3),
  ], REPLY_WINS),
];

/** Every rule of this file (patterns.ts). */
export const EXCH_INTERNALS_VOCABULARY_RULES: readonly Rule[] = [...STORE_DRIVER, ...WASCL, ...EWS, ...IMAPSYNC, ...SWIFT_SYMFONY_CODES];
