/** The list of wizard steps at the side; the current one is marked. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WIZARD_STEPS } from '../wizard/steps.js';

/** Step navigation. */
export function WizardNav() {
  const step = useAssistantStore((s) => s.step);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages();
  return (
    <nav className="wizard-nav" aria-label={t.stepsLabel}>
      <ol>
        {WIZARD_STEPS.map((s, index) => (
          <li key={s}>
            <button
              type="button"
              aria-current={s === step ? 'step' : undefined}
              data-testid={`step-${s}`}
              onClick={() => goToStep(s)}
            >
              <span className="step-number" aria-hidden="true">{index + 1}</span>
              {t.steps[s]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
