/**
 * One IMAP session as Exchange Online runs it. The detail that matters: AUTHENTICATE only checks
 * the token; whether the mailbox can be opened (IMAP enabled, FullAccess for an app) is decided
 * right after, and a session that could not connect answers every mailbox command with
 * "BAD User is authenticated but not connected." — why a successful AUTHENTICATE alone proves
 * nothing, and why imapflow checks NAMESPACE.
 */
import type { SandboxContext } from '../context.js';
import { tokenize, type ImapArg, type ImapLine } from './imap-command-reader.js';
import { findFolder, listLines, selectLines, statusLine } from './imap-folders.js';
import { authorizeXoauth2, canOpenMailbox } from './mailbox-access.js';
import { IMAP_CAPABILITIES, IMAP_CAPABILITIES_AUTHENTICATED, IMAP_REPLIES, imapGreeting } from './replies.js';
import { parseXoauth2 } from './xoauth2.js';

/** The socket side of a session. */
export interface ImapTransport {
  write(line: string): void;
  /** Ends the connection after pending writes. */
  close(): void;
  /** Sets the idle timeout (ms) after which the server says BYE. */
  setIdleTimeout(ms: number): void;
}

/** Idle timeouts: short before login, Exchange's 30 minutes after. */
export const IMAP_TIMEOUTS = { beforeLogin: 60_000, afterLogin: 30 * 60_000 } as const;

type State = 'not_authenticated' | 'authenticated' | 'selected' | 'logout';

/** Commands that still work when the mailbox could not be connected. */
const WITHOUT_MAILBOX = new Set(['CAPABILITY', 'NOOP', 'LOGOUT', 'ID']);
/** Commands only valid after login. */
const AFTER_LOGIN = new Set(['NAMESPACE', 'ENABLE', 'LIST', 'LSUB', 'STATUS', 'SELECT', 'EXAMINE', 'IDLE',
  'CLOSE', 'UNSELECT', 'CHECK', 'EXPUNGE', 'SEARCH', 'FETCH', 'UID SEARCH', 'UID FETCH']);
/** Commands only valid with a folder selected. */
const IN_FOLDER = new Set(['CLOSE', 'UNSELECT', 'CHECK', 'EXPUNGE', 'SEARCH', 'FETCH', 'UID SEARCH', 'UID FETCH']);

const str = (a: ImapArg | undefined): string | undefined => (typeof a === 'string' ? a : undefined);

/** Drives one connection: greeting, commands, continuations. */
export class ImapSession {
  private state: State = 'not_authenticated';
  private connected = false;
  /** The signed-in user has no rights on the user= mailbox: Exchange hangs up after two BADs. */
  private userMismatch = false;
  private notConnectedReplies = 0;
  private continuation: ((line: ImapLine) => void) | undefined;

  constructor(private readonly ctx: SandboxContext, private readonly io: ImapTransport) {}

  /** Sends the greeting. */
  start(): void {
    this.io.setIdleTimeout(IMAP_TIMEOUTS.beforeLogin);
    this.io.write(imapGreeting());
  }

  /** Handles one complete line from the client. */
  onLine(line: ImapLine): void {
    if (this.state === 'logout') return;
    const pending = this.continuation;
    if (pending) {
      this.continuation = undefined;
      pending(line);
      return;
    }
    const args = tokenize(line);
    const tag = str(args?.[0]);
    if (!args || !tag || args.length < 2 || typeof args[1] !== 'string') {
      this.io.write(`${tag ?? '*'} ${IMAP_REPLIES.commandError}`);
      return;
    }
    let command = args[1].toUpperCase();
    let rest = args.slice(2);
    if (command === 'UID' && typeof rest[0] === 'string') {
      command = `UID ${rest[0].toUpperCase()}`;
      rest = rest.slice(1);
    }
    this.dispatch(tag, command, rest);
  }

  private reply(tag: string, text: string, untagged: readonly string[] = []): void {
    for (const line of untagged) this.io.write(line);
    this.io.write(`${tag} ${text}`);
  }

  private dispatch(tag: string, command: string, rest: ImapArg[]): void {
    switch (command) {
      case 'CAPABILITY': {
        const list = this.state === 'not_authenticated' ? IMAP_CAPABILITIES : IMAP_CAPABILITIES_AUTHENTICATED;
        return this.reply(tag, IMAP_REPLIES.completed('CAPABILITY'), [`* CAPABILITY ${list}`]);
      }
      case 'NOOP': return this.reply(tag, IMAP_REPLIES.completed('NOOP'));
      case 'ID': return this.reply(tag, IMAP_REPLIES.completed('ID'), [IMAP_REPLIES.id]);
      case 'LOGOUT':
        this.state = 'logout';
        this.reply(tag, IMAP_REPLIES.completed('LOGOUT'), [IMAP_REPLIES.bye]);
        return this.io.close();
      case 'LOGIN':
        return this.reply(tag, this.state === 'not_authenticated' ? IMAP_REPLIES.loginFailed : IMAP_REPLIES.notAuthenticated);
      case 'AUTHENTICATE': return this.authenticate(tag, rest);
      default: break;
    }
    if (!AFTER_LOGIN.has(command)) return this.reply(tag, IMAP_REPLIES.commandError);
    if (this.state === 'not_authenticated') return this.reply(tag, IMAP_REPLIES.notAuthenticated);
    if (!this.connected && !WITHOUT_MAILBOX.has(command)) return this.notConnected(tag);
    if (IN_FOLDER.has(command) && this.state !== 'selected') return this.reply(tag, IMAP_REPLIES.noMailboxSelected);
    this.mailboxCommand(tag, command, rest);
  }

  private notConnected(tag: string): void {
    this.reply(tag, IMAP_REPLIES.notConnected);
    if (this.userMismatch && ++this.notConnectedReplies >= 2) {
      this.state = 'logout';
      this.io.write(IMAP_REPLIES.notConnectedBye);
      this.io.close();
    }
  }

  private mailboxCommand(tag: string, command: string, rest: ImapArg[]): void {
    switch (command) {
      case 'NAMESPACE': return this.reply(tag, IMAP_REPLIES.completed('NAMESPACE'), [IMAP_REPLIES.namespace]);
      case 'ENABLE': return this.reply(tag, IMAP_REPLIES.completed('ENABLE'), ['* ENABLED']);
      case 'LIST':
      case 'LSUB': {
        const reference = str(rest[0]);
        const pattern = str(rest[1]);
        if (reference === undefined || pattern === undefined) return this.reply(tag, IMAP_REPLIES.argumentError);
        return this.reply(tag, IMAP_REPLIES.completed(command), listLines(command, reference, pattern));
      }
      case 'STATUS': {
        const folder = findFolder(str(rest[0]) ?? '');
        const items = rest[1];
        if (!Array.isArray(items)) return this.reply(tag, IMAP_REPLIES.argumentError);
        if (!folder) return this.reply(tag, IMAP_REPLIES.mailboxNotFound);
        return this.reply(tag, IMAP_REPLIES.completed('STATUS'), [statusLine(folder, items.filter((i): i is string => typeof i === 'string'))]);
      }
      case 'SELECT':
      case 'EXAMINE': {
        const folder = findFolder(str(rest[0]) ?? '');
        if (!folder) {
          this.state = 'authenticated';
          return this.reply(tag, IMAP_REPLIES.mailboxNotFound);
        }
        this.state = 'selected';
        const mode = command === 'SELECT' ? '[READ-WRITE]' : '[READ-ONLY]';
        return this.reply(tag, `OK ${mode} ${command} completed.`, selectLines());
      }
      case 'CLOSE':
      case 'UNSELECT':
        this.state = 'authenticated';
        return this.reply(tag, IMAP_REPLIES.completed(command));
      case 'SEARCH':
      case 'UID SEARCH': return this.reply(tag, IMAP_REPLIES.completed(command), ['* SEARCH']);
      case 'IDLE':
        this.io.write('+ IDLE accepted, awaiting DONE command.');
        this.continuation = (line) => this.reply(tag, line.raw.trim().toUpperCase() === 'DONE'
          ? IMAP_REPLIES.completed('IDLE') : IMAP_REPLIES.argumentError);
        return;
      default:
        // CHECK, EXPUNGE, FETCH, UID FETCH on an empty folder: nothing to report.
        return this.reply(tag, IMAP_REPLIES.completed(command));
    }
  }

  private authenticate(tag: string, rest: ImapArg[]): void {
    if (this.state !== 'not_authenticated') return this.reply(tag, IMAP_REPLIES.notAuthenticated);
    const mechanism = str(rest[0])?.toUpperCase();
    if (mechanism !== 'XOAUTH2' && mechanism !== 'PLAIN') return this.reply(tag, IMAP_REPLIES.authenticateFailed);
    const finish = (data: string): void => {
      if (mechanism === 'PLAIN') {
        this.ctx.log('exchange imap: AUTHENTICATE PLAIN refused (basic authentication)');
        return this.reply(tag, IMAP_REPLIES.authenticateFailed);
      }
      this.finishXoauth2(tag, data);
    };
    const initial = str(rest[1]);
    if (initial !== undefined) return finish(initial === '=' ? '' : initial);
    this.io.write('+ ');
    this.continuation = (line) => finish(line.raw.trim());
  }

  private finishXoauth2(tag: string, data: string): void {
    const response = data === '*' ? undefined : parseXoauth2(data);
    if (!response) return this.reply(tag, IMAP_REPLIES.authenticateFailed);
    const logon = authorizeXoauth2(this.ctx, 'imap', response);
    if (!logon.ok && logon.refusal === 'mailbox_not_permitted') {
      // A valid token for a user without rights on the user= mailbox: Exchange says OK and then
      // "BAD User is authenticated but not connected." to every command (not "NO AUTHENTICATE failed.").
      this.ctx.log(`exchange imap: user=${response.user} authenticated but not connected (the signed-in user has no rights on it)`);
      this.state = 'authenticated';
      this.connected = false;
      this.userMismatch = true;
      this.io.setIdleTimeout(IMAP_TIMEOUTS.afterLogin);
      return this.reply(tag, IMAP_REPLIES.authenticateOk);
    }
    if (!logon.ok) {
      this.ctx.log(`exchange imap: AUTHENTICATE XOAUTH2 user=${response.user} refused (${logon.refusal})`);
      return this.reply(tag, IMAP_REPLIES.authenticateFailed);
    }
    this.state = 'authenticated';
    this.connected = canOpenMailbox(this.ctx, 'imap', logon.principal, logon.mailboxId);
    if (!this.connected) this.ctx.log(`exchange imap: user=${response.user} authenticated but not connected`);
    this.io.setIdleTimeout(IMAP_TIMEOUTS.afterLogin);
    this.reply(tag, IMAP_REPLIES.authenticateOk);
  }
}
