/**
 * What the IMAP probe needs from imapflow beyond its options: a logger that turns imapflow's
 * log entries into our transcript and steps (raw socket reads = the exact server lines), and a
 * trimmed command table so the probe sends nothing it does not need.
 */
import type { Socket } from 'node:net';
import { REDACTED } from './redact.js';
import type { Transcript } from './transcript.js';

/** The imapflow internals the probe touches (not in its public typings). */
export interface ImapFlowInternals {
  /** Command name → handler; run() skips a command that is not in the table. */
  commands: Map<string, (connection: { capabilities: Map<string, unknown> }, ...args: unknown[]) => Promise<unknown>>;
  /** The socket of the current connection (a TLSSocket when secure). */
  readonly socket?: Socket | false;
}

/**
 * Gives this client its own copy of imapflow's (shared) command table without ID and
 * NAMESPACE, and with a CAPABILITY that is only sent while the capabilities are unknown
 * (imapflow refreshes them after login; the probe does not need that round trip).
 */
export function trimImapCommandTable(client: ImapFlowInternals): void {
  const table = new Map(client.commands);
  table.delete('ID');
  table.delete('NAMESPACE');
  const capability = table.get('CAPABILITY');
  if (capability) {
    table.set('CAPABILITY', async (connection, ...args) =>
      connection.capabilities.size > 0 ? connection.capabilities : capability(connection, ...args));
  }
  client.commands = table;
}

/** An imapflow log entry (the fields the probe reads). */
interface ImapLogEntry {
  readonly src?: string;
  readonly msg?: string;
  readonly data?: string;
}

/** Why the probe stopped reading: a flood of lines or bytes, a line without end, a greeting that is no IMAP. */
export type HostileServerCode = 'ServerFlood' | 'LineTooLarge' | 'NotImap';

/** Hooks the probe wants called from the log stream. */
export interface ImapLogHooks {
  /** The TCP (and TLS) connection is up. */
  readonly onConnected: () => void;
  /** The server broke a limit of IMAP_SERVER_LIMITS: the probe must stop now. Called once. */
  readonly onHostileServer: (code: HostileServerCode, message: string) => void;
}

/**
 * What the probe reads from one server at most. Exchange answers the probe's three commands in
 * a few dozen lines (a LIST of a large mailbox: a few thousand); a server that sends more, or a
 * line without end, is not Exchange, and reading on would only fill memory until the deadline.
 * imapflow's own limits (maxLineLength & co., set in imap-probe.ts) bound its parser; these
 * bound what the probe itself keeps.
 */
export const IMAP_SERVER_LIMITS = {
  lines: 20_000,
  bytes: 4 * 1024 * 1024,
  lineBytes: 64 * 1024,
} as const;

/** An imapflow logger that records into `transcript`. */
export function imapLogger(transcript: Transcript, hooks: ImapLogHooks): Record<'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', (entry: ImapLogEntry) => void> {
  let pending = '';
  let lines = 0;
  let bytes = 0;
  let stopped = false;
  const stop = (code: HostileServerCode, message: string): void => {
    stopped = true;
    pending = '';
    hooks.onHostileServer(code, message);
  };
  const onServerLine = (line: string): void => {
    transcript.server(line);
    if (transcript.isOpen('greeting')) {
      transcript.reply(line);
      // imapflow would wait for a greeting until its timeout; a first line that is none ends it now.
      if (!/^\* (?:OK|PREAUTH|BYE)\b/i.test(line)) stop('NotImap', 'The server\'s first line is no IMAP greeting.');
      return;
    }
    if (/^\* BYE\b/i.test(line)) transcript.note(line);
    const tagged = /^(\S+) (?:OK|NO|BAD)\b/i.exec(line);
    if (tagged && tagged[1] !== '*') transcript.reply(line, tagged[1]);
  };
  const ignore = (): void => undefined;
  return {
    trace(entry) {
      if (stopped || entry.src !== 's' || entry.msg !== 'read from socket' || !entry.data) return;
      const chunk = Buffer.from(entry.data, 'base64').toString('utf8');
      bytes += chunk.length;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        if (++lines > IMAP_SERVER_LIMITS.lines) {
          return stop('ServerFlood', `The server sent more than ${IMAP_SERVER_LIMITS.lines} lines; Exchange answers the probe in a few dozen.`);
        }
        onServerLine(line.replace(/\r$/, ''));
      }
      if (pending.length > IMAP_SERVER_LIMITS.lineBytes) {
        transcript.server(pending);
        return stop('LineTooLarge', `The server sent a line longer than ${IMAP_SERVER_LIMITS.lineBytes} bytes without ending it.`);
      }
      if (bytes > IMAP_SERVER_LIMITS.bytes) {
        return stop('ServerFlood', `The server sent more than ${IMAP_SERVER_LIMITS.bytes} bytes; Exchange answers the probe in a few kilobytes.`);
      }
    },
    debug(entry) {
      if (entry.src !== 'c' || typeof entry.msg !== 'string') return;
      // imapflow writes credentials it withholds from its log as `"(* value hidden *)"`.
      transcript.client(entry.msg.replace(/"?\(\* value hidden \*\)"?/g, REDACTED));
      const command = /^(\S+) ([A-Za-z]+)/.exec(entry.msg);
      if (command && command[1] !== '+' && command[1] !== '*' && !entry.msg.startsWith('(*')) {
        const verb = command[2]!.toUpperCase();
        transcript.begin(verb === 'AUTHENTICATE' ? 'auth' : verb.toLowerCase(), command[1]);
      }
    },
    info(entry) {
      if (entry.src === 'connection' && /^Established .*TCP connection/.test(entry.msg ?? '')) {
        transcript.finish('connect', true);
        hooks.onConnected();
        transcript.begin('greeting');
      }
    },
    warn: ignore,
    error: ignore,
    fatal: ignore,
  };
}
