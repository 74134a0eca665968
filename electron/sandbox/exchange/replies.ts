/**
 * Exchange Online's SMTP and IMAP replies, word for word, in one place. The diagnosis maps these
 * texts to causes (DESIGN.md "Known messages"), so they are copied from real Exchange sessions
 * and must not drift: a reply that reads differently here would teach the assistant a message
 * Microsoft never sends. Only the server name and the trace tag differ from production.
 */
import { randomBytes } from 'node:crypto';

/** The host name the sandbox's Exchange servers present (real ones: `AM0PR…prod.outlook.com`). */
export const EXCHANGE_HOST = 'EXO-SANDBOX.contoso.example';

/** Largest message Exchange Online accepts for authenticated submission (35 MB + encoding). */
export const SMTP_MAX_MESSAGE_BYTES = 35_882_577;

/** What Exchange advertises before STARTTLS (no AUTH yet; 150 MB SIZE). */
export const SMTP_EHLO_FEATURES_PLAIN = [
  'SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'STARTTLS', '8BITMIME', 'SMTPUTF8',
] as const;

/**
 * What Exchange advertises after STARTTLS. Real Exchange also offers BINARYMIME and CHUNKING;
 * smtp-server has no BDAT, so advertising them would invite a client into a dead end.
 */
export const SMTP_EHLO_FEATURES_TLS = [
  `SIZE ${SMTP_MAX_MESSAGE_BYTES}`, 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'AUTH LOGIN XOAUTH2', '8BITMIME', 'SMTPUTF8',
] as const;

/**
 * The bracketed trace Exchange appends to refusals, e.g.
 * `[AM0PR10CA0025.EURPRD10.PROD.OUTLOOK.COM 2024-05-07T10:41:47.449Z 08DC6E3B0B5A8A8D]`.
 */
export function serverTag(nowMs: number): string {
  return `[${EXCHANGE_HOST} ${new Date(nowMs).toISOString()} ${randomBytes(8).toString('hex').toUpperCase()}]`;
}

/** One SMTP reply: the code and the text after it (the text starts with the enhanced code). */
export interface SmtpReply {
  readonly code: number;
  readonly text: string;
}

const AUTH_DISABLED_LINK = 'Visit https://aka.ms/smtp_auth_disabled for more information.';

/** Every SMTP reply the sandbox's Exchange sends on its own account. */
export const SMTP_REPLIES = {
  greeting: (nowMs: number): string =>
    `${EXCHANGE_HOST} Microsoft ESMTP MAIL Service ready at ${new Date(nowMs).toUTCString().replace('GMT', '+0000')}`,
  hello: (clientIp: string): string => `${EXCHANGE_HOST} Hello [${clientIp}]`,
  startTls: { code: 220, text: '2.0.0 SMTP server ready' },
  authenticated: { code: 235, text: '2.7.0 Authentication successful' },
  /** Bad, expired or foreign token; missing permission; no Exchange service principal; wrong user=. */
  authUnsuccessful: (tag: string): SmtpReply => ({ code: 535, text: `5.7.3 Authentication unsuccessful ${tag}` }),
  smtpAuthDisabledMailbox: (tag: string): SmtpReply => ({
    code: 535, text: `5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. ${AUTH_DISABLED_LINK} ${tag}`,
  }),
  smtpAuthDisabledTenant: (tag: string): SmtpReply => ({
    code: 535, text: `5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. ${AUTH_DISABLED_LINK} ${tag}`,
  }),
  securityDefaults: (tag: string): SmtpReply => ({
    code: 535, text: `5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. ${tag}`,
  }),
  basicAuthDisabled: (tag: string): SmtpReply => ({ code: 535, text: `5.7.139 Authentication unsuccessful, basic authentication is disabled. ${tag}` }),
  /** AUTH before STARTTLS: Exchange offers no mechanism on a clear connection. */
  unrecognizedAuthType: (tag: string): SmtpReply => ({ code: 504, text: `5.7.4 Unrecognized authentication type ${tag}` }),
  notAuthenticated: (tag: string): SmtpReply => ({ code: 530, text: `5.7.57 Client not authenticated to send mail. ${tag}` }),
  /**
   * The reply to the end of DATA (not to MAIL FROM, which gets "250 2.1.0 Sender OK"): PHPMailer
   * reports it as "DATA END command failed … 5.7.60 SMTP; Client does not have permissions to
   * send as this sender [CY4PR1701MB1800.namprd17.prod.outlook.com]" (github.com/WWBN/AVideo
   * issue 1017), SwiftMailer as the answer to " . " (swiftmailer issue 1258), Python as
   * SMTPDataError (frappe/bench issue 1457), nodemailer as "Message failed" (EMESSAGE, command
   * DATA). Its bracket holds only the server name, without time and trace id.
   */
  sendAsDenied: (): SmtpReply => ({ code: 550, text: `5.7.60 SMTP; Client does not have permissions to send as this sender [${EXCHANGE_HOST}]` }),
  senderOk: { code: 250, text: '2.1.0 Sender OK' },
  recipientOk: { code: 250, text: '2.1.5 Recipient OK' },
  startMailInput: { code: 354, text: 'Start mail input; end with <CRLF>.<CRLF>' },
  /** App-only principal without FullAccess: the store refuses the logon when the message is submitted. */
  mailboxLogonFailure: (mailboxUserId: string, alias: string): SmtpReply => ({
    code: 430,
    text: '4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; '
      + 'Failed to process message due to a transient exception with message [BeginDiagnosticData]Cannot open mailbox '
      + `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${mailboxUserId.replace(/-/g, '')}-${alias}.[EndDiagnosticData] `
      + `[Hostname=${EXCHANGE_HOST}]`,
  }),
  queued: (messageId: string, internalId: string, bytes: number, seconds: number): SmtpReply => ({
    code: 250,
    text: `2.6.0 ${messageId} [InternalId=${internalId}, Hostname=${EXCHANGE_HOST}] ${bytes} bytes in ${seconds.toFixed(3)}, `
      + `${(bytes / 1024 / Math.max(seconds, 0.001)).toFixed(3)} KB/sec Queued mail for delivery`,
  }),
  messageTooBig: { code: 552, text: '5.3.4 Message size exceeds fixed maximum message size' },
  ok: { code: 250, text: '2.0.0 OK' },
  resetting: { code: 250, text: '2.0.0 Resetting' },
  closing: { code: 221, text: '2.0.0 Service closing transmission channel' },
  sendHelloFirst: { code: 503, text: '5.5.2 Send hello first' },
  needMail: { code: 503, text: '5.5.2 Need mail command' },
  needRcpt: { code: 503, text: '5.5.2 Need rcpt command' },
  alreadyAuthenticated: { code: 503, text: '5.5.2 Already authenticated' },
  unrecognizedCommand: { code: 500, text: '5.3.3 Unrecognized command' },
  timeout: { code: 421, text: '4.4.2 Connection dropped due to TimedOut' },
} as const;

/** The IMAP greeting; the bracket is the server's host name, UTF-16LE, base64 (as Exchange does). */
export function imapGreeting(): string {
  return `* OK The Microsoft Exchange IMAP4 service is ready. [${Buffer.from(EXCHANGE_HOST, 'utf16le').toString('base64')}]`;
}

/** Exchange Online's IMAP capability list (before and after authentication). */
export const IMAP_CAPABILITIES = 'IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+';

/** Every IMAP reply text the sandbox's Exchange sends (the tag is added by the session). */
export const IMAP_REPLIES = {
  authenticateOk: 'OK AUTHENTICATE completed.',
  authenticateFailed: 'NO AUTHENTICATE failed.',
  loginFailed: 'NO LOGIN failed.',
  /** AUTHENTICATE succeeded but the mailbox cannot be opened (IMAP off, or no FullAccess for an app). */
  notConnected: 'BAD User is authenticated but not connected.',
  commandError: 'BAD Command Error. 10',
  argumentError: 'BAD Command Argument Error. 11',
  notAuthenticated: 'BAD Command received in Invalid state.',
  mailboxNotFound: 'NO The requested item could not be found.',
  noMailboxSelected: 'BAD Command received in Invalid state.',
  bye: '* BYE Microsoft Exchange Server IMAP4 server signing off.',
  idleTimeout: '* BYE Connection is closed. 13',
  /**
   * After the second "not connected" BAD of a user whose token has no rights on the user= mailbox
   * (MailKit issue 849 shows the text: "ImapProtocolException: Connection closed. 14").
   */
  notConnectedBye: '* BYE Connection closed. 14',
  id: '* ID ("name" "Microsoft.Exchange.Imap4.Imap4Server" "version" "15.20")',
  namespace: '* NAMESPACE (("" "/")) NIL NIL',
  completed: (command: string): string => `OK ${command} completed.`,
} as const;
