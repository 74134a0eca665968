/**
 * Doyensec Electronegativity over the app's sources (electron/, renderer/, package.json): no
 * finding above LOW that is not reviewed in scripts/electronegativity/reviewed.json with its
 * reason, and no reviewed entry that no longer matches a finding. Runs offline (the tool's
 * release lookup fails and it carries on with the version given).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SECURE_WEB_PREFERENCES } from '../../electron/shell/web-preferences.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Finding { readonly id: string; readonly severity: string; readonly confidence: string; readonly file: string; readonly line: number }
interface Reviewed { readonly id: string; readonly file: string; readonly reason: string }

describe('Electronegativity', () => {
  it('reports nothing above LOW that is not reviewed', { timeout: 180_000 }, () => {
    const staging = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
    try {
      for (const part of ['electron', 'renderer/src', 'renderer/index.html', 'package.json']) cpSync(path.join(root, part), path.join(staging, part), { recursive: true });
      const electron = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron as string;
      const run = spawnSync(process.execPath, [path.join(root, 'scripts/electronegativity/run.cjs'), staging, electron], { cwd: root, encoding: 'utf8', timeout: 170_000 });
      assert.equal(run.status, 0, run.stderr);
      const { findings, errors } = JSON.parse(run.stdout) as { findings: Finding[]; errors: unknown[] };
      assert.deepEqual(errors, [], 'every source file parsed');
      const reviewed = (JSON.parse(readFileSync(path.join(root, 'scripts/electronegativity/reviewed.json'), 'utf8')) as { reviewed: Reviewed[] }).reviewed;
      for (const entry of reviewed) assert.ok(entry.reason.length > 20, `${entry.id} ${entry.file} needs its reason`);
      const aboveLow = findings.filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity));
      const unreviewed = aboveLow.filter((f) => !reviewed.some((r) => r.id === f.id && r.file === f.file));
      assert.deepEqual(unreviewed.map((f) => `${f.severity} ${f.id} ${f.file}:${f.line}`), []);
      const stale = reviewed.filter((r) => !aboveLow.some((f) => f.id === r.id && f.file === r.file));
      assert.deepEqual(stale.map((r) => `${r.id} ${r.file}`), [], 'reviewed entries without a finding: remove them');
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });

  it('the values the reviewed spread findings rely on', () => {
    assert.equal(SECURE_WEB_PREFERENCES.contextIsolation, true);
    assert.equal(SECURE_WEB_PREFERENCES.sandbox, true);
    assert.equal(SECURE_WEB_PREFERENCES.disableBlinkFeatures, 'Auxclick');
    for (const file of ['electron/window.ts', 'electron/demo-sign-in-window.ts', 'electron/etron-sign-in-window.ts']) {
      assert.match(readFileSync(path.join(root, file), 'utf8'), /webPreferences: (mainWindowWebPreferences\(|\{ \.\.\.DEMO_SIGN_IN_WEB_PREFERENCES, session: this\.session \}|\{ \.\.\.ETRON_SIGN_IN_WEB_PREFERENCES, session: own \})/, file);
    }
  });
});
