/**
 * Atomic writes: the target is replaced whole or not at all, the temp file never outlives a
 * failed write, one left by a killed process is removed by the next write into its folder, and
 * the folder is flushed after the rename.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, mock } from 'node:test';
import { removeStaleTempFiles, writeFileAtomic } from '../../electron/core/export/atomic-write.js';

const folder = (): string => mkdtempSync(path.join(tmpdir(), 'atomic-'));

describe('atomic write', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'config.json'), 'old');
    assert.deepEqual(await writeFileAtomic(path.join(dir, 'config.json'), 'new'), { ok: true, value: path.join(dir, 'config.json') });
    assert.equal(readFileSync(path.join(dir, 'config.json'), 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['config.json']);
  });

  it('removes its temp file when the rename fails, and says so', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'report.html'));
    writeFileSync(path.join(dir, 'report.html', 'keep'), 'x');
    const r = await writeFileAtomic(path.join(dir, 'report.html'), '<html>');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'io_error');
    assert.deepEqual(readdirSync(dir), ['report.html']);
  });

  it('removes temp files a killed write left behind (older than ten minutes), at the next write into that folder', async () => {
    const dir = folder();
    const stale = '.config.json.0123456789ab.tmp';
    const fresh = '.report.html.ba9876543210.tmp';
    writeFileSync(path.join(dir, stale), '{"half');
    writeFileSync(path.join(dir, fresh), '<html');
    writeFileSync(path.join(dir, '.notes.tmp'), 'not ours');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(path.join(dir, stale), anHourAgo, anHourAgo);
    utimesSync(path.join(dir, '.notes.tmp'), anHourAgo, anHourAgo);
    assert.equal((await writeFileAtomic(path.join(dir, 'other.json'), '{}')).ok, true);
    assert.deepEqual(readdirSync(dir).sort(), ['.notes.tmp', fresh, 'other.json']);
    assert.deepEqual(await removeStaleTempFiles(dir, 0), [fresh]);
    assert.deepEqual(await removeStaleTempFiles(path.join(dir, 'missing')), []);
  });

  it('flushes the folder after the rename', { skip: process.platform === 'win32' && 'Windows cannot fsync a folder' }, async () => {
    const dir = folder();
    const target = path.join(dir, 'config.json');
    const steps: string[] = [];
    const realRename = fsp.rename.bind(fsp);
    const realOpen = fsp.open.bind(fsp);
    const rename = mock.method(fsp, 'rename', async (from: string, to: string) => { steps.push(`rename ${path.basename(to)}`); return realRename(from, to); });
    const open = mock.method(fsp, 'open', async (file: string, flags: string, mode?: number) => {
      const handle = await realOpen(file, flags, mode);
      if (file === dir) {
        const sync = handle.sync.bind(handle);
        handle.sync = async () => { steps.push(`fsync ${flags} folder`); return sync(); };
      }
      return handle;
    });
    try {
      assert.equal((await writeFileAtomic(target, '{}')).ok, true);
    } finally {
      rename.mock.restore();
      open.mock.restore();
    }
    assert.deepEqual(steps, ['rename config.json', 'fsync r folder']);
  });
});
