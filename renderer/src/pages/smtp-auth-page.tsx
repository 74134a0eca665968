/**
 * Path page "Authenticated SMTP" for the sending mailbox (Inventory360 guide step 3; ETRON needs it
 * too). Graph cannot read the checkbox: the page checks what Graph can (the user exists, is enabled
 * and licensed; security defaults), and the SMTP probe — where the app can log on as the product —
 * says whether Exchange lets the mailbox in (5.7.139 = still off). Where no probe can run, the
 * admin confirms it and the product's own test mail is the proof.
 */
import { ConfirmStep } from '../components/confirm-step.js';
import { CopyValue } from '../components/copy-value.js';
import { SendingMailboxes } from '../components/sending-mailboxes.js';
import { useSendingMailboxes } from '../components/etron-mailbox-list.js';
import { PathPageFrame } from '../components/path-page.js';
import { PowerShellForm } from '../components/powershell-form.js';
import { ScriptCard } from '../components/script-card.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { SmtpAuthProbe } from '../components/smtp-auth-probe.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues, portalOf } from '../wizard/page-values.js';
import { findingIdsFor, smtpAuthProbe } from '../wizard/step-findings.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function SmtpAuthPage() {
  const t = useMessages().path;
  const profile = useAssistantStore((s) => s.profile);
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const mailboxes = useSendingMailboxes();
  const url = useAssistantStore((s) => portalOf(s, 'inventory360.sending-user'));
  const script = useAssistantStore((s) => (s.psScriptProfile === s.profile ? s.psScript : undefined));
  const graphPart = profile ? findingIdsFor(WizardStep.SmtpAuth, profile) !== undefined : false;
  const probed = useAssistantStore((s) => smtpAuthProbe(s) !== undefined);
  return (
    <PathPageFrame step={WizardStep.SmtpAuth} page="smtp-auth">
      {profile === 'etron' && mailboxes.length > 1
        ? <SendingMailboxes mailboxes={mailboxes} />
        : values.mailbox && <div className="values card"><CopyValue label={t.values.mailbox} value={values.mailbox} testId="value-mailbox" /></div>}
      {url && <PortalButton url={url} testId="smtp-auth-portal" />}
      <StepIllustration id="admin-center-authenticated-smtp" />
      {graphPart && <StepCheck step={WizardStep.SmtpAuth} />}
      <SmtpAuthProbe />
      {/* The admin's word counts only where no probe can run (Inventory360 on a real tenant, no pasted secret). */}
      {!probed && <ConfirmStep step={WizardStep.SmtpAuth} note={t.smtpAuthVerify} />}
      {profile === 'etron' && (
        // ETRON's path has no PowerShell page: its script (SMTP AUTH, and IMAP, for the mailboxes) is the alternative here.
        <details className="card" data-testid="smtp-auth-powershell">
          <summary>{t.smtpAuthPowerShell}</summary>
          <PowerShellForm profile="etron" />
          {script && <ScriptCard script={script} />}
        </details>
      )}
    </PathPageFrame>
  );
}
