/** The check step: the demo scenario, the last check result, and running the check. */
import type { StateCreator } from 'zustand';
import type { AppError, CheckResult } from '../../../electron/ipc/contract.js';
import type { Language } from '../i18n.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** Check state and its actions. */
export interface ChecksSlice {
  readonly checkScenario: string;
  readonly checkResult: CheckResult | undefined;
  /** The language the result's explanations were written in. */
  readonly checkLanguage: Language | undefined;
  readonly checkBusy: boolean;
  readonly checkError: AppError | undefined;
  selectCheckScenario(scenario: string): void;
  runDemoCheck(): Promise<void>;
}

/** Creates the checks slice. */
export const createChecksSlice: StateCreator<AssistantState, [], [], ChecksSlice> = (set, get) => ({
  checkScenario: 'healthy',
  checkResult: undefined,
  checkLanguage: undefined,
  checkBusy: false,
  checkError: undefined,
  selectCheckScenario: (checkScenario) => set({ checkScenario, checkError: undefined }),
  runDemoCheck: async () => {
    const { profile, checkScenario, language } = get();
    if (!profile) return;
    set({ checkBusy: true, checkError: undefined, checkResult: undefined });
    const result = await api.runDemoCheck({ profile, scenarios: [checkScenario], language });
    set(result.ok
      ? { checkBusy: false, checkResult: result.value, checkLanguage: language }
      : { checkBusy: false, checkError: result.error });
  },
});
