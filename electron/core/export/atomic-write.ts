/**
 * Atomic file writes: a temp file in the same folder, flushed, then renamed over the target —
 * so a crash or a full disk never leaves a half-written config or report behind.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../result.js';

/** Writes `data` to `file` atomically; `mode` defaults to owner read/write only. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o600): Promise<Result<string>> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
    return ok(target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    return fail('io_error', `Could not write ${target}: ${e.code ?? ''} ${e.message}`.trim(), { field: 'path' });
  }
}
