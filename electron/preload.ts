/**
 * The preload: exposes `window.assistant` with one named function per IPC operation and
 * `onEvent` for the events main → renderer — never `ipcRenderer` itself, nor the IPC event
 * object (its `sender` would hand the page the IPC port). It runs sandboxed, so its only import at run time is 'electron'
 * (contract.ts has no runtime imports; the build checks the bundle).
 *
 * These files change together: electron/ipc/contract.ts, electron/ipc/handlers.ts,
 * electron/preload.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL, channelOf, EVENT_CHANNEL, type AssistantApi, type AssistantEvent, type AssistantEventListener, type OperationName,
  type RequestOf, type Result, type ResultOf,
} from './ipc/contract.js';

function invoke<K extends OperationName>(operation: K, request?: RequestOf<K>): Promise<Result<ResultOf<K>>> {
  return ipcRenderer.invoke(channelOf(operation), request) as Promise<Result<ResultOf<K>>>;
}

function subscribe(listener: AssistantEventListener): () => void {
  // The page gets the event's data only, never the IpcRendererEvent.
  const forward = (_event: unknown, data: AssistantEvent): void => listener(data);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => { ipcRenderer.removeListener(EVENT_CHANNEL, forward); };
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
  getSignInDefaults: () => invoke('getSignInDefaults'),
  signIn: (request) => invoke('signIn', request),
  cancelSignIn: () => invoke('cancelSignIn'),
  signOut: () => invoke('signOut'),
  getAccount: () => invoke('getAccount'),
  runTenantCheck: (request) => invoke('runTenantCheck', request),
  cancelCheck: () => invoke('cancelCheck'),
  openLink: (request) => invoke('openLink', request),
  enableDemoScenario: (request) => invoke('enableDemoScenario', request),
  applyFix: (request) => invoke('applyFix', request),
  startRetest: (request) => invoke('startRetest', request),
  cancelRetest: () => invoke('cancelRetest'),
  saveSupportReport: (request) => invoke('saveSupportReport', request),
  loadProgress: () => invoke('loadProgress'),
  saveProgress: (request) => invoke('saveProgress', request),
  clearProgress: () => invoke('clearProgress'),
  uploadDemoCertificate: () => invoke('uploadDemoCertificate'),
  onEvent: (listener) => subscribe(listener),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
