/**
 * Electron glue: registers every operation of the handler table with `ipcMain.handle`, after
 * checking that the sender is our own renderer page in the main frame (as VS Code and GitHub
 * Desktop do). Everything else about an operation lives in electron/ipc/handlers.ts.
 */
import { ipcMain } from 'electron';
import { fail } from './core/result.js';
import { channelOf, OPERATION_NAMES } from './ipc/contract.js';
import type { AssistantHandlers } from './ipc/handlers.js';
import { isTrustedSenderFrame, type RendererLocation } from './ipc/trusted-origin.js';

/** Registers the handlers; returns a function that removes them again. */
export function registerIpc(handlers: AssistantHandlers, location: RendererLocation, log: (line: string) => void): () => void {
  for (const operation of OPERATION_NAMES) {
    ipcMain.handle(channelOf(operation), (event, request: unknown) => {
      if (!isTrustedSenderFrame(event.senderFrame, location)) {
        log(`ipc: refused ${operation} from an untrusted frame`);
        return fail('insufficient_privileges', 'This page may not use the assistant.');
      }
      return handlers.handle(operation, request);
    });
  }
  return () => {
    for (const operation of OPERATION_NAMES) ipcMain.removeHandler(channelOf(operation));
  };
}
