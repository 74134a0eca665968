/** Steps the browser tests repeat: choosing the product, and a temp folder for the file dialogs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { HandlerServices } from '../../electron/ipc/handlers.js';

/** Chooses the product on the product step and returns to nothing else. */
export async function chooseProduct(page: Page, profile: 'inventory360' | 'etron' | 'generic'): Promise<void> {
  await page.getByTestId('step-profile').click();
  await page.getByTestId(`profile-${profile}`).click();
}

/** File dialogs that answer with a file in a fresh temp folder, recording what they were asked. */
export interface TempDialogs {
  readonly dir: string;
  /** Names suggested to the save dialog, in order. */
  readonly saveRequests: string[];
  /** The file the open dialog answers with next (undefined = the user closes it). */
  openAnswer: string | undefined;
  readonly services: Pick<HandlerServices, 'chooseSavePath' | 'chooseOpenPath'>;
}

/** Creates the temp dialogs. */
export function tempDialogs(prefix: string): TempDialogs {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const dialogs: TempDialogs = {
    dir,
    saveRequests: [],
    openAnswer: undefined,
    services: {
      chooseSavePath: async (name) => {
        dialogs.saveRequests.push(name);
        return path.join(dir, name);
      },
      chooseOpenPath: async () => dialogs.openAnswer,
    },
  };
  return dialogs;
}

/** Runs the demo check of a product with a scenario, on a page in German, and waits for its verdict. */
export async function runGermanDemoCheck(page: Page, profile: 'inventory360' | 'etron' | 'generic', scenario: string): Promise<string> {
  await chooseProduct(page, profile);
  await page.getByTestId('step-checks').click();
  await page.getByLabel('Szenario').selectOption(scenario);
  await page.getByTestId('check-run').click();
  const overall = page.getByTestId('check-overall');
  await overall.waitFor({ state: 'visible', timeout: 30_000 });
  return (await overall.textContent()) ?? '';
}
