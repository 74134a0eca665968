/**
 * The admin's sign-in as the app holds it: one SignInSession in the main process (tokens stay in
 * it), the account as display data for the renderer, cancel, and sign-out. A sign-in to the
 * demo tenant is the same sign-in against the running sandbox (its endpoints, its CA, its sign-in
 * page); it goes stale when that sandbox stops or is restarted.
 */
import { SignInSession } from '../../core/auth/auth-session.js';
import { resolveAssistantClientId } from '../../core/auth/client-id.js';
import type { ConsentStep } from '../../core/auth/consent-steps.js';
import { cloudProfile, type CloudProfile } from '../../core/clouds.js';
import type { DemoSandbox } from '../../demo/demo-sandbox.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { AssistantEvent, SignedInAccount, SignInCloudId, SignInRequest } from '../tenant-types.js';
import type { LinkAllowlist, OpenExternal, SandboxTrust } from './open-external.js';

/**
 * The reads every check needs, consented at sign-in so the check does not stop for the browser
 * again. Read permissions only: an admin who only checks never consents to write access.
 */
export const CHECK_READ_STEPS: readonly ConsentStep[] = ['read-tenant', 'read-apps', 'read-grants', 'read-users', 'read-security-defaults'];

/** What the sign-in needs from the host. */
export interface AdminSignInDeps {
  readonly demo: DemoSandbox;
  readonly links: LinkAllowlist;
  readonly openExternal?: OpenExternal;
  readonly sendEvent?: (event: AssistantEvent) => void;
  /** process.env of the main process (M365_ASSISTANT_CLIENT_ID). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly log?: (line: string) => void;
}

/** The signed-in admin's session and the cloud it belongs to. */
export interface AdminConnection {
  readonly session: SignInSession;
  readonly cloud: CloudProfile;
  readonly cloudId: SignInCloudId;
  /** The demo tenant's CA; undefined for Microsoft's clouds. */
  readonly caPem?: string;
  readonly sandboxGeneration?: number;
}

interface SessionPlan {
  readonly cloud: CloudProfile;
  readonly clientId: string;
  readonly tenant?: string;
  readonly trust?: SandboxTrust;
  readonly sandboxGeneration?: number;
}

/** One admin sign-in at a time. */
export class AdminSignIn {
  private connected: AdminConnection | undefined;
  private pending: AbortController | undefined;

  constructor(private readonly deps: AdminSignInDeps) {}

  /** Signs in (replacing an earlier account only when the new sign-in succeeds). */
  async signIn(request: SignInRequest): Promise<Result<SignedInAccount>> {
    const plan = this.plan(request);
    if (!plan.ok) return plan;
    const { cloud, clientId, tenant, trust, sandboxGeneration } = plan.value;
    const openExternal = this.deps.openExternal;
    const session = new SignInSession({
      profile: cloud, clientId, language: request.language ?? 'en',
      ...(tenant ? { tenant } : {}),
      ...(trust ? { caPem: trust.caPem } : {}),
      ...(openExternal ? { openBrowser: (url: string) => openExternal(url, trust) } : {}),
      ...(this.deps.log ? { log: this.deps.log } : {}),
    });
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    try {
      const signedIn = request.mode === 'device-code'
        ? await session.signInWithDeviceCode({ steps: CHECK_READ_STEPS, signal: controller.signal, onPrompt: (prompt) => {
          this.deps.links.set('device-code', [prompt.verificationUri]);
          this.deps.sendEvent?.({ kind: 'device-code', url: prompt.verificationUri, code: prompt.userCode, expiresInSeconds: prompt.expiresInSeconds });
        } })
        : openExternal
          ? await session.signInInteractive({ steps: CHECK_READ_STEPS, signal: controller.signal })
          : fail('internal', 'no browser can be opened in this window; use the device code sign-in', { field: 'mode' });
      if (!signedIn.ok) return signedIn;
      const previous = this.connected;
      this.connected = {
        session, cloud, cloudId: request.cloud,
        ...(trust ? { caPem: trust.caPem } : {}),
        ...(sandboxGeneration !== undefined ? { sandboxGeneration } : {}),
      };
      await previous?.session.signOut();
      return ok({ ...signedIn.value, cloud: request.cloud });
    } finally {
      if (this.pending === controller) this.pending = undefined;
      this.deps.links.set('device-code', []);
    }
  }

  /** Cancels a running sign-in; false when none runs. */
  cancel(): boolean {
    const pending = this.pending;
    if (!pending) return false;
    pending.abort();
    return true;
  }

  /** Forgets the account and its tokens; false when nobody was signed in. */
  async signOut(): Promise<boolean> {
    const connected = this.connection();
    this.connected = undefined;
    if (!connected) return false;
    await connected.session.signOut();
    return true;
  }

  /** The signed-in account as display data, or null. */
  account(): SignedInAccount | null {
    const connected = this.connection();
    const account = connected?.session.currentAccount();
    return connected && account ? { ...account, cloud: connected.cloudId } : null;
  }

  /** The live connection; a sign-in to a demo sandbox that has stopped or restarted is dropped. */
  connection(): AdminConnection | undefined {
    const connected = this.connected;
    if (connected?.cloudId === 'sandbox' && this.deps.demo.connection()?.generation !== connected.sandboxGeneration) {
      this.connected = undefined;
      void connected.session.signOut();
      return undefined;
    }
    return connected;
  }

  /** The demo tenant's origin and CA while it runs. */
  sandboxTrust(): SandboxTrust | undefined {
    const demo = this.deps.demo.connection();
    return demo ? { origin: demo.loginOrigin, caPem: demo.caPem } : undefined;
  }

  private plan(request: SignInRequest): Result<SessionPlan> {
    if (request.cloud === 'sandbox') {
      const demo = this.deps.demo.connection();
      if (!demo) return fail('not_found', 'the demo tenant is not running; start it on the welcome page', { field: 'cloud' });
      return ok({
        cloud: cloudProfile('sandbox', demo.endpoints), clientId: demo.assistantClientId, tenant: demo.tenantId,
        trust: { origin: demo.loginOrigin, caPem: demo.caPem }, sandboxGeneration: demo.generation,
      });
    }
    const clientId = resolveAssistantClientId({
      ...(request.clientId ? { setting: request.clientId } : {}),
      ...(this.deps.env ? { env: this.deps.env } : {}),
    });
    if (!clientId.ok) return clientId;
    return ok({ cloud: cloudProfile(request.cloud), clientId: clientId.value, ...(request.tenant ? { tenant: request.tenant } : {}) });
  }
}
