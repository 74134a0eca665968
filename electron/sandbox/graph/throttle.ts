/**
 * Sandbox-only throttling switch: "the next n Graph requests answer 429 with Retry-After", so a
 * client's back-off can be exercised. Kept per sandbox context (not in the tenant data: it is not
 * something an administrator configures) and set through `/_sandbox/graph/throttle`.
 * Graph's reply shape: concepts/throttling.md.
 */
import type { RouteHandler, SandboxContext } from '../context.js';
import { readJson, sendJson } from '../http-util.js';
import { graphError, type GraphErrorReply } from './errors.js';

/** How many requests are still to be throttled, and the Retry-After they get. */
export interface GraphThrottleSetting {
  readonly count: number;
  readonly retryAfterSeconds: number;
}

const settings = new WeakMap<SandboxContext, GraphThrottleSetting>();

/** Makes the next `count` Graph requests of this sandbox answer 429. */
export function setGraphThrottle(ctx: SandboxContext, setting: GraphThrottleSetting): void {
  settings.set(ctx, { count: Math.max(0, Math.floor(setting.count)), retryAfterSeconds: setting.retryAfterSeconds });
}

/** The current setting (count 0 = not throttling). */
export function graphThrottle(ctx: SandboxContext): GraphThrottleSetting {
  return settings.get(ctx) ?? { count: 0, retryAfterSeconds: 0 };
}

/** Spends one throttled request if any are left, returning Graph's 429 reply. */
export function takeThrottledReply(ctx: SandboxContext): GraphErrorReply | undefined {
  const current = graphThrottle(ctx);
  if (current.count <= 0) return undefined;
  settings.set(ctx, { ...current, count: current.count - 1 });
  return {
    ...graphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': String(current.retryAfterSeconds) }),
    throttled: true,
  };
}

const ROUTE = '/_sandbox/graph/throttle';

/**
 * Admin route (the lead mounts it on the login origin): `POST {count, retryAfterSeconds}` sets the
 * switch, `GET` shows it. Answers only its own path.
 */
export function createGraphThrottleAdminRoutes(ctx: SandboxContext): RouteHandler {
  return async (req, res, url) => {
    if (url.pathname !== ROUTE) return false;
    if (req.method === 'GET') {
      sendJson(res, 200, graphThrottle(ctx));
      return true;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'method_not_allowed' });
      return true;
    }
    const body = (await readJson(req)) as { count?: unknown; retryAfterSeconds?: unknown } | undefined;
    const count = body?.count;
    const retryAfterSeconds = body?.retryAfterSeconds ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0
      || typeof retryAfterSeconds !== 'number' || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds < 0) {
      sendJson(res, 400, { error: 'invalid_throttle', expected: '{"count": <integer ≥ 0>, "retryAfterSeconds": <number ≥ 0>}' });
      return true;
    }
    setGraphThrottle(ctx, { count, retryAfterSeconds });
    sendJson(res, 200, graphThrottle(ctx));
    return true;
  };
}
