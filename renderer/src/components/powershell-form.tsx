/** The Exchange-PowerShell step's inputs, per product; each error is shown under the field it names. */
import { useEffect } from 'react';
import type { MailCloudId, Profile } from '../../../electron/ipc/contract.js';
import { knownFacts } from '../known-facts.js';
import type { PowerShellField } from '../messages/sections.js';
import type { PowerShellForm as FormValues } from '../slices/powershell-slice.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';
import { formProblems, useFormSend, type FormField } from '../wizard/form-check.js';
import { FormSummary } from './form-summary.js';
import { TextField } from './text-field.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The script's rules (electron/core/powershell/quote.ts): no quotes, spaces, $ or ; get into a command.
const ADDRESS = /^[A-Za-z0-9!#%&*+/=?^_{|}~-]+(?:\.[A-Za-z0-9!#%&*+/=?^_{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;

type TextFieldName = 'organization' | 'mailbox' | 'servicePrincipalObjectId' | 'appId' | 'displayName';

const CLOUDS: readonly MailCloudId[] = ['global', 'usgov-gcchigh', 'usgov-dod', 'china'];

/** Props of PowerShellForm. */
export interface PowerShellFormProps {
  readonly profile: Profile;
}

/** The form; `Create script` asks the main process, which validates every value. */
export function PowerShellForm({ profile }: PowerShellFormProps) {
  const form = useAssistantStore((s) => s.psForm);
  const error = useAssistantStore((s) => s.psError);
  const activity = useAssistantStore((s) => s.psActivity);
  const prefilled = useAssistantStore((s) => s.psPrefilled);
  const setField = useAssistantStore((s) => s.setPowerShellField);
  const createScript = useAssistantStore((s) => s.createScript);
  const prefill = useAssistantStore((s) => s.prefillPowerShell);
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const checkResult = useAssistantStore((s) => s.checkResult);
  const tenantForm = useAssistantStore((s) => s.tenantForm);
  // Wherever the form is shown (its page, ETRON's Authenticated SMTP page), it starts from what is known.
  useEffect(() => { prefill(knownFacts({ demoStatus, checkResult, profile, tenantForm })); }, [demoStatus, checkResult, profile, tenantForm, prefill]);
  const moreMailboxes = useAssistantStore((s) => (profile === 'etron' ? s.etronMoreMailboxes.map((m) => m.trim()).filter((m) => m !== '').join(', ') : ''));
  const t = useMessages();
  const p = t.powershell;
  const appOnly = profile !== 'etron';
  const setup = form.purpose === 'setup';
  const onScreen: TextFieldName[] = ['organization', 'mailbox', ...(appOnly ? ['servicePrincipalObjectId' as const] : []),
    ...(profile === 'generic' && setup ? ['appId' as const, 'displayName' as const] : [])];
  const rules: Readonly<Record<TextFieldName, (v: string) => boolean>> = {
    organization: (v) => GUID.test(v) || DOMAIN.test(v),
    mailbox: (v) => ADDRESS.test(v),
    servicePrincipalObjectId: (v) => GUID.test(v),
    appId: (v) => GUID.test(v),
    displayName: (v) => v.length <= 256 && !NOT_PRINTABLE.test(v),
  };
  const fields: FormField[] = onScreen.map((field) => ({
    id: `ps-${field}`, value: form[field], required: true, check: (v: string) => (rules[field](v) ? undefined : p.fieldErrors[field]),
  }));
  const sent = useFormSend();
  const problems = formProblems(fields, t.path);
  const fieldError = (field: PowerShellField): string | undefined => {
    const own = problems[`ps-${field}`];
    if (own && sent.shown) return own;
    return error?.code === 'invalid_input' && error.field === field ? p.fieldErrors[field] : undefined;
  };
  const text = (field: TextFieldName, help = p.help[field], mono = false) => (
    <TextField
      id={`ps-${field}`}
      label={p.labels[field]}
      value={form[field]}
      help={help}
      error={fieldError(field)}
      mono={mono}
      onChange={(value) => setField(field, value)}
    />
  );
  const shown = new Set<string>(['organization', 'mailbox', 'purpose', ...(appOnly ? ['servicePrincipalObjectId'] : []),
    ...(profile === 'generic' && setup ? ['appId', 'displayName'] : [])]);
  // An error about a field on screen is shown under that field; any other error here.
  const general = error && !(error.code === 'invalid_input' && error.field !== undefined && shown.has(error.field)) ? error : undefined;
  return (
    <section className="card" aria-labelledby="ps-form-heading">
      <h3 id="ps-form-heading">{p.formHeading}</h3>
      {prefilled && <p className="muted" data-testid="ps-prefilled">{p.prefilled}</p>}
      {appOnly && (
        <fieldset className="radio-group">
          <legend>{p.purposeLegend}</legend>
          {(['setup', 'verify'] as const).map((purpose) => (
            <label key={purpose} className="radio">
              <input type="radio" name="ps-purpose" data-testid={`ps-purpose-${purpose}`} checked={form.purpose === purpose} onChange={() => setField('purpose', purpose)} />
              {p.purposes[purpose]}
            </label>
          ))}
        </fieldset>
      )}
      {profile === 'generic' && (
        <fieldset className="radio-group">
          <legend>{p.accessLegend}</legend>
          {(['mailbox-permission', 'rbac'] as const).map((access) => (
            <label key={access} className="radio">
              <input type="radio" name="ps-access" data-testid={`ps-access-${access}`} checked={form.access === access} onChange={() => setField('access', access)} />
              {p.accesses[access]}
            </label>
          ))}
          <p className="field-help">{p.accessHelp}</p>
        </fieldset>
      )}
      <div className="field-grid">
        {text('organization', p.help.organization, true)}
        <div className="field">
          <label htmlFor="ps-cloud">{p.labels.cloud}</label>
          <select id="ps-cloud" data-testid="ps-cloud" value={form.cloud} onChange={(e) => setField('cloud', e.target.value as MailCloudId)}>
            {CLOUDS.map((c) => <option key={c} value={c}>{p.clouds[c]}</option>)}
          </select>
          <p className="field-help">{p.help.cloud}</p>
        </div>
        {text('mailbox')}
        {appOnly && text('servicePrincipalObjectId', p.objectIdHelp[profile], true)}
        {profile === 'generic' && setup && text('appId', p.help.appId, true)}
        {profile === 'generic' && setup && text('displayName')}
      </div>
      {moreMailboxes !== '' && <p className="muted" data-testid="ps-more-mailboxes">{t.path.scriptAlsoFor(moreMailboxes)}</p>}
      {!appOnly && (
        <label className="checkbox">
          <input type="checkbox" data-testid="ps-enable-imap" checked={form.enableImap} onChange={(e) => setField('enableImap', e.target.checked)} />
          {p.enableImap}
        </label>
      )}
      {fieldError('purpose') && <p className="field-error" role="alert" data-testid="ps-purpose-error">{fieldError('purpose')}</p>}
      <div className="control-row">
        <button type="button" className="primary" data-testid="ps-create" disabled={activity !== 'idle'} onClick={() => sent.send(fields, problems, () => void createScript())}>
          {activity === 'creating' ? p.creating : p.create}
        </button>
      </div>
      <FormSummary problems={problems} shown={sent.shown} testId="ps-problems" />
      <ErrorNote error={general} id="ps-error" testId="ps-error" />
    </section>
  );
}
