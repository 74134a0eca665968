/** Microsoft Graph stand-in (placeholder until implemented). */
import type { RouteHandler, SandboxContext } from '../context.js';

/** Routes for /v1.0/…. */
export function createGraphRoutes(_ctx: SandboxContext): RouteHandler {
  return () => false;
}
