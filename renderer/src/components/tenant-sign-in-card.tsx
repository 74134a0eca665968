/** The sign-in to the admin's own tenant: cloud, tenant, browser or device code. */
import type { MailCloudId, SignInMode } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { DeviceCodeBox } from './device-code-box.js';
import { ErrorNote } from './error-note.js';
import { formProblems, useFormSend, type FormField } from '../wizard/form-check.js';
import { FormSummary } from './form-summary.js';
import { TextField } from './text-field.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS domain such as contoso.onmicrosoft.com (the main process's rule, electron/ipc/ops/sign-in-ops.ts). */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const CLOUDS: readonly MailCloudId[] = ['global', 'usgov-gcchigh', 'usgov-dod', 'china'];
const MODES: readonly SignInMode[] = ['browser', 'device-code'];

/** The form; a field's error is shown at the field, anything else below the button. */
export function TenantSignInCard() {
  const cloud = useAssistantStore((s) => s.signInCloud);
  const tenant = useAssistantStore((s) => s.signInTenant);
  const mode = useAssistantStore((s) => s.signInMode);
  const busy = useAssistantStore((s) => s.signInBusy);
  const error = useAssistantStore((s) => (s.signInErrorTarget === 'tenant' ? s.signInError : undefined));
  const deviceCode = useAssistantStore((s) => s.deviceCode);
  const setCloud = useAssistantStore((s) => s.setSignInCloud);
  const setTenant = useAssistantStore((s) => s.setSignInTenant);
  const setMode = useAssistantStore((s) => s.setSignInMode);
  const signIn = useAssistantStore((s) => s.signIn);
  const cancel = useAssistantStore((s) => s.cancelSignIn);
  const t = useMessages();
  const s = t.signIn;
  // The tenant's error belongs at its field; the client ID's also shows in the settings below.
  const sent = useFormSend();
  // The tenant may stay empty (the admin's home tenant); a typed one is a domain or a tenant ID.
  const fields: FormField[] = [{ id: 'signin-tenant', value: tenant, required: false, check: (v) => (GUID.test(v) || DOMAIN.test(v) ? undefined : s.fieldErrors.tenant) }];
  const problems = formProblems(fields, t.path);
  const ownError = sent.shown ? problems['signin-tenant'] : undefined;
  const tenantError = ownError ?? (error?.field === 'tenant' ? s.fieldErrors.tenant : undefined);
  const otherError = error?.field === 'tenant' ? undefined : error;
  return (
    <section className="card" aria-labelledby="signin-tenant-heading" aria-busy={busy === 'tenant'} data-testid="signin-tenant-card">
      <h3 id="signin-tenant-heading">{s.tenantHeading}</h3>
      <p className="muted">{s.tenantIntro}</p>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="signin-cloud">{s.labels.cloud}</label>
          <select id="signin-cloud" data-testid="signin-cloud-select" value={cloud} disabled={busy !== undefined} onChange={(e) => setCloud(e.target.value as MailCloudId)}>
            {CLOUDS.map((id) => <option key={id} value={id}>{s.clouds[id]}</option>)}
          </select>
        </div>
        <TextField id="signin-tenant" label={s.labels.tenant} value={tenant} onChange={setTenant} help={s.help.tenant} error={tenantError} mono placeholder="contoso.onmicrosoft.com" />
      </div>
      <fieldset className="radio-group">
        <legend>{s.labels.mode}</legend>
        {MODES.map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="signin-mode" data-testid={`signin-mode-${m}`} checked={mode === m} disabled={busy !== undefined} onChange={() => setMode(m)} />
            <span><strong>{s.modes[m].name}</strong> — {s.modes[m].line}</span>
          </label>
        ))}
      </fieldset>
      <div className="control-row">
        <button type="button" className="primary" data-testid="signin-start" disabled={busy !== undefined} onClick={() => sent.send(fields, problems, () => void signIn('tenant'))}>{s.signIn}</button>
        {busy === 'tenant' && <button type="button" data-testid="signin-cancel" onClick={() => void cancel()}>{s.cancel}</button>}
      </div>
      <FormSummary problems={problems} shown={sent.shown} testId="signin-problems" />
      {busy === 'tenant' && !deviceCode && <p className="status status-waiting" role="status" data-testid="signin-waiting">{s.waiting[mode]}</p>}
      {busy === 'tenant' && deviceCode && <DeviceCodeBox deviceCode={deviceCode} />}
      <ErrorNote error={otherError} id="signin-error" testId="signin-error" />
    </section>
  );
}
