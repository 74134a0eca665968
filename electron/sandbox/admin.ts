/**
 * The sandbox's small admin endpoint (`/_sandbox/…` on the login origin): read the state,
 * break it with a scenario, reset it, and run Exchange cmdlets — what an administrator does in
 * PowerShell. Changes go through TenantState.update, so replication delay applies.
 */
import type { RouteHandler, SandboxContext } from './context.js';
import { runExchangeCmdlet } from './exchange/powershell.js';
import { readJson, sendJson } from './http-util.js';
import { isScenarioName, SCENARIO_NAMES } from './scenarios.js';

/** Routes under /_sandbox/. */
export function createAdminRoutes(ctx: SandboxContext): RouteHandler {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/_sandbox/')) return false;
    const path = url.pathname.slice('/_sandbox'.length);
    const { state } = ctx;
    if (req.method === 'GET' && path === '/status') {
      sendJson(res, 200, {
        tenantId: state.current().tenantId,
        scenarios: state.activeScenarios(),
        replicationDelayMs: state.behaviour.replicationDelayMs,
        pendingReplicationMs: state.pendingReplicationMs(),
      });
      return true;
    }
    if (req.method === 'GET' && path === '/scenarios') {
      sendJson(res, 200, { scenarios: SCENARIO_NAMES });
      return true;
    }
    if (req.method === 'POST' && path === '/scenarios') {
      const body = (await readJson(req)) as { enable?: unknown } | undefined;
      const names = Array.isArray(body?.enable) ? body.enable.map(String) : [];
      const unknown = names.filter((n) => !isScenarioName(n));
      if (names.length === 0 || unknown.length > 0) {
        sendJson(res, 400, { error: 'unknown_scenario', unknown, known: SCENARIO_NAMES });
        return true;
      }
      for (const n of names) if (isScenarioName(n)) state.enableScenario(n);
      sendJson(res, 200, { scenarios: state.activeScenarios(), pendingReplicationMs: state.pendingReplicationMs() });
      return true;
    }
    if (req.method === 'POST' && path === '/reset') {
      const body = (await readJson(req)) as { scenarios?: unknown; replicationDelayMs?: unknown } | undefined;
      const names = Array.isArray(body?.scenarios) ? body.scenarios.map(String) : ['healthy'];
      const unknown = names.filter((n) => !isScenarioName(n));
      if (unknown.length > 0) {
        sendJson(res, 400, { error: 'unknown_scenario', unknown, known: SCENARIO_NAMES });
        return true;
      }
      const delay = typeof body?.replicationDelayMs === 'number' ? body.replicationDelayMs : undefined;
      state.reset(names.filter(isScenarioName), delay);
      sendJson(res, 200, { scenarios: state.activeScenarios(), replicationDelayMs: state.behaviour.replicationDelayMs });
      return true;
    }
    if (req.method === 'POST' && path === '/exchange/cmdlet') {
      const body = (await readJson(req)) as { cmdlet?: unknown; parameters?: unknown } | undefined;
      if (typeof body?.cmdlet !== 'string') {
        sendJson(res, 400, { error: 'cmdlet_required' });
        return true;
      }
      const params = typeof body.parameters === 'object' && body.parameters !== null ? body.parameters as Record<string, unknown> : {};
      const result = runExchangeCmdlet(ctx, body.cmdlet, params);
      sendJson(res, result.ok ? 200 : 400, result);
      return true;
    }
    sendJson(res, 404, { error: 'not_found' });
    return true;
  };
}
