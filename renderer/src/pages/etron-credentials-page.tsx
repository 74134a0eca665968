/** ETRON settings page 2: the Outlook credentials, Client-ID and Client-Secret, in General Settings. */
import { ConfirmStep } from '../components/confirm-step.js';
import { CopyValue } from '../components/copy-value.js';
import { PathPageFrame } from '../components/path-page.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function EtronCredentialsPage() {
  const t = useMessages();
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  return (
    <PathPageFrame step={WizardStep.EtronCredentials} page="etron-credentials">
      <div className="values card">
        {values.appId && <CopyValue label="Client-ID" value={values.appId} testId="value-client-id" />}
        <p className="muted" data-testid="credentials-secret-note">{t.path.fixOn(t.steps['client-secret'])}</p>
      </div>
      <StepIllustration id="odoo-general-settings" />
      <ConfirmStep step={WizardStep.EtronCredentials} />
    </PathPageFrame>
  );
}
