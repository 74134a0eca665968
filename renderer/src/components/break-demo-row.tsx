/** On the demo tenant: break it one more way (a scenario), then check again to see the cause found. */
import type { ScenarioName } from '../../../electron/ipc/contract.js';
import { SCENARIO_OPTIONS } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** Scenario select and "Apply"; the demo tenant's current scenarios below. */
export function BreakDemoRow() {
  const scenario = useAssistantStore((s) => s.breakScenario);
  const error = useAssistantStore((s) => s.breakError);
  const status = useAssistantStore((s) => s.demoStatus);
  const busy = useAssistantStore((s) => s.checkRunning !== undefined);
  const select = useAssistantStore((s) => s.selectBreakScenario);
  const apply = useAssistantStore((s) => s.applyBreakScenario);
  const t = useMessages();
  const c = t.checks;
  const options = SCENARIO_OPTIONS.filter((name) => name !== 'healthy');
  return (
    <div className="break-demo" data-testid="break-demo">
      <p className="muted">{c.demoTenantNote}</p>
      <div className="control-row">
        <label htmlFor="break-demo-scenario">{c.breakDemoLabel}</label>
        <select id="break-demo-scenario" data-testid="break-demo-scenario" value={scenario} disabled={busy} onChange={(e) => select(e.target.value as ScenarioName)}>
          {options.map((name) => <option key={name} value={name}>{t.scenarios[name]}</option>)}
        </select>
        <button type="button" data-testid="break-demo-apply" disabled={busy} onClick={() => void apply()}>{c.breakDemoApply}</button>
      </div>
      {status.running && (
        <p className="field-help" data-testid="break-demo-active">{c.breakDemoApplied(status.sandbox.scenarios.map((s) => t.scenarios[s]).join(', '))}</p>
      )}
      <ErrorNote error={error} id="break-demo-error" testId="break-demo-error" />
    </div>
  );
}
