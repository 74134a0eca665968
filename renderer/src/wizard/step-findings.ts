/**
 * Which findings of the tenant check verify each page of a product's path, and from that each
 * step's state: done only when Microsoft 365 says so (every finding of the page ok), failed when
 * the last check found a problem there, running while a check for it runs. A page Graph cannot
 * verify (the PowerShell and ETRON's own settings) is done when the admin confirms it; the test at
 * the end verifies it. Authenticated SMTP is proven by the SMTP probe where one ran (the demo
 * tenant; a real tenant with the Other application's or ETRON's secret): done only past AUTH.
 */
import type { CheckResult, Finding, Profile } from '../../../electron/ipc/contract.js';
import type { AssistantState } from '../store.js';
import { smtpAuthVerdict, type SmtpAuthVerdict } from './smtp-auth-verdict.js';
import { pathFor, WizardStep } from './steps.js';

const ETRON_REGISTRATION = ['etron.app-registration', 'etron.redirect-uri', 'etron.permissions', 'etron.audience', 'etron.delegated-consent'];

/** The findings that verify a page for a product; undefined = Graph cannot verify it. */
export function findingIdsFor(step: WizardStep, profile: Profile): readonly string[] | undefined {
  switch (profile) {
    case 'inventory360':
      if (step === WizardStep.Consent) return ['inventory360.enterprise-app', 'inventory360.smtp-send-as-app'];
      if (step === WizardStep.ObjectId) return ['inventory360.enterprise-app'];
      if (step === WizardStep.SmtpAuth) return ['inventory360.sending-user', 'tenant.security-defaults'];
      return undefined;
    case 'etron':
      if (step === WizardStep.AppRegistration) return ETRON_REGISTRATION;
      if (step === WizardStep.UsersGroups) return ['etron.service-principal', 'etron.user-assignment'];
      if (step === WizardStep.ClientId) return ['etron.app-registration'];
      if (step === WizardStep.ClientSecret) return ['etron.client-secret'];
      return undefined;
    case 'generic':
      if (step === WizardStep.GenericApp) return ['generic.service-principal'];
      if (step === WizardStep.Consent) return ['generic.service-principal', 'generic.smtp-send-as-app', 'generic.imap-access-as-app', 'generic.delegated-smtp-send', 'generic.delegated-imap-access'];
      // Graph shows a certificate's upload (its thumbprint), never a secret's value.
      if (step === WizardStep.ClientSecret) return ['generic.certificate'];
      return undefined;
  }
}

/** The findings of a tenant check (demo checks and other products' checks do not count). */
export function tenantFindings(state: Pick<AssistantState, 'checkResult' | 'checkKind' | 'profile'>): readonly Finding[] | undefined {
  const result: CheckResult | undefined = state.checkResult;
  if (!result || state.checkKind !== 'tenant' || result.profile !== state.profile) return undefined;
  return result.steps.flatMap((s) => s.findings ?? []);
}

/** The findings of a page in the last tenant check, in the page's order (those the check had). */
export function pageFindings(step: WizardStep, state: Pick<AssistantState, 'checkResult' | 'checkKind' | 'profile'>): readonly Finding[] | undefined {
  const profile = state.profile;
  const all = tenantFindings(state);
  const ids = profile ? findingIdsFor(step, profile) : undefined;
  if (!all || !ids) return undefined;
  return ids.flatMap((id) => all.filter((f) => f.id === id));
}

/**
 * The SMTP probe's verdict on Authenticated SMTP from the last check of this product — the demo
 * check, the tenant check, or the last try of "wait and test" — undefined when no probe ran.
 */
export function smtpAuthProbe(state: Pick<AssistantState, 'checkResult' | 'checkKind' | 'profile'> & { readonly waitOutcome?: AssistantState['waitOutcome'] }): SmtpAuthVerdict | undefined {
  const result = state.checkResult && state.checkResult.profile === state.profile ? state.checkResult
    : state.waitOutcome?.last && state.waitOutcome.last.profile === state.profile ? state.waitOutcome.last : undefined;
  return smtpAuthVerdict(result);
}

/** The first page of the path whose findings include this one: where it is fixed. */
export function pageThatFixes(findingId: string, profile: Profile): WizardStep | undefined {
  return pathFor(profile).find((step) => findingIdsFor(step, profile)?.includes(findingId));
}

/** A step's state in the progress list. */
export type StepState = 'done' | 'failed' | 'running' | 'open';

/** The state a step's progress depends on. */
export type ProgressState = Pick<AssistantState, 'step' | 'profile' | 'account' | 'checkKind' | 'checkResult' | 'checkRunning' | 'confirmedSteps' | 'psSavedPath' | 'waitOutcome'>
  & { readonly tenantForm?: Pick<AssistantState['tenantForm'], 'genericCredential'> };

/** The generic app's client secret: Graph cannot read it, so the admin's word counts (a certificate Graph can see). */
function secretOnlyConfirmed(step: WizardStep, state: ProgressState): boolean {
  return step === WizardStep.ClientSecret && state.profile === 'generic' && state.tenantForm?.genericCredential !== 'certificate';
}

/** Done only when the tenant (or, where Graph cannot see, the admin) says so. */
export function stepState(step: WizardStep, state: ProgressState): StepState {
  if (step === WizardStep.Welcome) return state.step !== WizardStep.Welcome ? 'done' : 'open';
  if (step === WizardStep.Profile) return state.profile ? 'done' : 'open';
  if (step === WizardStep.SignIn) return state.account ? 'done' : 'open';
  // Wait and test is done when the repeated check passed; the finish page is never "done".
  if (step === WizardStep.WaitTest) return state.waitOutcome?.passed === true ? 'done' : 'open';
  if (step === WizardStep.Finish) return 'open';
  const profile = state.profile;
  if (!profile) return 'open';
  const ids = findingIdsFor(step, profile);
  // Authenticated SMTP where a probe ran: green only when it got past AUTH, red on 5.7.139.
  const probe = step === WizardStep.SmtpAuth ? smtpAuthProbe(state) : undefined;
  if (probe && state.checkRunning === undefined) return probe.state === 'on' ? 'done' : probe.state === 'off' ? 'failed' : 'open';
  if (!ids || secretOnlyConfirmed(step, state)) return state.confirmedSteps.includes(step) ? 'done' : 'open';
  if (state.checkRunning === 'tenant' && state.step === step) return 'running';
  const found = pageFindings(step, state);
  if (!found || found.length === 0) return 'open';
  if (!found.every((f) => f.status === 'ok')) return 'failed';
  // Graph sees only part of Authenticated SMTP (the user, security defaults): where no probe ran, the checkbox needs the admin's word.
  return step === WizardStep.SmtpAuth && !state.confirmedSteps.includes(step) ? 'open' : 'done';
}
