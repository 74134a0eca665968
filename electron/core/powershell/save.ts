/**
 * Writes a generated script as a .ps1 file that both Windows PowerShell 5.1 and PowerShell 7
 * read correctly: UTF-8 WITH a byte-order mark (5.1 reads BOM-less files as the ANSI code page,
 * which garbles non-ASCII names and can turn ‘ into a plain quote), CRLF line ends. Atomic: a
 * temporary file in the same folder is renamed over the target, so a crash never leaves half
 * a script that someone might run.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../result.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The exact bytes of a saved script: BOM + text with CRLF line ends. */
export function ps1Bytes(text: string): Buffer {
  return Buffer.concat([BOM, Buffer.from(text.replace(/\r\n|\r|\n/g, '\r\n'), 'utf8')]);
}

/** Saves `text` to `filePath` (must end in .ps1) atomically; returns the absolute path. */
export async function savePowerShellScript(filePath: string, text: string): Promise<Result<{ path: string; bytes: number }>> {
  if (typeof filePath !== 'string' || !/\.ps1$/i.test(filePath) || filePath.includes('\0')) {
    return fail('invalid_input', 'The file name must end in .ps1.', { field: 'filePath' });
  }
  const target = path.resolve(filePath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = ps1Bytes(text);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return ok({ path: target, bytes: bytes.length });
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    return fail('io_error', `The script could not be saved (${code}).`, { field: 'filePath', detail: code });
  }
}
