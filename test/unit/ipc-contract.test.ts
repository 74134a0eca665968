/**
 * The contract, the handler table and the preload name the same operations — so the renderer's
 * `window.assistant` can never offer a function the main process does not handle, or miss one.
 * The one event channel is only listened on, and the page never gets ipcRenderer or its events.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { channelOf, CHANNEL_PREFIX, EVENT_API_NAME, EVENT_CHANNEL, OPERATION_NAMES } from '../../electron/ipc/contract.js';
import { createHandlers } from '../../electron/ipc/handlers.js';

const preloadSource = readFileSync(path.resolve(import.meta.dirname, '../../electron/preload.ts'), 'utf8');

/** The keys of the object literal `const api: AssistantApi = { … };` in preload.ts. */
function preloadExposedNames(): string[] {
  const block = /const api: AssistantApi = \{\n([\s\S]*?)\n\};/.exec(preloadSource);
  assert.ok(block, 'preload.ts declares `const api: AssistantApi = { … };`');
  return [...block[1]!.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!);
}

describe('IPC contract', () => {
  it('the preload exposes exactly the contract operations, in order, and then onEvent', () => {
    assert.deepEqual(preloadExposedNames(), [...OPERATION_NAMES, EVENT_API_NAME]);
  });

  it('the preload exposes only the api object, never ipcRenderer; it only listens, on the event channel', () => {
    const exposures = [...preloadSource.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(exposures, ['API_GLOBAL, api']);
    assert.equal(/ipcRenderer\.(send|sendSync|sendTo|postMessage|once)\b/.test(preloadSource), false);
    assert.deepEqual([...preloadSource.matchAll(/ipcRenderer\.(on|removeListener)\(([^,]*),/g)].map((m) => `${m[1]} ${m[2]}`),
      ['on EVENT_CHANNEL', 'removeListener EVENT_CHANNEL']);
    // The listener gets the event's data, not the IpcRendererEvent (whose sender is the IPC port).
    assert.match(preloadSource, /\(_event: unknown, data: AssistantEvent\): void => listener\(data\)/);
    assert.equal(EVENT_CHANNEL, 'assistant:event');
    assert.equal((OPERATION_NAMES as readonly string[]).includes('event'), false, 'no operation shares the event channel');
  });

  it('the handler table has one handler per operation', async () => {
    const handlers = createHandlers();
    assert.deepEqual(Object.keys(handlers.table), [...OPERATION_NAMES]);
    await handlers.dispose();
  });

  it('every channel carries the assistant: prefix and channels are unique', () => {
    const channels = OPERATION_NAMES.map((name) => channelOf(name));
    assert.deepEqual(channels, [
      'assistant:getAppInfo', 'assistant:startDemoSandbox', 'assistant:getDemoSandboxStatus', 'assistant:stopDemoSandbox',
      'assistant:getCategoryTitles', 'assistant:decodeError', 'assistant:generatePowerShellScript', 'assistant:savePowerShellScript',
      'assistant:previewConfigFile', 'assistant:exportConfigFile', 'assistant:importConfigFile', 'assistant:runDemoCheck',
      'assistant:getSignInDefaults', 'assistant:signIn', 'assistant:cancelSignIn', 'assistant:signOut', 'assistant:getAccount',
      'assistant:runTenantCheck', 'assistant:cancelCheck', 'assistant:openLink', 'assistant:enableDemoScenario',
      'assistant:applyFix', 'assistant:startRetest', 'assistant:cancelRetest', 'assistant:saveSupportReport',
      'assistant:loadProgress', 'assistant:saveProgress', 'assistant:clearProgress', 'assistant:uploadDemoCertificate',
    ]);
    assert.equal(new Set(channels).size, channels.length);
    assert.ok(channels.every((c) => c.startsWith(CHANNEL_PREFIX)));
  });
});
