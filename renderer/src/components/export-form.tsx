/** The hand-over form of the chosen product; problems are shown under their fields. */
import type { Profile } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { EtronExportFields } from './etron-export-fields.js';
import { CloudSelect, ExportField } from './export-field.js';

/** Props of ExportForm. */
export interface ExportFormProps {
  readonly profile: Profile;
}

/** The fields of one product's file. */
export function ExportForm({ profile }: ExportFormProps) {
  const t = useMessages();
  return (
    <section className="card" aria-labelledby="export-form-heading">
      <h3 id="export-form-heading">{t.exportStep.formHeading}</h3>
      {profile === 'inventory360' && <Inventory360ExportFields />}
      {profile === 'etron' && <EtronExportFields />}
      {profile === 'generic' && <GenericExportFields />}
    </section>
  );
}

function Inventory360ExportFields() {
  const form = useAssistantStore((s) => s.exportForms.inventory360);
  const setField = useAssistantStore((s) => s.setExportField);
  return (
    <div className="field-grid">
      <ExportField field="tenantId" mono value={form.tenantId} onChange={(v) => setField('inventory360', 'tenantId', v)} />
      <CloudSelect value={form.cloud} onChange={(v) => setField('inventory360', 'cloud', v)} />
      <ExportField field="senderMailbox" value={form.senderMailbox} onChange={(v) => setField('inventory360', 'senderMailbox', v)} />
      <ExportField field="enterpriseAppObjectId" mono value={form.enterpriseAppObjectId} onChange={(v) => setField('inventory360', 'enterpriseAppObjectId', v)} />
    </div>
  );
}

function GenericExportFields() {
  const form = useAssistantStore((s) => s.exportForms.generic);
  const setField = useAssistantStore((s) => s.setExportField);
  const e = useMessages().exportStep;
  return (
    <>
      <fieldset className="radio-group">
        <legend>{e.labels.flow}</legend>
        {(['app-only', 'delegated'] as const).map((flow) => (
          <label key={flow} className="radio">
            <input type="radio" name="export-flow" data-testid={`export-flow-${flow}`} checked={form.flow === flow} onChange={() => setField('generic', 'flow', flow)} />
            {e.flows[flow]}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-group">
        <legend>{e.labels.credential}</legend>
        {(['secret', 'certificate'] as const).map((credential) => (
          <label key={credential} className="radio">
            <input type="radio" name="export-credential" data-testid={`export-credential-${credential}`} checked={form.credential === credential}
              onChange={() => setField('generic', 'credential', credential)} />
            {e.credentials[credential]}
          </label>
        ))}
      </fieldset>
      <div className="field-grid">
        <ExportField field="tenantId" mono value={form.tenantId} onChange={(v) => setField('generic', 'tenantId', v)} />
        <CloudSelect value={form.cloud} onChange={(v) => setField('generic', 'cloud', v)} />
        <ExportField field="clientId" mono value={form.clientId} onChange={(v) => setField('generic', 'clientId', v)} />
        <ExportField field="mailbox" value={form.mailbox} onChange={(v) => setField('generic', 'mailbox', v)} />
        {form.credential === 'certificate'
          // The whole row: a thumbprint's 40 characters stay visible.
          ? <div className="field-wide"><ExportField field="certificateThumbprint" mono value={form.certificateThumbprint} onChange={(v) => setField('generic', 'certificateThumbprint', v)} /></div>
          : <ExportField field="secretExpires" type="date" optional value={form.secretExpires} onChange={(v) => setField('generic', 'secretExpires', v)} />}
      </div>
    </>
  );
}
