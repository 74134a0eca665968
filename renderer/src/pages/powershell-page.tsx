/** Step "exchange-powershell": the script for the chosen product, with the tenant's values. */
import { useEffect } from 'react';
import { NeedsProfile } from '../components/needs-profile.js';
import { IllustrationHints } from '../components/illustration.js';
import { PowerShellForm } from '../components/powershell-form.js';
import { ScriptCard } from '../components/script-card.js';
import { StepFooter } from '../components/step-footer.js';
import { knownFacts } from '../known-facts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The PowerShell page. */
export function PowerShellPage() {
  const profile = useAssistantStore((s) => s.profile);
  const script = useAssistantStore((s) => (s.psScriptProfile === s.profile ? s.psScript : undefined));
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const checkResult = useAssistantStore((s) => s.checkResult);
  const prefill = useAssistantStore((s) => s.prefillPowerShell);
  const t = useMessages();

  useEffect(() => { prefill(knownFacts({ demoStatus, checkResult, profile })); }, [demoStatus, checkResult, profile, prefill]);

  return (
    <div className="page" data-testid="page-exchange-powershell">
      <h2 className="page-heading">{t.powershell.heading}</h2>
      <p className="lead">{t.powershell.intro}</p>
      {profile === 'etron' && <p className="muted">{t.powershell.etronIntro}</p>}
      {profile ? (
        <>
          <PowerShellForm profile={profile} />
          <IllustrationHints page={WizardStep.PowerShell} profile={profile} />
          {script && <ScriptCard script={script} />}
        </>
      ) : <NeedsProfile />}
      <StepFooter step={WizardStep.PowerShell} />
    </div>
  );
}
