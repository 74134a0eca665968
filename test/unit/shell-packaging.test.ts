/**
 * What electron-builder packs and how: the fuses in electron-builder.yml equal electron/shell/fuses.ts,
 * and the `files` patterns let through the built app and nothing else — no source maps, no tests,
 * no node_modules, no sources. Checked against the real dist/ listing when a build exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ELECTRON_FUSES } from '../../electron/shell/fuses.js';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(file: string, pattern: string, options: { dot: boolean }): boolean };
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { files: string[]; electronFuses: unknown; asar: unknown; publish: unknown };

/** electron-builder's `files`: a file is packed when the last pattern that matches it is not a negation. */
function packed(file: string): boolean {
  return config.files.reduce((included, pattern) => {
    const negated = pattern.startsWith('!');
    return minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true }) ? !negated : included;
  }, false);
}

function listing(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(path.join(root, rel)).isDirectory() ? listing(rel) : [rel];
  });
}

describe('packaging', () => {
  it('sets exactly the fuses of electron/shell/fuses.ts', () => {
    assert.deepEqual(config.electronFuses, ELECTRON_FUSES);
    assert.equal(config.asar, true);
  });

  it('packs the built app and package.json only', () => {
    for (const file of ['dist/main/main.js', 'dist/preload/preload.js', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'package.json']) {
      assert.equal(packed(file), true, file);
    }
    for (const file of [
      'dist/main/main.js.map', 'dist/preload/preload.js.map', 'dist/renderer/assets/index-abc.js.map', 'dist/cli/cli.js',
      'test/unit/shell-packaging.test.ts', 'dist/main/test/fixture.js', 'dist/main/x.test.js', 'node_modules/react/index.js',
      'electron/main.ts', 'renderer/src/main.tsx', 'tsconfig.json', 'scripts/build.mjs', '.env',
    ]) {
      assert.equal(packed(file), false, file);
    }
  });

  it('leaves every source map of the real build out', { skip: !existsSync(path.join(root, 'dist/main')) && 'no build in dist/' }, () => {
    const files = listing('dist');
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(files.some((f) => f === 'dist/main/main.js'));
    assert.deepEqual(maps.filter(packed), []);
  });
});
