/**
 * Picks the full check to measure: the app's `runCheck` (electron/core/check) for the generic
 * profile against the sandbox — Graph read of the tenant, app-only token, SMTP with a test
 * message, IMAP, reachability — and as its single parts the same runCheck with only one part
 * switched on. The admin sign-in before it is set-up, done once and not timed. When runCheck
 * cannot be loaded or prepared, probeAll (the probes as one check) stands in and says so.
 */
import type { RunningSandbox } from '../../electron/sandbox/start.js';
import type { CheckInput } from '../../electron/core/check/run-check.js';
import type { CheckSubject } from './full-check.js';
import { probeAllSubject } from './probe-all-subject.js';
import type { SandboxEndpoints } from './sandbox-process.js';

/** The full check and its parts against the sandbox (started with --auto-approve). */
export async function fullCheckSubject(info: SandboxEndpoints, accessToken: string): Promise<CheckSubject> {
  let why: string;
  try {
    const [{ runCheck }, { prepareSandboxCheck }] = await Promise.all([
      import('../../electron/core/check/run-check.js'),
      import('../../electron/demo/sandbox-check.js'),
    ]);
    // prepareSandboxCheck reads only `info` of a running sandbox; ours runs in its own process.
    const sandbox = { info } as unknown as RunningSandbox;
    const setup = await prepareSandboxCheck(sandbox, { profile: 'generic', language: 'en' });
    if (!('error' in setup)) {
      const { input } = setup;
      const passes = (over?: Partial<CheckInput>) => async (): Promise<boolean> => {
        const result = await runCheck(over ? { ...input, ...NOTHING, ...over } : input);
        return result.overall !== 'fail';
      };
      return {
        name: 'runCheck, generic profile (Graph, token, SMTP + test message, IMAP, reachability)',
        whole: passes(),
        parts: [
          { name: 'Graph read of the tenant', run: passes({ graph: input.graph }) },
          { name: 'token → SMTP probe', run: passes({ mailTokens: input.mailTokens, probeSmtp: true }) },
          { name: 'token → IMAP probe', run: passes({ mailTokens: input.mailTokens, probeImap: true }) },
          { name: 'reachability probe', run: passes({ reachability: true }) },
        ],
      };
    }
    why = setup.error;
  } catch (err) {
    why = err instanceof Error ? err.message : String(err);
  }
  const fallback = probeAllSubject(info, accessToken);
  return { ...fallback, name: `${fallback.name} — runCheck unavailable: ${why}` };
}

/** Every part of a check switched off. */
const NOTHING: Partial<CheckInput> = { graph: undefined, mailTokens: undefined, probeSmtp: false, probeImap: false, reachability: false, dns: undefined };
