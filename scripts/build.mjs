#!/usr/bin/env node
// Builds the app into dist/: the renderer with Vite (dist/renderer), and main, preload and the
// command line with esbuild (dist/main, dist/preload, dist/cli). Needs no Electron binary.
// Usage: node scripts/build.mjs [--renderer|--bin]   (--renderer = the renderer only, for the e2e
// tests; --bin = only the installable single-file command dist/bin/m365-mail-assistant.js)
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--renderer' && a !== '--bin');
if (unknown.length > 0) {
  console.error(`build: unknown option ${unknown.join(' ')}; usage: node scripts/build.mjs [--renderer|--bin]`);
  process.exit(2);
}
const rendererOnly = args.includes('--renderer');

async function buildRenderer() {
  // 'runner' loads vite.config.ts as the ES module it is (the package is CommonJS for Electron).
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn', mode: 'production' });
}

// Node-side bundles: Electron 45 ships a newer Node than 20; the CLI must run on Node ≥ 20 (package.json).
const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // electron is provided by the runtime. Everything else is bundled (all current dependencies
  // are plain JS); a native addon or a library that loads its own worker files at run time
  // would have to be listed here and shipped in node_modules.
  external: ['electron'],
  absWorkingDir: root,
  // A publisher's own client ID, baked in at build time (electron/core/auth/client-id.ts);
  // unset = Microsoft Graph Command Line Tools.
  define: { __M365_ASSISTANT_CLIENT_ID__: JSON.stringify(buildClientId()) },
};

function buildClientId() {
  const id = (process.env.M365_ASSISTANT_CLIENT_ID ?? '').trim();
  if (id !== '' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    console.error('build: M365_ASSISTANT_CLIENT_ID is not a GUID');
    process.exit(2);
  }
  return id;
}

async function buildMain() {
  rmSync(path.join(root, 'dist/main'), { recursive: true, force: true });
  await esbuild({ ...nodeBundle, entryPoints: ['electron/main.ts'], outfile: 'dist/main/main.js' });
}

async function buildPreload() {
  rmSync(path.join(root, 'dist/preload'), { recursive: true, force: true });
  const outfile = path.join(root, 'dist/preload/preload.js');
  await esbuild({ ...nodeBundle, entryPoints: ['electron/preload.ts'], outfile, target: 'chrome130' });
  // A sandboxed preload can require only 'electron' (and a few polyfilled builtins): refuse
  // a bundle that would fail at run time because something else slipped in.
  const required = [...readFileSync(outfile, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) throw new Error(`preload must import only 'electron', but requires: ${foreign.join(', ')}`);
}

async function buildCli() {
  rmSync(path.join(root, 'dist/cli'), { recursive: true, force: true });
  if (!existsSync(path.join(root, 'electron/cli.ts'))) {
    console.warn('build: electron/cli.ts does not exist yet — command line not built');
    return;
  }
  // The entry stays tiny so `--version` and `--help` start as fast as bare Node: each command is
  // its own bundle, loaded by the entry's lazy import only when that command runs.
  // The list is read from the entry's own `await import('./….js')` lines, so a new command
  // cannot slip into the entry bundle (it did once: `fix` made cli.js 5 MB and --version 2× slower).
  const entry = readFileSync(path.join(root, 'electron/cli.ts'), 'utf8');
  const commands = [...entry.matchAll(/await import\('\.\/([\w/-]+)\.js'\)/g)].map((m) => m[1]);
  if (commands.length === 0) throw new Error('electron/cli.ts: no lazily imported command found');
  await esbuild({
    ...nodeBundle, entryPoints: ['electron/cli.ts'], outfile: 'dist/cli/cli.js', banner: { js: '#!/usr/bin/env node' },
    external: [...nodeBundle.external, ...commands.map((c) => `./${c}.js`)],
  });
  requireCommands(path.join(root, 'dist/cli/cli.js'), commands);
  await Promise.all(commands.map((c) => esbuild({ ...nodeBundle, entryPoints: [`electron/${c}.ts`], outfile: `dist/cli/${c}.js` })));
}

// esbuild keeps the entry's `await import('./cli/….js')` of a command bundle as it is; Node then loads that CommonJS
// bundle through its ES module loader, which first parses all of it for its export names (cjs-module-lexer): on the
// 5.8 MB bundles of check, fix and export that took a quarter of a second of every start (`check --help` 0.81 s against
// 0.58 s with require, measured 2026-12-06). A plain require() loads the same bundle without that pass.
function requireCommands(file, commands) {
  let text = readFileSync(file, 'utf8');
  for (const command of commands) {
    const lazy = `await import("./${command}.js")`;
    if (text.split(lazy).length !== 2) throw new Error(`dist/cli/cli.js: expected one ${lazy}`);
    text = text.replace(lazy, `require("./${command}.js")`);
  }
  writeFileSync(file, text);
}

// The installable command (`bin` in package.json): one file with every command and dependency,
// no source map. `require.main` is defined away so that no bundled module's own
// "started directly" block runs (sandbox/main.ts, cli.ts); electron/cli-bin.ts starts the CLI.
async function buildBin() {
  rmSync(path.join(root, 'dist/bin'), { recursive: true, force: true });
  await esbuild({
    ...nodeBundle, sourcemap: false, entryPoints: ['electron/cli-bin.ts'], outfile: 'dist/bin/m365-mail-assistant.js',
    banner: { js: '#!/usr/bin/env node' }, define: { ...nodeBundle.define, 'require.main': 'undefined' },
  });
  chmodSync(path.join(root, 'dist/bin/m365-mail-assistant.js'), 0o755);
}

try {
  if (args.includes('--bin')) {
    await buildBin();
    console.log('build: dist/bin/m365-mail-assistant.js');
    process.exit(0);
  }
  await buildRenderer();
  if (!rendererOnly) await Promise.all([buildMain(), buildPreload(), buildCli(), buildBin()]);
  console.log(rendererOnly ? 'build: renderer → dist/renderer' : 'build: renderer, main, preload, cli → dist/');
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
