/**
 * What hosted business services say when the Microsoft 365 mailbox they connect fails (issue 10), beyond what
 * vocab-cloud-services.ts already reads: more Dynamics 365 / Dataverse server-side synchronization alerts and
 * Test & Enable results, Salesforce Einstein Activity Capture's disconnected-account banner, and the Jira Data Center
 * mail handler's OAuth 2.0 "Protocol error" and its OAuth 2.0 connection test. These products are closed source: every
 * text here is quoted from the vendor's own documentation or knowledge base, which each group cites. English only — none
 * of these pages shows a German wording of the message.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here: Dynamics alerts whose cause lies inside Dynamics (security roles, plug-ins, a deactivated mailbox record:
 * 8005E259, Crm.80048306, UnknownIncomingEmailIntegrationError -2147220891 / -2147209462 / -2147220956 …, MailboxDisabled)
 * — no category names their fix; ErrorMailboxStoreUnavailable and ErrorImpersonateUserDenied's sentence are EWS's own
 * words, already read elsewhere. Zendesk's Microsoft Exchange connector, Freshservice, Zoho Desk / Zoho CRM,
 * TOPdesk, monday.com, Pipedrive, Intercom, Help Scout, Front, Gorgias, Mailchimp/Mandrill and the Power Automate /
 * Logic Apps Office 365 Outlook connector: their help pages that could be read describe the connection (OAuth consent,
 * reconnecting, Graph throttling) but quote no error text of their own. HubSpot's English Office 365 headings are still
 * unconfirmed (only translations stored), and its Exchange (EWS + password) errors concern on-premises Exchange.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';
import { MAILBOX_LOCATION_CAUSES } from './vocab-cloud-services.js';

/** A hex error code of the Dataverse Test & Enable result, not inside a longer hex string. */
const hexCode = (code: string): string => `(?<![0-9a-f])(?:0x)?${code}(?![0-9a-f])`;

/**
 * Dynamics 365 / Dataverse server-side synchronization, mailbox alerts and Test & Enable results —
 * MicrosoftDocs/SupportArticles-docs support/power-platform/dataverse/email-exchange-synchronization/ (also
 * learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/<same name>):
 * outgoingemailauthenticationerror-shows-in-mailbox-alert.md (KB 4533293: a certificate that cannot be validated, or
 * SMTP credentials refused — MailKit's 535 in the details), error-while-sending-the-email-message.md (KB 4092733: wrong
 * outgoing port, System.Net.Mail's "Syntax error, command unrecognized" in the details), error-occurs-sending-email-for-
 * mailbox.md (KB 4092737: "Web server returned ConnectFailure exception" — no connection, firewall or ports),
 * test-enable-fails-for-unrecognized-email-address.md (no user with that address in the profile's tenant, or the
 * mailbox is in another tenant), error-code-8005e272.md (401 Unauthorized for the profile's account), error-code-
 * 8005e273.md (the Microsoft 365 account is disabled / sign-in blocked), error-code-8005e274.md (MailboxNotEnabledForRESTAPI:
 * no Exchange Online licence, disabled, or on-premises in a hybrid setup), error-code-8005e276.md (no valid Exchange
 * licence), cannot-send-email-as-another-user.md (KB 3184980), test-connection-fails-email-server.md (KB 4493267: wrong
 * user name or password, the user name not in UPN form), error-when-testing-enabling-mailbox.md (KB 4513810: Autodiscover
 * could not find the mailbox; its first sentence is in vocab-cloud-services.ts).
 */
const DYNAMICS_SSS_MORE: readonly Rule[] = [
  // The details carry the SMTP server's reply (MailKit's AuthenticationException) — that reply decides.
  pattern('dynamics-outgoing-auth-error', 'product', 2, [
    phrase('because either a server certificate needed to connect to the email server could not be validated or the credentials used to send email are incorrect or do not provide access'),
    '\\bOutgoingEmailAuthenticationError\\b',
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35), p('tls_problem', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // KB 4092733: the outgoing port in the email server profile is wrong; the SmtpException in the details decides.
  pattern('dynamics-unknown-error-sending', 'product', 1, [phrase('An unknown error occurred while sending the email message')], [
    p('network_blocked', 0.35), p('tls_problem', 0.3), p('smtp_auth_failed_generic', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('dynamics-connect-failure', 'product', 2, [
    `${phrase('An error occurred in sending email for mailbox')}[^\\n]{0,255}?${phrase('while connecting to the email server')}`,
    phrase('Web server returned ConnectFailure exception'),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  pattern('dynamics-no-user-found', 'product', 3, [phrase('Test and Enable failed because no user was found with the email address')], [
    p('wrong_tenant_or_app', 0.7),
  ]),
  // Test & Enable error codes (the articles name them by code only).
  pattern('dynamics-test-8005e272', 'product', 2, [hexCode('8005e272')], [
    p('wrong_tenant_or_app', 0.45), p('mailbox_permission_missing', 0.35),
  ]),
  pattern('dynamics-test-8005e273', 'product', 2, [hexCode('8005e273')], [p('security_policy_blocks', 0.6)]),
  pattern('dynamics-test-8005e274', 'product', 2, [hexCode('8005e274')], [
    p('imap_disabled_or_not_connected', 0.6), p('mailbox_permission_missing', 0.2),
  ]),
  pattern('dynamics-test-8005e276', 'product', 2, [hexCode('8005e276')], [p('imap_disabled_or_not_connected', 0.6)]),
  // The sender is another Dynamics user: the "Send Email as Another User" privilege or that user's consent is missing.
  pattern('dynamics-send-as-selected-user', 'product', 3, [
    phrase('You cannot send email as the selected user'), phrase('User does not have send-as privilege'),
  ], [p('send_as_denied', 0.55)]),
  // Test Connection of an email server profile with credentials: wrong user name or password (or not in UPN form).
  pattern('dynamics-test-connection-401', 'product', 3, [
    `${phrase('Remote server error: (401) Unauthorized.')} ?${phrase('Make sure the user name and password you entered are correct')}`,
  ], [p('not_authenticated', 0.5), p('basic_auth_used', 0.35)]),
  // The receiving half of KB 4513810's pair ("The mailbox location could not be determined …" is the sending half).
  pattern('dynamics-mailbox-location-receiving', 'product', 3, [
    `${phrase('The location of the mailbox')}[^\\n]{0,255}?${phrase('could not be determined while receiving email')}`,
  ], MAILBOX_LOCATION_CAUSES),
];

/**
 * Salesforce Einstein Activity Capture — help.salesforce.com article 000391950 ("Microsoft Exchange Mailbox
 * Disconnects from Einstein Activity Capture"): the banner appears when the user's credentials are invalid, an alias
 * or a user name not in UPN form (or a UPN that is not the primary address) was used to connect, or Salesforce cannot
 * reach the Exchange server (firewall, Autodiscover / EWS not reachable).
 */
const SALESFORCE_EAC: readonly Rule[] = [
  pattern('salesforce-eac-not-captured', 'product', 2, [
    phrase("Activities aren't being captured or synced from this account anymore"),
  ], [p('token_expired_or_invalid', 0.45), p('wrong_tenant_or_app', 0.4), p('network_blocked', 0.2)], { yieldsTo: ['sign-in', 'server-reply'] }),
];

/**
 * Jira / Jira Service Management Data Center, incoming mail with OAuth 2.0 — Atlassian KB "Fix OAuth 2.0 Issues in Jira
 * Mail Handlers for Data Center" (confluence.atlassian.com/jirakb/jira-mail-handlers-or-service-management-mail-
 * handlers-cannot-be-configured-using-oauth-2-0-the-authorization-or-connection-test-fails-1095250181.html, "Examples of
 * errors", Error 3 under System > Incoming Mail) and the KB it sends the reader to first, "Resolve OAuth 2.0 Scope Issues
 * for Jira Mail Handlers in Data Center" (support.atlassian.com/jira/kb/resolve-oauth-2-0-scope-issues-for-jira-mail-
 * handlers-in-data-center/: the scopes must be exactly https://outlook.office.com/IMAP.AccessAsUser.All
 * …/POP.AccessAsUser.All offline_access), then IMAP disabled or the wrong user authorizing the mailbox. Jakarta Mail's
 * AuthenticationFailedException alone reads as an SMTP sign-in; under Jira's Incoming Mail heading it is IMAP/POP.
 */
const JIRA_INCOMING: readonly Rule[] = [
  pattern('jira-incoming-protocol-error', 'product', 3, [
    `${phrase('Unfortunately no connection was possible.')}[\\s\\S]{0,200}?${phrase('AuthenticationFailedException: Protocol error. Connection is closed')}`,
  ], [p('wrong_scope_or_resource', 0.55), p('imap_auth_failed_generic', 0.45), p('imap_disabled_or_not_connected', 0.3)]),
  // The OAuth 2.0 integration's "Test connection" (System > OAuth 2.0): "The connection has failed. Check the application logs
  // for details." — Atlassian KB "The connection test of the OAuth 2.0 integration fails with the error …" (confluence.atlassian.
  // com/jirakb/…-1096094146.html): root cause 1 a single-tenant app registration with Jira's default common endpoints (put the
  // tenant into the authorization and token endpoints), root cause 2 a wrong client ID or secret.
  pattern('jira-oauth-test-connection-failed', 'product', 2, [
    phrase('The connection has failed. Check the application logs for details.'),
  ], [p('wrong_tenant_or_app', 0.5), p('bad_client_secret', 0.4)]),
];

/** Every rule of this vocabulary (patterns.ts). */
export const SAAS_C_VOCABULARY_RULES: readonly Rule[] = [...DYNAMICS_SSS_MORE, ...SALESFORCE_EAC, ...JIRA_INCOMING];
