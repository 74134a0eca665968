/**
 * The sandbox's small admin endpoint (`/_sandbox/…` on the login origin): read the state,
 * break it with a scenario, reset it, and run Exchange cmdlets — what an administrator does in
 * PowerShell. Changes go through TenantState.update, so replication delay applies.
 * Every `/_sandbox/` request needs `Authorization: Bearer <adminSecret>` (a per-start secret in
 * `sandbox --json`'s line), so another local process cannot break or reset the tenant; bodies are
 * checked with zod and refused with 400 naming the field.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { RouteHandler, SandboxContext } from './context.js';
import { runExchangeCmdlet } from './exchange/powershell.js';
import { readJson, sendJson } from './http-util.js';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from './scenarios.js';

const PREFIX = '/_sandbox/';

const scenarioName = z.string().max(64).refine(isScenarioName) as unknown as z.ZodType<ScenarioName>;
const parameterValue = z.union([z.string().max(4096), z.number(), z.boolean(), z.null(), z.array(z.string().max(4096)).max(64)]);

/** The admin requests' bodies. */
export const ADMIN_BODIES = {
  enable: z.strictObject({ enable: z.array(scenarioName).min(1).max(SCENARIO_NAMES.length) }),
  reset: z.strictObject({
    scenarios: z.array(scenarioName).max(SCENARIO_NAMES.length).optional(),
    replicationDelayMs: z.int().min(0).max(24 * 60 * 60 * 1000).optional(),
  }),
  cmdlet: z.strictObject({
    cmdlet: z.string().min(1).max(64),
    parameters: z.record(z.string().max(64), parameterValue).refine((p) => Object.keys(p).length <= 32).optional(),
  }),
  throttle: z.strictObject({ count: z.int().min(0).max(10_000), retryAfterSeconds: z.number().min(0).max(3600).optional() }),
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Answers 401 to any `/_sandbox/` request without the admin secret; mount it before every admin route. */
export function createAdminGuard(adminSecret: string): RouteHandler {
  return (req, res, url) => {
    if (!url.pathname.startsWith(PREFIX)) return false;
    const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(req.headers.authorization ?? '');
    if (match && sameSecret(match[1]!, adminSecret)) return false;
    sendJson(res, 401, { error: 'unauthorized', message: 'The sandbox admin endpoint needs "Authorization: Bearer <adminSecret>" (see sandbox --json).' }, { 'WWW-Authenticate': 'Bearer realm="sandbox-admin"' });
    return true;
  };
}

/** Parses a JSON body with `schema`, or answers 400 naming the first wrong field. */
export async function readAdminBody<S extends z.ZodType>(req: Parameters<RouteHandler>[0], res: Parameters<RouteHandler>[1], schema: S): Promise<z.output<S> | undefined> {
  let body: unknown;
  try {
    body = (await readJson(req)) ?? {};
  } catch {
    sendJson(res, 413, { error: 'body_too_large' });
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [])].map(String).join('.');
  sendJson(res, 400, { error: 'invalid_request', field: path || '(body)', message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message, known: SCENARIO_NAMES });
  return undefined;
}

/** Routes under /_sandbox/ (behind createAdminGuard). */
export function createAdminRoutes(ctx: SandboxContext): RouteHandler {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(PREFIX)) return false;
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
      const body = await readAdminBody(req, res, ADMIN_BODIES.enable);
      if (!body) return true;
      for (const n of body.enable) state.enableScenario(n);
      sendJson(res, 200, { scenarios: state.activeScenarios(), pendingReplicationMs: state.pendingReplicationMs() });
      return true;
    }
    if (req.method === 'POST' && path === '/reset') {
      const body = await readAdminBody(req, res, ADMIN_BODIES.reset);
      if (!body) return true;
      state.reset(body.scenarios ?? ['healthy'], body.replicationDelayMs);
      sendJson(res, 200, { scenarios: state.activeScenarios(), replicationDelayMs: state.behaviour.replicationDelayMs });
      return true;
    }
    if (req.method === 'POST' && path === '/exchange/cmdlet') {
      const body = await readAdminBody(req, res, ADMIN_BODIES.cmdlet);
      if (!body) return true;
      const result = runExchangeCmdlet(ctx, body.cmdlet, body.parameters ?? {});
      sendJson(res, result.ok ? 200 : 400, result);
      return true;
    }
    sendJson(res, 404, { error: 'not_found' });
    return true;
  };
}
