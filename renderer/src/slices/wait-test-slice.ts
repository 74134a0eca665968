/**
 * "Wait and test" and what outlives the app: the running wait (tries, next try's time, the end),
 * the progress kept in the main process's user-data folder (never a token or secret) and loaded
 * at start, and the support report. A wait that was running when the app closed is shown as
 * "interrupted": the admin signs in again, then it continues in its own 24-hour window.
 */
import type { StateCreator } from 'zustand';
import type {
  AppError, CategoryId, CheckResult, ProgressCheckSummary, ProgressInput, ProgressNotice, ProgressRetest, RetestOutcomeView,
  RetestProgressView, SavedSupportReport,
} from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';
import { WizardStep } from '../wizard/steps.js';
import { isValidInput, thumbprintOf } from '../wizard/validate-input.js';
import { requestOf } from './tenant-check-slice.js';

/** Wait-and-test state and its actions. */
export interface WaitTestSlice {
  readonly waitRunning: boolean;
  /** The wait the events belong to; events of older waits are ignored. */
  readonly waitRun: number | undefined;
  readonly waitAttempt: number;
  /** ISO time of the next try while waiting. */
  readonly waitNextAt: string | undefined;
  readonly waitStartedAt: string | undefined;
  readonly waitWindowEndsAt: string | undefined;
  /** The last try's overall result while waiting. */
  readonly waitLastOverall: CheckResult['overall'] | undefined;
  /** The causes the last try found while waiting (diagnosis categories). */
  readonly waitLastCategories: readonly CategoryId[];
  readonly waitOutcome: RetestOutcomeView | undefined;
  readonly waitError: AppError | undefined;
  /** What was kept from an earlier run of the app (loaded at start). */
  readonly savedRetest: ProgressRetest | undefined;
  readonly savedCheck: ProgressCheckSummary | undefined;
  /** Why the kept progress was not used, when it was not. */
  readonly progressNotice: ProgressNotice | undefined;
  /** True once the kept progress was read (saving starts only then, so it is never overwritten unread). */
  readonly progressLoaded: boolean;
  readonly reportBusy: boolean;
  readonly reportSaved: SavedSupportReport | undefined;
  readonly reportError: AppError | undefined;
  startWaitTest(): Promise<void>;
  cancelWaitTest(): Promise<void>;
  receiveRetestProgress(retest: number, progress: RetestProgressView): void;
  loadProgress(): Promise<void>;
  saveProgress(): Promise<void>;
  saveSupportReport(): Promise<void>;
}

const ADDRESS = /^[^@\s"'<>]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$/i;
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** ETRON's further mailboxes that are addresses (at most the 20 the main process keeps). */
function moreMailboxesOf(s: AssistantState): Pick<ProgressInput, 'etronMoreMailboxes'> {
  const more = s.etronMoreMailboxes.map((m) => m.trim()).filter((m) => ADDRESS.test(m)).slice(0, 20);
  return more.length > 0 ? { etronMoreMailboxes: more } : {};
}

/** The Other application's app ID, flow, IMAP choice, credential kind and (well-formed) thumbprint. */
function genericOf(f: AssistantState['tenantForm']): Partial<ProgressInput> {
  const appId = f.genericAppId.trim().toLowerCase();
  const thumbprint = f.genericCredential === 'certificate' ? thumbprintOf(f.genericThumbprint) : undefined;
  return {
    ...(isValidInput('guid', appId) ? { genericAppId: appId } : {}),
    genericFlow: f.genericFlow, genericImap: f.genericImap, genericCredential: f.genericCredential,
    ...(thumbprint ? { certificateThumbprint: thumbprint } : {}),
  };
}

/** The progress worth keeping in this state: no token or secret has a field here. */
export function progressOf(s: AssistantState): ProgressInput {
  const f = s.tenantForm;
  // Only values of the shape the main process keeps (it refuses the whole save otherwise).
  const mailbox = ADDRESS.test(f.mailbox.trim()) ? f.mailbox.trim() : '';
  const typedTenant = s.signInTenant.trim();
  const tenant = TENANT.test(typedTenant) ? typedTenant : s.account?.tenantId ?? '';
  const instance = f.etronInstance.trim().toLowerCase();
  const check = s.checkResult && s.checkKind === 'tenant' ? s.checkResult : s.waitOutcome?.last;
  const lastCheck: ProgressCheckSummary | undefined = check
    ? {
      checkedAt: new Date(Date.parse(check.startedAt) + check.durationMs).toISOString(), overall: check.overall,
      categories: [...check.categories], steps: check.steps.map((step) => ({ id: step.id, status: step.status })),
    }
    : s.savedCheck;
  // A wait the admin stopped is not offered again after a restart.
  const retest: ProgressRetest | undefined = s.waitOutcome?.reason === 'cancelled' ? undefined : s.waitStartedAt
    ? {
      startedAt: s.waitStartedAt, attempts: s.waitAttempt,
      ...(s.waitRunning && s.waitNextAt ? { nextAt: s.waitNextAt } : {}),
      ...(s.waitOutcome?.passed ? { passedAt: s.waitOutcome.last ? new Date(Date.parse(s.waitOutcome.last.startedAt) + s.waitOutcome.last.durationMs).toISOString() : new Date().toISOString() } : {}),
      ...(s.waitOutcome?.reason === 'cap-reached' ? { gaveUp: true } : {}),
    }
    : s.savedRetest;
  return {
    ...(s.profile ? { profile: s.profile } : {}),
    ...(tenant ? { tenant } : {}),
    ...(mailbox ? { mailbox } : {}),
    ...(s.profile === 'etron' && INSTANCE.test(instance) ? { etronInstance: instance } : {}),
    ...(s.profile === 'etron' ? moreMailboxesOf(s) : {}),
    ...(s.profile === 'generic' ? genericOf(f) : {}),
    step: s.step,
    ...(lastCheck ? { lastCheck } : {}),
    ...(retest ? { retest } : {}),
  };
}

const STEPS = new Set<string>(Object.values(WizardStep));

/** Creates the wait-test slice. */
export const createWaitTestSlice: StateCreator<AssistantState, [], [], WaitTestSlice> = (set, get) => ({
  waitRunning: false,
  waitRun: undefined,
  waitAttempt: 0,
  waitNextAt: undefined,
  waitStartedAt: undefined,
  waitWindowEndsAt: undefined,
  waitLastOverall: undefined,
  waitLastCategories: [],
  waitOutcome: undefined,
  waitError: undefined,
  savedRetest: undefined,
  savedCheck: undefined,
  progressNotice: undefined,
  progressLoaded: false,
  reportBusy: false,
  reportSaved: undefined,
  reportError: undefined,
  startWaitTest: async () => {
    const check = requestOf(get());
    if (!check) return;
    const saved = get().savedRetest;
    // An interrupted wait continues in its own window; a finished one starts afresh.
    const resume = saved && !saved.passedAt && !saved.gaveUp ? saved.startedAt : undefined;
    set({
      waitRunning: true, waitRun: undefined, waitAttempt: saved && resume ? saved.attempts : 0, waitNextAt: undefined,
      waitOutcome: undefined, waitError: undefined, waitLastOverall: undefined, waitLastCategories: [],
      waitStartedAt: resume ?? new Date().toISOString(), waitWindowEndsAt: undefined,
    });
    const result = await api.startRetest({ check, ...(resume ? { startedAt: resume } : {}) });
    set(result.ok
      ? {
        waitRunning: false, waitOutcome: result.value, waitNextAt: undefined, savedRetest: undefined,
        waitStartedAt: result.value.startedAt, waitWindowEndsAt: result.value.windowEndsAt,
        ...(result.value.last ? { checkResult: result.value.last, checkKind: 'tenant' as const, checkLanguage: check.language } : {}),
      }
      : { waitRunning: false, waitNextAt: undefined, waitError: result.error });
    if (!result.ok && result.error.code === 'not_signed_in') await get().loadAccount();
    await get().saveProgress();
  },
  cancelWaitTest: async () => {
    await api.cancelRetest();
  },
  receiveRetestProgress: (retest, progress) => {
    const s = get();
    if (!s.waitRunning || (s.waitRun !== undefined && retest < s.waitRun)) return;
    switch (progress.kind) {
      case 'attempt-started':
        set({
          waitRun: retest, waitAttempt: s.waitAttempt + 1, waitNextAt: undefined,
          waitStartedAt: progress.startedAt, waitWindowEndsAt: progress.windowEndsAt,
        });
        break;
      case 'waiting':
        set({ waitRun: retest, waitNextAt: progress.nextAt, waitLastOverall: progress.overall, waitLastCategories: progress.categories });
        break;
      case 'done':
        set({ waitRun: retest, waitNextAt: undefined });
        break;
    }
    void get().saveProgress();
  },
  loadProgress: async () => {
    const result = await api.loadProgress();
    if (!result.ok || !result.value.state) {
      set({ progressLoaded: true, progressNotice: result.ok ? result.value.notice : 'unreadable' });
      return;
    }
    const p = result.value.state;
    const s = get();
    set({
      progressLoaded: true, progressNotice: undefined,
      savedRetest: p.retest, savedCheck: p.lastCheck,
      ...(p.profile && !s.profile ? { profile: p.profile } : {}),
      ...(p.step && STEPS.has(p.step) && s.step === WizardStep.Welcome ? { step: p.step as WizardStep } : {}),
      ...(p.tenant && !s.signInTenant ? { signInTenant: p.tenant } : {}),
      tenantForm: {
        ...s.tenantForm,
        ...(p.mailbox && !s.tenantForm.mailbox ? { mailbox: p.mailbox } : {}),
        ...(p.etronInstance && !s.tenantForm.etronInstance ? { etronInstance: p.etronInstance } : {}),
        ...(p.genericAppId && !s.tenantForm.genericAppId ? { genericAppId: p.genericAppId } : {}),
        ...(p.genericFlow ? { genericFlow: p.genericFlow } : {}),
        ...(p.genericImap !== undefined ? { genericImap: p.genericImap } : {}),
        ...(p.genericCredential ? { genericCredential: p.genericCredential } : {}),
        ...(p.certificateThumbprint && !s.tenantForm.genericThumbprint ? { genericThumbprint: p.certificateThumbprint } : {}),
      },
      ...(p.etronMoreMailboxes && s.etronMoreMailboxes.length === 0 ? { etronMoreMailboxes: p.etronMoreMailboxes } : {}),
    });
  },
  saveProgress: async () => {
    if (!get().progressLoaded) return;
    await api.saveProgress(progressOf(get()));
  },
  saveSupportReport: async () => {
    set({ reportBusy: true, reportSaved: undefined, reportError: undefined });
    const result = await api.saveSupportReport({ language: get().language });
    // A closed dialog is no error: the user changed their mind.
    set(result.ok
      ? { reportBusy: false, reportSaved: result.value }
      : { reportBusy: false, ...(result.error.code === 'cancelled' ? {} : { reportError: result.error }) });
  },
});
