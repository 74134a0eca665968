/**
 * The command line's start-up: `node dist/cli/cli.js --version` against a bare `node -e ""`.
 * Uses hyperfine when installed (no shell, -N), else its own loop of alternating spawns.
 * Builds the bundle first when it is missing or --build is given (`node scripts/build.mjs`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarise, type Summary } from './stats.js';

/** The CLI start-up comparison. */
export interface CliStartup {
  readonly cli: Summary;
  readonly bareNode: Summary;
  /** `hyperfine 1.15.0` or `own loop`. */
  readonly tool: string;
  /** What `--version` printed (must be package.json's version). */
  readonly printed: string;
  /** Size of the bundle Node parses at start, in bytes, and when it was built. */
  readonly bundleBytes: number;
  readonly builtAt: string;
}

/** Builds dist/ when the CLI bundle is missing (or always, `rebuild`); answers its path or why there is none. */
export function ensureCliBundle(repoRoot: string, rebuild: boolean): string | { readonly unavailable: string } {
  const bundle = path.join(repoRoot, 'dist/cli/cli.js');
  if (existsSync(bundle) && !rebuild) return bundle;
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status === 0 && existsSync(bundle)) return bundle;
  return { unavailable: `dist/cli/cli.js is missing and \`node scripts/build.mjs\` did not make it: ${(build.stderr || build.stdout || '').trim().split('\n').at(-1) ?? ''}` };
}

function hyperfineVersion(): string | null {
  const r = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function withHyperfine(tool: string, commands: readonly [string, string], warmups: number, runs: number): [number[], number[]] {
  const dir = mkdtempSync(path.join(tmpdir(), 'm365-bench-hf-'));
  try {
    const out = path.join(dir, 'result.json');
    const r = spawnSync('hyperfine', ['-N', '--style', 'none', '--warmup', String(warmups), '--runs', String(runs), '--export-json', out, ...commands], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr.trim()}`);
    const results = (JSON.parse(readFileSync(out, 'utf8')) as { results: { times: number[] }[] }).results;
    return [results[0]!.times.map((s) => s * 1000), results[1]!.times.map((s) => s * 1000)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** hyperfine -N splits commands like a shell; quote paths that would split. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

function timeSpawn(argv: readonly string[]): number {
  const started = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`\`${argv.join(' ')}\` exited with ${String(r.status)}`);
  return performance.now() - started;
}

function withOwnLoop(cli: readonly string[], bare: readonly string[], warmups: number, runs: number): [number[], number[]] {
  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const a = timeSpawn(cli);
    const b = timeSpawn(bare);
    if (i >= warmups) { cliTimes.push(a); bareTimes.push(b); }
  }
  return [cliTimes, bareTimes];
}

/** Measures the CLI's `--version` against bare Node. */
export function measureCliStartup(bundle: string, warmups: number, runs: number): CliStartup {
  const node = process.execPath;
  const cli = [node, bundle, '--version'];
  const bare = [node, '-e', ''];
  const printed = spawnSync(node, [bundle, '--version'], { encoding: 'utf8' }).stdout.trim();
  const hf = hyperfineVersion();
  const [cliTimes, bareTimes] = hf
    ? withHyperfine(hf, [`${shellWord(node)} ${shellWord(bundle)} --version`, `${shellWord(node)} -e ""`], warmups, runs)
    : withOwnLoop(cli, bare, warmups, runs);
  return {
    cli: summarise({ label: 'cli --version', timesMs: cliTimes }),
    bareNode: summarise({ label: 'node -e ""', timesMs: bareTimes }),
    tool: hf ?? 'own loop (hyperfine not installed)',
    printed,
    bundleBytes: statSync(bundle).size,
    builtAt: statSync(bundle).mtime.toISOString(),
  };
}
