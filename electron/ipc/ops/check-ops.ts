/**
 * The demo check: the whole check of one product (sign-in, Graph, token, DNS, ports, SMTP,
 * IMAP) against a sandbox tenant started for this run with the chosen scenarios, so a user sees
 * each step's status, the server's reply and the diagnosis before touching production.
 */
import { runSandboxCheck } from '../../demo/sandbox-check.js';
import type { CheckProgress, CheckResult } from '../../core/check/check-types.js';
import { PROFILES } from '../../core/diagnosis/types.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { ScenarioName } from '../../sandbox/scenarios.js';
import { oneOf, optionalOneOf, optionalScenarios, requestObject, type Validator } from '../validate.js';
import type { RunDemoCheckRequest } from '../wizard-types.js';

/** A runDemoCheck request whose scenario names have been checked. */
export type CheckedDemoCheckRequest = Omit<RunDemoCheckRequest, 'scenarios'> & { readonly scenarios?: readonly ScenarioName[] };

/** Checks a runDemoCheck request: a product, optional scenario names and a language. */
export const validateDemoCheckRequest: Validator<CheckedDemoCheckRequest> = (raw) => {
  const request = requestObject(raw, ['profile', 'scenarios', 'language']);
  if (!request.ok) return request;
  const profile = oneOf(request.value['profile'], 'profile', PROFILES);
  if (!profile.ok) return profile;
  const scenarios = optionalScenarios(request.value['scenarios'], 'scenarios');
  if (!scenarios.ok) return scenarios;
  const language = optionalOneOf(request.value['language'], 'language', ['de', 'en'] as const);
  if (!language.ok) return language;
  return ok({
    profile: profile.value,
    ...(scenarios.value === undefined ? {} : { scenarios: scenarios.value }),
    ...(language.value === undefined ? {} : { language: language.value }),
  });
};

/** Runs the check; a sandbox that cannot sign its demo admin in is an `internal` error. */
export async function runDemoCheck(
  request: CheckedDemoCheckRequest, log?: (line: string) => void, onProgress?: (progress: CheckProgress) => void,
): Promise<Result<CheckResult>> {
  const result = await runSandboxCheck({
    profile: request.profile,
    scenarios: request.scenarios && request.scenarios.length > 0 ? request.scenarios : ['healthy'],
    ...(request.language ? { language: request.language } : {}),
    ...(log ? { log } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  if ('error' in result) return fail('internal', result.error);
  return ok(result);
}
