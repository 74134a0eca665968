/**
 * What Exchange Online does at each step of an SMTP submission, as smtp-server hooks: AUTH
 * decides the logon (mailbox-access.ts); the end of DATA opens the logon mailbox (where a
 * missing FullAccess finally shows), checks SendAs for the envelope sender (5.7.60 comes here,
 * not at MAIL FROM) and queues the message. Refusals are errors with
 * `responseCode`, the form smtp-server turns into a reply line.
 */
import { randomUUID } from 'node:crypto';
import type {
  SMTPServerAddress, SMTPServerAuthentication, SMTPServerAuthenticationResponse, SMTPServerDataStream, SMTPServerSession,
} from 'smtp-server';
import type { SandboxContext } from '../context.js';
import { headerValue, recordDelivery } from './delivered-messages.js';
import {
  authorizeXoauth2, basicAuthRefusal, canOpenMailbox, maySendAs, type LogonRefusal, type MailPrincipal,
} from './mailbox-access.js';
import { mailboxAlias } from './mailbox-directory.js';
import { EXCHANGE_HOST, SMTP_REPLIES, serverTag, type SmtpReply } from './replies.js';

/** What an authenticated SMTP session carries (smtp-server's `session.user`). */
export interface SmtpLogon {
  readonly principal: MailPrincipal;
  readonly mailboxId: string;
  readonly user: string;
}

type Done = (err?: Error | null) => void;

function replyError(reply: SmtpReply): Error {
  return Object.assign(new Error(reply.text), { responseCode: reply.code });
}

function refusalReply(refusal: LogonRefusal | 'basic_auth_disabled', tag: string): SmtpReply {
  switch (refusal) {
    case 'security_defaults': return SMTP_REPLIES.securityDefaults(tag);
    case 'smtp_auth_disabled_mailbox': return SMTP_REPLIES.smtpAuthDisabledMailbox(tag);
    case 'smtp_auth_disabled_tenant': return SMTP_REPLIES.smtpAuthDisabledTenant(tag);
    case 'basic_auth_disabled': return SMTP_REPLIES.basicAuthDisabled(tag);
    default: return SMTP_REPLIES.authUnsuccessful(tag);
  }
}

function logonOf(session: SMTPServerSession): SmtpLogon | undefined {
  const user = session.user as SmtpLogon | undefined;
  return user && typeof user.mailboxId === 'string' ? user : undefined;
}

/** The smtp-server hooks of the Exchange stand-in. */
export function submissionHooks(ctx: SandboxContext) {
  const tag = (): string => serverTag(ctx.state.now());
  return {
    onAuth(auth: SMTPServerAuthentication, _session: SMTPServerSession,
      callback: (err: Error | null | undefined, response?: SMTPServerAuthenticationResponse) => void): void {
      if (auth.method !== 'XOAUTH2') {
        ctx.log(`exchange smtp: AUTH ${auth.method} refused (basic authentication)`);
        callback(replyError(refusalReply(basicAuthRefusal(ctx), tag())));
        return;
      }
      const user = auth.username ?? '';
      const logon = authorizeXoauth2(ctx, 'smtp', { user, bearer: auth.accessToken ?? '' });
      if (!logon.ok) {
        ctx.log(`exchange smtp: AUTH XOAUTH2 user=${user} refused (${logon.refusal})`);
        callback(replyError(refusalReply(logon.refusal, tag())));
        return;
      }
      const session: SmtpLogon = { principal: logon.principal, mailboxId: logon.mailboxId, user };
      callback(null, { user: session });
    },

    onMailFrom(_address: SMTPServerAddress, session: SMTPServerSession, callback: Done): void {
      // Exchange says "250 2.1.0 Sender OK" to any sender here; SendAs is decided at the end of DATA.
      if (!logonOf(session)) return callback(replyError(SMTP_REPLIES.notAuthenticated(tag())));
      callback();
    },

    onRcptTo(_address: SMTPServerAddress, _session: SMTPServerSession, callback: Done): void {
      callback();
    },

    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
      const started = ctx.state.now();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (err: Error) => callback(err));
      stream.on('end', () => {
        const logon = logonOf(session);
        if (!logon) return callback(replyError(SMTP_REPLIES.notAuthenticated(tag())));
        // smtp-server refuses an oversized message itself (552), whatever this callback says.
        if (stream.sizeExceeded) return callback();
        const mailbox = ctx.state.effective().users.find((u) => u.id === logon.mailboxId);
        if (!mailbox || !canOpenMailbox(ctx, 'smtp', logon.principal, logon.mailboxId)) {
          ctx.log(`exchange smtp: DATA for user=${logon.user}: mailbox logon failure (no FullAccess)`);
          return callback(replyError(SMTP_REPLIES.mailboxLogonFailure(logon.mailboxId, mailbox ? mailboxAlias(mailbox) : logon.user)));
        }
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        if (!maySendAs(ctx, logon.principal, logon.mailboxId, envelopeFrom)) {
          ctx.log(`exchange smtp: DATA from ${envelopeFrom} refused for user=${logon.user} (no SendAs)`);
          return callback(replyError(SMTP_REPLIES.sendAsDenied()));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = headerValue(raw, 'Message-ID') ?? `<${randomUUID()}@${EXCHANGE_HOST}>`;
        const envelope = session.envelope;
        recordDelivery(ctx, {
          messageId,
          envelopeFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
          recipients: envelope.rcptTo.map((r) => r.address),
          logonMailboxId: logon.mailboxId,
          principal: logon.principal,
          subject: headerValue(raw, 'Subject'),
          sizeBytes: stream.byteLength,
          raw,
          acceptedAt: new Date(ctx.state.now()).toISOString(),
        });
        const internalId = String(1_000_000_000_000 + Math.floor(Math.random() * 8_999_999_999_999));
        const reply = SMTP_REPLIES.queued(messageId, internalId, stream.byteLength, (ctx.state.now() - started) / 1000);
        callback(null, reply.text);
      });
    },
  };
}
