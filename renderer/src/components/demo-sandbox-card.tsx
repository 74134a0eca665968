/** Demo mode: start and stop the sandbox tenant with a chosen scenario. */
import { SCENARIO_OPTIONS } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { DemoSandboxDetails } from './demo-sandbox-details.js';
import { ErrorNote } from './error-note.js';

/** The "Demo mode (sandbox tenant)" card. */
export function DemoSandboxCard() {
  const status = useAssistantStore((s) => s.demoStatus);
  const scenario = useAssistantStore((s) => s.demoScenario);
  const activity = useAssistantStore((s) => s.demoActivity);
  const error = useAssistantStore((s) => s.demoError);
  const selectScenario = useAssistantStore((s) => s.selectDemoScenario);
  const startDemo = useAssistantStore((s) => s.startDemo);
  const stopDemo = useAssistantStore((s) => s.stopDemo);
  const t = useMessages();
  const busy = activity !== 'idle';
  return (
    <section className="card" aria-labelledby="demo-heading" aria-busy={busy} data-testid="demo-card">
      <h2 id="demo-heading">{t.demo.heading}</h2>
      <p className="muted">{t.demo.intro}</p>
      <div className="control-row">
        <label htmlFor="demo-scenario">{t.demo.scenarioLabel}</label>
        <select
          id="demo-scenario"
          data-testid="demo-scenario"
          value={scenario}
          disabled={busy || status.running}
          aria-describedby={error ? 'demo-error' : undefined}
          onChange={(e) => selectScenario(e.target.value)}
        >
          {SCENARIO_OPTIONS.map((name) => <option key={name} value={name}>{t.scenarios[name]}</option>)}
        </select>
        <button type="button" className="primary" data-testid="demo-start" disabled={busy || status.running} onClick={() => void startDemo()}>
          {activity === 'starting' ? t.demo.starting : t.demo.start}
        </button>
        <button type="button" data-testid="demo-stop" disabled={busy || !status.running} onClick={() => void stopDemo()}>
          {activity === 'stopping' ? t.demo.stopping : t.demo.stop}
        </button>
      </div>
      <ErrorNote error={error} id="demo-error" testId="demo-error" />
      <p className={status.running ? 'status status-running' : 'status'} data-testid="demo-status" aria-live="polite">
        {status.running ? t.demo.running : t.demo.stopped}
      </p>
      {status.running && <DemoSandboxDetails sandbox={status.sandbox} pendingReplicationMs={status.pendingReplicationMs} />}
    </section>
  );
}
