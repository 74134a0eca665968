/**
 * Electron glue: the handlers' sendEvent service. Events go on EVENT_CHANNEL to every window
 * that shows our own renderer page — never to the demo sign-in window or any other page.
 */
import { BrowserWindow } from 'electron';
import { EVENT_CHANNEL, type AssistantEvent } from './ipc/contract.js';
import { isTrustedRendererUrl, type RendererLocation } from './ipc/trusted-origin.js';

/** Sends an event to the app's renderer windows. */
export function eventSender(location: RendererLocation): (event: AssistantEvent) => void {
  return (event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (!contents.isDestroyed() && isTrustedRendererUrl(contents.getURL(), location)) contents.send(EVENT_CHANNEL, event);
    }
  };
}
