/**
 * The kept progress as operations: load at start, save after each step, clear to start over.
 * The folder is the host's (Electron: app.getPath('userData')), never the renderer's to name;
 * without one (a host that keeps nothing) loading finds nothing and saving says so.
 */
import { fail, ok, type Result } from '../../core/result.js';
import type { ProgressInput, ProgressState } from '../../core/state/progress-state.js';
import { clearProgress, loadProgress, saveProgress, type LoadedProgress } from '../../core/state/progress-store.js';

/** The operations over one folder (or none). */
export function progressOps(folder: string | undefined) {
  return {
    async load(): Promise<Result<LoadedProgress>> {
      return ok(folder ? await loadProgress(folder) : { state: null });
    },
    async save(input: ProgressInput): Promise<Result<ProgressState>> {
      if (!folder) return fail('internal', 'This window keeps no progress.');
      return saveProgress(folder, input);
    },
    async clear(): Promise<Result<{ readonly cleared: boolean }>> {
      return folder ? clearProgress(folder) : ok({ cleared: false });
    },
  };
}
