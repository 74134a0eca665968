/**
 * The shape of the "Fix it for me" texts: the button, the confirmation that names the change in
 * plain words, the wait after a change, and the new client secret that is shown only once.
 */
import type { FixAction } from '../../../electron/ipc/contract.js';

/** The values a change is described with. */
export interface FixChange {
  readonly findingId: string;
  readonly action: FixAction;
  /** The tenant as the admin knows it (the domain of their account). */
  readonly tenant: string;
  readonly mailbox: string;
  readonly instance?: string;
  readonly appId?: string;
}

/** The fix button and what follows it. */
export interface FixTexts {
  readonly button: string;
  readonly working: string;
  readonly confirmHeading: string;
  /** The change in plain words, e.g. "Grant SMTP.SendAsApp to Inventory360 in tenant contoso.com". */
  readonly change: (change: FixChange) => string;
  /** The one permission Microsoft asks the admin for, the first time this kind of change is made. */
  readonly consentNote: (permission: string) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly done: string;
  readonly unchanged: string;
  readonly waitNote: string;
  readonly checkAgain: string;
  readonly secretHeading: string;
  readonly secretNote: string;
  readonly secretLabel: string;
  readonly secretExpires: (date: string) => string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly secretDone: string;
  readonly otherFindingsHeading: string;
}
