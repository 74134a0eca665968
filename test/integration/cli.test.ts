/**
 * The command line as other tools use it (DESIGN.md "Interfaces other tools rely on"): the exact
 * commands, their stdout JSON and their exit codes — run as separate processes, as a script would.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { TenantState } from '../../electron/sandbox/tenant-state.js';
import { SECRET_SEED_ENV, seedSecretsFrom } from '../../electron/sandbox/tenant-seed.js';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function cli(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line', () => {
  it('--version prints the package version', () => {
    const r = cli(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('decode --json prints the ranked causes', () => {
    const r = cli(['decode', '--json', 'SMTP ERROR: DATA END command failed: 430 4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; Failed to process message']);
    assert.equal(r.status, 0);
    const out = JSON.parse(r.stdout);
    assert.equal(out.causes[0].category, 'mailbox_permission_missing');
  });

  it('check --sandbox --profile inventory360 --scenario consent-missing --json names the category and exits 1', () => {
    const r = cli(['check', '--sandbox', '--profile', 'inventory360', '--scenario', 'consent-missing', '--json']);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n')[0]!);
    assert.equal(out.categories[0], 'consent_missing');
    assert.equal(out.overall, 'fail');
    assert.match(r.stderr, /✗ smtp/, 'progress goes to stderr');
  });

  it('check --sandbox --profile etron --scenario user-not-assigned fails at ETRON\'s sign-in with AADSTS50105', () => {
    const r = cli(['check', '--sandbox', '--profile', 'etron', '--scenario', 'user-not-assigned', '--json']);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n')[0]!);
    assert.equal(out.categories[0], 'user_not_assigned');
    const token = out.steps.find((s: { id: string }) => s.id === 'token');
    assert.equal(token.category, 'user_not_assigned');
    assert.match(token.serverReply, /^AADSTS50105: Your administrator has configured the application ETRON onRetail/);
  });

  it('check --sandbox healthy exits 0 with every part green', () => {
    const r = cli(['check', '--sandbox', '--profile', 'generic', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.categories, []);
    assert.ok(out.steps.every((s: { status: string }) => s.status === 'pass'));
  });

  it('usage errors exit 2 with a message, not a stack trace', () => {
    for (const args of [['check', '--sandbox', '--profile', 'nope'], ['check', '--sandbox', '--scenario', 'nope'], ['frobnicate'], ['check', '--bogus']]) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('sandbox --json prints the interface JSON as its first line and stops on SIGTERM', async () => {
    const child = spawn('npm', ['run', '--silent', 'sandbox', '--', '--json', '--scenario', 'imap-disabled'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', () => reject(new Error('sandbox exited early')));
    });
    const info = JSON.parse(first);
    for (const key of ['tenantId', 'authority', 'tokenEndpoint', 'graph', 'smtp', 'imap', 'caCertPath', 'mailbox']) assert.ok(key in info, key);
    assert.equal(typeof info.smtp.port, 'number');
    assert.equal(typeof info.apps.generic.clientSecret, 'string');
    assert.deepEqual(info.scenarios, ['imap-disabled']);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    // npm either exits 0 or re-raises the signal it forwarded, depending on timing; what matters
    // is that the sandbox itself stopped: its ports no longer accept connections.
    const { code, signal } = await exited;
    assert.ok(code === 0 || signal === 'SIGTERM', `npm ended with ${code ?? signal}`);
    const net = await import('node:net');
    const refused = (port: number) => new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(false); });
      socket.once('error', () => resolve(true));
    });
    const deadline = Date.now() + 10_000;
    while (!(await refused(info.smtp.port) && await refused(info.imap.port))) {
      assert.ok(Date.now() < deadline, 'the sandbox still listens after SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

describe('no secret in any file or log', () => {
  it('a full check with report and export leaves no token, XOAUTH2 string or client secret in output, report, export or logs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redaction-'));
    // Every sandbox these runs start derives its client secrets from this seed, so the raw values are known here.
    const seed = { [SECRET_SEED_ENV]: `redaction-sweep-${process.pid}` };
    const runs = [
      cli(['check', '--sandbox', '--profile', 'generic', '--json', '--report', path.join(dir, 'report.html')], seed),
      cli(['check', '--sandbox', '--profile', 'etron', '--json'], seed),
      cli(['report', '--sandbox', '--profile', 'etron', '--scenario', 'secret-wrong', '--out', path.join(dir, 'report.json')], seed),
      cli(['report', '--sandbox', '--profile', 'inventory360', '--scenario', 'mailbox-permission-missing', '--out', path.join(dir, 'inv.html')], seed),
      cli(['probe', 'smtp', '--sandbox', '--json'], seed),
      cli(['probe', 'imap', '--sandbox'], seed),
      cli(['export', '--sandbox', '--profile', 'etron', '--with-secret', '--out', path.join(dir, 'etron.json')], { ...seed, M365_EXPORT_PASSPHRASE: 'a long passphrase' }),
      cli(['export', '--sandbox', '--profile', 'generic', '--out', path.join(dir, 'generic.json')], seed),
    ];
    assert.ok(runs.every((r) => r.status === 0 || r.status === 1), runs.map((r) => r.stderr).join('\n'));
    const texts = runs.flatMap((r) => [r.stdout, r.stderr]);
    for (const f of readdirSync(dir)) texts.push(readFileSync(path.join(dir, f), 'utf8'));
    assert.equal(readdirSync(dir).length, 5);
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const forbidden: [string, RegExp][] = [
      ['a JWT', /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}/],
      ['an XOAUTH2 string', new RegExp(b64('user=').slice(0, 6))],
      ['an XOAUTH2 bearer part', new RegExp(`${b64('\x01auth=Bearer ').slice(0, 10)}|${b64('x\x01auth=Bearer ').slice(4, 14)}|${b64('xx\x01auth=Bearer ').slice(4, 14)}`)],
      ['a bearer header', /Bearer\s+[A-Za-z0-9._-]{20,}/],
      ['an access_token field', /"access_token"\s*:\s*"[^"[]/],
    ];
    const secrets = Object.entries(seedSecretsFrom(seed[SECRET_SEED_ENV]));
    // The seed reaches the sandbox: a tenant built with it has exactly these secrets.
    process.env[SECRET_SEED_ENV] = seed[SECRET_SEED_ENV];
    try {
      assert.deepEqual(Object.entries(new TenantState().secrets), secrets);
    } finally {
      delete process.env[SECRET_SEED_ENV];
    }
    for (const text of texts) {
      for (const [what, pattern] of forbidden) assert.doesNotMatch(text, pattern, `found ${what}`);
      // The raw client secrets themselves, not only token shapes (also their base64, as in a form body).
      for (const [name, value] of secrets) {
        assert.equal(text.includes(value), false, `found the ${name}`);
        assert.equal(text.includes(Buffer.from(value).toString('base64')), false, `found the ${name} in base64`);
      }
    }
    assert.match(texts.join('\n'), /\[redacted\]/, 'the transcripts were redacted, not empty');
  });

  it('export of another application that signs in with a certificate names it, holds no secret, and refuses a bad thumbprint', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-cert-'));
    const file = path.join(dir, 'app.json');
    const base = ['export', '--profile', 'generic', '--tenant-id', '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', '--client-id', 'e5000000-0000-4000-8000-00000000a001',
      '--mailbox', 'notifications@contoso.example', '--out', file];
    const r = cli([...base, '--cert-thumbprint', '48:09:d6:ea:89:a7:c4:3f:69:ff:ac:84:65:6f:8c:bc:b5:71:b1:f9']);
    assert.equal(r.status, 0, r.stderr);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    assert.deepEqual([written['credential'], written['certificateThumbprint'], 'clientSecret' in written, 'clientSecretExpires' in written],
      ['certificate', '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9', false, false]);
    const bad = cli([...base, '--cert-thumbprint', 'Abc8Q~wXyZ0123456789abcdefghijklmnopqrstu']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--cert-thumbprint must be the certificate's SHA-1 thumbprint/);
    assert.doesNotMatch(bad.stderr, /Abc8Q~/, 'the refused value is not echoed');
    const both = cli([...base, '--cert-thumbprint', '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9', '--secret-expires', '2027-06-01']);
    assert.equal(both.status, 2);
  });
});
