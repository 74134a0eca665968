/**
 * Electron glue: the handlers' openExternal service. The demo tenant's pages open in the demo
 * sign-in window (it trusts the sandbox's CA); everything else that isOpenableUrl accepts (https,
 * the sign-in's loopback page) goes to the system browser, as MSAL's Electron sample does.
 */
import { shell } from 'electron';
import type { DemoSignInWindows } from './demo-sign-in-window.js';
import { isOpenableUrl, type OpenExternal } from './ipc/ops/open-external.js';

/** The openExternal service for createHandlers. */
export function externalOpener(demoWindows: DemoSignInWindows): OpenExternal {
  return async (url, trust) => {
    if (!isOpenableUrl(url, trust)) throw new Error('refused to open a link that is neither https nor the sign-in page');
    if (trust && new URL(url).origin === new URL(trust.origin).origin) {
      await demoWindows.open(url, trust);
      return;
    }
    await shell.openExternal(url);
  };
}
