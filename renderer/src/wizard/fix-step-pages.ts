/** Which page of this wizard handles a step a diagnosis points at (the catalogue's step ids). */
import type { FixStep } from '../../../electron/ipc/contract.js';
import { WizardStep } from './steps.js';

/**
 * The page for each fix step, where this build has one. Steps done in Microsoft's portals
 * (consent, app registration…) have no page yet: the cause's fix text walks the user through them.
 */
export const FIX_STEP_PAGES: Readonly<Record<FixStep, WizardStep | undefined>> = {
  consent: undefined,
  'object-id': WizardStep.PowerShell,
  'smtp-auth': WizardStep.PowerShell,
  'exchange-powershell': WizardStep.PowerShell,
  'app-registration': undefined,
  'client-secret': undefined,
  'assign-users': undefined,
  'etron-settings': WizardStep.Export,
  'inventory360-settings': WizardStep.Export,
  'client-settings': WizardStep.Export,
  'security-policy': undefined,
  network: undefined,
  'sign-in': WizardStep.SignIn,
  wait: undefined,
};
