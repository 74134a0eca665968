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

/**
 * What smtp.office365.com advertises before STARTTLS, as in the transcript of
 * github.com/jstedfast/MailKit issue 1770 (2024): SIZE 157286400 (150 MB, the same before and
 * after TLS; the mailbox's own limit, 35 MB by default, is enforced at DATA), BINARYMIME, CHUNKING.
 */
export const SMTP_EHLO_FEATURES_PLAIN = [
  'SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'STARTTLS', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'SMTPUTF8',
] as const;

/**
 * What smtp.office365.com advertises after STARTTLS (same source). smtp-server has no BDAT: a
 * client that uses CHUNKING gets "500 5.3.3 Unrecognized command" from the sandbox. nodemailer
 * and curl, which the product and the tests use, send DATA.
 */
export const SMTP_EHLO_FEATURES_TLS = [
  'SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'AUTH LOGIN XOAUTH2', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'SMTPUTF8',
] as const;

/**
 * The 16-hex-digit trace id Exchange ends refusals and (since about 2025) its greeting with:
 * `08DC6E3B0B5A8A8D` on 2024-05-07, `08DD59CA63652EED` on 2025-03-09 — the .NET ticks of the
 * time, in hex. The sandbox uses the ticks of its clock plus a random low part, so ids stay unique.
 */
export function traceId(nowMs: number): string {
  const ticks = (BigInt(Math.floor(nowMs)) + 62_135_596_800_000n) * 10_000n + BigInt(randomBytes(2).readUInt16BE(0));
  return ticks.toString(16).toUpperCase().padStart(16, '0');
}

/**
 * The bracketed trace Exchange appends to refusals, e.g.
 * `[AM0PR02CA0134.eurprd02.prod.outlook.com 2024-07-11T11:46:49.042Z 08DCA18218166FB4]` (MailKit issue 1770).
 */
export function serverTag(nowMs: number): string {
  return `[${EXCHANGE_HOST} ${new Date(nowMs).toISOString()} ${traceId(nowMs)}]`;
}

/** One SMTP reply: the code and the text after it (the text starts with the enhanced code). */
export interface SmtpReply {
  readonly code: number;
  readonly text: string;
}

const AUTH_DISABLED_LINK = 'Visit https://aka.ms/smtp_auth_disabled for more information.';

/** Every SMTP reply the sandbox's Exchange sends on its own account. */
export const SMTP_REPLIES = {
  /**
   * "220 AMS0EPF0000019A.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready at Sun, 9 Mar
   * 2025 19:25:28 +0000 [08DD59CA63652EED]" (a public telnet transcript of Exchange Online's front
   * end, March 2025; older transcripts, e.g. MailKit issue 1770 from 2024, end at "+0000"). The
   * day of the month has no leading zero.
   */
  greeting: (nowMs: number): string => {
    const d = new Date(nowMs);
    const date = d.toUTCString().replace('GMT', '+0000').replace(/^(\w{3}), 0(\d)/, '$1, $2');
    return `${EXCHANGE_HOST} Microsoft ESMTP MAIL Service ready at ${date} [${traceId(nowMs)}]`;
  },
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
  /**
   * App-only principal without FullAccess: the store refuses the logon when the message is
   * submitted. The text ends "…Cannot open mailbox /o=…/cn=<id>-<alias>. Server = <server>" as in
   * the review of issue 8 §3.11; NOT confirmed from a public transcript (none was found), so the
   * words after "Cannot open mailbox" may differ in production.
   */
  mailboxLogonFailure: (mailboxUserId: string, alias: string): SmtpReply => ({
    code: 430,
    text: '4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; '
      + 'Failed to process message due to a transient exception with message Cannot open mailbox '
      + `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${mailboxUserId.replace(/-/g, '')}-${alias}. `
      + `Server = ${EXCHANGE_HOST}`,
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
  /**
   * After a TLS 1.0/1.1 handshake (which Exchange completes): "421 4.7.66 TLS 1.0 and 1.1 are not
   * supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.
   * [SA9P221CA0019.NAMP221.PROD.OUTLOOK.COM]" (github.com/zehm/sendEmail issue 1).
   */
  oldTls: { code: 421, text: `4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [${EXCHANGE_HOST}]` },
} as const;

/** The IMAP greeting; the bracket is the server's host name, UTF-16LE, base64 (as Exchange does). */
export function imapGreeting(): string {
  return `* OK The Microsoft Exchange IMAP4 service is ready. [${Buffer.from(EXCHANGE_HOST, 'utf16le').toString('base64')}]`;
}

/** Exchange Online's IMAP capability list before authentication (RainLoop issue 686, MailKit issue 849). */
export const IMAP_CAPABILITIES = 'IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+';

/**
 * The list after authentication adds MOVE, CLIENTACCESSRULES, CLIENTNETWORKPRESENCELOCATION and
 * BACKENDAUTHENTICATE (MailKit issue 849, mscdex/node-imap issue 689). The sandbox does not carry
 * out MOVE (the probe never moves mail); it answers it "BAD Command Error. 10".
 */
export const IMAP_CAPABILITIES_AUTHENTICATED = 'IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT '
  + 'CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+';

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
