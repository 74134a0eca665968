/**
 * What the assistant already knows about the tenant, to prefill forms: the running demo
 * sandbox's tenant and mailbox, and what the last check learned (tenant id, the enterprise
 * app's Object ID). Forms take a fact only into a field that is still empty.
 */
import type { AssistantState } from './store.js';
import { sendingMailboxes } from './wizard/page-values.js';
import { thumbprintOf } from './wizard/validate-input.js';

/** Values a form may prefill; absent = unknown. */
export interface KnownFacts {
  readonly tenantId?: string;
  readonly mailbox?: string;
  readonly servicePrincipalObjectId?: string;
  /** The generic application's client ID, as entered on its page or found by the check. */
  readonly appId?: string;
  /** The generic app's certificate thumbprint, when it proves itself with a certificate (its credential page). */
  readonly certificateThumbprint?: string;
  /** ETRON: every sending mailbox of the path, and the variant chosen on its outgoing-server page. */
  readonly etronMailboxes?: readonly string[];
  readonly etronVariant?: 'A' | 'B';
}

/** The facts known in this state; the check's, when it ran for the chosen product, win. */
export function knownFacts(state: Pick<AssistantState, 'demoStatus' | 'checkResult' | 'profile'> & {
  readonly tenantForm?: AssistantState['tenantForm'];
  readonly etronMoreMailboxes?: readonly string[];
  readonly etronVariant?: 'A' | 'B';
}): KnownFacts {
  const demo = state.demoStatus;
  const form = state.profile === 'generic' ? state.tenantForm : undefined;
  const thumbprint = form?.genericCredential === 'certificate' ? thumbprintOf(form.genericThumbprint) : undefined;
  const etronMailboxes = state.profile === 'etron' && state.tenantForm ? sendingMailboxes(state.tenantForm.mailbox, state.etronMoreMailboxes ?? []) : [];
  const typed = {
    ...(form?.genericAppId.trim() ? { appId: form.genericAppId.trim() } : {}),
    ...(thumbprint ? { certificateThumbprint: thumbprint } : {}),
    ...(etronMailboxes.length > 0 ? { etronMailboxes } : {}),
    ...(state.profile === 'etron' && state.etronVariant ? { etronVariant: state.etronVariant } : {}),
  };
  const fromDemo: KnownFacts = { ...(demo.running ? { tenantId: demo.sandbox.tenantId, mailbox: demo.sandbox.mailbox } : {}), ...typed };
  const check = state.checkResult;
  if (!check || check.profile !== state.profile) return fromDemo;
  return {
    ...fromDemo,
    mailbox: check.mailbox,
    ...(check.facts.tenantId ? { tenantId: check.facts.tenantId } : {}),
    ...(check.facts.servicePrincipalObjectId ? { servicePrincipalObjectId: check.facts.servicePrincipalObjectId } : {}),
  };
}
