/**
 * ETRON path page "client ID": the registration's Application (client) ID as Graph returned it,
 * with Copy; when the check cannot find the registration (another name), the admin pastes it.
 */
import { CopyValue } from '../components/copy-value.js';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues, portalOf } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function ClientIdPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const pasted = useAssistantStore((s) => s.tenantForm.etronAppId);
  const setField = useAssistantStore((s) => s.setTenantField);
  const url = useAssistantStore((s) => portalOf(s, 'etron.app-registration'));
  return (
    <PathPageFrame step={WizardStep.ClientId} page="client-id" fields={[{ id: 'path-client-id', kind: 'guid', value: pasted, required: false }]}>
      {values.appId && <div className="values card"><CopyValue label={t.values.clientId} value={values.appId} testId="value-client-id" /></div>}
      <section className="card">
        <PasteField id="path-client-id" kind="guid" label={t.values.clientId} hint={t.clientIdPasteHelp}
          value={pasted} onChange={(v) => setField('etronAppId', v)} />
      </section>
      <PortalButton url={url} testId="client-id-portal" />
      <StepCheck step={WizardStep.ClientId} />
    </PathPageFrame>
  );
}
