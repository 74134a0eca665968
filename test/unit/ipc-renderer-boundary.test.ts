/**
 * The renderer's side of the IPC boundary (the lint rule GitHub Desktop and VS Code enforce):
 * renderer code imports React, zustand, Fluent UI (@fluentui/react-components) and its own files at run time, and from the main-process
 * side only *types*, only through electron/ipc/contract.ts. It never reaches Node or Electron.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const rendererDir = path.resolve(import.meta.dirname, '../../renderer/src');
const contractFile = path.resolve(import.meta.dirname, '../../electron/ipc/contract.ts');
const assetsDir = path.resolve(import.meta.dirname, '../../assets');
const RUNTIME_PACKAGES = new Set(['react', 'react-dom/client', 'zustand', 'zustand/react/shallow', '@fluentui/react-components']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

interface ImportStatement { readonly file: string; readonly specifier: string; readonly typeOnly: boolean }

function importsOf(file: string): ImportStatement[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)]
    .map((m) => ({ file: path.relative(rendererDir, file), specifier: m[2]!, typeOnly: m[1] !== undefined }));
}

/** A static picture from assets/ (Vite emits it as a file): data, not code. */
function isAsset(i: ImportStatement): boolean {
  return /\.(svg|png)$/.test(i.specifier)
    && path.resolve(rendererDir, path.dirname(i.file), i.specifier).startsWith(assetsDir + path.sep);
}

describe('renderer import boundary', () => {
  const imports = sourceFiles(rendererDir).flatMap(importsOf).filter((i) => !isAsset(i));

  it('finds the renderer imports it checks', () => {
    assert.ok(imports.some((i) => i.specifier === 'zustand'));
    assert.ok(imports.some((i) => i.specifier.endsWith('electron/ipc/contract.js') && i.typeOnly));
  });

  it('imports only React, zustand, Fluent UI and renderer files at run time', () => {
    const offending = imports.filter((i) => !i.typeOnly && !RUNTIME_PACKAGES.has(i.specifier)
      && !(i.specifier.startsWith('.') && path.resolve(rendererDir, path.dirname(i.file), i.specifier).startsWith(rendererDir + path.sep)));
    assert.deepEqual(offending, []);
  });

  it('imports main-process types only through the contract', () => {
    const outside = imports.filter((i) => i.specifier.startsWith('.')
      && !path.resolve(rendererDir, path.dirname(i.file), i.specifier).startsWith(rendererDir + path.sep));
    const notContract = outside.filter((i) => path.resolve(rendererDir, path.dirname(i.file), i.specifier).replace(/\.js$/, '.ts') !== contractFile);
    assert.deepEqual(notContract, []);
  });

  it('the contract itself has no run-time imports', () => {
    assert.deepEqual(importsOf(contractFile).filter((i) => !i.typeOnly), []);
    assert.doesNotMatch(readFileSync(contractFile, 'utf8'), /^export \{[^}]*\} from/m);
  });
});
