/**
 * What workflow-automation and notification tools say when their mail through Microsoft 365, or their Microsoft sign-in,
 * fails (issue 10): n8n, Apache Camel, listmonk and apprise. Only texts read in the products' own source are here; each
 * group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): n8n's Send Email node and its SMTP credential test show
 * nodemailer's message unchanged (packages/nodes-base/nodes/EmailSend/v2/send.operation.ts, utils.ts smtpConnectionTest();
 * nodemailer's texts are in the library vocabularies), and the Microsoft Outlook node passes Graph's error on
 * (nodes/Microsoft/Outlook/v2/transport/index.ts); n8n's editor ships no German translation
 * (packages/frontend/@n8n/i18n/src/locales has no de.json). camel-mail-microsoft-oauth's authenticator
 * (MicrosoftExchangeOnlineOAuth2MailAuthenticator.java) prints nothing of its own — MSAL4J's MsalServiceException
 * (AADSTS…) comes through, see vocab-msal*.ts. listmonk's SMTP test returns smtppool's / Go's error text unchanged
 * (cmd/settings.go TestSMTPSettings()); listmonk offers no XOAUTH2 (internal/messenger/email/email.go: cram, plain,
 * login). Activepieces' SMTP piece returns nodemailer's error as JSON (packages/pieces/community/smtp/src/index.ts);
 * Huginn's IMAP agent lets Net::IMAP's errors through (app/models/agents/imap_folder_agent.rb). Node-RED's e-mail nodes
 * are in vocab-appliances-de.ts. Windmill's mail sources were not looked at.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * n8n, OAuth2 credentials ("Microsoft Outlook OAuth2 API", "Microsoft OAuth2 API"): n8n-io/n8n packages/@n8n/client-oauth2.
 * When the token endpoint answers an error, getAuthError() (src/utils.ts) shows the RFC 6749 description of its `error`
 * code (src/constants.ts ERROR_RESPONSES) *instead of* Microsoft's error_description — so the AADSTS code is often gone;
 * the OAuth callback page (packages/cli/templates/oauth-error-callback.handlebars, "Error: …" then "More details" with the
 * response body) may still show it, and then it decides. invalid_client's description ("Client authentication failed …")
 * is read in patterns-signin.ts.
 */
const N8N_OAUTH: readonly Rule[] = [
  // invalid_grant: the stored refresh token expired or was revoked (password change, 90 days unused, consent withdrawn).
  pattern('n8n-oauth-invalid-grant', 'product', 3, [
    `${phrase('The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid,')} ?${phrase('expired, revoked')}`,
  ], [p('token_expired_or_invalid', 0.7), p('redirect_uri_mismatch', 0.2)], { yieldsTo: ['sign-in'] }),
  // access_denied: the consent screen was cancelled or declined (or an admin must consent first).
  pattern('n8n-oauth-access-denied', 'product', 3, [phrase('The resource owner or authorization server denied the request')], [
    p('user_cancelled_or_consent_declined', 0.6), p('consent_missing', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  pattern('n8n-oauth-invalid-scope', 'product', 3, [phrase('The requested scope is invalid, unknown, or malformed')], [
    p('wrong_scope_or_resource', 0.75),
  ], { yieldsTo: ['sign-in'] }),
  // unauthorized_client: Entra sends it for an app ID that is not in the tenant or not enabled for these accounts.
  pattern('n8n-oauth-unauthorized-client', 'product', 2, [phrase('The client is not authorized to request an authorization code using this method')], [
    p('wrong_tenant_or_app', 0.5), p('public_vs_confidential_client', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // invalid_request: many AADSTS causes; only weakly the usual ones of a hand-made credential.
  pattern('n8n-oauth-invalid-request', 'product', 1, [
    `${phrase('The request is missing a required parameter, includes an invalid parameter value,')} ?${phrase('includes a parameter more than once')}`,
  ], [p('redirect_uri_mismatch', 0.3), p('wrong_scope_or_resource', 0.25)], { yieldsTo: ['sign-in'] }),
  // client-oauth2-token.ts refresh(): no refresh token stored (offline_access missing, or never reconnected).
  pattern('n8n-oauth-no-refresh-token', 'product', 3, [phrase('OAuth access token expired and no refresh token is available')], [
    p('token_expired_or_invalid', 0.6), p('wrong_scope_or_resource', 0.4),
  ]),
  // client-oauth2-token.ts sign(): the credential holds no access token — "Connect my account" was never completed.
  pattern('n8n-oauth-no-access-token', 'product', 3, [phrase('Unable to sign without access token')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.4),
  ]),
  // packages/cli/src/controllers/oauth/oauth2-credential.controller.ts handleCallback(): Microsoft came back without a
  // code — it sends error=access_denied / AADSTS… instead ("Received following query parameters: {…}" follows).
  pattern('n8n-oauth-callback-no-code', 'product', 2, [phrase('Insufficient parameters for OAuth2 callback')], [
    p('user_cancelled_or_consent_declined', 0.4), p('consent_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * n8n, node and credential-test errors. NodeApiError (packages/workflow/src/errors/node-api.error.ts
 * STATUS_CODE_MESSAGES) puts a sentence for the HTTP status in place of the message and keeps the service's text as
 * the description — Graph's error (ErrorAccessDenied, …) after it decides. The credential test's banner
 * "Couldn’t connect with these settings" (editor-ui CredentialConfig.vue) shows the test's error under it.
 */
const N8N_NODES: readonly Rule[] = [
  // 401 from Graph: the token expired, was revoked, or is for another audience.
  pattern('n8n-api-401', 'product', 2, [phrase('Authorization failed - please check your credentials')], [
    p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // 403 from Graph: Mail.Send / Mail.Read not granted, or the mailbox not allowed (shared mailbox, access policy).
  pattern('n8n-api-403', 'product', 2, [phrase('Forbidden - perhaps check your credentials?')], [
    p('consent_missing', 0.4), p('mailbox_permission_missing', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('n8n-api-429', 'product', 2, [phrase('The service is receiving too many requests from you')], [p('throttled', 0.7)]),
  pattern('n8n-credential-test-failed', 'product', 1, [phrase('Couldn’t connect with these settings'), phrase("Couldn't connect with these settings")], [
    p('not_authenticated', 0.25), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Email Trigger (IMAP): packages/nodes-base/nodes/EmailReadImap/connection-events.ts — n8n's own description: the
  // server, a proxy or a firewall closed the long-lived connection. Exchange's "BYE … AccessTokenExpired" decides if quoted.
  pattern('n8n-imap-closed', 'product', 2, [phrase('IMAP connection closed unexpectedly')], [
    p('network_blocked', 0.45), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // packages/@n8n/imap/src/errors.ts (ConnectionLostError, ReconnectTimeoutError, ConnectionTimeoutError with its
  // "timeout = N ms"; the IMAP credential's authTimeout is 20000 ms — a blocked port 993, or TLS off against it).
  pattern('n8n-imap-connection', 'product', 2, [
    phrase('Connection to the IMAP server was lost'), phrase('Reconnecting to the IMAP server timed out'),
    `${phrase('connection timed out.')} ?${phrase('timeout =')} ?\\d{1,7} ?ms`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.25)], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Apache Camel, camel-mail consumers (imap/imaps/pop3/pop3s endpoints): apache/camel camel-support
 * ScheduledPollConsumer ("Failed polling endpoint: <uri>. Will try again at next poll", older releases "Consumer … failed
 * polling endpoint: Endpoint[<uri>]") with the JavaMail exception after it ("Caused by: [jakarta.mail.
 * AuthenticationFailedException - AUTHENTICATE failed.]"), and components/camel-mail MailConsumer.java ("Error opening
 * mail folder due to …. Will re-create connection on next poll.").
 */
const CAMEL: readonly Rule[] = [
  pattern('camel-mail-poll-failed', 'product', 1, [`${phrase('failed polling endpoint:')} ?(?:Endpoint\\[)?(?:imaps?|pop3s?)://`], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('camel-mail-folder-open', 'product', 1, [`${phrase('Error opening mail folder due to')} ?[^\\n]{0,300}?${phrase('Will re-create connection on next poll')}`], [
    p('network_blocked', 0.4), p('imap_disabled_or_not_connected', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * listmonk: knadh/listmonk — the campaign manager's log (internal/manager/manager.go "error sending message in campaign
 * %s: subscriber %d: %v"; internal/manager/pipe.go "error count exceeded %d. pausing campaign %s"), the test mail
 * (i18n key campaigns.errorSendTest, en.json "Error sending test: {error}", de.json "Fehler beim Senden der Testmail:
 * {error}"; cmd/campaigns.go "error sending test message"), and the bounce mailbox (internal/bounce/bounce.go
 * "error scanning bounce mailbox: %v" with the POP3 server's reply). Go's net/smtp / smtppool text after them decides.
 */
const LISTMONK: readonly Rule[] = [
  sendWrapper('listmonk-send-failed', [
    `${phrase('error sending message in campaign')} ?[^\\n]{0,200}?: ?${phrase('subscriber')} ?\\d{1,12}:`,
    phrase('Error sending test:'), phrase('Fehler beim Senden der Testmail:'), phrase('error sending test message:'),
  ], 0.3, 0.25),
  // maxErrThreshold reached: Exchange Online refusing a burst (sending limits, concurrent connections) or timeouts.
  pattern('listmonk-campaign-paused', 'product', 1, [`${phrase('error count exceeded')} ?\\d{1,9}. ?${phrase('pausing campaign')}`], [
    p('throttled', 0.35), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // POP3 with a password: Exchange Online refuses basic authentication for POP.
  pattern('listmonk-bounce-scan', 'product', 1, [phrase('error scanning bounce mailbox:')], [
    p('basic_auth_used', 0.35), p('imap_auth_failed_generic', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/** A Graph or token URL in apprise's log line, bounded; the status follows. */
const O365_URL = (host: string) => `${phrase('Failed to send Office 365')} ?(?:POST|GET|PUT|PATCH|DELETE)? ?to ?https?://${host}[^\\s]{0,300}?: ?,? ?error=`;

/**
 * apprise, Office 365 plugin (o365:// / azure://, Microsoft Graph with client credentials or a personal refresh token):
 * caronc/apprise apprise/plugins/office365.py (the same texts before the 2024 refactor, commit 4d21759f). Its _fetch()
 * logs "Failed to send Office 365 <method> to <url>: , error=<status>." (the status text is dropped by the format
 * string) and the response body at debug level ("Response Details:") — Microsoft's AADSTS or Graph error there decides.
 * Apprise logs are not translated.
 */
const APPRISE_O365: readonly Rule[] = [
  // The token endpoint refused the client credentials or the refresh token.
  pattern('apprise-o365-token-refused', 'product', 2, [`${O365_URL('login\\.microsoftonline\\.com/')}4\\d\\d`], [
    p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('apprise-o365-graph-401', 'product', 2, [`${O365_URL('graph\\.microsoft\\.com/')}401`], [
    p('token_expired_or_invalid', 0.4), p('wrong_scope_or_resource', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Graph refused sendMail / the user lookup: Mail.Send (or User.Read.All) application permission not granted.
  pattern('apprise-o365-graph-403', 'product', 2, [`${O365_URL('graph\\.microsoft\\.com/')}403`], [
    p('consent_missing', 0.5), p('mailbox_permission_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('apprise-o365-graph-429', 'product', 2, [`${O365_URL('graph\\.microsoft\\.com/')}429`], [p('throttled', 0.75)]),
  pattern('apprise-o365-request-exception', 'product', 2, [`${phrase('Exception received when sending Office 365')} ?(?:POST|GET|PUT|PATCH|DELETE)? ?to ?https?://`], [
    p('network_blocked', 0.6), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
  // Object ID as source: the user lookup in the tenant failed (the source has "specifieg" as typed there).
  pattern('apprise-o365-object-id', 'product', 3, [phrase('Object ID could not be resolved in this tenant')], [p('wrong_tenant_or_app', 0.6)]),
  pattern('apprise-o365-user-read-all', 'product', 3, [`${phrase('Could not acquire From email address; ensure')} ?"?User\\.Read\\.All"? ?${phrase('Application scope is set')}`], [
    p('consent_missing', 0.7),
  ]),
  pattern('apprise-o365-bad-client-id', 'product', 3, [phrase('An invalid Office 365 Client OAuth2 ID'), phrase('An invalid Office 365 Tenant')], [
    p('wrong_tenant_or_app', 0.65),
  ]),
  pattern('apprise-o365-bad-secret', 'product', 3, [phrase('An invalid Office 365 Client OAuth2 Secret')], [p('bad_client_secret', 0.65)]),
];

/**
 * apprise, e-mail plugin (mailto:// / mailtos:// through smtp.office365.com, Python smtplib): caronc/apprise
 * apprise/plugins/email/base.py ("Connection error while submitting email to "<host>"" for every failure of connect,
 * STARTTLS and login; 'Sending email to "<to>" failed.' for a refused message; smtplib's exception follows at debug
 * level as "Socket Exception: (535, b'5.7.139 …')"). Older releases (apprise/plugins/NotifyEmail.py): "A Connection
 * error occurred sending Email notification to <host>." (before 2019 spelt "occured"), and from commit e7255df1
 * "Connection error while submitting email to <host>. Reason: <exception>".
 */
const APPRISE_EMAIL: readonly Rule[] = [
  sendWrapper('apprise-email-connection-error', [
    phrase('Connection error while submitting email to'), `${phrase('A Connection error')} ?occurr?ed ?${phrase('sending Email notification to')}`,
  ], 0.25, 0.3),
  // After login, sendmail() refused: SendAsDenied, a blocked tenant, a recipient rule.
  pattern('apprise-email-send-failed', 'product', 1, [`${phrase('Sending email to')} ?"[^"\\n]{0,255}" ?${phrase('failed.')}`], [
    p('send_as_denied', 0.3), p('outbound_sender_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/** Every workflow-automation/notification rule (patterns.ts). */
export const AUTOMATION_VOCABULARY_RULES: readonly Rule[] = [
  ...N8N_OAUTH, ...N8N_NODES, ...CAMEL, ...LISTMONK, ...APPRISE_O365, ...APPRISE_EMAIL,
];
