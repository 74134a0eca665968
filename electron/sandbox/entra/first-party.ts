/**
 * Microsoft's own (first-party) clients, such as Microsoft Graph Command Line Tools, the
 * assistant's default client: Entra does not offer consent between a first-party client and a
 * first-party resource — the resource's owner must have pre-authorized the client. Any other
 * first-party resource is refused with AADSTS65002, after the user signed in ("type code, login,
 * MFA then get this", Azure-Samples/DSRegTool#1; "Failure passed to redirect url.
 * error=invalid_request error_description=AADSTS65002: …", Azure/logicapps#1349).
 * Every resource the sandbox serves (Microsoft Graph, Exchange Online) is first-party.
 */
import type { SandboxResource } from '../access-token.js';
import type { SandboxApplication } from '../tenant-model.js';
import { AADSTS, type AadstsError } from './aadsts.js';
import { resourceAppId } from './scopes.js';

/** AADSTS65002 when a first-party client asks for a resource it is not pre-authorized for. */
export function firstPartyRefusal(app: Pick<SandboxApplication, 'appId' | 'preAuthorizedResources'>, resource: SandboxResource): AadstsError | undefined {
  if (app.preAuthorizedResources === undefined) return undefined;
  const resourceId = resourceAppId(resource);
  return app.preAuthorizedResources.includes(resourceId) ? undefined : AADSTS.firstPartyNotPreAuthorized(app.appId, resourceId);
}
