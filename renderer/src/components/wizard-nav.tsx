/**
 * The list of the chosen product's steps at the side: the current one is marked; a step shows a
 * tick only when it is done (verified by the tenant, or confirmed where Graph cannot see), "…"
 * while its check runs and "!" when the last check found it not done. The tools follow apart.
 */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { useStepNames } from '../use-step-names.js';
import { stepState, type StepState } from '../wizard/step-findings.js';
import { pathFor, TOOL_STEPS, WizardStep } from '../wizard/steps.js';

/**
 * Where a German compound too long for the narrow step list may break: a soft hyphen, so it
 * breaks with a hyphen at the joint instead of anywhere (Chromium has no German hyphenation
 * dictionary on Linux, so `hyphens: auto` alone does not help).
 */
const SOFT_HYPHENS: Readonly<Record<string, string>> = { Administratorzustimmung: 'Administrator\u00adzustimmung' };
const breakable = (label: string): string => SOFT_HYPHENS[label] ?? label;

const MARK: Readonly<Record<StepState, string | undefined>> = { done: '✓', failed: '!', running: '…', open: undefined };

/** Step navigation. */
export function WizardNav() {
  const step = useAssistantStore((s) => s.step);
  const profile = useAssistantStore((s) => s.profile);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const states = useAssistantStore((s) => pathFor(s.profile).map((x) => stepState(x, s)).join(','));
  const t = useMessages();
  const steps = useStepNames();
  const path = pathFor(profile);
  const stateList = states.split(',') as StepState[];
  return (
    <nav className="wizard-nav" aria-label={t.stepsLabel}>
      <ol>
        {path.map((s, index) => {
          const state = stateList[index] ?? 'open';
          const spoken = state === 'done' ? t.nav.done : state === 'running' ? t.path.stepRunning : state === 'failed' ? t.path.stepFailedNav : undefined;
          return (
            <li key={s}>
              <button
                type="button"
                aria-current={s === step ? 'step' : undefined}
                className={state === 'open' ? undefined : state}
                data-testid={`step-${s}`}
                data-state={state}
                onClick={() => goToStep(s)}
              >
                <span className="step-number" aria-hidden="true">{MARK[state] ?? index + 1}</span>
                <span className="step-label">
                  {breakable(steps[s])}
                  {spoken && <span className="visually-hidden">{` (${spoken})`}</span>}
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
              <span className="step-number tool-icon" aria-hidden="true">·</span>
              <span className="step-label">{steps[s]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
