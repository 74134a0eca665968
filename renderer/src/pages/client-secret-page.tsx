/**
 * Path page "client secret" (ETRON guide: Client-Secret erstellen; generic): create one through
 * Graph (shown once, whole, with Copy — FixButton/FixSecret) or in the portal, and a field that
 * checks a pasted secret at once: a GUID there is the Secret ID, not the Value. The pasted value
 * stays in this page's own state, never in the store or on disk.
 */
import { useState } from 'react';
import { ConfirmStep } from '../components/confirm-step.js';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { portalOf } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function ClientSecretPage() {
  const t = useMessages().path;
  const profile = useAssistantStore((s) => s.profile);
  const url = useAssistantStore((s) => portalOf(s, 'etron.client-secret'));
  const [pasted, setPasted] = useState('');
  const etron = profile === 'etron';
  return (
    <PathPageFrame step={WizardStep.ClientSecret} page="client-secret">
      {etron && <PortalButton url={url} testId="secret-portal" />}
      {etron && <StepIllustration id="entra-client-secret" />}
      {etron ? <StepCheck step={WizardStep.ClientSecret} /> : <ConfirmStep step={WizardStep.ClientSecret} />}
      {etron && <p className="muted" data-testid="secret-created-note">{t.secretCreatedNote}</p>}
      <section className="card" data-testid="secret-paste-card">
        <PasteField id="path-secret-check" kind="secret" label={t.secretPasteLabel} hint={t.secretPasteHelp} value={pasted} onChange={setPasted} />
      </section>
    </PathPageFrame>
  );
}
