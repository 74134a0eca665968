/**
 * `fix` as support staff run it: every Graph fix the check offers, then the check again in the
 * same tenant — exit 0 when it then passes (README "Command line").
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

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
