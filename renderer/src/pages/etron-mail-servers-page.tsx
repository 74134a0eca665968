/** ETRON settings page 1: General Settings → "Custom Email Servers" on, alias domain set (guide: Konfiguration in ETRON onRetail). */
import { ConfirmStep } from '../components/confirm-step.js';
import { CopyValue } from '../components/copy-value.js';
import { PathPageFrame } from '../components/path-page.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The domain part of an address. */
export function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  return address && at > 0 ? address.slice(at + 1) : undefined;
}

/** The page. */
export function EtronMailServersPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const alias = domainOf(values.mailbox);
  return (
    <PathPageFrame step={WizardStep.EtronMailServers} page="etron-mail-servers">
      {alias && <div className="values card"><CopyValue label={t.values.aliasDomain} value={alias} testId="value-alias-domain" /></div>}
      <StepIllustration id="odoo-general-settings" />
      <ConfirmStep step={WizardStep.EtronMailServers} />
    </PathPageFrame>
  );
}
