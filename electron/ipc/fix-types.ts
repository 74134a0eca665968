/**
 * Request and result types of applyFix: the assistant makes, through Microsoft Graph, a change the
 * last tenant check offered (a finding whose fixStep said auto). Types only: contract.ts
 * re-exports them. The renderer names the finding and its action; everything else (which app,
 * which tenant, which user) the main process takes from its own record of that check.
 */
import type { FixAction } from '../core/tenant/findings.js';

/** Request of applyFix. */
export interface ApplyFixRequest {
  /** The fix the finding offered (fixStep.action). */
  readonly action: FixAction;
  /** The finding it fixes, e.g. `inventory360.smtp-send-as-app`. */
  readonly findingId: string;
}

export type { AppliedFix, NewSecretOnce } from '../core/fix/fix-types.js';
