/**
 * Path page "client secret" (ETRON guide: Client-Secret erstellen; generic): create one through
 * Graph (shown once, whole, with Copy — FixButton/FixSecret) or in the portal, and a field that
 * checks a pasted secret at once: a GUID there is the Secret ID, not the Value. The pasted value
 * stays in this page's own state, never in the store or on disk. The generic app may prove itself
 * with a certificate instead (CertificateCredential): uploaded by the admin, verified through Graph.
 */
import { Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { CertificateCredential } from '../components/certificate-credential.js';
import { ConfirmStep } from '../components/confirm-step.js';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { portalOf } from '../wizard/page-values.js';
import type { FormField } from '../wizard/form-check.js';
import { WizardStep } from '../wizard/steps.js';

/** Generic: a client secret or a certificate. */
function CredentialChoice() {
  const t = useMessages().path;
  const credential = useAssistantStore((s) => s.tenantForm.genericCredential);
  const setField = useAssistantStore((s) => s.setTenantField);
  return (
    <section className="card">
      <h3 id="credential-legend">{t.credentialLegend}</h3>
      <RadioGroup aria-labelledby="credential-legend" value={credential} data-testid="generic-credential"
        onChange={(_, data) => setField('genericCredential', data.value === 'certificate' ? 'certificate' : 'secret')}>
        <Radio value="secret" label={t.credentials.secret} data-testid="generic-credential-secret" />
        <Radio value="certificate" label={t.credentials.certificate} data-testid="generic-credential-certificate" />
      </RadioGroup>
    </section>
  );
}

/** The page. */
export function ClientSecretPage() {
  const t = useMessages().path;
  const profile = useAssistantStore((s) => s.profile);
  const url = useAssistantStore((s) => portalOf(s, 'etron.client-secret'));
  const certificate = useAssistantStore((s) => s.profile === 'generic' && s.tenantForm.genericCredential === 'certificate');
  const thumbprint = useAssistantStore((s) => s.tenantForm.genericThumbprint);
  // Kept in memory for the check's mail probes (tenant-check-slice productSecret), never saved.
  const pasted = useAssistantStore((s) => s.productSecret);
  const setPasted = useAssistantStore((s) => s.setProductSecret);
  const [tried, setTried] = useState(false);
  const etron = profile === 'etron';
  // A certificate's thumbprint is needed to check it; a pasted secret is checked and lets the test log on as the app (memory only).
  const fields: FormField[] = certificate
    ? [{ id: 'path-generic-thumbprint', kind: 'thumbprint', value: thumbprint, required: true }]
    : [{ id: 'path-secret-check', kind: 'secret', value: pasted, required: false }];
  return (
    <PathPageFrame step={WizardStep.ClientSecret} page="client-secret" fields={fields} onShown={() => setTried(true)}>
      {profile === 'generic' && <CredentialChoice />}
      {certificate ? <CertificateCredential showRequired={tried} /> : (
        <>
          {etron && <PortalButton url={url} testId="secret-portal" />}
          <StepIllustration id={etron ? 'entra-client-secret' : 'entra-client-secret-generic'} />
          {etron ? <StepCheck step={WizardStep.ClientSecret} /> : <ConfirmStep step={WizardStep.ClientSecret} />}
          {etron && <p className="muted" data-testid="secret-created-note">{t.secretCreatedNote}</p>}
          <section className="card" data-testid="secret-paste-card">
            <PasteField id="path-secret-check" kind="secret" label={t.secretPasteLabel} hint={t.secretPasteHelp} value={pasted} onChange={setPasted} />
          </section>
        </>
      )}
    </PathPageFrame>
  );
}
