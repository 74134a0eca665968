/**
 * Tool "About": the technical things kept off the main path — versions (Node, Electron,
 * Chromium), the demo tenant's endpoints and authority, and the assistant's own client ID
 * (a public client) for signing in to a real tenant.
 */
import { AppInfoCard } from '../components/app-info-card.js';
import { DemoSandboxDetails } from '../components/demo-sandbox-details.js';
import { useFocusOnOpen } from '../components/path-page.js';
import { SignInSettings } from '../components/sign-in-settings.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** The page. */
export function AboutPage() {
  const t = useMessages();
  const demo = useAssistantStore((s) => s.demoStatus);
  const heading = useFocusOnOpen();
  return (
    <div className="page" data-testid="page-about">
      <h2 className="page-heading" ref={heading} tabIndex={-1} data-testid="page-heading">{t.path.aboutHeading}</h2>
      <p className="lead">{t.path.aboutIntro}</p>
      <div className="cards">
        <AppInfoCard />
        {demo.running && (
          <section className="card" data-testid="about-demo">
            <h3>{t.demo.heading}</h3>
            <DemoSandboxDetails sandbox={demo.sandbox} pendingReplicationMs={demo.pendingReplicationMs} />
          </section>
        )}
      </div>
      <SignInSettings />
    </div>
  );
}
