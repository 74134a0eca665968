/**
 * The admin's sign-in as the renderer sees it: the account as display data (the main process
 * keeps the session and its tokens), the form for a real tenant, the client-ID setting, and the
 * device code while one waits.
 */
import type { StateCreator } from 'zustand';
import type {
  AppError, AssistantEvent, MailCloudId, SignedInAccount, SignInDefaults, SignInMode,
} from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { AssistantState } from '../store.js';

/** Which sign-in runs: the demo tenant's or the real tenant's. */
export type SignInTarget = 'demo' | 'tenant';

/** A device code waiting to be entered. */
export type DeviceCode = Omit<Extract<AssistantEvent, { kind: 'device-code' }>, 'kind'>;

const CLIENT_ID_KEY = 'assistant.clientId';

function savedClientId(): string {
  try {
    return globalThis.localStorage?.getItem(CLIENT_ID_KEY) ?? '';
  } catch {
    // Storage can be switched off; the setting then lasts until the window closes.
    return '';
  }
}

function saveClientId(value: string): void {
  try {
    if (value.trim() === '') globalThis.localStorage?.removeItem(CLIENT_ID_KEY);
    else globalThis.localStorage?.setItem(CLIENT_ID_KEY, value.trim());
  } catch {
    // As above: not saved, still used for this session.
  }
}

/** Sign-in state and its actions. */
export interface SignInSlice {
  /** undefined = not asked yet; null = nobody signed in. */
  readonly account: SignedInAccount | null | undefined;
  readonly signInDefaults: SignInDefaults | undefined;
  readonly clientIdSetting: string;
  readonly signInCloud: MailCloudId;
  readonly signInTenant: string;
  readonly signInMode: SignInMode;
  /** The sign-in that runs right now. */
  readonly signInBusy: SignInTarget | undefined;
  readonly signingOut: boolean;
  readonly signInError: AppError | undefined;
  readonly signInErrorTarget: SignInTarget | undefined;
  readonly deviceCode: DeviceCode | undefined;
  loadAccount(): Promise<void>;
  setSignInCloud(cloud: MailCloudId): void;
  setSignInTenant(tenant: string): void;
  setSignInMode(mode: SignInMode): void;
  setClientIdSetting(clientId: string): void;
  signIn(target: SignInTarget): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  showDeviceCode(code: DeviceCode): void;
}

/** Creates the sign-in slice. */
export const createSignInSlice: StateCreator<AssistantState, [], [], SignInSlice> = (set, get) => ({
  account: undefined,
  signInDefaults: undefined,
  clientIdSetting: savedClientId(),
  signInCloud: 'global',
  signInTenant: '',
  signInMode: 'browser',
  signInBusy: undefined,
  signingOut: false,
  signInError: undefined,
  signInErrorTarget: undefined,
  deviceCode: undefined,
  loadAccount: async () => {
    const [account, defaults] = await Promise.all([api.getAccount(), get().signInDefaults ? undefined : api.getSignInDefaults()]);
    if (account.ok) {
      // A demo sign-in ends with its sandbox: its check result goes with it.
      const lost = get().account && !account.value;
      set({ account: account.value, ...(lost && get().checkKind === 'tenant' ? { checkResult: undefined, checkKind: undefined } : {}) });
    }
    if (defaults?.ok) set({ signInDefaults: defaults.value });
  },
  setSignInCloud: (signInCloud) => set({ signInCloud, signInError: undefined }),
  setSignInTenant: (signInTenant) => set({ signInTenant, signInError: undefined }),
  setSignInMode: (signInMode) => set({ signInMode, signInError: undefined }),
  setClientIdSetting: (clientIdSetting) => {
    saveClientId(clientIdSetting);
    set({ clientIdSetting, signInError: undefined });
  },
  signIn: async (target) => {
    const { signInCloud, signInTenant, signInMode, clientIdSetting, language } = get();
    set({ signInBusy: target, signInError: undefined, signInErrorTarget: undefined, deviceCode: undefined });
    const result = await api.signIn(target === 'demo'
      ? { cloud: 'sandbox', mode: 'browser', language }
      : { cloud: signInCloud, tenant: signInTenant, mode: signInMode, clientId: clientIdSetting, language });
    if (result.ok) {
      set({ signInBusy: undefined, deviceCode: undefined, account: result.value, ...(get().checkKind === 'tenant' ? { checkResult: undefined, checkKind: undefined } : {}) });
    } else {
      // The admin's own Cancel needs no error message.
      const shown = result.error.code === 'cancelled' ? {} : { signInError: result.error, signInErrorTarget: target };
      set({ signInBusy: undefined, deviceCode: undefined, ...shown });
    }
  },
  cancelSignIn: async () => {
    await api.cancelSignIn();
  },
  signOut: async () => {
    set({ signingOut: true });
    await api.signOut();
    set({ signingOut: false, account: null, ...(get().checkKind === 'tenant' ? { checkResult: undefined, checkKind: undefined } : {}) });
  },
  showDeviceCode: (deviceCode) => set({ deviceCode }),
});
