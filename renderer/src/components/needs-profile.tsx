/** Shown by steps that depend on the product while none is chosen: says so and links to the choice. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The note with a button to the product step. */
export function NeedsProfile() {
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages();
  return (
    <section className="card notice" data-testid="needs-profile">
      <p>{t.nav.chooseProductFirst}</p>
      <button type="button" className="primary" onClick={() => goToStep(WizardStep.Profile)}>{t.nav.chooseProduct}</button>
    </section>
  );
}
