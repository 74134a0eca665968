#!/usr/bin/env node
// Runs Doyensec Electronegativity (npm @doyensec/electronegativity) over the app's sources and
// prints its findings as one JSON line: [{id, severity, confidence, file, line, manualReview}].
// Usage: node scripts/electronegativity/run.cjs <input dir> <electron version>
//
// Electronegativity parses TypeScript with @typescript-eslint/typescript-estree, which npm
// hoists to the top level where `typescript` is our TypeScript 7 (no JS compiler API). It ships
// its own TypeScript 4.2 in its node_modules; this hook points typescript-estree's
// `require('typescript')` there, and nothing else changes. Works offline (no network use).
'use strict';
const Module = require('node:module');
const path = require('node:path');

const tool = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const ownTypescript = require.resolve('typescript', { paths: [tool] });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && parent.filename && parent.filename.includes(`${path.sep}@typescript-eslint${path.sep}`)) return ownTypescript;
  return resolve.call(this, request, parent, ...rest);
};

async function main() {
  const [input, electronVersion] = process.argv.slice(2);
  if (!input || !electronVersion) {
    process.stderr.write('usage: run.cjs <input dir> <electron version>\n');
    process.exit(2);
  }
  const run = require('@doyensec/electronegativity').default ?? require('@doyensec/electronegativity');
  // The runner logs through console.log; keep stdout for our one JSON line.
  const log = console.log;
  console.log = (...args) => process.stderr.write(`${args.join(' ')}\n`);
  const result = await run({ input: path.resolve(input), electronVersionOverride: electronVersion, isRelative: true, severitySet: 'informational', confidenceSet: 'tentative' }, false);
  console.log = log;
  const findings = (result.issues ?? []).map((i) => ({
    id: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location?.line, manualReview: Boolean(i.manualReview),
  }));
  const errors = (result.errors ?? []).filter((e) => !e.tolerable).map((e) => ({ file: e.file, message: e.message }));
  process.stdout.write(`${JSON.stringify({ findings, errors })}\n`);
}

main().catch((err) => {
  process.stderr.write(`electronegativity: ${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(3);
});
