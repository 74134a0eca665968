/**
 * ETRON path page "app registration" (guide: Anwendungsregistrierung, API-Berechtigungen): the
 * instance the redirect URI needs, the values of "New registration" with Copy, and the check of
 * the registration in the tenant — create or repair it through Graph ("Do it for me") or check
 * the one that exists.
 */
import { CopyValue } from '../components/copy-value.js';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues, portalOf } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** "Accounts in any organizational directory … and personal Microsoft accounts" as the portal names it. */
const ACCOUNT_TYPES = {
  de: 'Konten in einem beliebigen Organisationsverzeichnis (beliebiger Microsoft Entra ID-Mandant – mandantenfähig) und persönliche Microsoft-Konten (z. B. Skype, Xbox)',
  en: 'Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant) and personal Microsoft accounts (e.g. Skype, Xbox)',
} as const;

/** The page. */
export function AppRegistrationPage() {
  const t = useMessages().path;
  const language = useAssistantStore((s) => s.language);
  const form = useAssistantStore((s) => s.tenantForm);
  const setField = useAssistantStore((s) => s.setTenantField);
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const url = useAssistantStore((s) => portalOf(s, 'etron.redirect-uri', 'etron.app-registration', 'etron.permissions'));
  return (
    <PathPageFrame step={WizardStep.AppRegistration} page="app-registration"
      fields={[{ id: 'path-instance', kind: 'instance', value: form.etronInstance, required: true }]}>
      <section className="card" data-testid="etron-instance-card">
        <PasteField id="path-instance" kind="instance" label={t.values.instance} hint={t.instanceHelp}
          value={form.etronInstance} onChange={(v) => setField('etronInstance', v)} showRequired placeholder="firma" />
      </section>
      <div className="values card" data-testid="registration-values">
        <CopyValue label={t.values.appName} value="ETRON onRetail" testId="value-app-name" />
        <CopyValue label={t.values.accountTypes} value={ACCOUNT_TYPES[language]} testId="value-account-types" />
        {values.redirectUri && <CopyValue label={t.values.redirectUri} value={values.redirectUri} testId="value-redirect-uri" />}
        <CopyValue label={t.values.permissions} value="SMTP.Send, IMAP.AccessAsUser.All, User.Read" testId="value-permissions" />
      </div>
      <PortalButton url={url} testId="registration-portal" />
      <StepIllustration id="entra-new-registration" />
      <StepIllustration id="entra-redirect-uri" />
      <StepIllustration id="entra-api-permissions" />
      <StepCheck step={WizardStep.AppRegistration} />
    </PathPageFrame>
  );
}
