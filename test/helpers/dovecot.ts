/**
 * Test helper: a throwaway Dovecot (Debian dovecot-imapd, 2.3.x) speaking IMAPS on
 * 127.0.0.1, XOAUTH2 only, validating bearer tokens LOCALLY as JWTs against the sandbox's
 * signing key (oauth2 passdb, `introspection_mode = local`) — the same RS256 tokens Exchange
 * gets. Everything lives in a temp dir; `stop()` kills it and removes the dir.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SandboxTlsMaterial } from '../../electron/sandbox/ca.js';
import type { TokenSigner } from '../../electron/sandbox/token-signer.js';

/** What Dovecot needs from the token issuer. */
export interface DovecotOptions {
  readonly tls: SandboxTlsMaterial;
  /** The issuer's signing key: its key id and public key. */
  readonly signingKey: { readonly kid: string; readonly publicKeyPem: string };
  /** Claim that names the user (delegated Entra tokens: `upn`). */
  readonly usernameClaim?: string;
}

/** A running Dovecot. */
export interface RunningDovecot {
  readonly port: number;
  readonly dir: string;
  /** Dovecot's log so far (for failing-test messages). */
  log(): string;
  stop(): Promise<void>;
}

/** The sandbox signer's key id and public key (PEM), as Dovecot's key dictionary wants it. */
export function signingKeyOf(signer: TokenSigner): { kid: string; publicKeyPem: string } {
  const jwk = signer.jwks().keys[0]!;
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  return { kid: signer.kid, publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString() };
}

/** True when the dovecot binary is installed and we may run it as root (CI, this machine). */
export function dovecotAvailable(): boolean {
  const probe = spawnSync('dovecot', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && process.getuid?.() === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, until: number): Promise<void> {
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('dovecot did not start listening');
}

function config(dir: string, port: number): string {
  return `
instance_name = probe-test-${path.basename(dir)}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = xoauth2
# Answer a failed login at once; tests must not wait out Dovecot's anti-brute-force delay.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
default_internal_user = dovecot
default_login_user = dovenull
# The mail user is dovecot (a system uid); Dovecot refuses uids below first_valid_uid.
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${port}
    ssl = yes
  }
}
# No anti-brute-force penalty: without the anvil listener, auth disables it (Dovecot docs,
# "Authentication penalty"), so a failing login test does not slow down the next one.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = ${dir}/oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/home/%u
}
`;
}

/** Starts Dovecot and resolves once it listens. */
export async function startDovecot(options: DovecotOptions): Promise<RunningDovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-dovecot-'));
  // Dovecot's auth process runs as `dovecot` and must read the key dictionary.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail', 'home']) mkdirSync(path.join(dir, sub), { recursive: true });
  // The mail processes run as `dovecot` (Dovecot refuses uid 0) and create the maildirs.
  for (const sub of ['mail', 'home']) chmodSync(path.join(dir, sub), 0o777);
  writeFileSync(path.join(dir, 'cert.pem'), options.tls.certPem);
  writeFileSync(path.join(dir, 'key.pem'), options.tls.keyPem, { mode: 0o600 });
  // Local validation looks keys up as /shared/<azp:default>/<alg>/<kid>; the fs dict maps
  // that to <prefix>/<azp>/<alg>/<kid> (Entra v1 tokens carry no azp → "default").
  const keyDir = path.join(dir, 'keys', 'default', 'RS256');
  mkdirSync(keyDir, { recursive: true, mode: 0o755 });
  writeFileSync(path.join(keyDir, options.signingKey.kid), options.signingKey.publicKeyPem, { mode: 0o644 });
  chmodSync(path.join(dir, 'keys'), 0o755);
  chmodSync(path.join(dir, 'keys', 'default'), 0o755);
  writeFileSync(path.join(dir, 'oauth2.conf.ext'), [
    'introspection_mode = local',
    `local_validation_key_dict = fs:posix:prefix=${dir}/keys/`,
    `username_attribute = ${options.usernameClaim ?? 'upn'}`,
    '',
  ].join('\n'), { mode: 0o644 });
  const port = await freePort();
  const conf = path.join(dir, 'dovecot.conf');
  writeFileSync(conf, config(dir, port));
  const child = spawn('dovecot', ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  const log = (): string => {
    let file = '';
    try { file = readFileSync(path.join(dir, 'dovecot.log'), 'utf8'); } catch { /* not written yet */ }
    return `${stderr}${file}`;
  };
  try {
    await waitForPort(port, child, Date.now() + 10_000);
  } catch (err) {
    child.kill('SIGKILL');
    const text = log();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\n${text}`);
  }
  return {
    port, dir, log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
