/**
 * The sandbox tenant in its own process (`electron/sandbox/main.ts --json --auto-approve`, the
 * latter for the full check's unattended admin sign-in), so the servers do not share an event
 * loop with the clients being timed; and the app-only token the clients
 * authenticate with (client credentials for the generic app, as DESIGN.md describes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The part of the sandbox's first stdout line the bench reads (the object holds all of it). */
export interface SandboxEndpoints {
  /** `https://127.0.0.1:PORT/<tenant>`: the login/Entra origin. */
  readonly authority: string;
  readonly tokenEndpoint: string;
  /** `https://127.0.0.1:PORT`: the Graph origin. */
  readonly graph: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
  readonly caCertPath: string;
  readonly mailbox: string;
  readonly apps: { readonly generic: { readonly clientId: string; readonly clientSecret: string } };
}

/** A running sandbox process. */
export interface SandboxProcess {
  readonly info: SandboxEndpoints;
  /** Stops it (SIGTERM, then SIGKILL after 3 s) and resolves when it has exited. */
  stop(): Promise<void>;
}

/** Starts the sandbox; rejects when it does not print its JSON line within 30 s. */
export function startSandboxProcess(repoRoot: string): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron/sandbox/main.ts'), '--json', '--auto-approve'], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  return new Promise<SandboxProcess>((resolve, reject) => {
    const timer = setTimeout(() => fail('it did not start within 30 s'), 30_000);
    function fail(why: string): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`sandbox: ${why}\n${stderrTail.join('\n')}`));
    }
    child.once('exit', (code) => fail(`it exited with ${String(code)}`));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      try {
        resolve({ info: JSON.parse(line) as SandboxEndpoints, stop: () => stopChild(child) });
      } catch {
        fail('its first line was not JSON');
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

/** Gets an app-only access token for Exchange Online from the sandbox (kept in memory only). */
export function fetchAppOnlyToken(info: SandboxEndpoints): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: info.apps.generic.clientId,
    client_secret: info.apps.generic.clientSecret,
    scope: 'https://outlook.office365.com/.default',
  }).toString();
  const ca = readFileSync(info.caCertPath, 'utf8');
  return new Promise<string>((resolve, reject) => {
    const req = https.request(info.tokenEndpoint, {
      method: 'POST', ca, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => {
        const token = (JSON.parse(text) as { access_token?: unknown }).access_token;
        // The reply's error fields name the problem; the reply never holds a token on failure.
        if (res.statusCode === 200 && typeof token === 'string') resolve(token);
        else reject(new Error(`token endpoint answered ${String(res.statusCode)}: ${text.slice(0, 300)}`));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
