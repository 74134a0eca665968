/**
 * Turns the IMAP client's byte stream into command lines: a line ends at CRLF unless it ends in
 * a literal marker (`{n}` synchronizing — the server must say "+" first — or `{n+}` LITERAL+),
 * in which case the next n bytes belong to the same command. Then splits a line into tag,
 * command and arguments (atoms, quoted strings, literals, parenthesized lists). The sandbox only
 * needs what clients send on connect, so this is deliberately minimal.
 */

/** One argument: a string (atom, quoted or literal) or a parenthesized list. */
export type ImapArg = string | ImapArg[];

/** A piece of a command line: text as sent, or the content of a literal. */
type Segment = { readonly text: string } | { readonly literal: string };

/** A complete line as received. */
export interface ImapLine {
  /** The line with literals inlined (what a continuation such as AUTHENTICATE data reads). */
  readonly raw: string;
  readonly segments: readonly Segment[];
}

/** Longest command the sandbox accepts (tokens are a few KB; Exchange's limit is similar). */
export const MAX_COMMAND_BYTES = 1024 * 1024;

const LITERAL_MARKER = /\{(\d+)(\+?)\}$/;

/** Reassembles lines and literals from socket chunks. */
export class ImapCommandReader {
  private buffer = Buffer.alloc(0);
  private segments: Segment[] = [];
  private literalBytes = -1;
  private size = 0;

  /**
   * @param onLine called with each complete line
   * @param onLiteralWanted called when a synchronizing literal waits for the server's "+"
   * @param onTooLong called once when a command exceeds MAX_COMMAND_BYTES
   */
  constructor(
    private readonly onLine: (line: ImapLine) => void,
    private readonly onLiteralWanted: () => void,
    private readonly onTooLong: () => void,
  ) {}

  /** Feeds bytes from the socket. */
  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.size += chunk.length;
    if (this.size > MAX_COMMAND_BYTES) {
      this.onTooLong();
      return;
    }
    for (;;) {
      if (this.literalBytes >= 0) {
        if (this.buffer.length < this.literalBytes) return;
        this.segments.push({ literal: this.buffer.subarray(0, this.literalBytes).toString('utf8') });
        this.buffer = this.buffer.subarray(this.literalBytes);
        this.literalBytes = -1;
        continue;
      }
      const eol = this.buffer.indexOf('\r\n');
      const lf = eol === -1 ? this.buffer.indexOf('\n') : eol;
      if (lf === -1) return;
      const text = this.buffer.subarray(0, lf).toString('utf8');
      this.buffer = this.buffer.subarray(lf + (eol === -1 ? 1 : 2));
      const marker = LITERAL_MARKER.exec(text);
      if (marker) {
        this.segments.push({ text: text.slice(0, marker.index) });
        this.literalBytes = Number(marker[1]);
        if (marker[2] !== '+') this.onLiteralWanted();
        continue;
      }
      this.segments.push({ text });
      const segments = this.segments;
      this.segments = [];
      this.size = this.buffer.length;
      this.onLine({ segments, raw: segments.map((s) => ('text' in s ? s.text : s.literal)).join('') });
    }
  }
}

/** Splits a line into arguments; undefined when quotes or parentheses do not balance. */
export function tokenize(line: ImapLine): ImapArg[] | undefined {
  const root: ImapArg[] = [];
  const stack: ImapArg[][] = [root];
  for (const segment of line.segments) {
    const top = stack[stack.length - 1]!;
    if ('literal' in segment) {
      top.push(segment.literal);
      continue;
    }
    const s = segment.text;
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      const current = stack[stack.length - 1]!;
      if (c === ' ') { i++; continue; }
      if (c === '(') { const list: ImapArg[] = []; current.push(list); stack.push(list); i++; continue; }
      if (c === ')') { if (stack.length === 1) return undefined; stack.pop(); i++; continue; }
      if (c === '"') {
        let value = '';
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) i++;
          value += s[i];
          i++;
        }
        if (i >= s.length) return undefined;
        current.push(value);
        i++;
        continue;
      }
      let end = i;
      // Atoms may carry brackets (BODY[HEADER]) — keep them whole.
      let depth = 0;
      while (end < s.length && (depth > 0 || !/[ ()]/.test(s[end]!))) {
        if (s[end] === '[') depth++;
        if (s[end] === ']') depth--;
        end++;
      }
      current.push(s.slice(i, end));
      i = end;
    }
  }
  return stack.length === 1 ? root : undefined;
}
