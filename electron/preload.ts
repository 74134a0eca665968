/**
 * The preload: exposes `window.assistant` with one named function per IPC operation — never
 * `ipcRenderer` itself. It runs sandboxed, so its only import at run time is 'electron'
 * (contract.ts has no runtime imports; the build checks the bundle).
 *
 * These files change together: electron/ipc/contract.ts, electron/ipc/handlers.ts,
 * electron/preload.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL, channelOf, type AssistantApi, type OperationName, type RequestOf, type Result, type ResultOf,
} from './ipc/contract.js';

function invoke<K extends OperationName>(operation: K, request?: RequestOf<K>): Promise<Result<ResultOf<K>>> {
  return ipcRenderer.invoke(channelOf(operation), request) as Promise<Result<ResultOf<K>>>;
}

const api: AssistantApi = {
  getAppInfo: () => invoke('getAppInfo'),
  startDemoSandbox: (request) => invoke('startDemoSandbox', request),
  getDemoSandboxStatus: () => invoke('getDemoSandboxStatus'),
  stopDemoSandbox: () => invoke('stopDemoSandbox'),
  getCategoryTitles: () => invoke('getCategoryTitles'),
  decodeError: (request) => invoke('decodeError', request),
  generatePowerShellScript: (request) => invoke('generatePowerShellScript', request),
  savePowerShellScript: (request) => invoke('savePowerShellScript', request),
  previewConfigFile: (request) => invoke('previewConfigFile', request),
  exportConfigFile: (request) => invoke('exportConfigFile', request),
  importConfigFile: () => invoke('importConfigFile'),
  runDemoCheck: (request) => invoke('runDemoCheck', request),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
