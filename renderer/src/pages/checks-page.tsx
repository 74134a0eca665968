/**
 * Step "checks": in this build the whole check runs against a sandbox tenant with a chosen
 * scenario (the real tenant needs the sign-in step, which is not in this build yet). Shows each
 * part's status and server reply, then the ranked causes with their fixes.
 */
import { CauseCard } from '../components/cause-card.js';
import { CheckSteps } from '../components/check-steps.js';
import { ErrorNote } from '../components/error-note.js';
import { NeedsProfile } from '../components/needs-profile.js';
import { StepFooter } from '../components/step-footer.js';
import { SCENARIO_OPTIONS } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The checks page. */
export function ChecksPage() {
  const profile = useAssistantStore((s) => s.profile);
  const scenario = useAssistantStore((s) => s.checkScenario);
  const result = useAssistantStore((s) => s.checkResult);
  const resultLanguage = useAssistantStore((s) => s.checkLanguage);
  const language = useAssistantStore((s) => s.language);
  const busy = useAssistantStore((s) => s.checkBusy);
  const error = useAssistantStore((s) => s.checkError);
  const selectScenario = useAssistantStore((s) => s.selectCheckScenario);
  const runCheck = useAssistantStore((s) => s.runDemoCheck);
  const t = useMessages();
  const c = t.checks;
  const shown = result && result.profile === profile ? result : undefined;
  return (
    <div className="page" data-testid="page-checks">
      <h2 className="page-heading">{t.steps.checks}</h2>
      <p className="lead">{c.intro}</p>
      {!profile ? <NeedsProfile /> : (
        <>
          <section className="card" aria-labelledby="check-demo-heading" aria-busy={busy}>
            <h3 id="check-demo-heading">{c.demoHeading}</h3>
            <p className="muted">{c.demoIntro}</p>
            <div className="control-row">
              <label htmlFor="check-scenario">{c.scenarioLabel}</label>
              <select id="check-scenario" data-testid="check-scenario" value={scenario} disabled={busy} onChange={(e) => selectScenario(e.target.value)}>
                {SCENARIO_OPTIONS.map((name) => <option key={name} value={name}>{t.scenarios[name]}</option>)}
              </select>
              <button type="button" className="primary" data-testid="check-run" disabled={busy} onClick={() => void runCheck()}>
                {busy ? c.running : c.run}
              </button>
            </div>
            <ErrorNote error={error} id="check-error" testId="check-error" />
            <p className="field-help">{c.realTenantLater}</p>
          </section>
          {shown && (
            <section className="results" aria-live="polite" data-testid="check-results">
              <p className={`check-overall status-${shown.overall}`} data-testid="check-overall">{c.overall[shown.overall]}</p>
              <section className="card">
                <h3>{c.stepsHeading}</h3>
                <CheckSteps result={shown} />
              </section>
              {shown.diagnosis.length > 0 && (
                <>
                  <h3 className="section-heading">{c.diagnosisHeading}</h3>
                  {resultLanguage && resultLanguage !== language && <p className="muted">{c.languageNote}</p>}
                  {shown.diagnosis.map((cause, rank) => <CauseCard key={cause.category} cause={cause} rank={rank} />)}
                </>
              )}
            </section>
          )}
        </>
      )}
      <StepFooter step={WizardStep.Checks} />
    </div>
  );
}
