/** Which page of this wizard handles a step a diagnosis points at (the catalogue's step ids). */
import type { FixStep, Profile } from '../../../electron/ipc/contract.js';
import { pathFor, WizardStep } from './steps.js';

/** The page for each fix step, where this build has one. */
export const FIX_STEP_PAGES: Readonly<Record<FixStep, WizardStep | undefined>> = {
  consent: WizardStep.Consent,
  'object-id': WizardStep.ObjectId,
  'smtp-auth': WizardStep.SmtpAuth,
  'exchange-powershell': WizardStep.PowerShell,
  'app-registration': WizardStep.AppRegistration,
  'client-secret': WizardStep.ClientSecret,
  'assign-users': WizardStep.UsersGroups,
  'etron-settings': WizardStep.EtronCredentials,
  'inventory360-settings': WizardStep.Export,
  'client-settings': WizardStep.Export,
  'security-policy': undefined,
  network: undefined,
  'sign-in': WizardStep.SignIn,
  wait: WizardStep.WaitTest,
};

/** The page for a fix step on this product's path (or a tool page), if any. */
export function fixStepPage(step: FixStep, profile: Profile | undefined): WizardStep | undefined {
  const page = FIX_STEP_PAGES[step];
  if (!page) return undefined;
  const path = pathFor(profile);
  if (page === WizardStep.Export || path.includes(page)) return page;
  // A path without an Object ID page (other application) enters the enterprise app's Object ID
  // on its Exchange PowerShell page (New-ServicePrincipal -ObjectId).
  if (page === WizardStep.ObjectId && path.includes(WizardStep.PowerShell)) return WizardStep.PowerShell;
  return undefined;
}
