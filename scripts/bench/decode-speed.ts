/**
 * The error decoder on a 1 MB paste (issue 10: "a 1 MB paste decodes in well under a second"), three shapes:
 *   - log:    a service log of routine lines with an error text every 500 lines (what a server admin pastes);
 *   - repeat: one error text over and over (a retry loop's log);
 *   - dense:  the development corpus's error texts one after another (worst case: nearly every rule's words are in it).
 * Each shape is decoded in this process (warm: the app decodes in its long-lived main process) and by the CLI in a
 * fresh process per run (`node dist/cli/cli.js decode --json -`, stdin; start-up included: what support staff and
 * the mail server's scripts wait for). The error texts come from the development corpora (never the set-aside ones).
 */
import { spawnSync } from 'node:child_process';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { DEV_DIRS, readCorpus } from '../../test/helpers/decoder-corpus.js';
import { summarise, type Summary } from './stats.js';

/** Size of each paste. */
export const PASTE_CHARS = 1_000_000;
export const SHAPES = ['log', 'repeat', 'dense'] as const;
export type Shape = (typeof SHAPES)[number];

/** One shape's timings. */
export interface ShapeSpeed {
  readonly shape: Shape;
  readonly warm: Summary;
  readonly cli: Summary;
  /** First cause the CLI printed (a sanity check that it decoded something). */
  readonly firstCause: string;
}

/** The three 1 MB pastes, built deterministically from the development corpora's texts. */
export function pastes(): Record<Shape, string> {
  const texts = DEV_DIRS.flatMap((dir) => readCorpus(dir)).map((item) => item.text);
  const fill = (next: (i: number) => string): string => {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < PASTE_CHARS; i++) {
      const part = next(i);
      parts.push(part);
      length += part.length + 1;
    }
    return parts.join('\n').slice(0, PASTE_CHARS);
  };
  return {
    log: fill((i) => {
      const line = `2026-12-04 10:${String(i % 60).padStart(2, '0')}:11 INFO worker[${i % 97}] processed job ${i * 7} in 12 ms, queue=3`;
      return i % 500 === 0 ? `${line}\n${texts[(i / 500) % texts.length]!}` : line;
    }),
    repeat: fill(() => texts.find((t) => /5\.7\.139/.test(t)) ?? texts[0]!),
    dense: fill((i) => texts[i % texts.length]!),
  };
}

function timeCli(bundle: string, paste: string): { ms: number; firstCause: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bundle, 'decode', '--json', '-'], { input: paste, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`decode exited with ${String(r.status)}: ${(r.stderr || '').trim().split('\n').at(-1) ?? ''}`);
  const causes = (JSON.parse(r.stdout) as { causes: { category: string }[] }).causes;
  return { ms, firstCause: causes[0]?.category ?? '(none)' };
}

/** Decodes each shape `runs` times in this process (after `warmups`) and `runs` times with the CLI. */
export function measureDecodeSpeed(bundle: string, warmups: number, runs: number): ShapeSpeed[] {
  const all = pastes();
  return SHAPES.map((shape) => {
    const paste = all[shape];
    const warm: number[] = [];
    for (let i = 0; i < warmups + runs; i++) {
      const started = performance.now();
      decode(paste);
      if (i >= warmups) warm.push(performance.now() - started);
    }
    const cli: number[] = [];
    let firstCause = '';
    for (let i = 0; i < runs; i++) {
      const t = timeCli(bundle, paste);
      cli.push(t.ms);
      firstCause = t.firstCause;
    }
    return {
      shape, firstCause,
      warm: summarise({ label: `${shape}, in process`, timesMs: warm }),
      cli: summarise({ label: `${shape}, CLI`, timesMs: cli }),
    };
  });
}
