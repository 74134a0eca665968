/**
 * Path page "Exchange PowerShell" (Inventory360 guide step 4; generic app-only): the script with
 * the tenant's real values, Copy / Save, how to install the module and the Windows execution-policy
 * hint, and the verify script. Exchange Online has no Graph API for this, so the admin confirms it.
 */
import { useEffect } from 'react';
import { ConfirmStep } from '../components/confirm-step.js';
import { PathPageFrame } from '../components/path-page.js';
import { PowerShellForm } from '../components/powershell-form.js';
import { ScriptCard } from '../components/script-card.js';
import { StepIllustration } from '../components/step-illustration.js';
import { NeedsProfile } from '../components/needs-profile.js';
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
  const delegated = useAssistantStore((s) => s.profile === 'generic' && s.tenantForm.genericFlow === 'delegated');
  const prefill = useAssistantStore((s) => s.prefillPowerShell);
  const t = useMessages();

  const tenantForm = useAssistantStore((s) => s.tenantForm);
  useEffect(() => { prefill(knownFacts({ demoStatus, checkResult, profile, tenantForm })); }, [demoStatus, checkResult, profile, tenantForm, prefill]);

  return (
    <PathPageFrame step={WizardStep.PowerShell} page="exchange-powershell">
      {profile === 'etron' && <p className="muted">{t.powershell.etronIntro}</p>}
      {delegated && <p className="notice-line" data-testid="ps-not-needed">{t.path.powershellNotNeeded}</p>}
      {!profile && <NeedsProfile />}
      {profile && !delegated && (
        <>
          <section className="card" data-testid="ps-install">
            <ol className="plain-steps">{t.path.powershellInstall.map((line) => <li key={line}>{line}</li>)}</ol>
            <p className="muted" data-testid="ps-policy">{t.path.powershellPolicy}</p>
            <p className="muted">{t.path.powershellVerify}</p>
          </section>
          <PowerShellForm profile={profile} />
          {script && <ScriptCard script={script} />}
          <StepIllustration id="exchange-powershell-window" />
          <ConfirmStep step={WizardStep.PowerShell} />
        </>
      )}
    </PathPageFrame>
  );
}
