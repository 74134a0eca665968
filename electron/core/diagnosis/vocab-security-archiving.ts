/**
 * tools that read Microsoft 365 mailboxes for security or reporting, mail archivers, and a
 * Laravel mail transport — parsedmarc (with the mailsuite library it moved its mailbox code to), ThePhish, MailStore
 * Server's directory synchronisation, MailArchiva's IMAP journal account, piler's IMAP import, and InnoGE's
 * laravel-msgraph-mail. Only texts read in the products' own source or their vendor's documentation are here; each group
 * cites it. None of these products ships translations of these texts, so they are English only.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - imap-backup (joeyates/imap-backup): password LOGIN only (OAuth through email-oauth2-proxy, its README says); its
 *   connection test prints just "No response" / "Unexpected error: <Net::IMAP's text>" (lib/imap/backup/setup/
 *   connection_tester.rb) — too bare to tell a product by; Net::IMAP's server reply is read by the IMAP rules.
 * - got-your-back (GYB): Google Workspace / Gmail only.
 * - TheHive/Cortex: the Mailer and MailIncidentStatus responders (TheHive-Project/Cortex-Analyzers responders/Mailer/
 *   mailer.py, responders/MailIncidentStatus/mailincidentstatus.py) call smtplib and let its exception through — the
 *   library rules read smtplib's texts; EmlParser reads files, not mailboxes.
 * - IntelOwl, Sublime Security's mailbox connectors, KnowBe4 PhishER / Phish Alert Button (support.knowbe4.com documents
 *   the Microsoft 365 consent steps — PhishRIP, NAA-SSO for the PAB — but quotes no error message), Security Onion (its
 *   mail goes through the local MTA, Security-Onion-Solutions/security-onion wiki "Email"): no error wording of their own was found.
 * - piler's current IMAP import (jsuto/piler src/import_imap.c) goes through libcurl: "Curl perform failed: Login denied"
 *   is curl's text (vocab-http-clients.ts); its web UI's import test only says "connection failed" / "login failed".
 * - MailStore's German "Die Authentifizierung ist fehlgeschlagen (EWS)" / "MailStore konnte Sie nicht an den Server
 *   anmelden" are in vocab-migration-tools.ts; its English wording of those two and German of the directory texts below
 *   were not found.
 * - Hangfire, Celery, Django's send_mail: no mail wording of their own. Laravel's mailer is Symfony Mailer (its texts are
 *   in vocab-php-apps.ts / vocab-exch-internals.ts); motze92/office365-mail is in vocab-oauth-helpers.ts.
 */
import { FILLED_NAME as NAME, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** parsedmarc's stage names in its Graph failure line (cli.py _log_msgraph_failure() callers). */
const GRAPH_STAGE = '(?:connection|mailbox ?fetch|message ?send|watch)';
/** "Microsoft Graph <stage> failed (mailbox=…, tenant_id=…, auth_method=…)": one line, bounded. */
const GRAPH_FAILED = `${phrase('Microsoft Graph')} ?${GRAPH_STAGE} ?${phrase('failed')} ?\\(mailbox=[^)\\n]{0,240}\\)`;
/** The same line for the given auth methods (alternatives joined with |). */
const GRAPH_FAILED_BY = (methods: string, stage = GRAPH_STAGE) =>
  `${phrase('Microsoft Graph')} ?${stage} ?${phrase('failed')} ?\\(mailbox=[^)\\n]{0,240}?auth_method=(?:${methods})\\)`;

/**
 * parsedmarc, Microsoft Graph mailbox (domainaware/parsedmarc parsedmarc/cli.py, commit 6358c364: _log_msgraph_failure()
 * logs "Microsoft Graph <stage> failed (mailbox=…, tenant_id=…, auth_method=…): <error type> status=<HTTP status>:
 * <Graph's message>" or "ClientAuthenticationError: <azure-identity's message with AADSTS…>"; the [msgraph] section's
 * ConfigurationErrors). Causes as docs/source/usage.md says: app-only methods need the Mail.ReadWrite application
 * permission with admin consent and a New-ApplicationAccessPolicy scope that includes the mailbox; the delegated methods
 * (UsernamePassword, DeviceCode) ask only for Mail.ReadWrite(.Shared), so their token never carries Mail.Send and sending
 * the summary through Graph "is expected to fail with an access-denied error regardless of what's granted".
 */
const PARSEDMARC_GRAPH: readonly Rule[] = [
  pattern('parsedmarc-graph-delegated-send', 'product', 3, [
    GRAPH_FAILED_BY('UsernamePassword|DeviceCode', 'message ?send'),
  ], [p('wrong_scope_or_resource', 0.75), p('consent_missing', 0.3)], { yieldsTo: ['sign-in'] }),
  // Graph refused the call: no Mail.ReadWrite (application) consent, or the application access policy leaves the mailbox out.
  pattern('parsedmarc-graph-403', 'product', 2, [`${GRAPH_FAILED}: ?APIError ?status=403`], [
    p('consent_missing', 0.45), p('mailbox_permission_missing', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  pattern('parsedmarc-graph-401', 'product', 2, [`${GRAPH_FAILED}: ?APIError ?status=401`], [
    p('token_expired_or_invalid', 0.45), p('not_authenticated', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('parsedmarc-graph-429', 'product', 2, [`${GRAPH_FAILED}: ?APIError ?status=429`], [p('throttled', 0.65)]),
  // azure-identity could not get a token; its AADSTS message after the class name decides. App-only: the secret or
  // certificate (or the tenant / client ID) is wrong; delegated: the cached sign-in no longer works.
  pattern('parsedmarc-graph-client-auth-app', 'product', 2, [
    `${GRAPH_FAILED_BY('ClientSecret|Certificate|ClientAssertion')}: ?ClientAuthenticationError`,
  ], [p('bad_client_secret', 0.5), p('wrong_tenant_or_app', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('parsedmarc-graph-client-auth-user', 'product', 2, [`${GRAPH_FAILED_BY('UsernamePassword|DeviceCode')}: ?ClientAuthenticationError`], [
    p('token_expired_or_invalid', 0.35), p('not_authenticated', 0.3), p('bad_client_secret', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // DeviceCode / UsernamePassword are built with disable_automatic_authentication=True (mailsuite/mailbox/graph.py
  // _generate_credential()): when the cached sign-in no longer yields a token silently, azure-identity raises
  // AuthenticationRequiredError instead of prompting — the sign-in must be run again interactively.
  pattern('parsedmarc-graph-auth-required', 'product', 3, [`${GRAPH_FAILED}: ?AuthenticationRequiredError`], [
    p('token_expired_or_invalid', 0.6), p('not_authenticated', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('parsedmarc-graph-failed', 'product', 1, [GRAPH_FAILED], [p('consent_missing', 0.25), p('network_blocked', 0.25)], {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
  pattern('parsedmarc-msgraph-secret-missing', 'product', 3, [
    `(?:client_secret|certificate_path|client_assertion) ?${phrase('setting missing from the msgraph config section')}`,
  ], [p('bad_client_secret', 0.65)]),
  pattern('parsedmarc-msgraph-app-missing', 'product', 3, [
    `(?:tenant_id|client_id) ?${phrase('setting missing from the msgraph config section')}`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  pattern('parsedmarc-credentials-missing', 'product', 3, [
    `(?:user|password) ?${phrase('setting missing from the msgraph config section')}`,
    phrase('IMAP user and password must be specified if host is specified'),
  ], [p('not_authenticated', 0.55)]),
];

/**
 * parsedmarc before mailsuite 2 (parsedmarc/mail/graph.py as of 8.x/9.x, commit fb3c38a and before): a Graph call that
 * did not answer 200/201/204 raised "Failed to fetch messages <Graph's JSON>", "Failed to list folders.<JSON>",
 * "Failed to mark message read<status>: <JSON>", "Failed to move message <status>: <JSON>" …; mailsuite (seanthegeek/
 * mailsuite mailsuite/mailbox/graph.py) now raises "Failed to list folders: <APIError>". Graph's error code in the JSON
 * (ErrorAccessDenied …) decides. Before commit 79d99d0 (2022, parsedmarc 8.3.1) the folder lookup read the answer's "value"
 * without checking the status (graph.py "folders = folders_resp.json()['value']") and cli.py logged "Mailbox Error: {error}"
 * — so a Graph error answer (most often the missing permission or access policy, parsedmarc#345/#359) ended as
 * "Mailbox Error: 'value'".
 */
const PARSEDMARC_OLD_GRAPH: readonly Rule[] = [
  pattern('parsedmarc-graph-call-failed', 'product', 1, [
    `${phrase('Failed to')} ?(?:fetch ?messages?|mark ?message ?read|move ?message|delete ?message) ?(?:\\d{3})?:? ?\\{`,
    // str(APIError) (kiota) starts on a new, indented line.
    `${phrase('Failed to list folders')}(?:\\. ?\\{|:\\s{0,40}APIError)`,
  ], [p('consent_missing', 0.3), p('mailbox_permission_missing', 0.25)], { yieldsTo: ['sign-in'] }),
  pattern('parsedmarc-graph-keyerror-value', 'product', 2, [
    `${phrase('Mailbox Error:')} ?'value'`, `folders_resp\\.json\\(\\)\\[ ?'value' ?\\]`,
  ], [p('consent_missing', 0.4), p('mailbox_permission_missing', 0.35)], { yieldsTo: ['sign-in'] }),
];

/**
 * mailsuite, the mailbox and mail library parsedmarc uses since 9.11 (commit 5d816a4) (seanthegeek/mailsuite commit 36ced384):
 * mailsuite/imap.py IMAPClient.__init__() and mailsuite/smtp.py send_email() check their XOAUTH2 arguments; send_email()
 * warns and goes on unencrypted when the server offers no STARTTLS (Exchange Online offers AUTH only after STARTTLS, so
 * a missing STARTTLS means something other than Exchange answered — a proxy, antivirus, or the wrong host).
 */
const MAILSUITE: readonly Rule[] = [
  pattern('mailsuite-oauth-username', 'product', 3, [phrase('username is required when authenticating with OAuth2')], [
    p('not_authenticated', 0.5),
  ]),
  pattern('mailsuite-no-credentials', 'product', 3, [phrase('either password or an OAuth2 token / token_provider must be provided')], [
    p('not_authenticated', 0.6),
  ]),
  pattern('mailsuite-no-starttls', 'product', 3, [phrase('SMTP server does not support STARTTLS. Proceeding in plain text!')], [
    p('tls_problem', 0.5), p('network_blocked', 0.3),
  ]),
];

/**
 * ThePhish (emalderson/ThePhish app/list_emails.py and app/case_from_email.py): imaplib LOGIN with user name and password
 * (the README only documents app passwords); on any exception "Error while trying to connect to IMAP server: <traceback>",
 * the traceback ending in imaplib's error with the server's reply, which decides.
 */
const THEPHISH: readonly Rule[] = [
  pattern('thephish-imap-connect', 'product', 1, [phrase('Error while trying to connect to IMAP server')], [
    p('imap_auth_failed_generic', 0.3), p('basic_auth_used', 0.25), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * MailStore Server, user synchronisation with Microsoft 365 (Directory Services): the message as quoted by MailStore's UK
 * distributor, blog.zensoftware.co.uk/Knowledgebase/mailstore/how-to-reset-microsoft-service-principle-if-it-has-expired —
 * "MailStore Server was unable to retrieve a list of users from Directory Services. Requesting Microsoft Graph API token
 * failed: AADSTS7000215: …", cause: the service principal's secret expired (fix: a new secret / service principal).
 */
const MAILSTORE_DIRECTORY: readonly Rule[] = [
  pattern('mailstore-graph-token-failed', 'product', 2, [phrase('Requesting Microsoft Graph API token failed')], [
    p('bad_client_secret', 0.45), p('wrong_tenant_or_app', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('mailstore-directory-users', 'product', 1, [phrase('MailStore Server was unable to retrieve a list of users from Directory Services')], [
    p('bad_client_secret', 0.3), p('consent_missing', 0.25), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * MailArchiva, IMAP journal account with Microsoft 365 OAuth (help.mailarchiva.com/imap-journal-connection-failed):
 * "Connection <token> is either not enabled or no longer exists" — the Microsoft 365 connection chosen as the account's
 * token is disabled or deleted, so no token is fetched (fix: enable the Microsoft 365 connection).
 */
const MAILARCHIVA: readonly Rule[] = [
  pattern('mailarchiva-connection-disabled', 'product', 3, [`${phrase('Connection')} ${NAME} ${phrase('is either not enabled or no longer exists')}`], [
    p('not_authenticated', 0.55), p('wrong_tenant_or_app', 0.3),
  ]),
];

/**
 * piler's own IMAP client for pilerimport (jsuto/piler src/imap.c connect_to_imap_server(), still in the tree at commit
 * d3f4b07c): LOGIN with the password, then "login failed, server reponse: <the tagged reply>" (sic) — the reply decides.
 */
const PILER: readonly Rule[] = [
  pattern('piler-imap-login-failed', 'product', 1, [phrase('login failed, server reponse:')], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * InnoGE/laravel-msgraph-mail, Laravel's "microsoft-graph" mail transport (client credentials): src/
 * LaravelMsGraphMailServiceProvider.php (ConfigurationMissing / ConfigurationInvalid: "Configuration key <key> for
 * microsoft-graph mailer is missing." / "… has invalid value: <value>."), src/Authentication/ClientCertificate.php (the
 * certificate credential), src/Services/MicrosoftGraphApiService.php (InvalidResponse), src/Exceptions/
 * MissingMailReadWritePermission.php. The token endpoint's and Graph's refusals come as Laravel's RequestException with
 * Microsoft's JSON (read by the sign-in and Graph rules).
 */
const LARAVEL_MSGRAPH_MAIL: readonly Rule[] = [
  pattern('laravel-msgraph-config-app', 'product', 3, [
    `${phrase('Configuration key')} ?(?:tenant_id|client_id) ?${phrase('for microsoft-graph mailer')} ?(?:${phrase('is missing')}|${phrase('has invalid value')})`,
  ], [p('wrong_tenant_or_app', 0.7)]),
  pattern('laravel-msgraph-config-secret', 'product', 3, [
    `${phrase('Configuration key')} ?(?:client_secret|client_certificate(?:\\.[a-z_]{1,20})?) ?${phrase('for microsoft-graph mailer')} ?(?:${phrase('is missing')}|${phrase('has invalid value')})`,
  ], [p('bad_client_secret', 0.7)]),
  // The token endpoint answered 2xx without an access token: not Microsoft's answer (a proxy or a wrong endpoint).
  pattern('laravel-msgraph-token-response', 'product', 2, [phrase('Expected response to contain key access_token of type string, got:')], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.3),
  ]),
  // Attachments over sendMail's limit need a draft and an upload session: the Mail.ReadWrite application permission.
  pattern('laravel-msgraph-readwrite', 'product', 3, [phrase('Sending this message requires the Mail.ReadWrite application permission')], [
    p('consent_missing', 0.75),
  ]),
];

/** Every rule of this file (patterns.ts). */
export const SECURITY_ARCHIVING_VOCABULARY_RULES: readonly Rule[] = [
  ...PARSEDMARC_GRAPH, ...PARSEDMARC_OLD_GRAPH, ...MAILSUITE, ...THEPHISH, ...MAILSTORE_DIRECTORY, ...MAILARCHIVA, ...PILER,
  ...LARAVEL_MSGRAPH_MAIL,
];
