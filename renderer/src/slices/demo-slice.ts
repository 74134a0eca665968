/**
 * Demo mode: the sandbox tenant's status, the chosen scenario, and start/stop with their loading
 * state. The scenario is a plain string from the select; the main process checks it.
 */
import type { StateCreator } from 'zustand';
import type { AppError, DemoSandboxStatus, Result } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** What the demo card is doing right now. */
export type DemoActivity = 'idle' | 'starting' | 'stopping';

/** Demo-mode state and its actions. */
export interface DemoSlice {
  readonly demoStatus: DemoSandboxStatus;
  readonly demoScenario: string;
  readonly demoActivity: DemoActivity;
  readonly demoError: AppError | undefined;
  selectDemoScenario(scenario: string): void;
  startDemo(): Promise<void>;
  stopDemo(): Promise<void>;
  refreshDemo(): Promise<void>;
}

/** Creates the demo slice. */
export const createDemoSlice: StateCreator<AssistantState, [], [], DemoSlice> = (set, get) => {
  const settle = (result: Result<DemoSandboxStatus>): void => {
    set(result.ok
      ? { demoStatus: result.value, demoActivity: 'idle', demoError: undefined }
      : { demoActivity: 'idle', demoError: result.error });
  };
  return {
    demoStatus: { running: false },
    demoScenario: 'healthy',
    demoActivity: 'idle',
    demoError: undefined,
    selectDemoScenario: (demoScenario) => set({ demoScenario, demoError: undefined }),
    startDemo: async () => {
      set({ demoActivity: 'starting', demoError: undefined });
      settle(await api.startDemoSandbox({ scenarios: [get().demoScenario] }));
      // A sign-in to an earlier demo tenant ended with it.
      await get().loadAccount();
    },
    stopDemo: async () => {
      set({ demoActivity: 'stopping', demoError: undefined });
      settle(await api.stopDemoSandbox());
      await get().loadAccount();
    },
    refreshDemo: async () => {
      const result = await api.getDemoSandboxStatus();
      if (result.ok) set({ demoStatus: result.value });
    },
  };
};
