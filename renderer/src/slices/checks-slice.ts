/**
 * The check step's shared part: the last result (of the demo check or the tenant check), which
 * check runs, its live progress from the main process's events, and the demo check itself.
 */
import type { StateCreator } from 'zustand';
import type { AppError, CheckProgress, CheckResult, CheckStepId, StepStatus } from '../../../electron/ipc/contract.js';
import type { Language } from '../i18n.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** Which check produced a result or runs now. */
export type CheckKind = 'demo' | 'tenant';

/** A step's state while a check runs. */
export type ProgressMark = 'running' | StepStatus;

/** Check state and its actions. */
export interface ChecksSlice {
  readonly checkScenario: string;
  readonly checkResult: CheckResult | undefined;
  readonly checkKind: CheckKind | undefined;
  /** The language the result's explanations were written in. */
  readonly checkLanguage: Language | undefined;
  readonly checkRunning: CheckKind | undefined;
  /** The demo check's error. */
  readonly checkError: AppError | undefined;
  /** Each step the running (or last) check has reported, in the order they were reported. */
  readonly checkProgress: readonly { readonly step: CheckStepId; readonly mark: ProgressMark }[];
  /** The run the progress belongs to; events of older runs are ignored. */
  readonly checkRun: number | undefined;
  selectCheckScenario(scenario: string): void;
  runDemoCheck(): Promise<void>;
  receiveCheckProgress(run: number, progress: CheckProgress): void;
}

/** Creates the checks slice. */
export const createChecksSlice: StateCreator<AssistantState, [], [], ChecksSlice> = (set, get) => ({
  checkScenario: 'healthy',
  checkResult: undefined,
  checkKind: undefined,
  checkLanguage: undefined,
  checkRunning: undefined,
  checkError: undefined,
  checkProgress: [],
  checkRun: undefined,
  selectCheckScenario: (checkScenario) => set({ checkScenario, checkError: undefined }),
  runDemoCheck: async () => {
    const { profile, checkScenario, language } = get();
    if (!profile) return;
    set({ checkRunning: 'demo', checkError: undefined, checkResult: undefined, checkKind: undefined, checkProgress: [], checkRun: undefined });
    const result = await api.runDemoCheck({ profile, scenarios: [checkScenario], language });
    set(result.ok
      ? { checkRunning: undefined, checkResult: result.value, checkKind: 'demo', checkLanguage: language }
      : { checkRunning: undefined, checkError: result.error });
  },
  receiveCheckProgress: (run, progress) => set((s) => {
    if (s.checkRun !== undefined && run < s.checkRun) return {};
    const rows = s.checkRun === run ? s.checkProgress : [];
    const mark: ProgressMark = progress.kind === 'step-started' ? 'running' : progress.status;
    const known = rows.some((r) => r.step === progress.step);
    return {
      checkRun: run,
      checkProgress: known ? rows.map((r) => (r.step === progress.step ? { step: r.step, mark } : r)) : [...rows, { step: progress.step, mark }],
    };
  }),
});
