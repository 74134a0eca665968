/**
 * The messages the sandbox's Exchange accepted, newest last, kept in memory per sandbox (the
 * last 50). Tests and the demo read them to show that a "250 Queued" really carried the
 * message. Only the envelope, headers and body are kept — never the token that sent them.
 */
import type { SandboxContext } from '../context.js';
import type { MailPrincipal } from './mailbox-access.js';

/** One accepted message. */
export interface DeliveredMessage {
  /** The Message-ID in the 250 reply (the message's own, or one Exchange made up). */
  readonly messageId: string;
  readonly envelopeFrom: string;
  readonly recipients: readonly string[];
  /** The mailbox named in XOAUTH2 `user=`. */
  readonly logonMailboxId: string;
  readonly principal: MailPrincipal;
  readonly subject: string | undefined;
  readonly sizeBytes: number;
  /** The message as submitted (RFC 5322 text). */
  readonly raw: string;
  readonly acceptedAt: string;
}

const KEEP = 50;
const stores = new WeakMap<SandboxContext, DeliveredMessage[]>();

/** Keeps an accepted message (dropping the oldest beyond the last 50). */
export function recordDelivery(ctx: SandboxContext, message: DeliveredMessage): void {
  const list = stores.get(ctx) ?? [];
  list.push(message);
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
  stores.set(ctx, list);
}

/** The messages accepted so far by this sandbox's SMTP server, oldest first. */
export function deliveredMessages(ctx: SandboxContext): readonly DeliveredMessage[] {
  return [...(stores.get(ctx) ?? [])];
}

/** Reads one header (first occurrence, unfolded) from a message's header block. */
export function headerValue(raw: string, name: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im');
  return re.exec(head)?.[1]?.trim();
}
