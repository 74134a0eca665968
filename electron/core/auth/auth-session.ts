/**
 * The admin's sign-in session: one MSAL public client, the signed-in account, and tokens on
 * demand. What leaves this module about the account is display data; tokens are handed only to
 * core consumers through getAccessToken / graphTokenSource (never to the renderer, logs or disk).
 *
 * Incremental consent: each Graph step asks for its least scopes (consent-steps.ts), silently
 * first; when Entra says consent or interaction is missing (interaction_required,
 * consent_required, AADSTS65001) and a browser can be opened, the admin is asked once more.
 */
import type { AccountInfo, AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { CloudProfile } from '../clouds.js';
import type { GraphTokenSource } from '../graph/graph-client.js';
import { fail, ok, type Result } from '../result.js';
import { authErrorOf, needsInteraction } from './auth-errors.js';
import { scopesForSteps, type ConsentStep } from './consent-steps.js';
import { signInWithDeviceCode, type DeviceCodePrompt } from './device-code-sign-in.js';
import { signInInteractive, type OpenBrowser } from './interactive-sign-in.js';
import type { PageLanguage } from './loopback-pages.js';
import { createPublicClient, msalNetwork } from './msal-apps.js';
import type { NetworkErrorMemo } from './network-error-memo.js';

/** What the UI may know about the signed-in account. */
export interface AccountDisplay {
  readonly name: string;
  /** The user principal name. */
  readonly username: string;
  readonly tenantId: string;
  readonly homeAccountId: string;
}

/** Options of a session. */
export interface SignInSessionOptions {
  readonly profile: CloudProfile;
  readonly clientId: string;
  /** Tenant id or domain; default `organizations` (any work or school account). */
  readonly tenant?: string;
  readonly caPem?: string;
  readonly language: PageLanguage;
  /** Without it the session cannot ask for consent again; it answers consent_missing instead. */
  readonly openBrowser?: OpenBrowser;
  /** Loopback wait per interactive sign-in (default 5 minutes). */
  readonly timeoutMs?: number;
  /** Diagnostic lines (no tokens, no PII). */
  readonly log?: (line: string) => void;
}

/** Per-call options of an interactive sign-in. */
export interface InteractiveCallOptions {
  /** The steps to consent to now (default: read-tenant). */
  readonly steps?: readonly ConsentStep[];
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly prompt?: 'select_account' | 'consent' | 'login';
  /** Pre-fills the user name (default: the account already signed in). */
  readonly loginHint?: string;
  readonly onListening?: (redirectUri: string) => void;
}

/** The account as display data. */
export function accountDisplay(account: AccountInfo): AccountDisplay {
  return { name: account.name ?? '', username: account.username, tenantId: account.tenantId, homeAccountId: account.homeAccountId };
}

/** One admin sign-in, kept in memory only. */
export class SignInSession {
  private readonly app: PublicClientApplication;
  private readonly network: NetworkErrorMemo;
  private account: AccountInfo | null = null;
  private interaction: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SignInSessionOptions) {
    const authority = {
      profile: options.profile, tenant: options.tenant ?? 'organizations',
      ...(options.caPem !== undefined ? { caPem: options.caPem } : {}),
    };
    this.network = msalNetwork(authority);
    this.app = createPublicClient({
      ...authority, clientId: options.clientId, network: this.network,
      ...(options.log ? { log: options.log } : {}),
    });
  }

  /** Signs in through the browser. */
  async signInInteractive(call: InteractiveCallOptions = {}): Promise<Result<AccountDisplay>> {
    const openBrowser = this.options.openBrowser;
    if (!openBrowser) return fail('invalid_input', 'no way to open a browser was given; use the device code sign-in', { field: 'openBrowser' });
    const result = await this.serialize(() => signInInteractive(this.app, {
      scopes: scopesForSteps(this.options.profile, call.steps ?? ['read-tenant']),
      openBrowser, language: this.options.language, lastTransportFailure: () => this.network.lastFailure(),
      ...(call.timeoutMs ?? this.options.timeoutMs ? { timeoutMs: call.timeoutMs ?? this.options.timeoutMs } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
      ...(call.prompt ? { prompt: call.prompt } : {}),
      ...(call.onListening ? { onListening: call.onListening } : {}),
      ...(call.loginHint ?? this.account?.username ? { loginHint: call.loginHint ?? this.account?.username } : {}),
    }));
    return this.adopt(result);
  }

  /** Signs in with a device code (servers, remote sessions). */
  async signInWithDeviceCode(call: { readonly steps?: readonly ConsentStep[]; readonly onPrompt: (p: DeviceCodePrompt) => void; readonly signal?: AbortSignal; readonly timeoutSeconds?: number }): Promise<Result<AccountDisplay>> {
    const result = await this.serialize(() => signInWithDeviceCode(this.app, {
      scopes: scopesForSteps(this.options.profile, call.steps ?? ['read-tenant']),
      onPrompt: call.onPrompt, lastTransportFailure: () => this.network.lastFailure(), lastEntraError: () => this.network.lastEntraError(),
      ...(call.signal ? { signal: call.signal } : {}),
      ...(call.timeoutSeconds !== undefined ? { timeoutSeconds: call.timeoutSeconds } : {}),
    }));
    return this.adopt(result);
  }

  /** The signed-in account, or null. */
  currentAccount(): AccountDisplay | null {
    return this.account ? accountDisplay(this.account) : null;
  }

  /** An access token for these scopes: silently, else (if allowed and possible) with consent in the browser. */
  async getAccessToken(scopes: readonly string[], call: { readonly signal?: AbortSignal; readonly interactive?: boolean } = {}): Promise<Result<string>> {
    if (!this.account) return fail('not_signed_in', 'sign in first');
    const silent = await this.silent(scopes);
    if (silent.ok || !silent.interaction) return silent.ok ? ok(silent.token) : { ok: false, error: silent.error };
    if (call.interactive === false || !this.options.openBrowser) {
      return fail('consent_missing', `consent is needed for ${scopes.join(' ')}`, { detail: silent.error.detail ?? silent.error.message });
    }
    const openBrowser = this.options.openBrowser;
    return this.serialize(async (): Promise<Result<string>> => {
      // Another call may have asked for the same consent while this one waited.
      const again = await this.silent(scopes);
      if (again.ok) return ok(again.token);
      const signedIn = await signInInteractive(this.app, {
        scopes, openBrowser, language: this.options.language, lastTransportFailure: () => this.network.lastFailure(),
        ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
        ...(this.account ? { loginHint: this.account.username } : {}),
      });
      const adopted = this.adopt(signedIn);
      if (!adopted.ok) return adopted;
      return signedIn.ok ? ok(signedIn.value.accessToken) : fail('internal', 'no token after sign-in');
    });
  }

  /** The token source a GraphClient uses: each step with its least scopes. */
  graphTokenSource(): GraphTokenSource {
    return (step, signal) => this.getAccessToken(scopesForSteps(this.options.profile, [step]), signal ? { signal } : {});
  }

  /** Forgets the account and its tokens. */
  async signOut(): Promise<void> {
    const cache = this.app.getTokenCache();
    for (const a of await cache.getAllAccounts()) await cache.removeAccount(a);
    this.account = null;
  }

  private async silent(scopes: readonly string[]): Promise<
    { readonly ok: true; readonly token: string } | { readonly ok: false; readonly interaction: boolean; readonly error: ReturnType<typeof authErrorOf> }
  > {
    try {
      const result = await this.app.acquireTokenSilent({ account: this.account!, scopes: [...scopes] });
      return { ok: true, token: result.accessToken };
    } catch (err) {
      return { ok: false, interaction: needsInteraction(err), error: authErrorOf(err, this.network.lastFailure()) };
    }
  }

  private adopt(result: Result<AuthenticationResult>): Result<AccountDisplay> {
    if (!result.ok) return result;
    if (!result.value.account) return fail('not_signed_in', 'the sign-in returned no account');
    this.account = result.value.account;
    return ok(accountDisplay(result.value.account));
  }

  /** One browser interaction at a time. */
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = this.interaction.then(task, task);
    this.interaction = next.catch(() => undefined);
    return next;
  }
}
