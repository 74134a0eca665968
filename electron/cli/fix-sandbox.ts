/**
 * `fix --sandbox`: the demo tenant with its scenarios, fixed unattended. The fixes run as the
 * signed-in demo admin; every check after them signs in afresh as the product would — an app-only
 * sender asks for a new token (one cached from before a fix would lack the role it granted), and
 * the ETRON user signs in again through ETRON's app, with the app and the secret the fixes made.
 */
import { readFileSync } from 'node:fs';
import { appOnlyTokenProvider, type AccessTokenProvider } from '../core/auth/app-only-token.js';
import { etronRedirectUri, etronTokenProvider } from '../core/auth/etron-sign-in.js';
import { sandboxRedirectCatcher } from '../core/auth/sandbox-browser.js';
import type { CheckProfile } from '../core/check/check-types.js';
import { runCheck, type CheckInput } from '../core/check/run-check.js';
import type { CloudProfile } from '../core/clouds.js';
import { fixTenant, type FixEvent, type FixTenantResult } from '../core/fix/fix-tenant.js';
import type { AppliedFix, FixTarget } from '../core/fix/fix-types.js';
import { ok, type Result } from '../core/result.js';
import { prepareSandboxCheck } from '../demo/sandbox-check.js';
import type { ScenarioName } from '../sandbox/scenarios.js';
import { startSandbox, type RunningSandbox } from '../sandbox/start.js';

/** What a sandbox fix run needs from the command line. */
export interface SandboxFixOptions {
  readonly profile: CheckProfile;
  readonly scenarios: readonly ScenarioName[];
  readonly language: 'de' | 'en';
  readonly signal: AbortSignal;
  readonly onEvent: (event: FixEvent) => void;
}

/** The newest client secret a fix made (shown once; the next check tests with it). */
function newestSecret(applied: readonly AppliedFix[]): string | undefined {
  return [...applied].reverse().find((f) => f.newSecret)?.newSecret?.secretText;
}

/** The check input for the next check: fresh sign-ins with the app and secret the fixes left. */
function freshInput(sb: RunningSandbox, cloud: CloudProfile, base: CheckInput, target: FixTarget, applied: readonly AppliedFix[]): CheckInput {
  const info = sb.info;
  const caPem = readFileSync(info.caCertPath, 'utf8');
  const appOnly = (clientId: string, clientSecret: string): AccessTokenProvider =>
    appOnlyTokenProvider({ profile: cloud, tenant: info.tenantId, caPem, clientId, credential: { kind: 'secret', clientSecret } });
  if (base.profile !== 'etron') {
    const app = info.apps[base.profile];
    return base.mailTokens ? { ...base, mailTokens: { ...base.mailTokens, provider: appOnly(app.clientId, app.clientSecret) } } : base;
  }
  const etron = info.apps.etron;
  const clientId = target.etron?.appId ?? etron.clientId;
  const madeSecret = newestSecret(applied);
  const clientSecret = madeSecret ?? etron.clientSecret;
  const provider = etronTokenProvider({
    cloud, clientId, clientSecret, redirectUri: etronRedirectUri(etron.instance), loginHint: info.mailbox, caPem,
    catchRedirect: sandboxRedirectCatcher(new URL(info.authority).origin, caPem), timeoutMs: 30_000,
  });
  return {
    ...base,
    etron: { instance: etron.instance, appId: clientId, secretCheck: appOnly(clientId, clientSecret) },
    mailTokens: { flow: 'delegated', provider, clientId },
    secrets: [...(base.secrets ?? []), ...(madeSecret ? [madeSecret] : [])],
  };
}

/** Starts the sandbox, fixes what the check offers, checks again, stops it; an error string when it could not run. */
export async function fixSandbox(o: SandboxFixOptions): Promise<Result<FixTenantResult> | { readonly error: string }> {
  const sb = await startSandbox({ scenarios: o.scenarios.length > 0 ? o.scenarios : ['healthy'], autoApprove: true });
  try {
    const setup = await prepareSandboxCheck(sb, { profile: o.profile, language: o.language, signal: o.signal });
    if ('error' in setup) return { error: setup.error };
    const info = sb.info;
    const target: FixTarget = {
      profile: o.profile, mailbox: info.mailbox,
      ...(o.profile === 'etron' ? { etron: { instance: info.apps.etron.instance, appId: info.apps.etron.clientId } } : {}),
      ...(o.profile === 'generic' ? { generic: { appId: info.apps.generic.clientId } } : {}),
    };
    let first = true;
    return await fixTenant({
      graph: setup.input.graph!, target, signal: o.signal, onEvent: o.onEvent,
      check: async (t, applied) => {
        // The first check uses the prepared sign-ins; every later one signs in again.
        const input = first ? setup.input : freshInput(sb, setup.cloud, setup.input, t, applied);
        first = false;
        return ok(await runCheck(input));
      },
    });
  } finally {
    await sb.close();
  }
}
