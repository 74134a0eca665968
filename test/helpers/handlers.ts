/**
 * Handler tables for tests that are disposed after each test whether it passed or not. A table
 * may run the demo sandbox (servers listening) or a sign-in (a loopback listener); left open
 * after a failed assertion, those handles keep the test file's process alive until the runner's
 * 120 s timeout instead of letting the failure end the file at once.
 */
import { afterEach } from 'node:test';
import { createHandlers, type AssistantHandlers, type HandlerServices } from '../../electron/ipc/handlers.js';

/** Call inside a describe(): returns createHandlers, with every table disposed after each test. */
export function useHandlers(): (services?: HandlerServices) => AssistantHandlers {
  const open: AssistantHandlers[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.dispose()));
  });
  return (services) => {
    const handlers = createHandlers(services);
    open.push(handlers);
    return handlers;
  };
}
