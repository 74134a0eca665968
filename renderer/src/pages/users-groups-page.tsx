/** ETRON path page "users and groups": assign the sending users to the enterprise app (guide: Benutzer & Gruppen zuweisen). */
import { CopyValue } from '../components/copy-value.js';
import { PathPageFrame } from '../components/path-page.js';
import { PortalButton } from '../components/portal-button.js';
import { StepCheck } from '../components/step-check.js';
import { StepIllustration } from '../components/step-illustration.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { pageValues, portalOf } from '../wizard/page-values.js';
import { WizardStep } from '../wizard/steps.js';

/** The page. */
export function UsersGroupsPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const url = useAssistantStore((s) => portalOf(s, 'etron.user-assignment', 'etron.service-principal'));
  return (
    <PathPageFrame step={WizardStep.UsersGroups} page="users-groups">
      {values.mailbox && <div className="values card"><CopyValue label={t.values.mailbox} value={values.mailbox} testId="value-mailbox" /></div>}
      <PortalButton url={url} testId="users-portal" />
      <StepIllustration id="entra-assign-users" />
      <StepCheck step={WizardStep.UsersGroups} />
    </PathPageFrame>
  );
}
