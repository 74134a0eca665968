/**
 * The live verdict on "Authenticated SMTP": what Exchange said when the last check logged on as the
 * product (the demo tenant; a real tenant with the Other application's or ETRON's pasted secret).
 * "On" when the probe got past AUTH, "still off" on 535 5.7.139 (the reply in the folded technical
 * details), with "check again". Where no probe can run it says why honestly: Inventory360's secret
 * stays with the vendor (its own test mail is the proof), the others need the pasted secret.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { useStepNames } from '../use-step-names.js';
import { smtpAuthProbe } from '../wizard/step-findings.js';
import { WizardStep } from '../wizard/steps.js';
import { TechDetails } from './tech-details.js';

/** The card. */
export function SmtpAuthProbe() {
  const t = useMessages().path.smtpAuthProbe;
  const steps = useStepNames();
  const profile = useAssistantStore((s) => s.profile);
  const account = useAssistantStore((s) => s.account);
  const checkKind = useAssistantStore((s) => s.checkKind);
  const running = useAssistantStore((s) => s.checkRunning);
  const verdict = useAssistantStore(useShallow((s) => smtpAuthProbe(s)));
  const runTenantCheck = useAssistantStore((s) => s.runTenantCheck);
  const runDemoCheck = useAssistantStore((s) => s.runDemoCheck);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const demoTenant = account?.cloud === 'sandbox';
  // Delegated or with a certificate, the Other application signs in where the assistant cannot: no probe, no hint to paste.
  const pasted = useAssistantStore((s) => s.productSecret.trim() !== '');
  const noSecretFlow = useAssistantStore((s) => s.profile === 'generic' && (s.tenantForm.genericFlow === 'delegated' || s.tenantForm.genericCredential === 'certificate'));
  const heading = useRef<HTMLHeadingElement>(null);
  if (!profile || (noSecretFlow && !verdict && !demoTenant && checkKind !== 'demo')) return null;
  const canRun = Boolean(account) || checkKind === 'demo';
  const again = async (): Promise<void> => {
    if (account) await runTenantCheck(); else await runDemoCheck();
    heading.current?.focus();
  };
  const noProbe = !verdict && running === undefined;
  const text = verdict?.state === 'on' ? t.on : verdict?.state === 'off' ? t.off : verdict?.state === 'unproven' ? t.unproven : undefined;
  return (
    <section className="card" aria-labelledby="smtp-probe-heading" aria-busy={running !== undefined} data-testid="smtp-probe" data-state={verdict?.state ?? 'none'}>
      <h3 id="smtp-probe-heading" ref={heading} tabIndex={-1}>{t.heading}</h3>
      {running !== undefined && <p className="status status-waiting" role="status" data-testid="smtp-probe-running">{t.running}</p>}
      {running === undefined && text && (
        <MessageBar intent={verdict?.state === 'on' ? 'success' : 'warning'} data-testid="smtp-probe-verdict">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      )}
      {running === undefined && verdict && verdict.state !== 'on' && verdict.reply && (
        <TechDetails testId="smtp-probe-details"><p className="mono">{verdict.reply}</p></TechDetails>
      )}
      {noProbe && profile === 'inventory360' && !demoTenant && <p data-testid="smtp-probe-inventory360">{t.inventory360}</p>}
      {noProbe && profile !== 'inventory360' && !demoTenant && !noSecretFlow && pasted && (
        <p data-testid="smtp-probe-ready">{profile === 'etron' ? t.readyEtron : t.readyGeneric}</p>
      )}
      {noProbe && profile !== 'inventory360' && !demoTenant && !noSecretFlow && !pasted && (
        <p className="control-row" data-testid="smtp-probe-no-secret">
          <span>{t.noSecret(steps[WizardStep.ClientSecret])}</span>
          <Button size="small" onClick={() => goToStep(WizardStep.ClientSecret)}>{`${steps[WizardStep.ClientSecret]} →`}</Button>
        </p>
      )}
      {canRun && (profile !== 'inventory360' || demoTenant || checkKind === 'demo') && (
        <Button data-testid="smtp-probe-again" disabled={running !== undefined} onClick={() => void again()}>{t.checkAgain}</Button>
      )}
    </section>
  );
}

/**
 * On "wait and test": whether the tries include the logon at the mail server. Inventory360 on a
 * real tenant never does (the vendor's secret); ETRON and the Other application app-only do once
 * the secret is pasted; the demo tenant always does.
 */
export function MailProbeNote() {
  const t = useMessages().path.smtpAuthProbe;
  const steps = useStepNames();
  const profile = useAssistantStore((s) => s.profile);
  const demoTenant = useAssistantStore((s) => s.account?.cloud === 'sandbox');
  const pasted = useAssistantStore((s) => s.productSecret.trim() !== '');
  const delegated = useAssistantStore((s) => s.profile === 'generic' && (s.tenantForm.genericFlow === 'delegated' || s.tenantForm.genericCredential === 'certificate'));
  if (!profile || demoTenant) return null;
  if (profile === 'inventory360') return <p className="muted" data-testid="wait-no-mail-probe">{t.inventory360}</p>;
  if (pasted || delegated) return null;
  return <p className="muted" data-testid="wait-no-mail-probe">{t.noSecret(steps[WizardStep.ClientSecret])}</p>;
}
