/** The app's own info (version, runtime), loaded once from the main process. */
import type { StateCreator } from 'zustand';
import type { AppError, AppInfo } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** App-info state and its action. */
export interface AppInfoSlice {
  readonly appInfo: AppInfo | undefined;
  readonly appInfoError: AppError | undefined;
  loadAppInfo(): Promise<void>;
}

/** Creates the app-info slice. */
export const createAppInfoSlice: StateCreator<AssistantState, [], [], AppInfoSlice> = (set) => ({
  appInfo: undefined,
  appInfoError: undefined,
  loadAppInfo: async () => {
    const result = await api.getAppInfo();
    set(result.ok ? { appInfo: result.value, appInfoError: undefined } : { appInfoError: result.error });
  },
});
