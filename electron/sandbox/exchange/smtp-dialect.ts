/**
 * smtp-server speaks its own dialect ("250 Accepted", "538 Error: Must issue a STARTTLS command
 * first", its own EHLO list); clients, logs and our diagnosis see Exchange's. Every reply the
 * library writes passes through `toExchangeReply`, which swaps the library's texts (smtp-server
 * 3.21, pinned in package.json) for the ones in replies.ts. Replies that already carry an
 * enhanced status code are ours and go out unchanged. smtp-server adds no enhanced codes of its
 * own (hideENHANCEDSTATUSCODES defaults to true), so each Exchange text here carries its code.
 */
import {
  SMTP_EHLO_FEATURES_PLAIN, SMTP_EHLO_FEATURES_TLS, SMTP_MAX_MESSAGE_BYTES, SMTP_REPLIES, serverTag, type SmtpReply,
} from './replies.js';

/** A reply as smtp-server's `send(code, data, context)` takes it. */
export interface WireReply {
  readonly code: number;
  readonly data?: string | string[] | null;
  /** smtp-server's enhanced-code context; `false` = no enhanced code. */
  readonly context?: string | false;
}

/** What the translation needs to know about the connection. */
export interface DialectConnection {
  readonly secure: boolean;
  readonly clientIp: string;
  readonly nowMs: number;
}

const ENHANCED_CODE = /^[245]\.\d{1,3}\.\d{1,3}(?: |$)/;

/** smtp-server's texts (as `code text`) and the Exchange reply each stands for. */
const LIBRARY_TEXTS: Record<string, (tag: string) => SmtpReply> = {
  '220 Ready to start TLS': () => SMTP_REPLIES.startTls,
  '221 Bye': () => SMTP_REPLIES.closing,
  '235 Authentication successful': () => SMTP_REPLIES.authenticated,
  '250 OK': () => SMTP_REPLIES.ok,
  '250 Flushed': () => SMTP_REPLIES.resetting,
  '354 End data with <CR><LF>.<CR><LF>': () => SMTP_REPLIES.startMailInput,
  '538 Error: Must issue a STARTTLS command first': (tag) => SMTP_REPLIES.unrecognizedAuthType(tag),
  '504 Error: Unrecognized authentication type': (tag) => SMTP_REPLIES.unrecognizedAuthType(tag),
  '530 Error: authentication Required': (tag) => SMTP_REPLIES.notAuthenticated(tag),
  // A garbled XOAUTH2 response: Exchange treats it like a bad token.
  '501 Error: invalid userdata': (tag) => SMTP_REPLIES.authUnsuccessful(tag),
  '503 Error: send HELO/EHLO first': () => SMTP_REPLIES.sendHelloFirst,
  '503 Error: need MAIL command': () => SMTP_REPLIES.needMail,
  '503 Error: need RCPT command': () => SMTP_REPLIES.needRcpt,
  '503 Error: No identity changes permitted': () => SMTP_REPLIES.alreadyAuthenticated,
  '500 Error: command not recognized': () => SMTP_REPLIES.unrecognizedCommand,
  '421 Timeout - closing connection': () => SMTP_REPLIES.timeout,
  [`552 Error: message exceeds fixed maximum message size ${SMTP_MAX_MESSAGE_BYTES}`]: () => SMTP_REPLIES.messageTooBig,
};

function exchange(reply: SmtpReply): WireReply {
  return { code: reply.code, data: reply.text, context: false };
}

/** Rewrites one reply of smtp-server into what Exchange Online sends in its place. */
export function toExchangeReply(reply: WireReply, conn: DialectConnection): WireReply {
  const { code, data, context } = reply;
  if (code === 250 && Array.isArray(data)) {
    const features = conn.secure ? SMTP_EHLO_FEATURES_TLS : SMTP_EHLO_FEATURES_PLAIN;
    return { code, data: [SMTP_REPLIES.hello(conn.clientIp), ...features], context: false };
  }
  if (typeof data !== 'string') return reply;
  if (ENHANCED_CODE.test(data)) return { code, data, context: false };
  if (code === 220 && context === false) return { code, data: SMTP_REPLIES.greeting(conn.nowMs), context: false };
  if (code === 250 && context === false) return { code, data: SMTP_REPLIES.hello(conn.clientIp), context: false };
  if (code === 250 && data === 'Accepted') {
    return exchange(context === 'RCPT_TO_OK' ? SMTP_REPLIES.recipientOk : SMTP_REPLIES.senderOk);
  }
  const mapped = LIBRARY_TEXTS[`${code} ${data}`];
  return mapped ? exchange(mapped(serverTag(conn.nowMs))) : reply;
}
