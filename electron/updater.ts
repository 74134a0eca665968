/**
 * Electron glue: signed updates with electron-updater from the generic feed the build names
 * (electron/shell/update-policy.ts decides whether to look at all). It downloads in the
 * background and installs on quit; a failure is logged, never shown as an error to the admin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import { updateDecision, type UpdateContext } from './shell/update-policy.js';

function readUpdateConfig(): UpdateContext['updateConfig'] {
  try {
    // app-update.yml is flat `key: value` lines (electron-builder writes it); publisherName is a list.
    const text = readFileSync(path.join(process.resourcesPath, 'app-update.yml'), 'utf8');
    const config: Record<string, unknown> = {};
    let list: string[] | undefined;
    for (const line of text.split(/\r?\n/)) {
      const item = /^\s+-\s+(.*)$/.exec(line);
      if (item && list) { list.push(item[1]!.replace(/^['"]|['"]$/g, '')); continue; }
      const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line);
      if (!pair) continue;
      if (pair[2] === '') { list = []; config[pair[1]!] = list; } else { list = undefined; config[pair[1]!] = pair[2]!.replace(/^['"]|['"]$/g, ''); }
    }
    return config;
  } catch {
    return undefined;
  }
}

/** Looks for an update once after start, when the policy allows it. */
export function startUpdater(services: { readonly log: (line: string) => void }): void {
  const decision = updateDecision({ isPackaged: app.isPackaged, platform: process.platform, updateConfig: readUpdateConfig() });
  if (!decision.check) {
    services.log(`updates: off (${decision.reason})`);
    return;
  }
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  autoUpdater.on('error', (err: Error) => services.log(`updates: ${err.message.split('\n')[0]}`));
  void autoUpdater.checkForUpdates().catch((err: unknown) => services.log(`updates: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`));
}
