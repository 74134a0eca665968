/** ETRON onRetail's export fields: variant, mailboxes (one per line), incoming, the app's values. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { CloudSelect, ExportField, useExportIssue } from './export-field.js';

/** The ETRON part of the form. */
export function EtronExportFields() {
  const form = useAssistantStore((s) => s.exportForms.etron);
  const setField = useAssistantStore((s) => s.setExportField);
  const issue = useExportIssue();
  const e = useMessages().exportStep;
  const mailboxesError = issue('mailboxes', form.mailboxesText);
  return (
    <>
      <fieldset className="radio-group">
        <legend>{e.labels.variant}</legend>
        {(['A', 'B'] as const).map((variant) => (
          <label key={variant} className="radio">
            <input type="radio" name="export-variant" data-testid={`export-variant-${variant}`} checked={form.variant === variant} onChange={() => setField('etron', 'variant', variant)} />
            {e.variants[variant]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="export-mailboxes">{e.labels.mailboxes}</label>
        <textarea
          id="export-mailboxes"
          data-testid="export-mailboxes"
          rows={form.variant === 'A' ? 1 : 4}
          spellCheck={false}
          value={form.mailboxesText}
          aria-invalid={mailboxesError ? true : undefined}
          aria-describedby={mailboxesError ? 'export-mailboxes-help export-mailboxes-error' : 'export-mailboxes-help'}
          onChange={(ev) => setField('etron', 'mailboxesText', ev.target.value)}
        />
        <p className="field-help" id="export-mailboxes-help">{e.mailboxesFor[form.variant]}</p>
        <p className="field-help" data-testid="export-default-sender">{e.defaultSenderByOdoo}</p>
        {mailboxesError && <p className="field-error" role="alert" id="export-mailboxes-error" data-testid="export-mailboxes-error">{mailboxesError}</p>}
      </div>
      <label className="checkbox">
        <input type="checkbox" data-testid="export-incoming" checked={form.incoming} onChange={(ev) => setField('etron', 'incoming', ev.target.checked)} />
        {e.labels.incoming}
      </label>
      <div className="field-grid">
        <ExportField field="instance" value={form.instance} onChange={(v) => setField('etron', 'instance', v)} />
        <ExportField field="aliasDomain" value={form.aliasDomain} onChange={(v) => setField('etron', 'aliasDomain', v)} />
        <ExportField field="clientId" mono value={form.clientId} onChange={(v) => setField('etron', 'clientId', v)} />
        <CloudSelect value={form.cloud} onChange={(v) => setField('etron', 'cloud', v)} />
        <ExportField field="tenantId" mono optional value={form.tenantId} onChange={(v) => setField('etron', 'tenantId', v)} />
        <ExportField field="secretExpires" type="date" optional value={form.secretExpires} onChange={(v) => setField('etron', 'secretExpires', v)} />
      </div>
    </>
  );
}
