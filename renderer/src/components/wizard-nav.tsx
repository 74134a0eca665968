/**
 * The list of wizard steps at the side: the current one is marked, finished ones show a tick,
 * the chosen product is named under its step; the tools follow apart from the sequence.
 */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { isStepDone } from '../wizard/step-progress.js';
import { TOOL_STEPS, WIZARD_STEPS, WizardStep } from '../wizard/steps.js';

/** Step navigation. */
export function WizardNav() {
  const step = useAssistantStore((s) => s.step);
  const profile = useAssistantStore((s) => s.profile);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const psSavedPath = useAssistantStore((s) => s.psSavedPath);
  const exportSavedPath = useAssistantStore((s) => s.exportSavedPath);
  const account = useAssistantStore((s) => s.account);
  const checkKind = useAssistantStore((s) => s.checkKind);
  const waitOutcome = useAssistantStore((s) => s.waitOutcome);
  const progress = { step, profile, psSavedPath, exportSavedPath, account, checkKind, waitOutcome };
  const t = useMessages();
  return (
    <nav className="wizard-nav" aria-label={t.stepsLabel}>
      <ol>
        {WIZARD_STEPS.map((s, index) => {
          const done = isStepDone(s, progress);
          return (
            <li key={s}>
              <button
                type="button"
                aria-current={s === step ? 'step' : undefined}
                className={done ? 'done' : undefined}
                data-testid={`step-${s}`}
                onClick={() => goToStep(s)}
              >
                <span className="step-number" aria-hidden="true">{done ? '✓' : index + 1}</span>
                <span className="step-label">
                  {t.steps[s]}
                  {done && <span className="visually-hidden">{` (${t.nav.done})`}</span>}
                  {s === WizardStep.Profile && profile && (
                    <span className="step-detail" data-testid="nav-profile">{t.profile.options[profile].name}</span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <h2 className="nav-section">{t.nav.toolsLabel}</h2>
      <ul>
        {TOOL_STEPS.map((s) => (
          <li key={s}>
            <button type="button" aria-current={s === step ? 'page' : undefined} data-testid={`step-${s}`} onClick={() => goToStep(s)}>
              <span className="step-number tool-icon" aria-hidden="true">?</span>
              <span className="step-label">{t.steps[s]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
