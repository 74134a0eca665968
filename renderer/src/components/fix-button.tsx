/**
 * "Fix it for me" on a finding the last tenant check marked `auto`: asks first, naming the change
 * in plain words and the one permission Microsoft may ask for; then runs applyFix in the main
 * process and shows what was done (or the error) next to the button, the wait for Entra and
 * Exchange, and "Check again". A new client secret stays in this component's state only.
 */
import { useState } from 'react';
import type { AppError, AppliedFix, Finding, FixAction, NewSecretOnce } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';
import { FixSecret } from './fix-secret.js';

/** The write permission each change needs (electron/core/auth/consent-steps.ts, STEP_PERMISSIONS). */
const PERMISSION: Partial<Record<FixAction, string>> = {
  'grant-admin-consent': 'AppRoleAssignment.ReadWrite.All',
  'grant-app-role': 'AppRoleAssignment.ReadWrite.All',
  'assign-users': 'AppRoleAssignment.ReadWrite.All',
  'create-app-registration': 'Application.ReadWrite.All',
  'repair-app-registration': 'Application.ReadWrite.All',
  'create-service-principal': 'Application.ReadWrite.All',
  'create-client-secret': 'Application.ReadWrite.All',
  'grant-delegated-consent': 'DelegatedPermissionGrant.ReadWrite.All',
};

type Phase =
  | { readonly kind: 'idle' | 'confirm' | 'running' }
  | { readonly kind: 'done'; readonly fix: Omit<AppliedFix, 'newSecret'> }
  | { readonly kind: 'failed'; readonly error: AppError };

/** Props of FixButton. */
export interface FixButtonProps {
  readonly finding: Finding;
}

/** The button, its confirmation and its outcome. */
export function FixButton({ finding }: FixButtonProps) {
  const t = useMessages().fix;
  const language = useAssistantStore((s) => s.language);
  const account = useAssistantStore((s) => s.account);
  const form = useAssistantStore((s) => s.tenantForm);
  const checkAgain = useAssistantStore((s) => s.runTenantCheck);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [secret, setSecret] = useState<NewSecretOnce | undefined>(undefined);
  const action = finding.fixStep?.action;
  if (!action || !finding.fixStep?.auto) return null;
  const id = `fix-${finding.id}`;
  const permission = PERMISSION[action];
  const change = t.change({
    findingId: finding.id, action, tenant: account?.username.split('@')[1] ?? account?.tenantId ?? '',
    mailbox: form.mailbox, instance: form.etronInstance.trim().toLowerCase(), appId: form.genericAppId.trim(),
  });

  const run = async (): Promise<void> => {
    setPhase({ kind: 'running' });
    const answer = await api.applyFix({ action, findingId: finding.id });
    if (!answer.ok) {
      setPhase({ kind: 'failed', error: answer.error });
      return;
    }
    const { newSecret, ...fix } = answer.value;
    setSecret(newSecret);
    setPhase({ kind: 'done', fix });
  };

  return (
    <div className="fix" data-testid={id} data-phase={phase.kind}>
      {(phase.kind === 'idle' || phase.kind === 'failed') && (
        <button type="button" className="primary" data-testid={`${id}-button`} onClick={() => setPhase({ kind: 'confirm' })}>{t.button}</button>
      )}
      {phase.kind === 'confirm' && (
        <div className="card" role="alertdialog" aria-labelledby={`${id}-confirm-heading`} data-testid={`${id}-confirm`}>
          <h4 id={`${id}-confirm-heading`}>{t.confirmHeading}</h4>
          <p data-testid={`${id}-change`}>{change}</p>
          {permission && <p className="muted" data-testid={`${id}-permission`}>{t.consentNote(permission)}</p>}
          <div className="control-row">
            <button type="button" className="primary" data-testid={`${id}-yes`} onClick={() => void run()}>{t.confirm}</button>
            <button type="button" data-testid={`${id}-no`} onClick={() => setPhase({ kind: 'idle' })}>{t.cancel}</button>
          </div>
        </div>
      )}
      {phase.kind === 'running' && (
        <button type="button" className="primary" disabled aria-busy="true" data-testid={`${id}-working`}>{t.working}</button>
      )}
      {phase.kind === 'failed' && <ErrorNote error={phase.error} id={`${id}-error`} testId={`${id}-error`} />}
      {phase.kind === 'done' && (
        <div role="status" data-testid={`${id}-done`}>
          <p><strong>{phase.fix.changed ? t.done : t.unchanged}</strong> <span className="mono" data-testid={`${id}-summary`}>{language === 'de' && phase.fix.summaryDe ? phase.fix.summaryDe : phase.fix.summary}</span></p>
          {secret && <FixSecret secret={secret} id={id} onDone={() => setSecret(undefined)} />}
          {!secret && (
            <div className="wait-note" data-testid={`${id}-wait`}>
              <p>{t.waitNote}</p>
              <button type="button" data-testid={`${id}-check-again`} onClick={() => void checkAgain()}>{t.checkAgain}</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
