/**
 * What Microsoft's own server products say when their mail through Microsoft 365 SMTP fails (issue 10): SQL Server
 * Database Mail, SQL Server Reporting Services e-mail subscriptions, File Server Resource Manager, and the Windows
 * SMTP service (IIS SMTP) relaying to Office 365 as a smart host. Only texts read in Microsoft's documentation or the
 * products' message tables are here; each group cites its source.
 *
 * A sentence that carries the server's reply behind it gives way to that reply (`yieldsTo`); alone it stays weak.
 * The .NET SmtpException texts these products quote ("The SMTP server requires a secure connection…", "Failure
 * sending mail.", "Unable to connect to the remote server", the certificate error) and CDO's 0x80040217/0x80040213 are
 * known to the library vocabularies and patterns-network.ts; they decide, and are not repeated here.
 *
 * Not here (nothing of their own found, or not confirmed): German texts of Database Mail, Reporting Services and
 * FSRM — no translation of these messages was found in Microsoft's documentation or any stored source, so only the
 * English wording is matched (a German .NET language pack's SmtpException inside the English log still decides through
 * the runtime vocabularies). System Center Operations Manager's e-mail channel (KB 2709639, SupportArticles-docs
 * support/system-center/scom/cannot-receive-alert-notification.md, lists causes but no error wording), SharePoint
 * Server outgoing e-mail, Azure DevOps Server / TFS SMTP and Task Scheduler's deprecated "Send an e-mail" action: no
 * error wording of their own was found in the documentation. Exchange Server's send connector is covered elsewhere.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * SQL Server Database Mail (sp_send_dbmail; DatabaseMail.exe logs to msdb.dbo.sysmail_event_log). Wording: the log
 * entries Microsoft quotes — MicrosoftDocs/sql-docs docs/relational-databases/database-mail/database-mail-mail-queued-
 * not-delivered.md (status "failed": the external program could not deliver to the SMTP server; detail in
 * sysmail_event_log), Microsoft's Azure Database support blog "Lesson Learned #263: Mail could not be sent to the
 * recipients because of the mail server in DBMail" (techcommunity.microsoft.com, the full log line: "The mail could not
 * be sent to the recipients because of the mail server failure. (Sending Mail using Account N (…). Exception Message:
 * Cannot send mails to mail server. (The specified string is not in the form required for an e-mail address.))", thrown
 * by Microsoft.SqlServer.Management.SqlIMail.MailFramework.Smtp.SmtpMailSender.Send). "Could not connect to mail
 * server." is the same framework's message when the connection fails (as in administrators' sysmail_event_log
 * excerpts). The SmtpException in the inner parentheses decides.
 */
/** Database Mail's and EMailSender's words for no SMTP session; EMailSender's sketch prints "Sending status:" and its codes before them. */
const COULD_NOT_CONNECT = phrase('Could not connect to mail server');
const SENDING_STATUS = 'Sending status:[\\s\\d:.>-]{0,80}';

const DATABASE_MAIL: readonly Rule[] = [
  // The outer sentence of every failed item: the SMTP server (or the way to it) failed; the quoted exception decides.
  sendWrapper('dbmail-mail-server-failure', [
    phrase('The mail could not be sent to the recipients because of the mail server failure'),
  ], 0.3, 0.25),
  // SmtpClient.Send threw: Microsoft answered, or the connection broke mid-way — the SmtpException after it decides.
  sendWrapper('dbmail-cannot-send', [phrase('Cannot send mails to mail server')], 0.3, 0.25),
  // No SMTP session at all: server name, port (587), firewall or proxy. Not EMailSender's (below): the look-behind sits after the
  // words, so it is tried only where they matched.
  pattern('dbmail-could-not-connect', 'product', 2, [`${COULD_NOT_CONNECT}(?<!${SENDING_STATUS}${COULD_NOT_CONNECT})`], [
    p('network_blocked', 0.6), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls'] }),
  // The same words from the EMailSender library for ESP8266/ESP32 and Arduino (xreef/EMailSender: the sketch prints "Sending
  // status:", the response code and its desc "Could not connect to mail server"): the board reached no SMTP session, mostly
  // because Office 365's port 587 needs STARTTLS and 465 SSL the board's client was not built for (xreef/EMailSender#14, #25).
  pattern('emailsender-could-not-connect', 'product', 2, [`${SENDING_STATUS}${COULD_NOT_CONNECT}`], [
    p('tls_problem', 0.55), p('network_blocked', 0.45),
  ]),
  // System.Net.Mail.MailAddress's FormatException: a recipient (or @from_address / @reply_to) is not an address —
  // nothing reached Microsoft. The fix is the address list in sp_send_dbmail (the blog above).
  pattern('dbmail-address-format', 'product', 3, [phrase('The specified string is not in the form required for an e-mail address')], [
    p('recipient_rejected', 0.55),
  ]),
];

/**
 * SQL Server Reporting Services, e-mail delivery extension. Subscription status and trace-log wording:
 * MicrosoftDocs/sql-docs docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md ("Failure
 * sending mail: the transport failed to connect to the server." — CDO's text, decided by patterns-network.ts; trace
 * log "emailextension!… ERROR: Error sending email. Exception: System.Net.Mail.SmtpException: …"; SharePoint ULS
 * "Report Server Email Extension … Error sending email. Exception: …"). The status "The e-mail address of one or more
 * recipients is not valid." is the LastStatus of ReportServer.dbo.Subscriptions as administrators' monitoring queries
 * filter it (not in Microsoft's documentation: unconfirmed which SMTP replies produce it; the extension writes it when
 * the server refused recipients — a non-existent address, or relaying refused because the report server did not sign in).
 */
const REPORTING_SERVICES: readonly Rule[] = [
  sendWrapper('ssrs-error-sending-email', [`${phrase('Error sending email.')} ?${phrase('Exception:')}`], 0.3, 0.25),
  // Outweighs the "Failure sending mail:" prefix the status line starts with (patterns-libraries.ts reads it as a broken connection).
  pattern('ssrs-recipients-not-valid', 'product', 2, [phrase('The e-mail address of one or more recipients is not valid')], [
    p('recipient_rejected', 0.6), p('not_authenticated', 0.3),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * File Server Resource Manager (quota, file screen and report e-mail; the "Send Test E-mail" button and
 * IFsrmSetting::EmailTest). Wording: FSRM's message table (fsrmerr.h MessageText of FSRM_E_EMAIL_NOT_SENT,
 * FSRM_E_INVALID_SMTP_SERVER, FSRM_E_INVALID_EMAIL_ADDRESS, as the Windows SDK ships it) and the MS-FSRM protocol
 * (learn.microsoft.com/openspecs/windows_protocols/ms-fsrm, EmailTest (Opnum 17): INVALID_SMTP_SERVER when no SMTP
 * server is set or the "Mail from" address is invalid, EMAIL_NOT_SENT when the message could not be sent). FSRM's
 * e-mail settings have an SMTP server name and addresses only (IFsrmSetting SmtpServer/MailFrom/AdminEmail; no port,
 * no credentials), so it cannot sign in to smtp.office365.com:587 — it needs a relay or an inbound connector.
 */
const FSRM: readonly Rule[] = [
  pattern('fsrm-email-not-sent', 'product', 1, [phrase('The File Server Resource Manager service could not send email due to an error')], [
    p('not_authenticated', 0.35), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // No SMTP server configured (or an invalid "Mail from" address): the settings, before any connection.
  pattern('fsrm-invalid-smtp-server', 'product', 2, [phrase('The SMTP server is invalid')], [
    p('network_blocked', 0.45), p('send_as_denied', 0.2),
  ]),
  pattern('fsrm-invalid-email-address', 'product', 2, [phrase('The specified email address is invalid')], [p('recipient_rejected', 0.5)]),
];

/**
 * Windows SMTP service (IIS 6 SMTP virtual server) relaying to Office 365 through a smart host (smtp.office365.com:587,
 * TLS and Basic authentication in "Outbound Security"): Microsoft's guide "How to set up IIS to send emails using Office
 * 365" (learn.microsoft.com/archive/blogs/exovoice/how-to-set-up-iis-to-send-emails-using-office-365). The queue's
 * "last error" / event-log / NDR texts are the service's Advanced Queuing message table aqerr.mc (AQUEUE_E_* message
 * texts; read in the stored code index, which does not name the repository — the wording matches what the queue shows).
 */
const IIS_SMTP: readonly Rule[] = [
  // AQUEUE_E_HOST_NOT_RESPONDING / AQUEUE_E_CONNECTION_FAILED: port 587 (or 25) blocked, wrong smart host port.
  pattern('iis-smtp-host-not-responding', 'product', 3, [
    phrase('The remote server did not respond to a connection attempt'), phrase('Unable to make a connection to the destination server'),
  ], [p('network_blocked', 0.7)]),
  // AQUEUE_E_HOST_NOT_FOUND / AUTHORITATIVE_HOST_NOT_FOUND / DNS_FAILURE / NO_DNS_SERVERS: the smart host's name does not resolve.
  pattern('iis-smtp-dns', 'product', 3, [
    phrase('Unable to bind to the destination server in DNS'), phrase('An internal DNS error caused a failure to find the remote server'),
    phrase('SMTP could not connect to any DNS server'),
  ], [p('network_blocked', 0.7)]),
  // AQUEUE_E_CONNECTION_DROPPED: Exchange Online closes the session (no TLS, a refused sender IP); the reply decides.
  pattern('iis-smtp-connection-dropped', 'product', 2, [phrase('The connection was dropped by the remote host')], [
    p('network_blocked', 0.4), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // AQUEUE_E_SASL_REJECTED: AUTH refused — Exchange Online offers AUTH only after STARTTLS (TLS not ticked).
  pattern('iis-smtp-auth-rejected', 'product', 3, [phrase('The remote SMTP service rejected AUTH negotiation')], [
    p('tls_problem', 0.5), p('smtp_auth_disabled_tenant', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // AQUEUE_E_SASL_LOGON_FAILURE: 535 to the Basic-auth credentials of Outbound Security; the reply decides.
  pattern('iis-smtp-logon-failure', 'product', 3, [phrase('Failed to logon using AUTH')], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  // AQUEUE_E_TLS_NOT_SUPPORTED_ERROR / TLS_ERROR / SSL_CERT_*: wrong smart host or port, or TLS inspection in between.
  pattern('iis-smtp-tls', 'product', 3, [
    phrase('The remote SMTP service does not support TLS'),
    phrase('The remote SMTP server responded with an error during the STARTTLS command'),
    `${phrase('The TLS session failed.')} ?(?:${phrase("The issuer of the destination server's certificate is untrusted")}|${phrase('The e-mail domain name used to reach the destination server differs from the name on its certificate')})`,
  ], [p('tls_problem', 0.7)]),
  // AQUEUE_E_SENDER_ACCESS_DENIED: the sender may not send (Send As / the tenant's outbound block); the reply decides.
  pattern('iis-smtp-sender-denied', 'product', 2, [phrase('The sender is not allowed to send this message')], [
    p('send_as_denied', 0.45), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('iis-smtp-too-large', 'product', 3, [phrase('The Message is too large to deliver')], [p('message_too_large', 0.7)]),
];

/** Every rule of Microsoft's own server products. */
export const MS_SERVER_APP_VOCABULARY_RULES: readonly Rule[] = [...DATABASE_MAIL, ...REPORTING_SERVICES, ...FSRM, ...IIS_SMTP];
