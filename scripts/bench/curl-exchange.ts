/**
 * curl doing the same exchange as our probes — the reference the probes are held against:
 * SMTP: EHLO → STARTTLS → EHLO → AUTH XOAUTH2 → MAIL/RCPT/DATA with a small message;
 * IMAP: TLS → CAPABILITY → AUTHENTICATE XOAUTH2 → LIST "" *. curl verifies TLS with the
 * sandbox CA. The token goes in through a config on stdin (`-K -`), so it is on no command
 * line; curl's verbose output (which holds it base64-encoded) is only counted, never kept.
 */
import { spawn } from 'node:child_process';

/** Where and as whom curl connects. */
export interface CurlTarget {
  readonly protocol: 'smtp' | 'imap';
  readonly host: string;
  readonly port: number;
  readonly caCertPath: string;
  readonly mailbox: string;
  readonly accessToken: string;
  /** File with the test message (SMTP only). */
  readonly messagePath: string;
}

/** One curl run. */
export interface CurlRun {
  readonly ok: boolean;
  /** curl's own `time_total`: connect to last reply, without process start-up. */
  readonly ms: number;
  /** Command lines curl sent (`> ` lines of -v, plus the message body), when counted. */
  readonly commands?: number;
  readonly error?: string;
}

/** The test message, about the size of the probe's own. */
export const CURL_TEST_MESSAGE = [
  'From: <{mailbox}>', 'To: <{mailbox}>', 'Subject: M365 Mail Assistant benchmark message', 'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8', '', 'This message was sent by curl to compare SMTP AUTH with OAuth (XOAUTH2).', '',
].join('\r\n');

function curlArgs(t: CurlTarget, verbose: boolean): string[] {
  const common = ['-K', '-', verbose ? '-v' : '-sS', '--sasl-ir', '--login-options', 'AUTH=XOAUTH2', '--cacert', t.caCertPath, '-w', '\n%{time_total}\n'];
  if (t.protocol === 'smtp') {
    return [...common, '--ssl-reqd', '--mail-from', t.mailbox, '--mail-rcpt', t.mailbox, '-T', t.messagePath, `smtp://${t.host}:${t.port}`];
  }
  return [...common, '-o', '/dev/null', `imaps://${t.host}:${t.port}/`];
}

// curl's config syntax: a quoted value escapes backslash and double quote.
const quote = (v: string): string => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** Runs curl once; `countCommands` adds -v and counts what curl sent. */
export function runCurl(target: CurlTarget, countCommands: boolean): Promise<CurlRun> {
  return new Promise<CurlRun>((resolve) => {
    const child = spawn('curl', curlArgs(target, countCommands), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    child.on('error', (err) => resolve({ ok: false, ms: Number.NaN, error: `curl could not start: ${err.message}` }));
    child.on('close', (code) => {
      const seconds = Number(stdout.trim().split('\n').at(-1));
      const lines = stderr.split('\n');
      const sent = lines.filter((l) => l.startsWith('> ')).length;
      const uploaded = lines.some((l) => l.includes('completely uploaded')) ? 1 : 0;
      // Without -v, stderr is curl's one-line error (-sS), which never contains the token.
      const error = code === 0 ? undefined : countCommands ? `curl exited with ${String(code)}` : `curl exited with ${String(code)}: ${stderr.trim()}`;
      resolve({
        ok: code === 0, ms: seconds * 1000,
        ...(countCommands ? { commands: sent + uploaded } : {}),
        ...(error ? { error } : {}),
      });
      stderr = '';
    });
    child.stdin.end(`user = ${quote(`${target.mailbox}:`)}\noauth2-bearer = ${quote(target.accessToken)}\n`);
  });
}
