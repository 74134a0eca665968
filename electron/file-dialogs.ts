/**
 * Electron glue: the native save and open dialogs behind the handlers' chooseSavePath and
 * chooseOpenPath. The file type filter follows the suggested name's extension, so a .ps1 is
 * saved as .ps1 and a config as .json.
 */
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { ChooseOpenPath, ChooseSavePath } from './ipc/ops/file-dialogs.js';

const FILTER_NAMES: Record<string, string> = { ps1: 'PowerShell script', json: 'JSON' };

function filtersFor(extensions: readonly string[]): FileFilter[] {
  return extensions.map((ext) => ({ name: FILTER_NAMES[ext] ?? ext, extensions: [ext] }));
}

/** The dialogs, attached to the window in front (modal on macOS, owned on Windows). */
export function fileDialogs(window: () => BrowserWindow | undefined): { chooseSavePath: ChooseSavePath; chooseOpenPath: ChooseOpenPath } {
  return {
    async chooseSavePath(defaultName) {
      const ext = path.extname(defaultName).slice(1).toLowerCase();
      const options = { defaultPath: defaultName, filters: ext === '' ? [] : filtersFor([ext]) };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseOpenPath(extensions) {
      const options = { properties: ['openFile' as const], filters: filtersFor(extensions) };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
