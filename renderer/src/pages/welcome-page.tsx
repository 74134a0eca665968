/**
 * Step "welcome": what the assistant does and one button to start. Trying it without a tenant
 * (the demo tenant on this computer) is a secondary link; versions and endpoints are on "About".
 */
import { Button, Link } from '@fluentui/react-components';
import { useState } from 'react';
import { DemoSandboxCard } from '../components/demo-sandbox-card.js';
import { useFocusOnOpen } from '../components/path-page.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The first page. */
export function WelcomePage() {
  const t = useMessages();
  const goToStep = useAssistantStore((s) => s.goToStep);
  const demoRunning = useAssistantStore((s) => s.demoStatus.running);
  const [showDemo, setShowDemo] = useState(false);
  const heading = useFocusOnOpen();
  return (
    <div className="page" data-testid="page-welcome">
      <h2 className="page-heading" ref={heading} tabIndex={-1} data-testid="page-heading">{t.welcome.heading}</h2>
      <p className="lead">{t.welcome.intro}</p>
      <div className="control-row welcome-actions">
        <Button appearance="primary" size="large" data-testid="welcome-start" onClick={() => goToStep(WizardStep.Profile)}>{`${t.path.welcomeStart} →`}</Button>
        <Link as="button" data-testid="welcome-try-demo" aria-expanded={showDemo || demoRunning} onClick={() => setShowDemo(!showDemo)}>{t.path.tryDemo}</Link>
      </div>
      {(showDemo || demoRunning) && <DemoSandboxCard />}
    </div>
  );
}
