/**
 * `fix` as support staff run it: every Graph fix the check offers, then the check again in the
 * same tenant — exit 0 when it then passes (README "Command line").
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { request, startSandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { formAction, submitForm } from './sandbox-entra-helpers.js';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 110_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli fix', () => {
  it('fix --sandbox --profile etron --scenario redirect-mismatch --scenario graph-lag repairs the redirect URI, waits for Graph and exits 0', () => {
    const r = cli(['fix', '--sandbox', '--profile', 'etron', '--scenario', 'redirect-mismatch', '--scenario', 'graph-lag', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.before, { overall: 'fail', categories: ['redirect_uri_mismatch'] });
    assert.deepEqual(out.fixes.map((f: { status: string; fix: { action: string; findingId: string; changed: boolean } }) => [f.status, f.fix.action, f.fix.findingId, f.fix.changed]),
      [['applied', 'repair-app-registration', 'etron.redirect-uri', true]]);
    assert.equal(out.after.overall, 'pass');
    assert.deepEqual(out.after.categories, []);
    assert.match(r.stderr, /Microsoft Graph does not show the change yet; trying again in \d+ s/, 'the check after the PATCH met the lag');
  });

  it('generic consent-missing: both Exchange application permissions granted, and the next token carries them (exit 0)', () => {
    const r = cli(['fix', '--sandbox', '--profile', 'generic', '--scenario', 'consent-missing', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.before.categories, ['consent_missing']);
    assert.deepEqual(out.fixes.map((f: { fix: { action: string; findingId: string } }) => [f.fix.action, f.fix.findingId]),
      [['grant-app-role', 'generic.smtp-send-as-app'], ['grant-app-role', 'generic.imap-access-as-app']]);
    assert.deepEqual([out.after.overall, out.after.categories], ['pass', []]);
  });

  it('a healthy tenant: nothing to fix, exit 0; a problem Graph cannot fix: exit 1 and the category', () => {
    const healthy = cli(['fix', '--sandbox', '--profile', 'generic', '--lang', 'en']);
    assert.equal(healthy.status, 0, healthy.stderr);
    assert.match(healthy.stdout, /^The check offers no change the assistant can make through Microsoft Graph\./);
    const mailbox = cli(['fix', '--sandbox', '--profile', 'generic', '--scenario', 'smtp-auth-disabled-mailbox', '--json']);
    assert.equal(mailbox.status, 1, mailbox.stderr);
    const out = JSON.parse(mailbox.stdout);
    assert.deepEqual([out.fixes, out.after.categories[0]], [[], 'smtp_auth_disabled_mailbox']);
  });

  it('a real tenant without a terminal to ask and without --yes is refused before any sign-in (exit 2)', () => {
    const r = cli(['fix', '--profile', 'etron', '--tenant', 'contoso.onmicrosoft.com', '--mailbox', 'a@contoso.com', '--etron-instance', 'contoso', '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'fix: In a real tenant fix asks before each change; without a terminal, pass --yes to make every change unasked.\n');
  });

  it('--help names every option; usage errors exit 2', () => {
    const help = cli(['fix', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /fix --sandbox --profile inventory360\|etron\|generic \[--scenario NAME\]… \[--json\]/);
    assert.match(help.stdout, /--yes/);
    assert.match(cli(['--help']).stdout, /\n {2}fix {6}Make every change the check offers through Microsoft Graph/);
    for (const args of [['fix', '--sandbox', '--profile', 'nope'], ['fix', '--sandbox', '--scenario', 'nope'], ['fix', '--sandbox', '--yes'], ['fix', '--scenario', 'healthy']]) {
      assert.equal(cli(args).status, 2, args.join(' '));
    }
  });
});

describe('cli fix against a tenant (the sandbox as the tenant, device code sign-in)', () => {
  let sb: RunningSandbox;
  let info: string;
  before(async () => {
    sb = await startSandbox({ scenarios: ['redirect-mismatch', 'graph-lag'] });
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-fix-'));
    info = path.join(dir, 'sandbox.json');
    writeFileSync(info, `${JSON.stringify(sb.info)}\n`);
  });
  after(async () => { await sb?.close(); });

  /** Types the printed code into the device login page as the admin and accepts the consent. */
  async function completeDeviceCode(stderr: string): Promise<void> {
    const m = /open (https:\/\/\S+) in a browser \(on any device\) and enter the code ([A-Z0-9]+)\./.exec(stderr)!;
    const login = await request(sb, 'GET', m[1]!);
    const entry = new URL(login.headers.location as string, m[1]!).toString();
    const signInPage = await request(sb, 'POST', entry, { body: new URLSearchParams({ otc: m[2]! }) });
    let page = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: sb.info.admin.username, passwd: sb.info.admin.password });
    if (page.text.includes('id="consentForm"')) page = await submitForm(sb, page.text, formAction(page.text, '/Consent/Set'), { action: 'accept' });
  }

  it('--yes: one sign-in consents to the reads and the writes, the redirect URI is repaired, exit 0', async () => {
    const args = ['fix', '--profile', 'etron', '--cloud', 'sandbox', '--sandbox-info', info, '--tenant', sb.info.tenantId, '--mailbox', sb.info.mailbox,
      '--etron-instance', sb.info.apps.etron.instance, '--etron-app-id', sb.info.apps.etron.clientId, '--device-code', '--yes', '--json'];
    const base = { ...process.env };
    for (const name of ['M365_ASSISTANT_CLIENT_ID', 'DISPLAY', 'WAYLAND_DISPLAY', 'BROWSER']) delete base[name];
    const child = spawn(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, env: { ...base, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let answered = false;
    child.stdout!.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      if (!answered && /enter the code [A-Z0-9]+\./.test(stderr)) {
        answered = true;
        void completeDeviceCode(stderr);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    clearTimeout(timer);
    assert.equal(status, 0, stderr);
    const out = JSON.parse(stdout);
    assert.deepEqual(out.before.categories, ['redirect_uri_mismatch']);
    assert.deepEqual(out.fixes.map((f: { fix: { action: string } }) => f.fix.action), ['repair-app-registration']);
    assert.equal(out.after.overall, 'pass');
    const app = sb.context.state.current().applications.find((a) => a.appId === sb.info.apps.etron.clientId)!;
    assert.deepEqual(app.web.redirectUris, [sb.info.apps.etron.redirectUri]);
  });
});
