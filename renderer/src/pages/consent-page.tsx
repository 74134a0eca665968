/** Path page "admin consent": Inventory360's SMTP.SendAsApp (or the generic app's mail permissions), read from Graph. */
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { portalOf } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function ConsentPage() {
  const t = useMessages().path;
  const profile = useAssistantStore((s) => s.profile);
  const inventory360 = profile === 'inventory360';
  const url = useAssistantStore((s) => (inventory360
    ? portalOf(s, 'inventory360.smtp-send-as-app', 'inventory360.enterprise-app')
    : portalOf(s, 'generic.service-principal', 'generic.smtp-send-as-app', 'generic.delegated-smtp-send')));
  return (
    <PathPageFrame step={WizardStep.Consent} page="consent">
      {inventory360 && <p className="notice-line" data-testid="consent-existing-customers">{t.existingCustomers}</p>}
      {/* Without a page from the check (all fine, or not checked yet) the drawing below links the portal. */}
      {url && <PortalButton url={url} testId="consent-portal" />}
      {/* Inventory360's enterprise app, or the same screen for an example app (no Inventory360 name on the other path). */}
      <StepIllustration id={inventory360 ? 'entra-grant-admin-consent' : 'entra-grant-admin-consent-generic'} />
      <StepCheck step={WizardStep.Consent} />
    </PathPageFrame>
  );
}
