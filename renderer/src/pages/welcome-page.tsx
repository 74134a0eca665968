/** Step "welcome": what the assistant does, the app's info, and demo mode. */
import { AppInfoCard } from '../components/app-info-card.js';
import { DemoSandboxCard } from '../components/demo-sandbox-card.js';
import { StepFooter } from '../components/step-footer.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The first page. */
export function WelcomePage() {
  const t = useMessages();
  return (
    <div className="page" data-testid="page-welcome">
      <h2 className="page-heading">{t.welcome.heading}</h2>
      <p className="lead">{t.welcome.intro}</p>
      <p className="muted">{t.welcome.sandboxHint}</p>
      <div className="cards">
        <DemoSandboxCard />
        <AppInfoCard />
      </div>
      <StepFooter step={WizardStep.Welcome} />
    </div>
  );
}
