/**
 * Step "checks": the check of the signed-in tenant (or, before sign-in, the way to it), the trial
 * run against a demo tenant, live progress while a check runs, and the result with its causes.
 */
import { useEffect } from 'react';
import { CheckProgressList } from '../components/check-progress.js';
import { CheckResultView } from '../components/check-result-view.js';
import { DemoCheckCard } from '../components/demo-check-card.js';
import { NeedsProfile } from '../components/needs-profile.js';
import { StepFooter } from '../components/step-footer.js';
import { TenantCheckCard } from '../components/tenant-check-card.js';
import { knownFacts } from '../known-facts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The checks page. */
export function ChecksPage() {
  const profile = useAssistantStore((s) => s.profile);
  const result = useAssistantStore((s) => s.checkResult);
  const kind = useAssistantStore((s) => s.checkKind);
  const running = useAssistantStore((s) => s.checkRunning);
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const account = useAssistantStore((s) => s.account);
  const prefill = useAssistantStore((s) => s.prefillTenantForm);
  const t = useMessages();

  // Signed in to the demo tenant: its mailbox is the one to check.
  useEffect(() => {
    if (account?.cloud === 'sandbox') prefill(knownFacts({ demoStatus, checkResult: undefined, profile }));
  }, [account, demoStatus, profile, prefill]);

  const shown = result && kind && result.profile === profile ? result : undefined;
  return (
    <div className="page" data-testid="page-checks">
      <h2 className="page-heading">{t.steps.checks}</h2>
      <p className="lead">{t.checks.intro}</p>
      {!profile ? <NeedsProfile /> : (
        <>
          <TenantCheckCard profile={profile} />
          <DemoCheckCard />
          {running && <CheckProgressList />}
          {shown && kind && !running && <CheckResultView result={shown} kind={kind} />}
        </>
      )}
      <StepFooter step={WizardStep.Checks} />
    </div>
  );
}
