/**
 * What the tenant check needs before it can run for a product, and the page that asks for it:
 * the sending mailbox (sign-in page), ETRON's instance (app registration), the app's client ID
 * (generic). The first missing one is named, so the page can send the admin there.
 */
import type { AssistantState } from '../store.js';
import { WizardStep } from './steps.js';
import { isValidInput } from './validate-input.js';

/** A missing input: its label key and the page that asks for it. */
export interface MissingInput {
  readonly field: 'mailbox' | 'instance' | 'clientId';
  readonly page: WizardStep;
}

/** The first input the check still lacks, or undefined when it can run. */
export function missingCheckInput(state: Pick<AssistantState, 'profile' | 'tenantForm'>): MissingInput | undefined {
  const f = state.tenantForm;
  if (!isValidInput('address', f.mailbox)) return { field: 'mailbox', page: WizardStep.SignIn };
  if (state.profile === 'etron' && !isValidInput('instance', f.etronInstance)) return { field: 'instance', page: WizardStep.AppRegistration };
  if (state.profile === 'generic' && !isValidInput('guid', f.genericAppId)) return { field: 'clientId', page: WizardStep.GenericApp };
  return undefined;
}
