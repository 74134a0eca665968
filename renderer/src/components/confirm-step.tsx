/**
 * For a step Microsoft Graph cannot read (Authenticated SMTP, the PowerShell, ETRON's own
 * settings): says so, and lets the admin mark it as done; the test at the end verifies it.
 */
import { Checkbox } from '@fluentui/react-components';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import type { WizardStep } from '../wizard/steps.js';

/** Props of ConfirmStep. */
export interface ConfirmStepProps {
  readonly step: WizardStep;
  /** Replaces the general "Graph cannot show this" sentence. */
  readonly note?: string;
}

/** The note and the "done" box. */
export function ConfirmStep({ step, note }: ConfirmStepProps) {
  const t = useMessages().path;
  const done = useAssistantStore((s) => s.confirmedSteps.includes(step));
  const confirm = useAssistantStore((s) => s.confirmStep);
  return (
    <section className="card verify" data-testid="confirm-step" data-state={done ? 'done' : 'open'}>
      <h3>{t.confirmHeading}</h3>
      <p>{note ?? t.notReadable}</p>
      <Checkbox data-testid="confirm-step-box" checked={done} label={t.confirmLabel} onChange={(_, data) => confirm(step, data.checked === true)} />
      <p className="muted-inline" aria-live="polite">{done ? t.confirmed : ''}</p>
    </section>
  );
}
