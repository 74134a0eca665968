/** The tenant check's fields: the mailbox, and the product's own (ETRON instance, the generic app). */
import type { Profile } from '../../../electron/ipc/contract.js';
import type { TenantCheckField } from '../messages/sections.js';
import type { TenantCheckForm } from '../slices/tenant-check-slice.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import type { FormField, FormProblems } from '../wizard/form-check.js';
import { isValidInput } from '../wizard/validate-input.js';
import { TextField } from './text-field.js';

const FIELD_IDS: Readonly<Record<'mailbox' | 'sender' | 'etron.instance' | 'etron.appId' | 'generic.appId', string>> = {
  mailbox: 'tenant-mailbox', sender: 'tenant-sender', 'etron.instance': 'tenant-etron-instance',
  'etron.appId': 'tenant-etron-app-id', 'generic.appId': 'tenant-generic-app-id',
};

/** The form's fields in screen order, each with its rule and its message (form-check.ts). */
export function tenantCheckFormFields(form: TenantCheckForm, profile: Profile, fieldErrors: Readonly<Record<TenantCheckField, string>>): FormField[] {
  const rule = (kind: 'address' | 'instance' | 'guid', message: string) => (v: string) => (isValidInput(kind, v) ? undefined : message);
  return [
    { id: FIELD_IDS.mailbox, value: form.mailbox, required: true, check: rule('address', fieldErrors.mailbox) },
    { id: FIELD_IDS.sender, value: form.sender, required: false, check: rule('address', fieldErrors.sender) },
    ...(profile === 'etron' ? [
      { id: FIELD_IDS['etron.instance'], value: form.etronInstance, required: true, check: rule('instance', fieldErrors['etron.instance']) },
      { id: FIELD_IDS['etron.appId'], value: form.etronAppId, required: false, check: rule('guid', fieldErrors['etron.appId']) },
    ] : []),
    ...(profile === 'generic' ? [
      { id: FIELD_IDS['generic.appId'], value: form.genericAppId, required: true, check: rule('guid', fieldErrors['generic.appId']) },
    ] : []),
  ];
}

/** Props of TenantCheckFields. */
export interface TenantCheckFieldsProps {
  readonly profile: Profile;
  /** Every field's problem (form-check.ts) … */
  readonly problems: FormProblems;
  /** … shown for all fields once the form was sent, before that only for a typed value. */
  readonly shown: boolean;
}

/** Each field shows its own problem, or the localized error when the check's answer names it. */
export function TenantCheckFields({ profile, problems, shown }: TenantCheckFieldsProps) {
  const form = useAssistantStore((s) => s.tenantForm);
  const errorField = useAssistantStore((s) => s.tenantCheckError?.field);
  const setField = useAssistantStore((s) => s.setTenantField);
  const t = useMessages();
  const c = t.checks;
  const errorOf = (field: keyof typeof FIELD_IDS, value: string): { error?: string } => {
    const own = problems[FIELD_IDS[field]];
    if (own && (shown || value.trim() !== '')) return { error: own };
    return errorField === field ? { error: c.fieldErrors[field] } : {};
  };
  const helpOf = (field: TenantCheckField): { help?: string } => (c.help[field] ? { help: c.help[field] } : {});
  const optional = t.exportStep.optional;
  return (
    <>
      <div className="field-grid">
        <TextField id="tenant-mailbox" label={c.labels.mailbox} value={form.mailbox} onChange={(v) => setField('mailbox', v)} mono {...helpOf('mailbox')} {...errorOf('mailbox', form.mailbox)} />
        <TextField id="tenant-sender" label={c.labels.sender} optionalNote={optional} value={form.sender} onChange={(v) => setField('sender', v)} mono {...helpOf('sender')} {...errorOf('sender', form.sender)} />
        {profile === 'etron' && (
          <>
            <TextField id="tenant-etron-instance" label={c.labels['etron.instance']} value={form.etronInstance} onChange={(v) => setField('etronInstance', v)} mono {...helpOf('etron.instance')} {...errorOf('etron.instance', form.etronInstance)} />
            <TextField id="tenant-etron-app-id" label={c.labels['etron.appId']} optionalNote={optional} value={form.etronAppId} onChange={(v) => setField('etronAppId', v)} mono {...helpOf('etron.appId')} {...errorOf('etron.appId', form.etronAppId)} />
          </>
        )}
        {profile === 'generic' && (
          <TextField id="tenant-generic-app-id" label={c.labels['generic.appId']} value={form.genericAppId} onChange={(v) => setField('genericAppId', v)} mono {...helpOf('generic.appId')} {...errorOf('generic.appId', form.genericAppId)} />
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
