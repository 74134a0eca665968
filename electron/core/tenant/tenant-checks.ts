/**
 * Checks every profile shares: the sending user (exists, enabled, licensed) and security
 * defaults (read as a fact: they block password sign-ins, not the OAuth this set-up uses).
 */
import type { CloudProfile } from '../clouds.js';
import { adminCenterUserMailUrl } from '../clouds-links.js';
import type { GraphClient } from '../graph/graph-client.js';
import { securityDefaults, userByUpn } from '../graph/queries.js';
import { okFinding, problem, unknownFinding, type Finding } from './findings.js';

/** The sending user: exists, sign-in enabled, has a licence (a mailbox to log on to). */
export async function checkSendingUser(graph: GraphClient, id: string, upn: string, signal?: AbortSignal): Promise<Finding> {
  const user = await userByUpn(graph, upn, signal);
  if (!user.ok) {
    if (user.error.code === 'not_found') {
      return problem(id, 'missing', null, `Graph has no user "${upn}" (Request_ResourceNotFound). Check the address.`, { facts: { userPrincipalName: upn } });
    }
    return unknownFinding(id, user.error);
  }
  const u = user.value;
  const licences = (u.assignedLicenses ?? []).map((l) => l.skuId);
  const facts = {
    userObjectId: u.id, userPrincipalName: u.userPrincipalName, mail: u.mail ?? null,
    accountEnabled: u.accountEnabled ?? null, licenceSkuIds: licences,
  };
  if (u.accountEnabled === false) {
    // Shared mailboxes are disabled accounts by design; for a sending user that signs in, it is a fault.
    return problem(id, 'wrong', null,
      `User "${u.userPrincipalName}" has accountEnabled=false: it cannot sign in (a shared mailbox is disabled by design and needs an app or a delegate to send).`,
      { facts, fixStep: { action: 'enable-user', auto: false } });
  }
  if (licences.length === 0) {
    return problem(id, 'wrong', null,
      `User "${u.userPrincipalName}" has no assigned licence, so there is no mailbox to send from.`,
      { facts, fixStep: { action: 'assign-licence', auto: false } });
  }
  return okFinding(id, `User "${u.userPrincipalName}" exists, is enabled and has ${licences.length} licence(s).`, facts);
}

/**
 * Security defaults, reported as a fact. They block legacy (Basic) authentication; Microsoft ties
 * their incompatibility with SMTP AUTH to sign-ins with a password and recommends OAuth, which is
 * what every profile here uses — so they are never a problem for this set-up, and turning them
 * off is never proposed. A password sign-in they refuse is diagnosed from Exchange's own reply
 * ("535 5.7.139 … security defaults policy") and fixed by switching to OAuth.
 */
export async function checkSecurityDefaults(graph: GraphClient, _profile: CloudProfile, id: string, signal?: AbortSignal): Promise<Finding> {
  const policy = await securityDefaults(graph, signal);
  if (!policy.ok) return unknownFinding(id, policy.error);
  return policy.value.isEnabled
    ? okFinding(id, 'identitySecurityDefaultsEnforcementPolicy.isEnabled is true: security defaults block sign-ins with a password (basic authentication), not OAuth (XOAUTH2); nothing to change for this set-up.', { isEnabled: true })
    : okFinding(id, 'identitySecurityDefaultsEnforcementPolicy.isEnabled is false.', { isEnabled: false });
}

/** The admin-center page where "Authenticated SMTP" is switched for a user (step 3 of Inventory360). */
export function authenticatedSmtpUrl(profile: CloudProfile, userObjectId: string): string {
  return adminCenterUserMailUrl(profile, userObjectId);
}
