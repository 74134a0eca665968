/**
 * `check` against a tenant the way an admin runs it on a server: the CLI as a child process,
 * the sandbox (started WITHOUT auto-approve) treated as the tenant through the hidden
 * `--cloud sandbox --sandbox-info FILE`. The admin signs in with a device code (the test types
 * the code the CLI printed into the device login page) or in "the browser" (BROWSER points the
 * OS opener at a script that fills in the sign-in pages). Exact JSON, exit codes, and no token
 * or secret in anything the CLI prints.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { request, startSandbox, type RunningSandbox, adminRequest } from '../helpers/sandbox.js';
import { formAction, submitForm } from './sandbox-entra-helpers.js';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

/**
 * Runs the CLI; `onStderr` sees stderr as it grows (to answer prompts on stdin, or send signals
 * through `child`).
 */
function cli(args: readonly string[], env: Record<string, string> = {}, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void, stdin: 'ignore' | 'pipe' = 'ignore'): Promise<Run> {
  const base = { ...process.env };
  for (const name of ['M365_ASSISTANT_CLIENT_ID', 'DISPLAY', 'WAYLAND_DISPLAY', 'BROWSER']) delete base[name];
  const child = spawn(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, env: { ...base, LANG: 'C', ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { stderr += c; onStderr?.(stderr, child); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.once('close', (status) => {
    clearTimeout(timer);
    resolve({ status, stdout, stderr });
  }));
}

const SECRET_SHAPES: [string, RegExp][] = [
  ['a JWT', /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}/],
  ['a bearer token', /Bearer\s+[A-Za-z0-9._-]{20,}/],
  ['an XOAUTH2 string', new RegExp(Buffer.from('user=').toString('base64').slice(0, 6))],
];

describe('check against a tenant (the sandbox as the tenant)', () => {
  let sb: RunningSandbox;
  let dir: string;
  let common: string[];
  let browserEnv: Record<string, string>;
  let secrets: string[];
  const outputs: string[] = [];

  /** Types the code the CLI printed into the device login page and signs in as the admin. */
  async function completeDeviceCode(stderr: string): Promise<void> {
    const m = /open (https:\/\/\S+) in a browser \(on any device\) and enter the code ([A-Z0-9]+)\./.exec(stderr)!;
    const login = await request(sb, 'GET', m[1]!);
    assert.equal(login.status, 302);
    const entry = new URL(login.headers.location as string, m[1]!).toString();
    const signInPage = await request(sb, 'POST', entry, { body: new URLSearchParams({ otc: m[2]! }) });
    let page = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: sb.info.admin.username, passwd: sb.info.admin.password });
    if (page.text.includes('id="consentForm"')) page = await submitForm(sb, page.text, formAction(page.text, '/Consent/Set'), { action: 'accept' });
    // The admin signs in with Microsoft Graph Command Line Tools, the default client (no registration).
    assert.match(page.text, /You have signed in to the Microsoft Graph Command Line Tools application on your device/);
  }

  /** A device code run: answers the prompt once it appears. */
  function deviceCodeRun(args: readonly string[]): Promise<Run> {
    let answered = false;
    return cli([...args, '--device-code'], {}, (text) => {
      if (answered || !/enter the code [A-Z0-9]+\./.test(text)) return;
      answered = true;
      void completeDeviceCode(text);
    });
  }

  const record = (r: Run): Run => { outputs.push(r.stdout, r.stderr); return r; };
  const stepsOf = (json: { steps: { id: string; status: string }[] }): string[] => json.steps.map((s) => `${s.id}:${s.status}`);

  before(async () => {
    sb = await startSandbox();
    dir = mkdtempSync(path.join(tmpdir(), 'cli-tenant-'));
    writeFileSync(path.join(dir, 'sandbox.json'), `${JSON.stringify(sb.info)}\n`);
    writeFileSync(path.join(dir, 'generic.secret'), `${sb.info.apps.generic.clientSecret}\n`);
    writeFileSync(path.join(dir, 'etron.secret'), `${sb.info.apps.etron.clientSecret}\n`);
    const opener = path.join(dir, 'browser.sh');
    writeFileSync(opener, `#!/bin/sh\nexec "${tsx}" "${path.join(root, 'test/integration/support/form-browser.ts')}" "$@"\n`);
    chmodSync(opener, 0o755);
    browserEnv = {
      BROWSER: opener,
      FORM_BROWSER_CA: sb.info.caCertPath,
      FORM_BROWSER_ACCOUNTS: JSON.stringify({ [sb.info.admin.username]: sb.info.admin.password, [sb.info.mailbox]: 'Sandbox-Mail-1' }),
      FORM_BROWSER_DEFAULT: sb.info.admin.username,
      FORM_BROWSER_LOG: path.join(dir, 'opened.log'),
      FORM_BROWSER_ADDRESS_BAR: path.join(dir, 'address-bar.log'),
    };
    common = ['check', '--cloud', 'sandbox', '--sandbox-info', path.join(dir, 'sandbox.json'), '--tenant', sb.info.tenantId, '--mailbox', sb.info.mailbox];
    secrets = [sb.info.apps.generic.clientSecret, sb.info.apps.etron.clientSecret, sb.info.apps.inventory360.clientSecret];
  });
  after(async () => { await sb?.close(); });

  // First, while nobody has consented to the assistant yet: the consent page is shown.
  it('the admin declines consent in the browser: Entra\'s AADSTS65004 decoded, exit 4', async () => {
    const r = record(await cli([...common, '--profile', 'inventory360', '--browser', '--json'], { ...browserEnv, FORM_BROWSER_CONSENT: 'cancel' }));
    assert.equal(r.status, 4, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.categories, ['user_cancelled_or_consent_declined']);
    assert.deepEqual(stepsOf(out), ['sign-in:fail']);
    assert.match(out.steps[0].serverReply, /^AADSTS65004: User declined to consent to access the app\./);
    assert.equal(out.diagnosis[0].category, 'user_cancelled_or_consent_declined');
  });

  it('device code, generic app-only: the prompt goes to stderr, every part passes, exit 0', async () => {
    const r = record(await deviceCodeRun([...common, '--profile', 'generic', '--app-id', sb.info.apps.generic.clientId, '--app-secret-file', path.join(dir, 'generic.secret'), '--json']));
    assert.equal(r.status, 0, r.stderr);
    const origin = new URL(sb.info.authority).origin;
    assert.match(r.stderr, new RegExp(`^To sign in as an administrator of ${sb.info.tenantId}, open ${origin}/devicelogin in a browser \\(on any device\\) and enter the code [A-Z0-9]{9}\\. The code is valid for 15 minutes\\.$`, 'm'));
    assert.match(r.stderr, /^✓ sign-in {2}Signed in as admin@contoso\.example$/m);
    const out = JSON.parse(r.stdout);
    assert.equal(out.overall, 'pass');
    assert.deepEqual(out.categories, []);
    assert.deepEqual(stepsOf(out), ['tenant:pass', 'token:pass', 'smtp:pass', 'imap:pass']);
    assert.equal(out.cloud, 'sandbox');
    assert.equal(out.facts.tenantId, sb.info.tenantId);
    assert.equal(out.facts.servicePrincipalObjectId, sb.info.apps.generic.servicePrincipalObjectId);
  });

  it('device code with SMTP AUTH off for the mailbox: smtp_auth_disabled_mailbox, exit 1', async () => {
    const enabled = await adminRequest(sb, 'POST', '/scenarios', { enable: ['smtp-auth-disabled-mailbox'] });
    assert.equal(enabled.status, 200);
    try {
      const r = record(await deviceCodeRun([...common, '--profile', 'generic', '--app-id', sb.info.apps.generic.clientId, '--app-secret-file', path.join(dir, 'generic.secret'), '--json', '--no-imap']));
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.categories[0], 'smtp_auth_disabled_mailbox');
      assert.deepEqual(stepsOf(out), ['tenant:pass', 'token:pass', 'smtp:fail']);
      assert.match(out.steps[2].serverReply, /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\./);
      assert.equal(out.diagnosis[0].category, 'smtp_auth_disabled_mailbox');
    } finally {
      await adminRequest(sb, 'POST', '/reset', { scenarios: ['healthy'] });
    }
  });

  it('browser through the OS opener (BROWSER), ETRON with --delegated: the mailbox user signs in through ETRON\'s app, the pasted address completes it, all green', async () => {
    let pasted = false;
    const r = record(await cli([
      ...common, '--profile', 'etron', '--browser', '--delegated', '--etron-instance', sb.info.apps.etron.instance,
      '--etron-app-id', sb.info.apps.etron.clientId, '--etron-secret-file', path.join(dir, 'etron.secret'), '--json',
    ], browserEnv, (text, child) => {
      if (pasted || !/paste it here:\n/.test(text)) return;
      pasted = true;
      // What the person copies from the address bar once the browser stopped at ETRON's confirm page.
      void (async () => {
        for (let i = 0; i < 100 && !existsSync(browserEnv.FORM_BROWSER_ADDRESS_BAR!); i++) await new Promise((r) => setTimeout(r, 100));
        const address = readFileSync(browserEnv.FORM_BROWSER_ADDRESS_BAR!, 'utf8').trim().split('\n').at(-1)!;
        child.stdin!.end(`${address}\n`);
      })();
    }, 'pipe'));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(stepsOf(out), ['tenant:pass', 'app-credential:pass', 'token:pass', 'smtp:pass', 'imap:pass']);
    const opened = readFileSync(browserEnv.FORM_BROWSER_LOG!, 'utf8').trim().split('\n').slice(-2);
    assert.deepEqual(opened, [`${sb.info.authority}/oauth2/v2.0/authorize login_hint=`, `${new URL(sb.info.authority).origin}/common/oauth2/v2.0/authorize login_hint=${sb.info.mailbox}`]);
    assert.match(readFileSync(browserEnv.FORM_BROWSER_ADDRESS_BAR!, 'utf8'), /^https:\/\/contoso\.wawi\.onretail\.eu\/microsoft_outlook\/confirm\?code=[^&]+&/m);
    assert.match(r.stderr, /^Opening the browser: sign in as an administrator of .+ …$/m);
    assert.match(r.stderr, /^Opening the browser: sign in as notifications@contoso\.example through ETRON's app …$/m);
    assert.match(r.stderr, /^✓ sign-in {2}Signed in as notifications@contoso\.example$/m);
  });

  it('inventory360 against a tenant: Graph findings only, no SMTP step, and how to test from Inventory360 (German)', async () => {
    const r = record(await cli([...common, '--profile', 'inventory360', '--browser', '--lang', 'de'], browserEnv));
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^Alles in Ordnung: Mail über Microsoft 365 funktioniert\. {2}\(inventory360, notifications@contoso\.example, \d+ ms\)$/);
    assert.deepEqual(lines.slice(1), [
      '', '✓ Mandant (Microsoft Graph)', '✓ Erreichbarkeit (Ports, TLS)', '',
      'Inventory360 sendet mit seiner eigenen App und deren Secret, das beim Hersteller bleibt – deshalb hat diese Prüfung SMTP nicht selbst getestet.',
      'Senden Sie jetzt eine Testmail aus Inventory360. Schlägt sie fehl, fügen Sie die Fehlermeldung hier ein: npm run cli -- decode "<Fehlertext>"',
    ]);
    assert.match(r.stderr, /^Der Browser wird geöffnet: Melden Sie sich als Administrator von .+ an …$/m);
  });

  it('device code with a client ID the tenant does not know: wrong_tenant_or_app, exit 1, no empty prompt', async () => {
    const r = record(await cli([...common, '--profile', 'generic', '--app-id', sb.info.apps.generic.clientId, '--device-code', '--client-id', '11111111-2222-4333-8444-555555555555', '--json']));
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.categories, ['wrong_tenant_or_app']);
    assert.deepEqual(stepsOf(out), ['sign-in:fail']);
    assert.equal(out.diagnosis[0].category, 'wrong_tenant_or_app');
    assert.match(JSON.stringify(out.steps[0]), /AADSTS700016: Application with identifier '11111111-2222-4333-8444-555555555555' was not found/, "Entra's own sentence is kept");
    assert.doesNotMatch(r.stderr, /undefined|To sign in/);
  });

  it('no desktop (no DISPLAY): the device code by default; Ctrl+C while waiting → "Sign-in cancelled.", exit 4', async () => {
    let sent = false;
    const r = record(await cli([...common, '--profile', 'generic', '--app-id', sb.info.apps.generic.clientId], {}, (text, child) => {
      if (sent || !/enter the code/.test(text)) return;
      sent = true;
      child.kill('SIGINT');
    }));
    assert.equal(r.status, 4, r.stderr);
    assert.match(r.stderr, /^Sign-in cancelled\.$/m);
    assert.equal(r.stdout, '');
  });

  it('a browser opener that fails: exit 3, the reason without the URL\'s query, and the device code as the way out', async () => {
    const r = record(await cli([...common, '--profile', 'generic', '--app-id', sb.info.apps.generic.clientId, '--browser'], { BROWSER: '/bin/false' }));
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, new RegExp(`^check: the browser could not be opened for the sign-in: the browser opener false ended with 1 for ${sb.info.authority}/oauth2/v2\\.0/authorize\nTo sign in without a browser: run the same check with --device-code\.$`, 'm'));
    assert.doesNotMatch(r.stderr, /client_id=|state=|code_challenge/);
    assert.equal(r.stdout, '');
  });

  it('usage errors exit 2 with a message: ETRON --delegated without its secret, unknown cloud, a secret as a flag value', async () => {
    const real = ['check', '--profile', 'generic', '--tenant', 'contoso.onmicrosoft.com', '--mailbox', 'a@contoso.com', '--app-id', sb.info.apps.generic.clientId];
    const [etronNoSecret, badCloud, secretFlag] = await Promise.all([
      cli(['check', '--profile', 'etron', '--tenant', 'contoso.onmicrosoft.com', '--mailbox', 'a@contoso.com', '--etron-instance', 'contoso', '--delegated']),
      cli([...real, '--cloud', 'mars', '--client-id', '11111111-2222-4333-8444-555555555555']),
      cli([...real, '--app-secret', 'Sup3r-Secret-Value~xyz']),
    ]);
    for (const r of [etronNoSecret, badCloud, secretFlag]) record(r);
    assert.equal(etronNoSecret.status, 2);
    assert.equal(etronNoSecret.stderr, "check: the ETRON mailbox signs in through ETRON's app: --delegated needs --etron-app-id ID and --etron-secret-file FILE\n");
    assert.equal(badCloud.status, 2);
    assert.equal(badCloud.stderr, 'check: unknown cloud "mars"; --cloud must be global, usgov-gcchigh, usgov-dod, china\n');
    assert.equal(secretFlag.status, 2);
    assert.equal(secretFlag.stderr, 'check: --app-secret: secrets are read from files only (a value on the command line shows in the process list and the shell history); use --app-secret-file FILE\n');
  });

  it('no token, XOAUTH2 string or client secret in anything the runs printed', () => {
    assert.ok(outputs.length >= 20);
    for (const text of outputs) {
      for (const [what, pattern] of SECRET_SHAPES) assert.doesNotMatch(text, pattern, `found ${what}`);
      for (const secret of [...secrets, 'Sup3r-Secret-Value~xyz']) assert.ok(!text.includes(secret), 'found a client secret');
    }
  });
});
