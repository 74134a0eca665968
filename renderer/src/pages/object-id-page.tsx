/**
 * Path page "Object ID": the enterprise app's Object ID as Graph returned it, with Copy; the app
 * registration's Application ID next to it crossed out, as in the drawing — mixing them up is the
 * most common cause of "535 5.7.3" (Inventory360 guide, step 2).
 */
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
export function ObjectIdPage() {
  const t = useMessages().path;
  const values = useAssistantStore(useShallow((s) => pageValues(s)));
  const url = useAssistantStore((s) => portalOf(s, 'inventory360.enterprise-app'));
  return (
    <PathPageFrame step={WizardStep.ObjectId} page="object-id">
      {values.objectId && (
        <div className="values card" data-testid="object-id-values">
          <CopyValue label={t.values.objectId} value={values.objectId} testId="value-object-id" />
          {values.appId && <CopyValue label={t.values.appIdNotThis} value={values.appId} testId="value-app-id" wrong />}
        </div>
      )}
      <PortalButton url={url} testId="object-id-portal" />
      <StepIllustration id="entra-object-id" />
      <StepCheck step={WizardStep.ObjectId} />
    </PathPageFrame>
  );
}
