/**
 * Atomic file writes: a temp file in the same folder, flushed, renamed over the target, and the
 * folder flushed too (so the rename itself survives a power cut) — a crash or a full disk never
 * leaves a half-written config or report behind. The temp file is removed when the write fails;
 * one left by a process that was killed is removed by the next write into that folder.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../result.js';

/** `.<name>.<12 hex>.tmp`: our temp files, and only ours. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A temp file older than this belongs to a write that died (a live write takes milliseconds). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Removes our temp files in `folder` that are older than `olderThanMs`; returns their names. Never throws. */
export async function removeStaleTempFiles(folder: string, olderThanMs = STALE_TEMP_MS, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const file = path.join(folder, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || now - stat.mtimeMs < olderThanMs) continue;
      await fs.rm(file, { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile or not ours to remove: leave it.
    }
  }
  return removed;
}

/** fsync of the folder, so the rename is on disk. Windows cannot open a folder for that; NTFS journals the rename. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to `file` atomically; `mode` defaults to owner read/write only. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o600): Promise<Result<string>> {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  await removeStaleTempFiles(folder);
  const temp = tempPathFor(target);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    return fail('io_error', `Could not write ${target}: ${e.code ?? ''} ${e.message}`.trim(), { field: 'path' });
  }
  // Some file systems (network shares, FUSE) cannot fsync a folder; the file itself is flushed and in place.
  await syncFolder(folder).catch(() => undefined);
  return ok(target);
}
