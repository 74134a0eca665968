/** The tenant check's fields: the mailbox, and the product's own (ETRON instance, the generic app). */
import type { Profile } from '../../../electron/ipc/contract.js';
import type { TenantCheckField } from '../messages/sections.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { TextField } from './text-field.js';

/** Props of TenantCheckFields. */
export interface TenantCheckFieldsProps {
  readonly profile: Profile;
}

/** Each field shows the localized error when the check's answer names it. */
export function TenantCheckFields({ profile }: TenantCheckFieldsProps) {
  const form = useAssistantStore((s) => s.tenantForm);
  const errorField = useAssistantStore((s) => s.tenantCheckError?.field);
  const setField = useAssistantStore((s) => s.setTenantField);
  const t = useMessages();
  const c = t.checks;
  const errorOf = (field: TenantCheckField): { error?: string } => (errorField === field ? { error: c.fieldErrors[field] } : {});
  const helpOf = (field: TenantCheckField): { help?: string } => (c.help[field] ? { help: c.help[field] } : {});
  const optional = t.exportStep.optional;
  return (
    <>
      <div className="field-grid">
        <TextField id="tenant-mailbox" label={c.labels.mailbox} value={form.mailbox} onChange={(v) => setField('mailbox', v)} mono {...helpOf('mailbox')} {...errorOf('mailbox')} />
        <TextField id="tenant-sender" label={c.labels.sender} optionalNote={optional} value={form.sender} onChange={(v) => setField('sender', v)} mono {...helpOf('sender')} {...errorOf('sender')} />
        {profile === 'etron' && (
          <>
            <TextField id="tenant-etron-instance" label={c.labels['etron.instance']} value={form.etronInstance} onChange={(v) => setField('etronInstance', v)} mono {...helpOf('etron.instance')} {...errorOf('etron.instance')} />
            <TextField id="tenant-etron-app-id" label={c.labels['etron.appId']} optionalNote={optional} value={form.etronAppId} onChange={(v) => setField('etronAppId', v)} mono {...helpOf('etron.appId')} {...errorOf('etron.appId')} />
          </>
        )}
        {profile === 'generic' && (
          <TextField id="tenant-generic-app-id" label={c.labels['generic.appId']} value={form.genericAppId} onChange={(v) => setField('genericAppId', v)} mono {...helpOf('generic.appId')} {...errorOf('generic.appId')} />
        )}
      </div>
      {profile === 'generic' && (
        <>
          <fieldset className="radio-group">
            <legend>{c.labels['generic.flow']}</legend>
            {(['app-only', 'delegated'] as const).map((flow) => (
              <label key={flow} className="radio">
                <input type="radio" name="tenant-generic-flow" data-testid={`tenant-generic-flow-${flow}`} checked={form.genericFlow === flow} onChange={() => setField('genericFlow', flow)} />
                {c.flows[flow]}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" data-testid="tenant-generic-imap" checked={form.genericImap} onChange={(e) => setField('genericImap', e.target.checked)} />
            {c.labels['generic.imap']}
          </label>
        </>
      )}
    </>
  );
}
