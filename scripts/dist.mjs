#!/usr/bin/env node
// `npm run dist [-- win|mac|linux]`: packages dist/ with electron-builder for this machine's
// platform (or the one named), signed, notarized and with an update feed as far as the
// environment allows (scripts/release-plan.mjs; README "Release").
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { releasePlan } from './release-plan.mjs';

const byPlatform = { win32: 'win', darwin: 'mac', linux: 'linux' };
const target = process.argv[2] ?? byPlatform[process.platform];
if (!['win', 'mac', 'linux'].includes(target)) {
  console.error('usage: node scripts/dist.mjs [win|mac|linux]');
  process.exit(2);
}
const plan = releasePlan(process.env, target);
for (const note of plan.notes) console.log(`dist: ${note}`);
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(process.execPath, [cli, ...plan.args], { stdio: 'inherit', env: { ...process.env, ...plan.env } });
process.exit(result.status ?? 1);
