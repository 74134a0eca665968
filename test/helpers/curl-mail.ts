/**
 * Runs curl against the sandbox's SMTP and IMAP servers — a real, independent client — and
 * returns the server's reply lines from `-v`. Secrets (bearer token, password) go to curl in a
 * config file readable only by us, in a private temp dir that is removed afterwards; never on
 * the command line, where `ps` would show them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningSandbox } from './sandbox.js';

/** What one curl run showed. */
export interface CurlRun {
  readonly exitCode: number;
  /** Lines the server sent (`< ` lines of -v), in order. */
  readonly replies: readonly string[];
  /** Lines curl sent (`> ` lines of -v). */
  readonly commands: readonly string[];
}

/** The secret part of a login. */
export type CurlSecret = { readonly bearer: string } | { readonly password: string } | undefined;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Runs curl with the given arguments plus the secret for `user`. */
export async function runCurl(args: readonly string[], user: string, secret: CurlSecret): Promise<CurlRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'curl-mail-'));
  const config = path.join(dir, 'curl.cfg');
  const lines = [`user = ${quote(secret && 'password' in secret ? `${user}:${secret.password}` : `${user}:`)}`];
  if (secret && 'bearer' in secret) lines.push(`oauth2-bearer = ${quote(secret.bearer)}`);
  writeFileSync(config, `${lines.join('\n')}\n`, { mode: 0o600 });
  try {
    return await new Promise<CurlRun>((resolve, reject) => {
      const child = spawn('curl', ['-sS', '-v', '--max-time', '15', '-K', config, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stdout.resume();
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (c: string) => { stderr += c; });
      child.on('error', reject);
      child.on('close', (code) => {
        const all = stderr.split(/\r?\n/);
        resolve({
          exitCode: code ?? -1,
          replies: all.filter((l) => l.startsWith('< ')).map((l) => l.slice(2)),
          commands: all.filter((l) => l.startsWith('> ')).map((l) => l.slice(2)),
        });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a small message file and returns its path (removed with `cleanup`). */
export function messageFile(from: string, to: string, subject: string): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'curl-msg-'));
  const file = path.join(dir, 'message.eml');
  writeFileSync(file, [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Message-ID: <${subject.replace(/\W/g, '')}@client.example>`, '', 'Test message from the sandbox tests.', ''].join('\r\n'));
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** curl arguments for an SMTP submission with STARTTLS verified against the sandbox CA. */
export function smtpArgs(sb: RunningSandbox, options: { from: string; to: string; file: string; mechanism: string; startTls?: boolean }): string[] {
  return [
    '--url', `smtp://127.0.0.1:${sb.info.smtp.port}`,
    ...(options.startTls === false ? [] : ['--ssl-reqd']),
    '--cacert', sb.info.caCertPath,
    '--mail-from', options.from, '--mail-rcpt', options.to, '--upload-file', options.file,
    '--login-options', `AUTH=${options.mechanism}`, '--sasl-ir',
  ];
}

/** curl arguments for IMAPS (TLS on connect) verified against the sandbox CA. */
export function imapArgs(sb: RunningSandbox, pathAndQuery: string, mechanism: string): string[] {
  return ['--url', `imaps://127.0.0.1:${sb.info.imap.port}/${pathAndQuery}`, '--cacert', sb.info.caCertPath, '--login-options', `AUTH=${mechanism}`];
}
