/**
 * Microsoft Graph stand-in (`/v1.0/…` on the Graph origin): the subset of Graph the assistant and
 * the vendor guides use, with Graph's JSON shapes, OData query options, paging, permission checks
 * and errors. Reads see `state.current()`; writes go through `state.update`, so a change is visible
 * here at once and reaches token issuance and Exchange after the replication delay — as in M365.
 */
import type { RouteHandler, SandboxContext } from '../context.js';
import { handleApplications } from './resources/applications.js';
import { handleGroups } from './resources/groups.js';
import { handleOAuth2PermissionGrants } from './resources/oauth2-permission-grants.js';
import { handleServicePrincipals } from './resources/service-principals.js';
import { handleOrganization, handlePolicies, handleSubscribedSkus } from './resources/tenant.js';
import { handleMe, handleUsers } from './resources/users.js';
import { createGraphRouter, type GraphSet } from './router.js';

/** The throttling switch: its admin route (mounted at /_sandbox/graph/throttle) and the direct setter. */
export { createGraphThrottleAdminRoutes, setGraphThrottle } from './throttle.js';

/** Entity sets by lower-case name (Graph matches segment names without regard to case). */
const GRAPH_SETS: ReadonlyMap<string, GraphSet> = new Map([
  ['applications', { handler: handleApplications, keyed: true }],
  ['groups', { handler: handleGroups, keyed: true }],
  ['me', { handler: handleMe, keyed: false }],
  ['oauth2permissiongrants', { handler: handleOAuth2PermissionGrants, keyed: true }],
  ['organization', { handler: handleOrganization, keyed: true }],
  ['policies', { handler: handlePolicies, keyed: false }],
  ['serviceprincipals', { handler: handleServicePrincipals, keyed: true }],
  ['subscribedskus', { handler: handleSubscribedSkus, keyed: false }],
  ['users', { handler: handleUsers, keyed: true }],
]);

/** Routes for /v1.0/…. */
export function createGraphRoutes(ctx: SandboxContext): RouteHandler {
  return createGraphRouter(ctx, GRAPH_SETS);
}
