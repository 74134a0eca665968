/** ETRON settings page 4: the incoming mail server with Outlook OAuth (only when ETRON should fetch mail). */
import { ConfirmStep } from '../components/confirm-step.js';
import { CopyValue } from '../components/copy-value.js';
import { useSendingMailboxes } from '../components/etron-mailbox-list.js';
import { SendingMailboxes } from '../components/sending-mailboxes.js';
import { PathPageFrame } from '../components/path-page.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function EtronIncomingPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const mailboxes = useSendingMailboxes();
  const variant = useAssistantStore((s) => s.etronVariant);
  return (
    <PathPageFrame step={WizardStep.EtronIncoming} page="etron-incoming">
      {/* Variant B: each user's mailbox gets its incoming server too (as the settings file lists them). */}
      {variant === 'B' && mailboxes.length > 1
        ? <SendingMailboxes mailboxes={mailboxes} />
        : values.mailbox && <div className="values card"><CopyValue label={t.values.incomingUser} value={values.mailbox} testId="value-incoming-user" /></div>}
      <StepIllustration id="odoo-incoming-server" />
      <ConfirmStep step={WizardStep.EtronIncoming} />
    </PathPageFrame>
  );
}
