/** Generic path page "your application": its client ID (checked at once), app-only or delegated, IMAP or not. */
import { Checkbox, Radio, RadioGroup } from '@fluentui/react-components';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { StepCheck } from '../components/step-check.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function GenericAppPage() {
  const t = useMessages().path;
  const form = useAssistantStore((s) => s.tenantForm);
  const setField = useAssistantStore((s) => s.setTenantField);
  return (
    <PathPageFrame step={WizardStep.GenericApp} page="generic-app" fields={[{ id: 'path-generic-app-id', kind: 'guid', value: form.genericAppId, required: true }]}>
      <section className="card">
        <PasteField id="path-generic-app-id" kind="guid" label={t.values.clientId} value={form.genericAppId}
          onChange={(v) => setField('genericAppId', v)} showRequired />
        <h3 id="flow-legend">{t.flowLegend}</h3>
        <RadioGroup aria-labelledby="flow-legend" value={form.genericFlow} data-testid="generic-flow"
          onChange={(_, data) => setField('genericFlow', data.value === 'delegated' ? 'delegated' : 'app-only')}>
          <Radio value="app-only" label={t.flows['app-only']} data-testid="generic-flow-app-only" />
          <Radio value="delegated" label={t.flows.delegated} data-testid="generic-flow-delegated" />
        </RadioGroup>
        <Checkbox checked={form.genericImap} label={t.genericImap} data-testid="generic-imap" onChange={(_, data) => setField('genericImap', data.checked === true)} />
      </section>
      <StepCheck step={WizardStep.GenericApp} />
    </PathPageFrame>
  );
}
