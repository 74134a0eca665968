/**
 * The check of the signed-in tenant: its form (mailbox and the product's own fields), running and
 * cancelling it, opening a finding's fix page, and — on the demo tenant — breaking it one more
 * way to see the check find it.
 */
import type { StateCreator } from 'zustand';
import type { AppError, RunTenantCheckRequest, ScenarioName } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { KnownFacts } from '../known-facts.js';
import type { AssistantState } from '../store.js';
import { isValidInput, thumbprintOf } from '../wizard/validate-input.js';

/** The form's values as typed. */
export interface TenantCheckForm {
  readonly mailbox: string;
  readonly sender: string;
  readonly etronInstance: string;
  readonly etronAppId: string;
  readonly genericAppId: string;
  readonly genericFlow: 'app-only' | 'delegated';
  readonly genericImap: boolean;
  /** How the generic app proves itself: a client secret or a certificate (uploaded to its registration). */
  readonly genericCredential: 'secret' | 'certificate';
  /** The certificate's SHA-1 thumbprint as typed (not secret: Entra shows it to anyone who can read the app). */
  readonly genericThumbprint: string;
}

/** Tenant-check state and its actions. */
export interface TenantCheckSlice {
  readonly tenantForm: TenantCheckForm;
  readonly tenantCheckError: AppError | undefined;
  readonly breakScenario: ScenarioName;
  readonly breakError: AppError | undefined;
  readonly fixLinkError: AppError | undefined;
  readonly fixLinkOpened: string | undefined;
  /** What the last tenant check was run for (checkInputKey), running or done. */
  readonly tenantCheckedInput: string | undefined;
  /**
   * The product's client secret as pasted on the client-secret page (ETRON, the Other application
   * app-only): it lets the check probe SMTP/IMAP as the product. Memory only — not in tenantForm,
   * so the kept progress (wait-test-slice progressOf) never sees it; gone when the app closes.
   */
  readonly productSecret: string;
  setProductSecret(value: string): void;
  setTenantField<K extends keyof TenantCheckForm>(field: K, value: TenantCheckForm[K]): void;
  prefillTenantForm(facts: KnownFacts): void;
  runTenantCheck(): Promise<void>;
  cancelTenantCheck(): Promise<void>;
  selectBreakScenario(scenario: ScenarioName): void;
  applyBreakScenario(): Promise<void>;
  /** Opens a page the main process offered: a finding's fix page or the device code page. */
  openOfferedLink(url: string): Promise<void>;
}

const EMPTY_FORM: TenantCheckForm = {
  mailbox: '', sender: '', etronInstance: '', etronAppId: '', genericAppId: '', genericFlow: 'app-only', genericImap: false,
  genericCredential: 'secret', genericThumbprint: '',
};

/** The pasted product secret, when it has a secret's shape (a GUID is the Secret ID: the page says so). */
function secretOf(state: AssistantState): { clientSecret?: string } {
  const secret = state.productSecret.trim();
  return secret.length >= 8 && secret.length <= 256 && !/\s/.test(secret) && isValidInput('secret', secret) ? { clientSecret: secret } : {};
}

/** The tenant check request the form describes (undefined before a product is chosen). */
export function requestOf(state: AssistantState): RunTenantCheckRequest | undefined {
  const { profile, tenantForm: f, language } = state;
  if (!profile) return undefined;
  const base = { profile, mailbox: f.mailbox, language, ...(f.sender.trim() ? { sender: f.sender } : {}) };
  if (profile === 'etron') {
    // The further sending users of variant B that are addresses (the sign-in page names the others).
    const more = state.etronMoreMailboxes.map((m) => m.trim()).filter((m) => isValidInput('address', m));
    return { ...base, etron: { instance: f.etronInstance, ...(f.etronAppId.trim() ? { appId: f.etronAppId } : {}), ...(more.length > 0 ? { moreMailboxes: more } : {}), ...secretOf(state) } };
  }
  if (profile === 'generic') {
    // Only a well-formed thumbprint goes to the check (the page says what is wrong with another).
    const thumbprint = f.genericCredential === 'certificate' ? thumbprintOf(f.genericThumbprint) : undefined;
    const secret = f.genericFlow === 'app-only' && f.genericCredential === 'secret' ? secretOf(state) : {};
    return { ...base, generic: { appId: f.genericAppId, flow: f.genericFlow, imap: f.genericImap, ...(thumbprint ? { certificateThumbprint: thumbprint } : {}), ...secret } };
  }
  return base;
}

/**
 * The check's input as a key: a page re-checks when it changes (the admin typed another
 * instance or mailbox), not when only the language does.
 */
export function checkInputKey(state: AssistantState): string | undefined {
  const request = requestOf(state);
  if (!request) return undefined;
  const { language: _language, ...input } = request;
  // The pasted secret is not part of the key: pasting it starts no check by itself (for ETRON a
  // check with it opens the mailbox user's sign-in window) — "check again" or "wait and test" use it.
  return JSON.stringify(input, (key, value: unknown) => (key === 'clientSecret' ? undefined : value));
}

/** Numbers the tenant checks this window started: only the newest one's answer counts. */
let latestCheck = 0;

/** Creates the tenant-check slice. */
export const createTenantCheckSlice: StateCreator<AssistantState, [], [], TenantCheckSlice> = (set, get) => ({
  tenantForm: EMPTY_FORM,
  tenantCheckError: undefined,
  breakScenario: 'consent-missing',
  breakError: undefined,
  fixLinkError: undefined,
  fixLinkOpened: undefined,
  tenantCheckedInput: undefined,
  productSecret: '',
  setProductSecret: (productSecret) => set({ productSecret }),
  setTenantField: (field, value) => set((s) => ({ tenantForm: { ...s.tenantForm, [field]: value }, tenantCheckError: undefined })),
  prefillTenantForm: (facts) => set((s) => (s.tenantForm.mailbox === '' && facts.mailbox
    ? { tenantForm: { ...s.tenantForm, mailbox: facts.mailbox } }
    : {})),
  runTenantCheck: async () => {
    const request = requestOf(get());
    if (!request) return;
    const mine = ++latestCheck;
    set({
      checkRunning: 'tenant', tenantCheckError: undefined, checkResult: undefined, checkKind: undefined,
      checkProgress: [], checkRun: undefined, fixLinkError: undefined, fixLinkOpened: undefined,
      tenantCheckedInput: checkInputKey(get()),
    });
    const result = await api.runTenantCheck(request);
    // A newer check replaced this one (the main process cancelled it): its answer is not the page's.
    if (mine !== latestCheck) return;
    // A cancelled check simply ends; the admin asked for it.
    set(result.ok
      ? { checkRunning: undefined, checkResult: result.value, checkKind: 'tenant', checkLanguage: request.language }
      : { checkRunning: undefined, ...(result.error.code === 'cancelled' ? {} : { tenantCheckError: result.error }) });
    if (!result.ok && result.error.code === 'not_signed_in') await get().loadAccount();
  },
  cancelTenantCheck: async () => {
    await api.cancelCheck();
  },
  selectBreakScenario: (breakScenario) => set({ breakScenario, breakError: undefined }),
  applyBreakScenario: async () => {
    set({ breakError: undefined });
    const result = await api.enableDemoScenario({ scenario: get().breakScenario });
    set(result.ok ? { demoStatus: result.value } : { breakError: result.error });
  },
  openOfferedLink: async (url) => {
    set({ fixLinkError: undefined, fixLinkOpened: undefined });
    const result = await api.openLink({ url });
    set(result.ok ? { fixLinkOpened: url } : { fixLinkError: result.error });
  },
});
