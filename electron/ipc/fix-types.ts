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

/** A new client secret: its value is in this answer once and nowhere else. */
export interface NewSecretOnce {
  readonly secretText: string;
  readonly endDateTime: string;
  readonly validityMonths: number;
  /** Shown in Entra next to the secret (its first characters). */
  readonly hint: string | null;
}

/** What applyFix did. */
export interface AppliedFix {
  readonly action: FixAction;
  readonly findingId: string;
  /** false when Graph showed it was already in place (nothing was changed). */
  readonly changed: boolean;
  /** One English sentence with Graph's ids (the UI localizes by action). */
  readonly summary: string;
  /** create-client-secret only. Never stored by either side; the renderer shows it until the admin closes it. */
  readonly newSecret?: NewSecretOnce;
}
