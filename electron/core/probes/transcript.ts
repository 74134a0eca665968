/**
 * Records a probe's conversation and its steps. Every line passes the Redactor before it is
 * stored, so nothing unredacted is ever kept. Steps are command/reply pairs matched first in,
 * first out — which is also right for SMTP PIPELINING, where replies come in command order.
 */
import type { Redactor } from './redact.js';
import type { ProbeStep } from './types.js';

interface OpenStep {
  readonly name: string;
  readonly startedAt: number;
  /** Reply prefix that closes this step (IMAP tag); undefined = the next reply closes it. */
  readonly tag?: string;
}

/** A step's result as the probe judges it. */
export type StepJudge = (name: string, reply: string) => boolean;

/** The transcript and step list of one probe run. */
export class Transcript {
  private readonly lines: string[] = [];
  private readonly done: ProbeStep[] = [];
  private readonly open: OpenStep[] = [];
  private lastReply: string | null = null;
  private failedReply: string | null = null;

  constructor(private readonly redactor: Redactor, private readonly judge: StepJudge) {}

  /** A line the client sent. */
  client(text: string): void {
    for (const line of text.split(/\r?\n/)) this.lines.push(`C: ${this.redactor.redact(line)}`);
  }

  /** A line (or lines) the server sent. */
  server(text: string): void {
    for (const line of text.split(/\r?\n/)) this.lines.push(`S: ${this.redactor.redact(line)}`);
  }

  /** Something that happened without a protocol line (connected, TLS established, closed). */
  event(text: string): void {
    this.lines.push(`* ${this.redactor.redact(text)}`);
  }

  /** Opens a step; `tag` makes only a reply starting with `tag ` close it (IMAP). */
  begin(name: string, tag?: string): void {
    this.open.push({ name, startedAt: Date.now(), ...(tag !== undefined ? { tag } : {}) });
  }

  /** Closes the oldest open step (or the one with `tag`) with the server's reply. */
  reply(reply: string, tag?: string): void {
    const redacted = this.redactor.redact(reply);
    this.lastReply = redacted;
    const index = tag === undefined ? this.open.findIndex((s) => s.tag === undefined) : this.open.findIndex((s) => s.tag === tag);
    if (index < 0) return;
    const [step] = this.open.splice(index, 1);
    const ok = this.judge(step!.name, reply);
    if (!ok) this.failedReply ??= redacted;
    this.done.push({ name: step!.name, startedAt: step!.startedAt, durationMs: Date.now() - step!.startedAt, ok, reply: redacted });
  }

  /** A server line that decides the outcome without closing a step (IMAP `* BYE`). */
  note(reply: string): void {
    this.lastReply = this.redactor.redact(reply);
  }

  /** Closes a step that has no server reply (a handshake, a lookup). */
  finish(name: string, ok: boolean, detail?: string): void {
    const index = this.open.findIndex((s) => s.name === name);
    const startedAt = index >= 0 ? this.open.splice(index, 1)[0]!.startedAt : Date.now();
    this.done.push({
      name, startedAt, durationMs: Date.now() - startedAt, ok,
      ...(detail !== undefined ? { reply: this.redactor.redact(detail) } : {}),
    });
  }

  /** Closes every step still waiting as failed (the connection broke or time ran out). */
  failOpen(): void {
    for (const step of this.open.splice(0)) {
      this.done.push({ name: step.name, startedAt: step.startedAt, durationMs: Date.now() - step.startedAt, ok: false });
    }
  }

  /** True while a step with this name is open. */
  isOpen(name: string): boolean {
    return this.open.some((s) => s.name === name);
  }

  /** Names of the steps finished so far, in order. */
  stepNames(): string[] {
    return this.done.map((s) => s.name);
  }

  /** The reply that decided the outcome: the first failing step's reply, else the last one. */
  decidingReply(): string | null {
    return this.failedReply ?? this.lastReply;
  }

  /** The recorded steps, ordered by start time. */
  steps(): ProbeStep[] {
    return [...this.done].sort((a, b) => a.startedAt - b.startedAt);
  }

  /** The recorded lines. */
  text(): string[] {
    return [...this.lines];
  }
}
