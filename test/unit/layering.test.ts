/**
 * The product core (electron/core) never imports the sandbox tenant (electron/sandbox) nor the
 * demo wiring (electron/demo): demo mode is wired in by the app (electron/ipc) and the CLI, the
 * way a test wires in a fake (DESIGN.md, Architecture). Every import form counts: static,
 * type-only, re-export and dynamic `import()`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const electronDir = path.resolve(import.meta.dirname, '../../electron');
const coreDir = path.join(electronDir, 'core');
const FORBIDDEN = [path.join(electronDir, 'sandbox'), path.join(electronDir, 'demo')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every module specifier a file names: import/export … from '…', import('…'), require('…'). */
export function specifiersOf(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!));
}

/** The core files that reach into a forbidden folder, with the specifier. */
function offendersIn(files: readonly string[]): string[] {
  return files.flatMap((file) => specifiersOf(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .filter((s) => {
      const target = path.resolve(path.dirname(file), s);
      return FORBIDDEN.some((dir) => target === dir || target.startsWith(dir + path.sep));
    })
    .map((s) => `${path.relative(electronDir, file)} → ${s}`));
}

describe('layering: the product core does not import the sandbox', () => {
  const files = sourceFiles(coreDir);

  it('finds the core files and their imports', () => {
    assert.ok(files.length > 50);
    assert.ok(files.some((f) => specifiersOf(readFileSync(f, 'utf8')).includes('../result.js')));
  });

  it('no file under electron/core imports electron/sandbox or electron/demo', () => {
    assert.deepEqual(offendersIn(files), []);
  });

  it('would catch each import form', () => {
    const probe = (source: string): string[] => specifiersOf(source);
    assert.deepEqual(probe("import { startSandbox } from '../sandbox/start.js';"), ['../sandbox/start.js']);
    assert.deepEqual(probe("import type { ScenarioName } from '../../sandbox/scenarios.js';"), ['../../sandbox/scenarios.js']);
    assert.deepEqual(probe("export { SANDBOX_IDS } from '../sandbox/tenant-seed.js';"), ['../sandbox/tenant-seed.js']);
    assert.deepEqual(probe("const m = await import('../../sandbox/start.js');"), ['../../sandbox/start.js']);
  });
});
