/**
 * The renderer's typed access to the main process: a wrapper over `window.assistant` (exposed by
 * electron/preload.ts, or by the browser test bridge). A missing bridge or a broken transport
 * becomes an `internal` error as data, like every other failure.
 */
import type { AssistantApi, AssistantEventListener, Result } from '../../electron/ipc/contract.js';

declare global {
  interface Window {
    readonly assistant?: AssistantApi;
  }
}

async function call<T>(run: (bridge: AssistantApi) => Promise<Result<T>>): Promise<Result<T>> {
  const bridge = window.assistant;
  if (!bridge) return { ok: false, error: { code: 'internal', message: 'The assistant API is not available in this window.' } };
  try {
    return await run(bridge);
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : 'IPC failed.' } };
  }
}

/** The main-process operations, one function each. */
export const api: AssistantApi = {
  getAppInfo: () => call((bridge) => bridge.getAppInfo()),
  startDemoSandbox: (request) => call((bridge) => bridge.startDemoSandbox(request)),
  getDemoSandboxStatus: () => call((bridge) => bridge.getDemoSandboxStatus()),
  stopDemoSandbox: () => call((bridge) => bridge.stopDemoSandbox()),
  getCategoryTitles: () => call((bridge) => bridge.getCategoryTitles()),
  decodeError: (request) => call((bridge) => bridge.decodeError(request)),
  generatePowerShellScript: (request) => call((bridge) => bridge.generatePowerShellScript(request)),
  savePowerShellScript: (request) => call((bridge) => bridge.savePowerShellScript(request)),
  previewConfigFile: (request) => call((bridge) => bridge.previewConfigFile(request)),
  exportConfigFile: (request) => call((bridge) => bridge.exportConfigFile(request)),
  importConfigFile: () => call((bridge) => bridge.importConfigFile()),
  runDemoCheck: (request) => call((bridge) => bridge.runDemoCheck(request)),
  getSignInDefaults: () => call((bridge) => bridge.getSignInDefaults()),
  signIn: (request) => call((bridge) => bridge.signIn(request)),
  cancelSignIn: () => call((bridge) => bridge.cancelSignIn()),
  signOut: () => call((bridge) => bridge.signOut()),
  getAccount: () => call((bridge) => bridge.getAccount()),
  runTenantCheck: (request) => call((bridge) => bridge.runTenantCheck(request)),
  cancelCheck: () => call((bridge) => bridge.cancelCheck()),
  openLink: (request) => call((bridge) => bridge.openLink(request)),
  enableDemoScenario: (request) => call((bridge) => bridge.enableDemoScenario(request)),
  applyFix: (request) => call((bridge) => bridge.applyFix(request)),
  startRetest: (request) => call((bridge) => bridge.startRetest(request)),
  cancelRetest: () => call((bridge) => bridge.cancelRetest()),
  saveSupportReport: (request) => call((bridge) => bridge.saveSupportReport(request)),
  loadProgress: () => call((bridge) => bridge.loadProgress()),
  saveProgress: (request) => call((bridge) => bridge.saveProgress(request)),
  clearProgress: () => call((bridge) => bridge.clearProgress()),
  uploadDemoCertificate: () => call((bridge) => bridge.uploadDemoCertificate()),
  // Without a bridge there are no events to receive.
  onEvent: (listener: AssistantEventListener) => window.assistant?.onEvent(listener) ?? (() => undefined),
};
