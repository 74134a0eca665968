/** The check of the signed-in tenant: its form, Run and Cancel; before sign-in, the way to it. */
import type { Profile } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';
import { BreakDemoRow } from './break-demo-row.js';
import { ErrorNote } from './error-note.js';
import { formProblems, useFormSend } from '../wizard/form-check.js';
import { FormSummary } from './form-summary.js';
import { TenantCheckFields, tenantCheckFormFields } from './tenant-check-fields.js';

/** Props of TenantCheckCard. */
export interface TenantCheckCardProps {
  readonly profile: Profile;
}

/** A field's error is shown at the field (TenantCheckFields); any other error below the buttons. */
export function TenantCheckCard({ profile }: TenantCheckCardProps) {
  const account = useAssistantStore((s) => s.account);
  const running = useAssistantStore((s) => s.checkRunning);
  const error = useAssistantStore((s) => s.tenantCheckError);
  const runCheck = useAssistantStore((s) => s.runTenantCheck);
  const cancel = useAssistantStore((s) => s.cancelTenantCheck);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const form = useAssistantStore((s) => s.tenantForm);
  const t = useMessages();
  const c = t.checks;
  const sent = useFormSend();
  if (!account) {
    return (
      <section className="card notice" data-testid="tenant-check-sign-in-first">
        <p>{c.signInFirst}</p>
        <button type="button" className="primary" onClick={() => goToStep(WizardStep.SignIn)}>{c.goToSignIn}</button>
      </section>
    );
  }
  const fieldError = error?.field !== undefined && Object.hasOwn(c.fieldErrors, error.field);
  const fields = tenantCheckFormFields(form, profile, c.fieldErrors);
  const problems = formProblems(fields, t.path);
  const who = account.name ? `${account.name} (${account.username})` : account.username;
  return (
    <section className="card" aria-labelledby="tenant-check-heading" aria-busy={running === 'tenant'} data-testid="tenant-check-card">
      <h3 id="tenant-check-heading">{c.tenantHeading}</h3>
      <p className="muted" data-testid="tenant-check-account">{c.tenantIntro(who)}</p>
      <TenantCheckFields profile={profile} problems={problems} shown={sent.shown} />
      <div className="control-row">
        <button type="button" className="primary" data-testid="tenant-check-run" disabled={running !== undefined} onClick={() => sent.send(fields, problems, () => void runCheck())}>
          {running === 'tenant' ? c.running : c.run}
        </button>
        {running === 'tenant' && <button type="button" data-testid="tenant-check-cancel" onClick={() => void cancel()}>{c.cancel}</button>}
      </div>
      <FormSummary problems={problems} shown={sent.shown} testId="tenant-check-problems" />
      <ErrorNote error={fieldError ? undefined : error} id="tenant-check-error" testId="tenant-check-error" />
      {account.cloud === 'sandbox' && <BreakDemoRow />}
    </section>
  );
}
