#!/usr/bin/env node
// Runs every test file under test/ with Node's built-in test runner (TypeScript through tsx).
// Usage: node scripts/run-tests.mjs [path-substring …] [!path-substring …]   (no argument = all tests;
// "!x" leaves out files whose path contains x, e.g. `test/unit '!fresh'` skips the blind set-aside tests)
// Builds the renderer first, because the browser tests load the built page.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('!'));
const excluded = process.argv.slice(2).filter((a) => a.startsWith('!')).map((a) => a.slice(1));

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...collect(full));
    else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) out.push(full);
  }
  return out;
}

const files = collect(path.join(root, 'test'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .filter((f) => !excluded.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
if (files.some((f) => f.includes(`${path.sep}e2e${path.sep}`))) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--renderer'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=120000', ...files,
], { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_ENV: 'test' } });
process.exit(result.status ?? 1);
