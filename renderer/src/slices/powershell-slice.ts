/**
 * The Exchange-PowerShell step: its form, the generated script, and saving it. A changed value
 * drops the script shown, so the script on screen always carries the values in the form.
 */
import type { StateCreator } from 'zustand';
import type { AppError, AppMailboxAccess, MailCloudId, PowerShellScript, PowerShellScriptRequest, Profile, ScriptPurpose } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { KnownFacts } from '../known-facts.js';
import type { AssistantState } from '../store.js';

/** The form's values (all of them, whichever product is chosen). */
export interface PowerShellForm {
  readonly purpose: ScriptPurpose;
  readonly organization: string;
  readonly cloud: MailCloudId;
  readonly mailbox: string;
  readonly servicePrincipalObjectId: string;
  readonly appId: string;
  readonly displayName: string;
  readonly enableImap: boolean;
  /** Generic: FullAccess or RBAC for Applications. */
  readonly access: AppMailboxAccess;
}

/** What the step is doing right now. */
export type PowerShellActivity = 'idle' | 'creating' | 'saving';

/** PowerShell state and its actions. */
export interface PowerShellSlice {
  readonly psForm: PowerShellForm;
  readonly psPrefilled: boolean;
  readonly psScript: PowerShellScript | undefined;
  /** The product the script was written for: another product's script is not shown. */
  readonly psScriptProfile: Profile | undefined;
  /** The values the script was generated from: saving sends these, the main process writes its own script. */
  readonly psScriptRequest: PowerShellScriptRequest | undefined;
  readonly psError: AppError | undefined;
  readonly psActivity: PowerShellActivity;
  readonly psSavedPath: string | undefined;
  readonly psSaveError: AppError | undefined;
  setPowerShellField<K extends keyof PowerShellForm>(key: K, value: PowerShellForm[K]): void;
  prefillPowerShell(facts: KnownFacts): void;
  createScript(): Promise<void>;
  saveScript(): Promise<void>;
}

const EMPTY_FORM: PowerShellForm = {
  purpose: 'setup', organization: '', cloud: 'global', mailbox: '', servicePrincipalObjectId: '', appId: '', displayName: '', enableImap: true, access: 'mailbox-permission',
};

/** Creates the PowerShell slice. */
export const createPowerShellSlice: StateCreator<AssistantState, [], [], PowerShellSlice> = (set, get) => ({
  psForm: EMPTY_FORM,
  psPrefilled: false,
  psScript: undefined,
  psScriptProfile: undefined,
  psScriptRequest: undefined,
  psError: undefined,
  psActivity: 'idle',
  psSavedPath: undefined,
  psSaveError: undefined,
  setPowerShellField: (key, value) => set((s) => ({
    psForm: { ...s.psForm, [key]: value }, psScript: undefined, psSavedPath: undefined, psSaveError: undefined,
    psError: s.psError?.field === key ? undefined : s.psError,
  })),
  prefillPowerShell: (facts) => set((s) => {
    const fill = (current: string, fact: string | undefined): string => (current === '' && fact ? fact : current);
    const form = s.psForm;
    const next = {
      ...form,
      organization: fill(form.organization, facts.tenantId),
      mailbox: fill(form.mailbox, facts.mailbox),
      servicePrincipalObjectId: fill(form.servicePrincipalObjectId, facts.servicePrincipalObjectId),
      appId: fill(form.appId, facts.appId),
    };
    const changed = (['organization', 'mailbox', 'servicePrincipalObjectId'] as const).some((k) => next[k] !== form[k]);
    return changed ? { psForm: next, psPrefilled: true } : {};
  }),
  createScript: async () => {
    const { psForm: form, profile, language, etronMoreMailboxes } = get();
    // ETRON: the script covers every further sending mailbox of the path too.
    const more = profile === 'etron' ? etronMoreMailboxes.map((m) => m.trim()).filter((m) => m !== '') : [];
    if (!profile) return;
    set({ psActivity: 'creating', psError: undefined, psScript: undefined, psSavedPath: undefined, psSaveError: undefined });
    const appOnly = profile !== 'etron';
    const request: PowerShellScriptRequest = {
      profile, organization: form.organization, cloud: form.cloud, mailbox: form.mailbox, language,
      ...(appOnly ? { purpose: form.purpose, servicePrincipalObjectId: form.servicePrincipalObjectId } : { enableImap: form.enableImap }),
      ...(more.length > 0 ? { moreMailboxes: more } : {}),
      ...(profile === 'generic' && form.purpose === 'setup' ? { appId: form.appId, displayName: form.displayName } : {}),
      ...(profile === 'generic' ? { access: form.access } : {}),
    };
    const result = await api.generatePowerShellScript(request);
    set(result.ok
      ? { psActivity: 'idle', psScript: result.value, psScriptProfile: profile, psScriptRequest: request }
      : { psActivity: 'idle', psError: result.error });
  },
  saveScript: async () => {
    const { psScript: script, psScriptRequest: request } = get();
    if (!script || !request) return;
    set({ psActivity: 'saving', psSavedPath: undefined, psSaveError: undefined });
    const result = await api.savePowerShellScript({ ...request, generatedAt: script.generatedAt });
    if (result.ok) set({ psActivity: 'idle', psSavedPath: result.value.path });
    // A closed dialog is the user's choice, not an error worth a red note.
    else set({ psActivity: 'idle', psSaveError: result.error.code === 'cancelled' ? undefined : result.error });
  },
});
