/**
 * `check --lang de` speaks German: the human output of the check, healthy and broken, for every
 * profile, has no English sentence — only the servers' own replies are quoted as they came.
 * The English output still names what failed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { englishLines } from '../helpers/english-lines.js';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function check(profile: string, scenarios: readonly string[], lang: 'de' | 'en'): string {
  const args = ['check', '--sandbox', '--profile', profile, '--lang', lang, ...scenarios.flatMap((s) => ['--scenario', s])];
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['inventory360', ['consent-missing']],
  ['inventory360', ['smtp-auth-disabled-mailbox']],
  ['inventory360', ['mailbox-permission-missing']],
  ['etron', ['user-not-assigned']],
  ['etron', ['redirect-mismatch']],
  ['generic', ['service-principal-missing']],
  ['generic', ['send-as-denied']],
];

describe('check --lang de is German', () => {
  for (const [profile, scenarios] of CASES) {
    it(`${profile} ${scenarios.join(' ')}`, () => {
      const out = check(profile, scenarios, 'de');
      assert.match(out, /Es gibt Probleme\./);
      assert.deepEqual(englishLines(out), [], out);
    });
  }

  it('the English output of the same check quotes what failed', () => {
    const out = check('inventory360', ['consent-missing'], 'en');
    assert.match(out, /There are problems\./);
    assert.match(out, /SMTP\.SendAsApp/);
  });
});
