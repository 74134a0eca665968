/**
 * What hosted business services say when their mail through Microsoft 365 fails (issue 10): Atlassian's Jira and
 * Jira Service Management mail handlers, ServiceNow's e-mail accounts with OAuth, Microsoft Dynamics 365 / Dataverse
 * server-side synchronization with Exchange Online, Freshworks' custom mailboxes (Freshdesk, Freshchat) and HubSpot's
 * connected inboxes. These products are closed source: every text here is quoted from the vendor's own documentation
 * or knowledge base, which each group cites. English only — none of these pages shows a German wording of the message.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (no wording of their own found in a vendor page, or nothing beyond Exchange's reply): Zendesk's Microsoft
 * Exchange connector (support.zendesk.com articles 8979947090586 and 8994395472922 describe the Graph connection but
 * quote no error text); Salesforce (help.salesforce.com article 005133045 only quotes Exchange's own "550 5.7.68
 * TenantInboundAttribution; Direct Send not allowed …"); Zoho Desk / Zoho CRM; Confluence (its mail pages quote
 * Jira's KB or a Marketplace app's); the Power Automate / Logic Apps "Office 365 Outlook" and "SMTP" connectors
 * (learn.microsoft.com/connectors pages and MicrosoftDocs/SupportArticles-docs support/power-platform/power-automate/
 * connections/unable-send-smtp-email.md show no error text; the connector passes Graph's and Exchange's errors
 * through, which patterns-graph.ts and the SMTP rules already know); SharePoint and Teams.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Jira / Jira Service Management (Data Center), incoming mail handlers with OAuth 2.0 — Atlassian KB "Fix OAuth 2.0
 * Issues in Jira Mail Handlers for Data Center" (confluence.atlassian.com/jirakb/jira-mail-handlers-or-service-
 * management-mail-handlers-cannot-be-configured-using-oauth-2-0-the-authorization-or-connection-test-fails-
 * 1095250181.html) with its "Examples of errors", and the KBs it sends the reader to: "Resolve OAuth 2.0 Scope Issues
 * for Jira Mail Handlers in Data Center" and "Fixing IMAP and User error with OAuth 2.0 and Jira Data Center"
 * (support.atlassian.com/jira/kb/…: the wrong user authorized the mailbox, IMAP is disabled for it, or the user has no
 * permission on it). JSM Cloud: "Resolve Email Request Failures due to Rate Limit in JSM Cloud" (support.atlassian.com/
 * jira/kb/email-requests-failing-due-to-rate-limiting-and-access-token-retrieval: "Could not retrieve access token" —
 * missing permissions or an expired OAuth token; remove and reconnect the account).
 */
const ATLASSIAN: readonly Rule[] = [
  // Project settings > Email requests: the OAuth 2.0 authorization of the mail handler was never completed.
  pattern('jira-oauth-token-not-defined', 'product', 3, [phrase('OAuth token not defined for connection')], [
    p('not_authenticated', 0.7), p('token_expired_or_invalid', 0.3),
  ]),
  // "JIRA couldn't open the folder 'inbox' at outlook.office365.com. Check and make sure the folder name is correct …":
  // the sign-in worked but the mailbox could not be opened over IMAP (IMAP off, or another user authorized it).
  pattern('jira-could-not-open-folder', 'product', 2, [`${phrase("couldn't open the folder")} ?'[^'\\n]{0,255}' ?${phrase('at')}`], [
    p('imap_disabled_or_not_connected', 0.55), p('mailbox_permission_missing', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  // The headings above the mail server's own error (Jakarta Mail's exception decides).
  pattern('jsm-could-not-connect-mail-server', 'product', 1, [phrase("We couldn't connect to your mail server")], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('jira-no-connection-possible', 'product', 1, [phrase('Unfortunately no connection was possible. Review the errors below and rectify')], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // JSM Cloud connectivity log: the stored OAuth grant no longer yields an access token.
  pattern('jsm-cloud-access-token', 'product', 2, [phrase('Could not retrieve access token')], [
    p('token_expired_or_invalid', 0.55), p('consent_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * ServiceNow, e-mail accounts with OAuth 2.0 (plugin "Email - OAUTH support for IMAP and SMTP"): support.servicenow.com
 * KB1295058 / KB2902723 ("OAuth token is not present or has expired" after a password reset: delete the tokens and
 * authorize the account again), KB2733994 ("Connection failed: OAuth access token is not present or has expired."),
 * KB1380167 and KB0859525 (the log line "OAuth access token is not present or has expired. Email account=…"; the
 * scheduled job "Refresh Email Access Token" fails with "… can't read table oauth_credential" when its user lost the
 * admin role, so the tokens are not refreshed).
 */
const SERVICENOW: readonly Rule[] = [
  pattern('servicenow-oauth-token-expired', 'product', 3, [
    phrase('OAuth access token is not present or has expired'), phrase('OAuth token is not present or has expired'),
  ], [p('token_expired_or_invalid', 0.8)]),
  pattern('servicenow-refresh-job-no-access', 'product', 2, [phrase("can't read table oauth_credential")], [
    p('token_expired_or_invalid', 0.5),
  ]),
];

/**
 * Dynamics 365's "The mailbox location could not be determined …" (sending) and "The location of the mailbox … could not be
 * determined while receiving email": Autodiscover could not find the mailbox. The fix is Autodiscover repaired, or the EWS
 * address entered in the email server profile (learn.microsoft.com/troubleshoot/power-platform/dataverse/
 * email-exchange-synchronization/error-when-testing-enabling-mailbox) — the server's address first, its reach second.
 */
export const MAILBOX_LOCATION_CAUSES = [
  p('unexpected_server_reply', 0.5), p('network_blocked', 0.45), p('wrong_tenant_or_app', 0.35),
] as const;

/**
 * Microsoft Dynamics 365 / Dataverse server-side synchronization, the mailbox alerts: MicrosoftDocs/power-platform
 * power-platform/admin/troubleshooting-monitoring-server-side-synchronization.md ("Common alerts and recommended
 * resolutions"), and MicrosoftDocs/SupportArticles-docs: support/dynamics-365/sales/exception-when-using-server-side-
 * sync.md (KB 3212785, "Http server returned 401 Unauthorized exception": the mailbox's address differs from Exchange's,
 * a Hybrid profile for an Exchange Online mailbox, no Exchange Online licence, another tenant); the articles in
 * support/power-platform/dataverse/email-exchange-synchronization/ — KB 4052727 (OutgoingEmailS2SApprovalNeeded /
 * IncomingEmailS2SApprovalNeeded: an Office 365 Global or Exchange administrator must approve the mailbox's address),
 * KB 2993502 and KB 4533252 (secure connection, "Web server returned SecureChannelFailure exception"), KB 4483440
 * (http-server-returned-forbidden-exception.md), KB 4459027 (email-cannot-be-received-because-license-is-invalid-
 * error.md), KB 3214326 (the-smtp-address-has-no-mailbox.md), KB 4463808 (HostNotFound: wrong server location or
 * port in the email server profile), KB 4471945 ("Web server returned SendFailure exception", usually passing), and
 * the InvalidIncomingMailboxCredentials / InvalidOutgoingMailboxCredentials article (no or insufficient credentials in
 * the mailbox record). Impersonation (ErrorImpersonateUserDenied) and ErrorSubmissionQuotaExceeded are Exchange's
 * own words, which patterns-graph.ts and patterns-smtp.ts already read.
 */
const DYNAMICS_SSS: readonly Rule[] = [
  // The sentence also heads other causes (KB 4483440: "… secure connection …" with "Http server returned Forbidden
  // exception" — EWS turned off), so it stays below the error codes that follow it.
  pattern('dynamics-secure-connection', 'product', 2, [
    `${phrase('because an error occurred while establishing a secure connection to the')} ?(?:${phrase('email server')}|${phrase('Microsoft Exchange server')}|${phrase('Exchange server')})`,
  ], [p('tls_problem', 0.65), p('network_blocked', 0.25)]),
  pattern('dynamics-secure-channel-failure', 'product', 3, [phrase('Web server returned SecureChannelFailure exception')], [p('tls_problem', 0.75)]),
  // KB 4483440: Exchange answers EWS with 403 — EWS is off for the mailbox or the organisation (EwsEnabled), or
  // EwsApplicationAccessPolicy / EwsAllowList keeps "CRM/*" out.
  pattern('dynamics-ews-forbidden', 'product', 3, [phrase('Http server returned Forbidden exception')], [
    p('imap_disabled_or_not_connected', 0.65), p('security_policy_blocks', 0.4),
  ]),
  // KB 4459027 (ErrorInvalidLicense): the Exchange Online mailbox has no licence (as vocab-ews-codes.ts reads the code).
  pattern('dynamics-licence-invalid', 'product', 3, [phrase("Email can't be received because the license is invalid for the mailbox")], [
    p('imap_disabled_or_not_connected', 0.6),
  ]),
  // KB 3214326 (Test Connection of an email server profile): EWS's ErrorNonExistentMailbox — the profile's user name in
  // domain\user form instead of the UPN, or the user has no mailbox.
  pattern('dynamics-smtp-address-no-mailbox', 'product', 3, [phrase('The SMTP address has no mailbox associated with it')], [
    p('imap_disabled_or_not_connected', 0.5), p('wrong_tenant_or_app', 0.45),
  ]),
  // Exchange Online (server-to-server authentication): an Office 365 admin has not approved the mailbox's address.
  pattern('dynamics-s2s-approval', 'product', 3, [
    `${phrase('requires an approval by an')} ?(?:Office|Microsoft) ?365 ?${phrase('administrator')}`,
    '\\b(?:Outgoing|Incoming|ExchangeSync)EmailS2SApprovalNeeded\\b',
  ], [p('consent_missing', 0.6), p('mailbox_permission_missing', 0.25)]),
  // "Process emails only for approved users/queues": the mailbox's address was not approved.
  pattern('dynamics-address-not-approved', 'product', 3, [
    phrase('have been disabled for sending/receiving email because their email addresses have not been approved'),
    `${phrase('because the email address of the mailbox')}[^\\n]{0,255}?${phrase('is not approved')}`,
  ], [p('consent_missing', 0.5), p('mailbox_permission_missing', 0.3)]),
  // KB 3212785: with Exchange Online the mailbox's address, licence, profile type or tenant does not fit.
  pattern('dynamics-mailbox-credentials', 'product', 2, [
    phrase('are correct and have sufficient permissions for sending email. Then, enable the mailbox'),
    phrase('are correct and have sufficient permissions for receiving email. Then, enable the mailbox'),
    phrase('are correct and have sufficient permissions. Then, enable the mailbox for appointments'),
  ], [p('wrong_tenant_or_app', 0.45), p('mailbox_permission_missing', 0.35), p('basic_auth_used', 0.2)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('dynamics-http-401', 'product', 3, [phrase('Http server returned 401 Unauthorized exception')], [
    p('wrong_tenant_or_app', 0.5), p('mailbox_permission_missing', 0.35), p('basic_auth_used', 0.2),
  ]),
  // KB 3212785 cause 6: the user or mailbox was deleted and created again with the same address.
  pattern('dynamics-no-user-for-claims', 'product', 3, ['\\bNoUserFoundWithGivenClaims\\b', `${phrase('User does not exist in tenant with id')}`], [
    p('wrong_tenant_or_app', 0.6),
  ]),
  pattern('dynamics-mailbox-credentials-missing', 'product', 3, ['\\bInvalid(?:Incoming|Outgoing)MailboxCredentials\\b'], [
    p('not_authenticated', 0.55), p('mailbox_permission_missing', 0.3),
  ]),
  // KB 4504933: the mailbox alert's "Email Server Error Code: Exchange.server returned error 203." is a warning that "can usually be
  // ignored" — Exchange refused one item (e.g. an appointment's attendees updated by another organizer), not the set-up. The
  // code token "Exchange.server" stays English in the translated alerts ("Exchange.server zwrócił błąd 203", pl-PL article).
  pattern('dynamics-exchange-error-203', 'product', 3, ['\\bExchange\\.server\\b[^\\n]{1,40}?\\b203\\b'], [p('unexpected_server_reply', 0.65)]),
  // Credentials in the email server profile (impersonation): wrong, or no impersonation/mailbox access.
  pattern('dynamics-profile-credentials', 'product', 3, [
    phrase('because the credentials specified in the associated email server profile are incorrect or have insufficient permissions'),
  ], [p('mailbox_permission_missing', 0.5), p('not_authenticated', 0.3), p('basic_auth_used', 0.2)]),
  // Autodiscover could not find the mailbox (the receiving half: vocab-saas-c.ts).
  pattern('dynamics-mailbox-location', 'product', 3, [phrase('The mailbox location could not be determined')], MAILBOX_LOCATION_CAUSES),
  pattern('dynamics-server-location', 'product', 3, [
    `${phrase('because the email server location or the')} ?(?:incoming|outgoing) ?${phrase('email port specified')}`,
    phrase('InvalidIncomingEmailServerProfileConfiguration HostNotFound'),
  ], [p('network_blocked', 0.7)]),
  pattern('dynamics-send-failure', 'product', 2, [phrase('Web server returned SendFailure exception')], [
    p('network_blocked', 0.5), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
];

/**
 * Freshworks custom mailboxes. The SMTP error table of "Troubleshooting email errors in Freshchat"
 * (crmsupport.freshworks.com/en/support/solutions/articles/50000010122), each with its reason and fix: re-authenticate
 * (refresh token expired, password changed), "SMTP Authentication is disabled for your tenant", the mailbox provider's
 * sending limit, no access to the mailbox. Freshdesk's banner "Please reauthorize your Email settings" (support.freshdesk.com/
 * en/support/solutions/articles/50000002985, "Reauthorization of custom mailbox": Microsoft's end of basic
 * authentication — sign in with Microsoft again — or an expired connection / changed credentials).
 */
const FRESHWORKS: readonly Rule[] = [
  // Several of these end in "… or try again later", which alone reads as throttling (patterns-smtp.ts 'throttled-word'):
  // the table's own reasons are a lost connection or a stale sign-in, so their weights stay above that word's.
  pattern('freshworks-temporary-auth-failure', 'product', 3, [
    `${phrase('Temporary Authentication failure;')} ?${phrase('Please contact your mailbox provider')}`,
  ], [p('token_expired_or_invalid', 0.65), p('network_blocked', 0.4)]),
  pattern('freshworks-incorrect-credentials', 'product', 3, [
    `${phrase('Authentication Failure - Incorrect credentials;')} ?${phrase('Please connect your mailbox again')}`,
  ], [p('token_expired_or_invalid', 0.55), p('not_authenticated', 0.3)]),
  pattern('freshworks-mailbox-limit', 'product', 3, [`${phrase('Mailbox limit exceeded;')} ?${phrase('Please contact your mailbox provider')}`], [
    p('throttled', 0.7),
  ]),
  pattern('freshworks-server-connection', 'product', 3, [`${phrase('Server connection issue;')} ?${phrase('Contact your mailbox provider')}`], [
    p('network_blocked', 0.65), p('security_policy_blocks', 0.3),
  ], { yieldsTo: ['tls'] }),
  pattern('freshworks-account-locked', 'product', 3, [phrase('Authentication failure due to account locked/disabled or unreachable')], [
    p('token_expired_or_invalid', 0.65), p('smtp_auth_disabled_tenant', 0.55), p('security_policy_blocks', 0.3),
  ]),
  pattern('freshworks-mailbox-access-restricted', 'product', 3, [`${phrase('Mailbox access restricted;')} ?${phrase('Please check with your mailbox provider')}`], [
    p('mailbox_permission_missing', 0.6),
  ]),
  pattern('freshdesk-reauthorize', 'product', 2, [phrase('Please reauthorize your Email settings')], [
    p('token_expired_or_invalid', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * HubSpot connected inboxes: knowledge.hubspot.com/connected-email/troubleshoot-imap-inbox-connection (IMAP/SMTP:
 * "IMAP settings incorrect" / "SMTP Settings Incorrect" — no connection to the server on that port, check server,
 * port and the IP allowlist; "IMAP authentication error" — the server refused the login without saying why) and
 * knowledge.hubspot.com/connected-email/troubleshoot-office-365-inbox-and-calendar-connection-errors (Graph: the
 * error HubSpot shows as OFFICE_ERROR_REST_API_NOT_ENABLED_FOR_COMPONENT_SHARED_MAILBOX — a mailbox still migrating,
 * or one on an on-premises Exchange in a hybrid setup). Only the translated versions of that page are stored (nl, pt,
 * fr, sv …), so its English headings ("… inbox and calendar not found", "Unavailable - API access not enabled …") are
 * not confirmed and not matched; the code is quoted the same in every language.
 */
const HUBSPOT: readonly Rule[] = [
  pattern('hubspot-imap-settings-incorrect', 'product', 2, [phrase('IMAP settings incorrect')], [p('network_blocked', 0.6), p('tls_problem', 0.2)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  pattern('hubspot-smtp-settings-incorrect', 'product', 2, [phrase('SMTP settings incorrect')], [p('network_blocked', 0.55), p('tls_problem', 0.25)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  // A password login to Exchange Online's IMAP (the IMAP/SMTP connection type) fails this way.
  pattern('hubspot-imap-authentication-error', 'product', 1, [phrase('IMAP authentication error')], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Like Graph's own MailboxNotEnabledForRESTAPI (patterns-graph.ts): the mailbox is not (yet) in Exchange Online.
  pattern('hubspot-rest-api-not-enabled', 'product', 3, ['OFFICE_ERROR_REST_API_NOT_ENABLED_FOR_COMPONENT_SHARED_MAILBOX'], [
    p('imap_disabled_or_not_connected', 0.6), p('mailbox_permission_missing', 0.3),
  ]),
];

/** Every hosted-service rule (patterns.ts). */
export const CLOUD_SERVICE_VOCABULARY_RULES: readonly Rule[] = [
  ...ATLASSIAN, ...SERVICENOW, ...DYNAMICS_SSS, ...FRESHWORKS, ...HUBSPOT,
];
