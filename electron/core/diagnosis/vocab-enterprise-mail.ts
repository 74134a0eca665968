/**
 * What on-premises mail servers and their connectors say when their mail to or through Microsoft 365 fails (issue 10):
 * hMailServer's delivery log and bounce, Exchange Server's queue (Queue Viewer "Last Error") towards Exchange Online,
 * Exchange Online's own connector and mail-flow codes the other vocabularies did not know, Kerio Connect's delivery
 * status, and Zimbra's Microsoft (Outlook) OAuth2 sign-in. Only texts read in the products' own source or their
 * vendor's documentation are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (no wording of their own found in source or vendor documentation): Windows Server's IIS SMTP service
 * (SMTPSVC event texts), MDaemon (its knowledge base describes the Microsoft 365 OAuth setup of MultiPOP, no error
 * text), SAP SCOT/SOST (Microsoft's SAP guide, azure-docs articles/sap/workloads/exchange-online-integration-sap-email-
 * outbound.md, names no SAP message; SAP notes are not public), Sage, Veeam / Synology / Windows Server Backup
 * notification mail, Sophos / Fortinet / Barracuda / Mimecast relaying to Microsoft 365, and Exchange Online's
 * "5.7.51 TenantInboundAttribution" (its wording was not found in Microsoft's stored NDR pages). Microsoft's replies
 * inside these products' bounces (535 5.7.139, 530 5.7.57, 550 5.7.64 TenantAttribution …) are rules of patterns-smtp.ts.
 */
import { enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * hMailServer, delivery to an external server or an SMTP relay (smart host, e.g. smtp.office365.com:587 with
 * "Server requires authentication"): hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPClientConnection.cpp
 * UpdateAllRecipientsWithError_() writes the recipient's error into the bounce ("Error Type: SMTP / Remote server (%s)
 * issued an error. / hMailServer sent: %s / Remote server replied: %s", or "Connection to recipients server failed. /
 * Error: %s" before the connection), whose head is the SEND_FAILED_NOTIFICATION server message ("Your message did not
 * reach some or all of the intended recipients." — hmailserver/source/DBScripts/*.sql); the connect error is
 * TCPConnection.cpp's "Host name: %s, message: %s"; the TLS failure is TCPConnection::HandshakeFailed_() ("TCPConnection -
 * TLS/SSL handshake failed. …"). hMailServer signs in only with AUTH LOGIN (a password): Exchange Online's reply after
 * "Remote server replied:" decides. The server's texts are not translated (translations cover the administrator only).
 */
const HMAILSERVER: readonly Rule[] = [
  // The remote server (Exchange Online) refused a command; its reply follows and decides. Alone: which command it was.
  pattern('hmailserver-remote-auth-refused', 'product', 1, [
    // The password step is logged as "<Password removed>", which the decoder's normalisation drops as markup.
    `${phrase('hMailServer sent:')} ?(?:${phrase('AUTH LOGIN')}|<?${phrase('Password removed')}|${phrase('Remote server replied:')})`,
  ], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('hmailserver-remote-error', 'product', 1, [`${phrase('Remote server')} ?\\([^)\\n]{0,255}\\) ?${phrase('issued an error.')}`], [
    p('unexpected_server_reply', 0.3), p('not_authenticated', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // No TCP connection to the smart host or MX (port 587/25 blocked, wrong host name).
  pattern('hmailserver-connect-failed', 'product', 2, [phrase('Connection to recipients server failed.')], [p('network_blocked', 0.7)], {
    yieldsTo: ['tls'],
  }),
  // "Connection security: STARTTLS (Required)" against a server that does not offer it (another host, an inspecting proxy).
  pattern('hmailserver-no-starttls', 'product', 3, [phrase('Server does not support STARTTLS.')], [p('tls_problem', 0.7), p('unexpected_server_reply', 0.3)]),
  // EHLO refused although STARTTLS or SMTP authentication needs it: something other than Exchange answered.
  pattern('hmailserver-no-ehlo', 'product', 3, [phrase('Server does not support EHLO command.')], [p('unexpected_server_reply', 0.65), p('network_blocked', 0.25)]),
  pattern('hmailserver-timeout', 'product', 2, [phrase('There was a timeout while talking to the remote server.')], [
    p('network_blocked', 0.6), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  pattern('hmailserver-tls-handshake', 'product', 3, [phrase('TCPConnection - TLS/SSL handshake failed.')], [p('tls_problem', 0.85)]),
  // External accounts (POP3 download, e.g. from outlook.office365.com:995/110): ExternalFetcher/POP3ClientConnection.cpp —
  // "… configured to use STARTTLS connection security, but the POP3 server does not support it." (its own typo
  // "aAccount" in front) and the debug log's "Connection to remote POP3-server failed. Error message: %s".
  pattern('hmailserver-pop3-no-starttls', 'product', 3, [
    `${phrase('configured to use STARTTLS connection security, but the POP3 server does not support it')}`,
  ], [p('tls_problem', 0.75)]),
  pattern('hmailserver-pop3-connect-failed', 'product', 2, [phrase('Connection to remote POP3-server failed.')], [p('network_blocked', 0.65)], {
    yieldsTo: ['tls'],
  }),
];

/**
 * Exchange Server's queue towards Exchange Online (hybrid send connector "Outbound to Office 365", or a send connector
 * with smart host *.mail.protection.outlook.com / smtp.office365.com): the "Last Error" in Queue Viewer / Get-Queue.
 * - "451 4.4.0 DNS query failed" (learn.microsoft.com/exchange/troubleshoot/mailflow/dns-query-failed: the DNS server
 *   Exchange uses, or the smart host's name, does not resolve; fix DNS or the connector's external DNS).
 * - "451 4.4.0 Primary target IP address responded with: "…" Attempted failover to alternate host, but that did not
 *   succeed." and "451 5.7.3 Cannot achieve Exchange Server authentication." (support.microsoft.com/kb/979175: the
 *   receive connector lacks Exchange Server authentication, or a firewall between the servers strips the X-EXPS,
 *   X-ANONYMOUSTLS and GSSAPI verbs). The quoted reply of the target decides over the 4.4.0 wrapper.
 * - "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found." (Microsoft's
 *   archived Exchange blog, learn.microsoft.com/archive/blogs/lalitbisht/mailflow-issue-from-exchange-on-prem-to-office-365:
 *   the connector still names a replaced certificate, or it is not assigned to SMTP or not valid).
 */
const EXCHANGE_QUEUE: readonly Rule[] = [
  pattern('exchange-queue-dns-query-failed', 'product', 3, [
    `${enhanced('4.4.0')} ?${phrase('DNS query failed')}`, phrase('SMTPSEND.DNS.NonExistentDomain'),
  ], [p('network_blocked', 0.8)]),
  pattern('exchange-queue-primary-target', 'product', 1, [
    phrase('Primary target IP address responded with:'), phrase('Attempted failover to alternate host, but that did not succeed'),
  ], [p('network_blocked', 0.35), p('unexpected_server_reply', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('exchange-send-connector-certificate', 'product', 3, [phrase('The certificate specified in TlsCertificateName of the SendConnector could not be found')], [
    p('tls_problem', 0.85),
  ]),
  // Not a password problem of an app (smtp-5.7.3 reads "5.7.3" as one): Exchange-to-Exchange authentication over X-EXPS.
  pattern('exchange-server-authentication', 'product', 3, [phrase('Cannot achieve Exchange Server authentication')], [
    p('network_blocked', 0.75), p('unexpected_server_reply', 0.3),
  ]),
];

/**
 * Exchange Online's connector and delivery codes. The connector errors ("mail flow intelligence"): MicrosoftDocs/
 * defender-docs defender-office-365/connectors-mail-flow-intelligence.md — 450 4.4.312 DNS query failed, 4.4.315
 * Connection timed out, 4.4.316 Connection refused (a firewall blocking Microsoft 365's addresses on port 25),
 * 4.4.317 Cannot connect to remote server (an immediate error, or the connector requires TLS the other side lacks),
 * 4.4.318 Connection was closed abruptly, 4.7.320 Certificate validation failed. The NDR list (MicrosoftDocs/
 * SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md): 4.4.316
 * "Connection refused [Message=Socket error code 10061]", 4.4.7 / 5.4.300 "Message expired" (the destination never
 * answered in time), and the TLS/DANE codes 4.7.321–4.7.325 / 5.7.321–5.7.325 ("starttls-not-supported",
 * "certificate-expired", "tlsa-invalid", "dnssec-invalid", "certificate-host-mismatch").
 */
const EXCHANGE_ONLINE_CONNECTOR_CODES: readonly Rule[] = [
  pattern('exo-connector-unreachable', 'product', 3, [
    `${enhanced('4.4.312')}`, `${enhanced('4.4.315')}`, `${enhanced('4.4.316')}`, phrase('Socket error code 10061'),
  ], [p('network_blocked', 0.8)]),
  pattern('exo-connector-cannot-connect', 'product', 3, [`${enhanced('4.4.317')}`], [
    p('tls_problem', 0.5), p('network_blocked', 0.5),
  ], { yieldsTo: ['tls'] }),
  pattern('exo-connector-closed-abruptly', 'product', 3, [`${enhanced('4.4.318')}`], [
    p('network_blocked', 0.65), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  pattern('exo-connector-certificate', 'product', 3, [
    // The code only: "CertificateValidationFailed" is also AADSTS50017's name (certificate-based sign-in, not TLS).
    `${enhanced('4.7.320')}`,
  ], [p('tls_problem', 0.85)]),
  pattern('exo-dane-tls', 'product', 3, [
    '(?<![\\d.])[45]\\.7\\.32[1-5](?!\\d)', phrase('starttls-not-supported:'), phrase('tlsa-invalid:'), phrase('certificate-host-mismatch:'),
    phrase('dnssec-invalid:'),
  ], [p('tls_problem', 0.8)]),
  // "4.4.7 Message expired" alone is vocab-kb-mailflow.ts 'kb-queue-expired' (one rule per message).
  pattern('exo-message-expired', 'product', 2, [`${enhanced('5.4.300')} ?${phrase('Message expired')}`], [
    p('network_blocked', 0.6),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Kerio Connect (GFI), delivery through an SMTP relay such as Microsoft 365: GFI's support article "Outbound Email Delivery
 * Troubleshooting" (support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706): "Result: delayed, Status: 4.4.1
 * Cannot connect to host" (no connection to the relay or MX) and "550 5.7.1 Relaying is denied" (Kerio's own relay
 * control refuses a client that did not authenticate).
 */
const KERIO: readonly Rule[] = [
  pattern('kerio-cannot-connect', 'product', 3, [`${enhanced('4.4.1')} ?${phrase('Cannot connect to host')}`], [p('network_blocked', 0.75)], {
    yieldsTo: ['tls'],
  }),
  pattern('kerio-relaying-denied', 'product', 3, [phrase('Relaying is denied')], [p('not_authenticated', 0.75), p('outbound_sender_blocked', 0.2)]),
];

/**
 * Zimbra's OAuth2 extension, Microsoft (Outlook) account: Zimbra/zm-oauth-social src/java/com/zimbra/oauth/handlers/
 * impl/OutlookOAuth2Handler.java validateAuthenticateResponse() — the log line names the token endpoint's error and
 * carries Microsoft's error_description (AADSTS…, which decides); the exception text is what the caller shows.
 * English only (the extension ships no translations).
 */
const ZIMBRA_OUTLOOK_OAUTH: readonly Rule[] = [
  // unauthorized_client: the app's client ID/secret or its registration.
  pattern('zimbra-outlook-client-invalid', 'product', 2, [phrase('The specified client details provided to oauth2 server are invalid')], [
    p('wrong_tenant_or_app', 0.5), p('bad_client_secret', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  // access_denied: the user declined the consent.
  pattern('zimbra-outlook-access-denied', 'product', 2, [phrase('User did not provide authorization for this service')], [
    p('user_cancelled_or_consent_declined', 0.7),
  ], { yieldsTo: ['sign-in'] }),
  // invalid_request (AADSTS50011 redirect URI, a missing parameter).
  pattern('zimbra-outlook-invalid-request', 'product', 1, [
    phrase('The authentication request parameters are invalid'), phrase('Invalid authentication request parameters:'),
  ], [p('redirect_uri_mismatch', 0.35), p('wrong_tenant_or_app', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('zimbra-outlook-invalid-resource', 'product', 2, [`${phrase('Invalid resource:')} ?AADSTS`, phrase('The specified resource is invalid.')], [
    p('wrong_scope_or_resource', 0.6),
  ], { yieldsTo: ['sign-in'] }),
  // The default branch (invalid_grant among others): an expired or revoked refresh token; Microsoft's text decides.
  pattern('zimbra-outlook-unexpected-auth-error', 'product', 1, [phrase('Unexpected error while trying to authenticate the user:')], [
    p('token_expired_or_invalid', 0.45),
  ], { yieldsTo: ['sign-in'] }),
  pattern('zimbra-outlook-no-refresh-token', 'product', 3, [phrase('The specified user has no stored refresh token')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.4),
  ]),
  // The token endpoint could not be reached (IOException).
  pattern('zimbra-outlook-token-io', 'product', 2, [
    phrase('There was an issue acquiring an authorization token for this user'), phrase('There was an issue acquiring the authorization token'),
  ], [p('network_blocked', 0.55), p('tls_problem', 0.25)], { yieldsTo: ['sign-in', 'tls'] }),
  pattern('zimbra-outlook-server-error', 'product', 2, [phrase('There was an issue with the remote oauth2 server')], [
    p('unexpected_server_reply', 0.45), p('throttled', 0.25),
  ], { yieldsTo: ['sign-in'] }),
];

/** Every enterprise mail server / connector rule (patterns.ts). */
export const ENTERPRISE_MAIL_VOCABULARY_RULES: readonly Rule[] = [
  ...HMAILSERVER, ...EXCHANGE_QUEUE, ...EXCHANGE_ONLINE_CONNECTOR_CODES, ...KERIO, ...ZIMBRA_OUTLOOK_OAUTH,
];
