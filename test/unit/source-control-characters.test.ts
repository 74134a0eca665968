/**
 * No source file carries a control character (other than tab, newline, carriage return). An edit that
 * wrote a regex's `\b` through a non-raw string once left a real backspace (U+0008) in a decoder pattern:
 * the pattern compiled, read the same on screen, and never matched again.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['electron', 'renderer/src', 'scripts', 'test/unit', 'test/e2e', 'test/integration', 'test/helpers'];
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(?:tsx?|mjs|cjs|js)$/.test(name) ? [full] : [];
  });
}

/** "file:line" of every line with a control character. */
export function controlCharacterLines(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, i) => (CONTROL.test(line) ? [`${file}:${i + 1}`] : []));
}

describe('source files hold no control characters', () => {
  it('none under electron/, renderer/src/, scripts/ and the tests', () => {
    const files = FOLDERS.flatMap((f) => sourceFiles(path.join(root, f)));
    assert.ok(files.length > 100);
    const found = files.flatMap((f) => controlCharacterLines(path.relative(root, f), readFileSync(f, 'utf8')));
    assert.deepEqual(found, []);
  });

  it('would catch a backspace where `\\b` was meant', () => {
    assert.deepEqual(controlCharacterLines('x.ts', "const a = 1;\nconst r = /\u0008(?:permission)/i;\n"), ['x.ts:2']);
    assert.deepEqual(controlCharacterLines('x.ts', 'const r = /\\b(?:permission)/i;\tok\r\n'), []);
  });
});
