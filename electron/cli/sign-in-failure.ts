/**
 * A sign-in that failed with Entra's answer (an AADSTS code, a refused consent, an unreachable
 * or untrusted login host) is a finding like any other: it becomes a check result whose only
 * part is the failed sign-in, with the decoded cause and its fix — the same output, JSON and
 * report as a check that ran. Failures that are not about the tenant (cancel, timeout, a
 * browser that could not be opened) are left to the command to explain.
 */
import type { CheckProfile, CheckResult } from '../core/check/check-types.js';
import type { CloudProfile } from '../core/clouds.js';
import { isCategoryId } from '../core/diagnosis/categories.js';
import { decode, knownCauses } from '../core/diagnosis/decode.js';
import { Redactor } from '../core/probes/redact.js';
import type { AppError } from '../core/result.js';

/** What the result needs besides the error. */
export interface SignInFailureContext {
  readonly profile: CheckProfile;
  readonly cloud: CloudProfile;
  readonly mailbox: string;
  readonly tenant: string;
  readonly language: 'de' | 'en';
  readonly startedAt: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The check result of a failed sign-in, or undefined when the error names no diagnosis category. */
export function signInFailureResult(error: AppError, c: SignInFailureContext): CheckResult | undefined {
  const evidence = new Redactor().redact(error.detail ?? error.message);
  // A guess (no known message found) is no finding: such a failure is the command's to explain.
  const top = knownCauses(decode(evidence, { profile: c.profile, languages: [c.language] }))[0];
  const category = top?.category ?? (isCategoryId(error.code) ? error.code : undefined);
  if (!category) return undefined;
  return {
    profile: c.profile, cloud: c.cloud.id, mailbox: c.mailbox,
    startedAt: new Date(c.startedAt).toISOString(), durationMs: Date.now() - c.startedAt,
    overall: 'fail', categories: [category], diagnosis: top ? [top] : [],
    steps: [{
      id: 'sign-in', status: 'fail', startedAt: new Date(c.startedAt).toISOString(), durationMs: Date.now() - c.startedAt,
      summary: error.message, category: isCategoryId(error.code) ? error.code : category, cause: category, serverReply: evidence,
    }],
    facts: {
      ...(GUID.test(c.tenant) ? { tenantId: c.tenant } : {}),
      smtp: { host: c.cloud.smtp.host, port: c.cloud.smtp.port },
      imap: { host: c.cloud.imap.host, port: c.cloud.imap.port },
    },
    graphRequests: [],
  };
}
