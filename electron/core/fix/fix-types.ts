/**
 * What a fix made through Microsoft Graph reports, and what it is about. Plain data: it crosses
 * IPC (ipc/fix-types.ts re-exports it) and goes into the CLI's --json.
 */
import type { CheckProfile } from '../check/check-types.js';
import type { FixAction } from '../tenant/findings.js';

/** Which app a fix is about: the same fields the check of the tenant was asked for. */
export interface FixTarget {
  readonly profile: CheckProfile;
  /** The sending mailbox (assigned to ETRON's app when the check named no one else). */
  readonly mailbox: string;
  /** ETRON: its instance and, when known, its app's client ID or display name. */
  readonly etron?: { readonly instance: string; readonly appId?: string; readonly displayName?: string };
  /** Generic: the app's client ID. */
  readonly generic?: { readonly appId: string };
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
  /** The same sentence in German (dates as German readers write them); the app shows it on German pages. */
  readonly summaryDe?: string;
  /** create-client-secret only. Never stored by either side; the renderer shows it until the admin closes it. */
  readonly newSecret?: NewSecretOnce;
}
