/**
 * ETRON settings page 3: the outgoing mail server, variant A (one shared mailbox; its address also
 * in the system parameters mail.default.from / mail.catchall.domain) or B (one server per user:
 * "Für jedes Postfach einen eigenen Ausgabeserver anlegen. Benutzername und Von-Filter entsprechen
 * jeweils der persönlichen Adresse", ETRON guide) — one card per sending mailbox of the path.
 */
import { Radio, RadioGroup } from '@fluentui/react-components';
import { ConfirmStep } from '../components/confirm-step.js';
import { CopyValue } from '../components/copy-value.js';
import { useSendingMailboxes } from '../components/etron-mailbox-list.js';
import { PathPageFrame } from '../components/path-page.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';
import { domainOf } from './etron-mail-servers-page.js';

/** The page. */
export function EtronOutgoingPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const variant = useAssistantStore((s) => s.etronVariant);
  const setVariant = useAssistantStore((s) => s.setEtronVariant);
  const mailbox = values.mailbox;
  const mailboxes = useSendingMailboxes();
  return (
    <PathPageFrame step={WizardStep.EtronOutgoing} page="etron-outgoing">
      <section className="card">
        <h3 id="variant-legend">{t.variantLegend}</h3>
        <RadioGroup aria-labelledby="variant-legend" value={variant} onChange={(_, data) => setVariant(data.value === 'B' ? 'B' : 'A')} data-testid="etron-variant">
          <Radio value="A" label={t.variants.A} data-testid="etron-variant-A" />
          <Radio value="B" label={t.variants.B} data-testid="etron-variant-B" />
        </RadioGroup>
        <p className="muted" data-testid="etron-variant-help">{t.variantHelp[variant]}</p>
      </section>
      {variant === 'A' && mailboxes.length > 1 && <p className="notice-line" data-testid="variant-a-only-first">{t.variantAOnlyFirst}</p>}
      {variant === 'B' && mailboxes.map((m, i) => (
        <section key={m} className="values card" aria-labelledby={`outgoing-server-${i + 1}`} data-testid={`outgoing-server-${i + 1}`}>
          <h3 id={`outgoing-server-${i + 1}`}>{t.outgoingServerFor(i + 1, m)}</h3>
          {/* The name the settings file gives this server (electron/core/export/profile-configs.ts). */}
          <CopyValue label={t.values.outgoingName} value={`Microsoft 365 – ${m}`} testId={`value-outgoing-name-${i + 1}`} />
          <CopyValue label={t.values.userName} value={m} testId={`value-user-name-${i + 1}`} />
          <CopyValue label={t.values.fromFilter} value={m} testId={`value-from-filter-${i + 1}`} />
        </section>
      ))}
      {variant === 'A' && mailbox && (
        <div className="values card" data-testid="outgoing-values">
          <CopyValue label={t.values.outgoingName} value="Microsoft 365" testId="value-outgoing-name" />
          <CopyValue label={t.values.userName} value={mailbox} testId="value-user-name" />
          <CopyValue label={t.values.fromFilter} value={mailbox} testId="value-from-filter" />
          {variant === 'A' && <CopyValue label={t.values.systemFrom} value={mailbox} testId="value-system-from" />}
          {variant === 'A' && <CopyValue label={t.values.systemCatchall} value={domainOf(mailbox) ?? ''} testId="value-system-catchall" />}
        </div>
      )}
      <StepIllustration id="odoo-outgoing-server" />
      {variant === 'A' && <StepIllustration id="odoo-system-parameters" />}
      <ConfirmStep step={WizardStep.EtronOutgoing} />
    </PathPageFrame>
  );
}
