/**
 * Shows the page of the current step. The welcome page is in the first bundle; every other page
 * is loaded when first shown (React.lazy), which keeps the initial download small.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { WelcomePage } from '../pages/welcome-page.js';
import { assertNever, WizardStep } from './steps.js';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ProfilePage = page(() => import('../pages/profile-page.js'), 'ProfilePage');
const SignInPage = page(() => import('../pages/sign-in-page.js'), 'SignInPage');
const ConsentPage = page(() => import('../pages/consent-page.js'), 'ConsentPage');
const ObjectIdPage = page(() => import('../pages/object-id-page.js'), 'ObjectIdPage');
const SmtpAuthPage = page(() => import('../pages/smtp-auth-page.js'), 'SmtpAuthPage');
const PowerShellPage = page(() => import('../pages/powershell-page.js'), 'PowerShellPage');
const AppRegistrationPage = page(() => import('../pages/app-registration-page.js'), 'AppRegistrationPage');
const UsersGroupsPage = page(() => import('../pages/users-groups-page.js'), 'UsersGroupsPage');
const ClientIdPage = page(() => import('../pages/client-id-page.js'), 'ClientIdPage');
const ClientSecretPage = page(() => import('../pages/client-secret-page.js'), 'ClientSecretPage');
const EtronMailServersPage = page(() => import('../pages/etron-mail-servers-page.js'), 'EtronMailServersPage');
const EtronCredentialsPage = page(() => import('../pages/etron-credentials-page.js'), 'EtronCredentialsPage');
const EtronOutgoingPage = page(() => import('../pages/etron-outgoing-page.js'), 'EtronOutgoingPage');
const EtronIncomingPage = page(() => import('../pages/etron-incoming-page.js'), 'EtronIncomingPage');
const GenericAppPage = page(() => import('../pages/generic-app-page.js'), 'GenericAppPage');
const WaitTestPage = page(() => import('../pages/wait-test-page.js'), 'WaitTestPage');
const FinishPage = page(() => import('../pages/finish-page.js'), 'FinishPage');
const ChecksPage = page(() => import('../pages/checks-page.js'), 'ChecksPage');
const ExportPage = page(() => import('../pages/export-page.js'), 'ExportPage');
const DecodePage = page(() => import('../pages/decode-page.js'), 'DecodePage');
const AboutPage = page(() => import('../pages/about-page.js'), 'AboutPage');

/** Props of StepView. */
export interface StepViewProps {
  readonly step: WizardStep;
}

function StepPage({ step }: StepViewProps) {
  switch (step) {
    case WizardStep.Welcome: return <WelcomePage />;
    case WizardStep.Profile: return <ProfilePage />;
    case WizardStep.SignIn: return <SignInPage />;
    case WizardStep.Consent: return <ConsentPage />;
    case WizardStep.ObjectId: return <ObjectIdPage />;
    case WizardStep.SmtpAuth: return <SmtpAuthPage />;
    case WizardStep.PowerShell: return <PowerShellPage />;
    case WizardStep.AppRegistration: return <AppRegistrationPage />;
    case WizardStep.UsersGroups: return <UsersGroupsPage />;
    case WizardStep.ClientId: return <ClientIdPage />;
    case WizardStep.ClientSecret: return <ClientSecretPage />;
    case WizardStep.EtronMailServers: return <EtronMailServersPage />;
    case WizardStep.EtronCredentials: return <EtronCredentialsPage />;
    case WizardStep.EtronOutgoing: return <EtronOutgoingPage />;
    case WizardStep.EtronIncoming: return <EtronIncomingPage />;
    case WizardStep.GenericApp: return <GenericAppPage />;
    case WizardStep.WaitTest: return <WaitTestPage />;
    case WizardStep.Finish: return <FinishPage />;
    case WizardStep.Checks: return <ChecksPage />;
    case WizardStep.Export: return <ExportPage />;
    case WizardStep.Decode: return <DecodePage />;
    case WizardStep.About: return <AboutPage />;
    default: return assertNever(step);
  }
}

/** One case per step; a new step that is not handled fails to compile. `key` remounts a page on every visit. */
export function StepView({ step }: StepViewProps) {
  return (
    <Suspense fallback={<p className="muted" aria-busy="true">…</p>}>
      <StepPage key={step} step={step} />
    </Suspense>
  );
}
