/**
 * Step "sign-in": the admin signs in — to the demo tenant while it runs, or to their own tenant
 * in one of Microsoft's clouds. The main process keeps the session; this page shows who is
 * signed in and offers sign-out.
 */
import { DemoSignInCard } from '../components/demo-sign-in-card.js';
import { SignInSettings } from '../components/sign-in-settings.js';
import { SignedInCard } from '../components/signed-in-card.js';
import { StepFooter } from '../components/step-footer.js';
import { TenantSignInCard } from '../components/tenant-sign-in-card.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The sign-in page. */
export function SignInPage() {
  const account = useAssistantStore((s) => s.account);
  const demoRunning = useAssistantStore((s) => s.demoStatus.running);
  const t = useMessages();
  return (
    <div className="page" data-testid="page-sign-in">
      <h2 className="page-heading">{t.steps['sign-in']}</h2>
      <p className="lead">{t.signIn.intro}</p>
      <p className="muted">{t.signIn.readOnlyNote}</p>
      {account ? <SignedInCard account={account} /> : (
        <>
          {demoRunning && <DemoSignInCard />}
          <TenantSignInCard />
          <SignInSettings />
        </>
      )}
      <StepFooter step={WizardStep.SignIn} />
    </div>
  );
}
