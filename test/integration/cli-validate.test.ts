/**
 * `validate <file>` through the installable single-file command (dist/bin, built here): the same
 * verdict and the same field messages as the app's import, and exit 0 valid · 1 invalid ·
 * 2 not ours / not JSON · 3 unreadable. The bundle needs nothing but Node's own modules.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildConfigFile, importConfigFile } from '../../electron/core/export/config-file.js';
import { inventory360Fields } from '../../electron/core/export/profile-configs.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).bin['m365-mail-assistant'] as string);
const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir, env: { ...process.env, LANG: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

describe('CLI validate (installable command)', () => {
  let valid: Record<string, unknown>;
  before(async () => {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--bin'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(build.status, 0, build.stderr);
    const built = await buildConfigFile('inventory360', inventory360Fields({
      cloud: 'global', tenantId: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', senderMailbox: 'notifications@contoso.example',
      smtpHost: 'smtp.office365.com', smtpPort: 587, enterpriseAppObjectId: 'c3000000-0000-4000-8000-000000000360',
    }));
    assert.ok(built.ok);
    valid = JSON.parse(built.value) as Record<string, unknown>;
  });

  it('is one executable file that needs only Node\'s own modules', () => {
    assert.match(readFileSync(bin, 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node\n/);
    if (process.platform !== 'win32') assert.ok((statSync(bin).mode & 0o111) !== 0);
    const required = [...readFileSync(bin, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
    assert.deepEqual(required.filter((name) => !builtinModules.includes(name.replace(/^node:/, ''))), []);
    assert.match(run('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exit 0 for a valid file of ours', () => {
    const r = run('validate', file('ok.json', JSON.stringify(valid)), '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { file: path.join(dir, 'ok.json'), valid: true, profile: 'inventory360', issues: [] });
  });

  it('exit 1 for an invalid file, with exactly the app import\'s field messages (English and German)', async () => {
    const broken = file('broken.json', JSON.stringify({ ...valid, smtp: { host: 'smtp.office365.com', port: 70000, encryption: 'STARTTLS' }, constructor: 'x' }));
    const app = await importConfigFile(broken);
    assert.ok(!app.ok);
    const r = run('validate', broken, '--json');
    assert.equal(r.status, 1);
    assert.deepEqual(JSON.parse(r.stdout).issues, app.problem.issues);
    assert.deepEqual(app.problem.issues, [
      { field: 'smtp.port', en: 'must be at most 65535', de: 'darf höchstens 65535 sein' },
      { field: 'constructor', en: 'is not a known field', de: 'ist kein bekanntes Feld' },
    ]);
    const german = run('validate', broken, '--lang', 'de');
    assert.equal(german.status, 1);
    assert.equal(german.stdout, `${broken}: ungültig:\n  smtp.port: darf höchstens 65535 sein\n  constructor: ist kein bekanntes Feld\n`);
  });

  it('exit 2 for text that is not ours: not JSON, not an object, another format', () => {
    for (const [name, text] of [['notjson.json', '{"format": '], ['array.json', '[1,2]'], ['other.json', '{"format":"thunderbird/profile","schemaVersion":1}']] as const) {
      const r = run('validate', file(name, text), '--json');
      assert.equal(r.status, 2, name);
      assert.equal(JSON.parse(r.stdout).code, 'not_ours', name);
    }
    assert.equal(run('validate').status, 2);
    assert.equal(run('validate', 'a.json', 'b.json').status, 2);
  });

  it('exit 3 when the file cannot be read', () => {
    const r = run('validate', path.join(dir, 'missing.json'), '--json');
    assert.equal(r.status, 3);
    assert.equal(JSON.parse(r.stdout).code, 'io_error');
  });
});
