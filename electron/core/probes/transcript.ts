/**
 * Records a probe's conversation and its steps. Every line passes the Redactor before it is
 * stored, so nothing unredacted is ever kept. Steps are command/reply pairs matched first in,
 * first out — which is also right for SMTP PIPELINING, where replies come in command order.
 */
import type { Redactor } from './redact.js';
import type { ProbeStep } from './types.js';

/**
 * Bounds on what a transcript keeps, so a hostile server cannot grow it without limit: the
 * first and the last lines (the beginning says who answered, the end why it stopped) and
 * lines cut to a readable length. Exchange's own conversations stay far below both.
 */
export const TRANSCRIPT_LIMITS = {
  headLines: 200,
  tailLines: 200,
  /** Characters of one line that are kept (after redaction). */
  lineChars: 2000,
  /**
   * Characters of one line that reach the redactor at all: room for a secret that starts within
   * the kept `lineChars` (tokens are a few KB), little work for a line a server made endless.
   */
  redactChars: 16 * 1024,
} as const;

/** Keeps the first `headLines` and the last `tailLines` lines, and counts the ones in between. */
class BoundedLines {
  private readonly head: string[] = [];
  private tail: string[] = [];
  private omitted = 0;

  push(line: string): void {
    if (this.head.length < TRANSCRIPT_LIMITS.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    // Trim in batches: one splice per tailLines pushes keeps each push O(1) on average.
    if (this.tail.length >= 2 * TRANSCRIPT_LIMITS.tailLines) {
      const drop = this.tail.length - TRANSCRIPT_LIMITS.tailLines;
      this.omitted += drop;
      this.tail = this.tail.slice(drop);
    }
  }

  lines(): string[] {
    const extra = Math.max(0, this.tail.length - TRANSCRIPT_LIMITS.tailLines);
    const omitted = this.omitted + extra;
    const tail = this.tail.slice(extra);
    return omitted > 0 ? [...this.head, `* … ${omitted} lines left out`, ...tail] : [...this.head, ...tail];
  }
}

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
  private readonly lines = new BoundedLines();
  private readonly done: ProbeStep[] = [];
  private readonly open: OpenStep[] = [];
  private lastReply: string | null = null;
  private failedReply: string | null = null;

  constructor(private readonly redactor: Redactor, private readonly judge: StepJudge) {}

  /** A line the client sent. */
  client(text: string): void {
    for (const line of text.split(/\r?\n/)) this.lines.push(`C: ${this.bounded(line)}`);
  }

  /** A line (or lines) the server sent. */
  server(text: string): void {
    for (const line of text.split(/\r?\n/)) this.lines.push(`S: ${this.bounded(line)}`);
  }

  /** Something that happened without a protocol line (connected, TLS established, closed). */
  event(text: string): void {
    this.lines.push(`* ${this.bounded(text)}`);
  }

  /**
   * One line, redacted and cut to TRANSCRIPT_LIMITS.lineChars. The redactor sees at most
   * `redactChars`; a secret cut at that boundary lies far beyond what is kept afterwards.
   */
  private bounded(line: string): string {
    const redacted = this.redactor.redact(line.length > TRANSCRIPT_LIMITS.redactChars ? line.slice(0, TRANSCRIPT_LIMITS.redactChars) : line);
    if (line.length <= TRANSCRIPT_LIMITS.lineChars && redacted.length <= TRANSCRIPT_LIMITS.lineChars) return redacted;
    return `${redacted.slice(0, TRANSCRIPT_LIMITS.lineChars)} … (${line.length - TRANSCRIPT_LIMITS.lineChars} more characters left out)`;
  }

  /** Opens a step; `tag` makes only a reply starting with `tag ` close it (IMAP). */
  begin(name: string, tag?: string): void {
    this.open.push({ name, startedAt: Date.now(), ...(tag !== undefined ? { tag } : {}) });
  }

  /** Closes the oldest open step (or the one with `tag`) with the server's reply. */
  reply(reply: string, tag?: string): void {
    const redacted = this.bounded(reply);
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
    this.lastReply = this.bounded(reply);
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

  /** The recorded lines (head and tail, with a marker for what was left out between them). */
  text(): string[] {
    return this.lines.lines();
  }
}
