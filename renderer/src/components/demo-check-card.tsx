/** The trial run: the whole check against a fresh demo tenant broken by a chosen scenario. */
import { SCENARIO_OPTIONS } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** The demo check's card. */
export function DemoCheckCard() {
  const scenario = useAssistantStore((s) => s.checkScenario);
  const running = useAssistantStore((s) => s.checkRunning);
  const error = useAssistantStore((s) => s.checkError);
  const selectScenario = useAssistantStore((s) => s.selectCheckScenario);
  const runCheck = useAssistantStore((s) => s.runDemoCheck);
  const t = useMessages();
  const c = t.checks;
  const busy = running !== undefined;
  return (
    <section className="card" aria-labelledby="check-demo-heading" aria-busy={running === 'demo'} data-testid="check-demo-card">
      <h3 id="check-demo-heading">{c.demoHeading}</h3>
      <p className="muted">{c.demoIntro}</p>
      <div className="control-row">
        <label htmlFor="check-scenario">{c.scenarioLabel}</label>
        <select id="check-scenario" data-testid="check-scenario" value={scenario} disabled={busy} onChange={(e) => selectScenario(e.target.value)}>
          {SCENARIO_OPTIONS.map((name) => <option key={name} value={name}>{t.scenarios[name]}</option>)}
        </select>
        <button type="button" className="primary" data-testid="check-run" disabled={busy} onClick={() => void runCheck()}>
          {running === 'demo' ? c.running : c.run}
        </button>
      </div>
      <ErrorNote error={error} id="check-error" testId="check-error" />
    </section>
  );
}
