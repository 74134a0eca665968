/**
 * The full check against the sandbox tenant, unattended: the demo mode of the app and
 * `cli check --sandbox`. It plays every role a real run has — the admin signing in to the
 * assistant (auto-approved sign-in page), Inventory360's server or the generic app getting an
 * app-only token with their client secret, the ETRON user signing in for SMTP/IMAP through
 * ETRON's own app (client ID + secret, redirect to its /microsoft_outlook/confirm, caught before
 * it leaves the machine) — through the same core code a real tenant gets; only the browser is
 * the sandbox browser.
 *
 * Demo wiring: the app (electron/ipc) and the CLI import this; the product core never does.
 */
import { readFileSync } from 'node:fs';
import { appOnlyTokenProvider, type AccessTokenProvider } from '../core/auth/app-only-token.js';
import { SignInSession } from '../core/auth/auth-session.js';
import type { ConsentStep } from '../core/auth/consent-steps.js';
import { etronRedirectUri, etronTokenProvider } from '../core/auth/etron-sign-in.js';
import { sandboxBrowser, sandboxRedirectCatcher } from '../core/auth/sandbox-browser.js';
import { cloudProfile, type CloudProfile } from '../core/clouds.js';
import { GraphClient } from '../core/graph/graph-client.js';
import type { Language } from '../core/diagnosis/types.js';
import type { ScenarioName } from '../sandbox/scenarios.js';
import { startSandbox, type RunningSandbox } from '../sandbox/start.js';
import type { CheckProfile, CheckProgress, CheckResult } from '../core/check/check-types.js';
import { runCheck, type CheckInput } from '../core/check/run-check.js';

/** Options of a sandbox check. */
export interface SandboxCheckOptions {
  readonly profile: CheckProfile;
  /** Start a new sandbox with these scenarios (ignored when `sandbox` is given). */
  readonly scenarios?: readonly ScenarioName[];
  readonly replicationDelayMs?: number;
  /** A running sandbox started with autoApprove (kept running afterwards). */
  readonly sandbox?: RunningSandbox;
  readonly language?: Language;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CheckProgress) => void;
  readonly log?: (line: string) => void;
}

const ADMIN_STEPS: Record<CheckProfile, readonly ConsentStep[]> = {
  inventory360: ['read-tenant', 'read-apps', 'read-users', 'read-security-defaults'],
  etron: ['read-tenant', 'read-apps', 'read-grants', 'read-users'],
  generic: ['read-tenant', 'read-apps', 'read-grants'],
};

/** Everything needed to check one profile against a running sandbox. */
export interface SandboxCheckSetup {
  readonly input: CheckInput;
  readonly cloud: CloudProfile;
}

/** Signs in and prepares the check input for a running, auto-approving sandbox. */
export async function prepareSandboxCheck(sb: Pick<RunningSandbox, 'info'>, o: Omit<SandboxCheckOptions, 'sandbox' | 'scenarios'>): Promise<SandboxCheckSetup | { error: string }> {
  const info = sb.info;
  const caPem = readFileSync(info.caCertPath, 'utf8');
  const cloud = cloudProfile('sandbox', info);
  const language = o.language ?? 'en';
  const browser = sandboxBrowser(new URL(info.authority).origin, caPem);
  // Who signs in is said by each sign-in's login hint; the sandbox browser answers for them.
  const session = (): SignInSession => new SignInSession({
    profile: cloud, clientId: info.apps.assistant.clientId, tenant: info.tenantId, caPem, language,
    openBrowser: browser, timeoutMs: 30_000, ...(o.log ? { log: o.log } : {}),
  });
  const admin = session();
  const signedIn = await admin.signInInteractive({ steps: ADMIN_STEPS[o.profile], loginHint: info.admin.username, ...(o.signal ? { signal: o.signal } : {}) });
  if (!signedIn.ok) return { error: `the demo admin could not sign in: ${signedIn.error.message}` };
  const graph = new GraphClient({ graphEndpoint: cloud.graphEndpoint, getToken: admin.graphTokenSource(), caPem });
  const appOnly = (clientId: string, secret: string): AccessTokenProvider =>
    appOnlyTokenProvider({ profile: cloud, tenant: info.tenantId, caPem, clientId, credential: { kind: 'secret', clientSecret: secret } });
  const base = {
    cloud, tenantId: info.tenantId, caPem, mailbox: info.mailbox, sender: info.sharedMailbox, graph,
    // Texts in both languages, so the app can switch language without running the check again.
    reachability: true, languages: ['de', 'en'] as const, ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  };
  switch (o.profile) {
    case 'inventory360':
      return { cloud, input: {
        ...base, profile: 'inventory360', probeSmtp: true, probeImap: false,
        mailTokens: { flow: 'app-only', provider: appOnly(info.apps.inventory360.clientId, info.apps.inventory360.clientSecret), clientId: info.apps.inventory360.clientId },
        secrets: [info.apps.inventory360.clientSecret],
      } };
    case 'generic':
      return { cloud, input: {
        ...base, profile: 'generic', probeSmtp: true, probeImap: true, genericAppId: info.apps.generic.clientId,
        mailTokens: { flow: 'app-only', provider: appOnly(info.apps.generic.clientId, info.apps.generic.clientSecret), clientId: info.apps.generic.clientId },
        secrets: [info.apps.generic.clientSecret],
      } };
    case 'etron': {
      const etron = info.apps.etron;
      // The mailbox user signs in as ETRON makes them: ETRON's app, its secret, its redirect URI.
      const provider = etronTokenProvider({
        cloud, clientId: etron.clientId, clientSecret: etron.clientSecret, redirectUri: etronRedirectUri(etron.instance),
        loginHint: info.mailbox, caPem, catchRedirect: sandboxRedirectCatcher(new URL(info.authority).origin, caPem), timeoutMs: 30_000,
      });
      return { cloud, input: {
        // ETRON's mail servers log in with their configured address (variant A: the shared mailbox).
        ...base, profile: 'etron', probeSmtp: true, probeImap: true, mailbox: etron.mailLogin, signInUser: info.mailbox,
        etron: { instance: etron.instance, appId: etron.clientId, secretCheck: appOnly(etron.clientId, etron.clientSecret) },
        mailTokens: { flow: 'delegated', provider, clientId: etron.clientId },
        secrets: [etron.clientSecret],
      } };
    }
  }
}

/** Starts a sandbox (unless given), runs the profile's check against it, and stops it again. */
export async function runSandboxCheck(o: SandboxCheckOptions): Promise<CheckResult | { error: string }> {
  const sb = o.sandbox ?? await startSandbox({
    scenarios: o.scenarios ?? ['healthy'], autoApprove: true,
    ...(o.replicationDelayMs !== undefined ? { replicationDelayMs: o.replicationDelayMs } : {}),
    ...(o.log ? { log: o.log } : {}),
  });
  try {
    const setup = await prepareSandboxCheck(sb, o);
    if ('error' in setup) return setup;
    return await runCheck(setup.input);
  } finally {
    if (!o.sandbox) await sb.close();
  }
}
