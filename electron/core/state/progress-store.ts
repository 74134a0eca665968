/**
 * Keeps the wizard's progress (progress-state.ts) in one JSON file in a folder the caller names —
 * the app's user-data folder, given by the main process; this module imports nothing from
 * Electron. Writes are atomic (temp file + rename). What is read is checked like any outside
 * input: a file that is missing, too large, not JSON, or not ours is ignored with a plain notice,
 * and never ends the app.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../export/atomic-write.js';
import { fail, ok, type Result } from '../result.js';
import { PROGRESS_VERSION, validateProgressInput, validateProgressState, type ProgressState } from './progress-state.js';

/** The file's name inside the folder. */
export const PROGRESS_FILE_NAME = 'wizard-progress.json';

/** A progress file is small; anything larger is not ours. */
const MAX_FILE_BYTES = 64 * 1024;

/** Why a file was not used: `unreadable` (I/O, too large, not JSON text), `not-ours` (other content or version). */
export type ProgressNotice = 'unreadable' | 'not-ours';

/** What loading found: the state, or nothing (no file yet, or a file that was ignored, with why). */
export interface LoadedProgress {
  readonly state: ProgressState | null;
  readonly notice?: ProgressNotice;
}

/** The file's path in `folder`. */
export function progressFile(folder: string): string {
  return path.join(folder, PROGRESS_FILE_NAME);
}

/** Validates and writes the progress; returns the state as saved. */
export async function saveProgress(folder: string, raw: unknown, now: () => Date = () => new Date()): Promise<Result<ProgressState>> {
  const input = validateProgressInput(raw);
  if (!input.ok) return input;
  const state: ProgressState = { version: PROGRESS_VERSION, savedAt: now().toISOString(), ...input.value };
  try {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (err) {
    return fail('io_error', `Could not create ${folder}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const written = await writeFileAtomic(progressFile(folder), `${JSON.stringify(state, null, 2)}\n`);
  return written.ok ? ok(state) : written;
}

/** Reads the progress; a missing file is `{ state: null }`, a bad one `{ state: null, notice }`. */
export async function loadProgress(folder: string): Promise<LoadedProgress> {
  let text: string;
  try {
    const file = progressFile(folder);
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return { state: null, notice: 'unreadable' };
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { state: null } : { state: null, notice: 'unreadable' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    return { state: null, notice: 'unreadable' };
  }
  const state = validateProgressState(parsed);
  return state.ok ? { state: state.value } : { state: null, notice: 'not-ours' };
}

/** Removes the file ("start over"); a missing file is fine. */
export async function clearProgress(folder: string): Promise<Result<{ readonly cleared: boolean }>> {
  try {
    await fs.rm(progressFile(folder));
    return ok({ cleared: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? ok({ cleared: false }) : fail('io_error', `Could not remove the progress file: ${code ?? 'error'}`);
  }
}
