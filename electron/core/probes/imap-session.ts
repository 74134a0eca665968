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

/** Hooks the probe wants called from the log stream. */
export interface ImapLogHooks {
  /** The TCP (and TLS) connection is up. */
  readonly onConnected: () => void;
}

/** An imapflow logger that records into `transcript`. */
export function imapLogger(transcript: Transcript, hooks: ImapLogHooks): Record<'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', (entry: ImapLogEntry) => void> {
  let pending = '';
  const onServerLine = (line: string): void => {
    transcript.server(line);
    if (transcript.isOpen('greeting')) {
      transcript.reply(line);
      return;
    }
    if (/^\* BYE\b/i.test(line)) transcript.note(line);
    const tagged = /^(\S+) (?:OK|NO|BAD)\b/i.exec(line);
    if (tagged && tagged[1] !== '*') transcript.reply(line, tagged[1]);
  };
  const ignore = (): void => undefined;
  return {
    trace(entry) {
      if (entry.src !== 's' || entry.msg !== 'read from socket' || !entry.data) return;
      pending += Buffer.from(entry.data, 'base64').toString('utf8');
      let index: number;
      while ((index = pending.indexOf('\n')) >= 0) {
        onServerLine(pending.slice(0, index).replace(/\r$/, ''));
        pending = pending.slice(index + 1);
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
