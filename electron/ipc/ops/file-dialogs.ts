/**
 * The host's file dialogs, as the handlers see them. The renderer never names a path: it asks
 * for an operation, and the main process asks the user (Electron: dialog.showSaveDialog /
 * showOpenDialog; tests: a temp path). `undefined` = the user closed the dialog.
 */
import { fail, type Result } from '../../core/result.js';

/** Asks the user where to save a file, suggesting `defaultName` (its extension sets the filter). */
export type ChooseSavePath = (defaultName: string) => Promise<string | undefined>;

/** Asks the user for a file to open, with one of `extensions` (without dots). */
export type ChooseOpenPath = (extensions: readonly string[]) => Promise<string | undefined>;

/** Runs a dialog: no dialog in this host is `internal`, a closed dialog is `cancelled`. */
export async function askForPath(dialog: (() => Promise<string | undefined>) | undefined): Promise<Result<string>> {
  if (!dialog) return fail('internal', 'No file dialog is available in this window.');
  const chosen = await dialog();
  if (chosen === undefined || chosen === '') return fail('cancelled', 'No file was chosen.');
  return { ok: true, value: chosen };
}
