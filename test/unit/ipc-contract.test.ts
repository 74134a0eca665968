/**
 * The contract, the handler table and the preload name the same operations — so the renderer's
 * `window.assistant` can never offer a function the main process does not handle, or miss one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { channelOf, CHANNEL_PREFIX, OPERATION_NAMES } from '../../electron/ipc/contract.js';
import { createHandlers } from '../../electron/ipc/handlers.js';

const preloadSource = readFileSync(path.resolve(import.meta.dirname, '../../electron/preload.ts'), 'utf8');

/** The keys of the object literal `const api: AssistantApi = { … };` in preload.ts. */
function preloadExposedNames(): string[] {
  const block = /const api: AssistantApi = \{\n([\s\S]*?)\n\};/.exec(preloadSource);
  assert.ok(block, 'preload.ts declares `const api: AssistantApi = { … };`');
  return [...block[1]!.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!);
}

describe('IPC contract', () => {
  it('the preload exposes exactly the contract operations, in order', () => {
    assert.deepEqual(preloadExposedNames(), [...OPERATION_NAMES]);
  });

  it('the preload exposes only the api object, never ipcRenderer', () => {
    const exposures = [...preloadSource.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(exposures, ['API_GLOBAL, api']);
    assert.equal(/ipcRenderer\.(send|on|sendSync)\b/.test(preloadSource), false);
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
    ]);
    assert.equal(new Set(channels).size, channels.length);
    assert.ok(channels.every((c) => c.startsWith(CHANNEL_PREFIX)));
  });
});
