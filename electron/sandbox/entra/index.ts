/** Entra ID stand-in (placeholder until implemented). */
import type { RouteHandler, SandboxContext } from '../context.js';

/** Routes for /{tenant}/oauth2/v2.0/…, discovery, adminconsent, device code. */
export function createEntraRoutes(_ctx: SandboxContext): RouteHandler {
  return () => false;
}
