/**
 * Incremental consent: each step of the wizard asks Microsoft Graph for the least delegated
 * permission it needs (shared/M365-REFERENCE.md §3, column "Least"), and only when it gets there.
 * An admin who only wants the check never consents to write permissions.
 */
import { graphScope, type CloudProfile } from '../clouds.js';

/** The steps that call Microsoft Graph. */
export const CONSENT_STEPS = [
  'read-tenant', 'read-apps', 'read-grants', 'read-users', 'read-security-defaults',
  'write-apps', 'assign-app-roles', 'grant-delegated',
] as const;

/** A step that calls Microsoft Graph. */
export type ConsentStep = (typeof CONSENT_STEPS)[number];

/** Step → least Graph permissions (delegated, work or school account). */
export const STEP_PERMISSIONS: Readonly<Record<ConsentStep, readonly string[]>> = {
  // GET /organization (§3.11).
  'read-tenant': ['User.Read'],
  // Service principals, appRoleAssignments (§3.1, §3.2).
  'read-apps': ['Application.Read.All'],
  // Delegated grants (oauth2PermissionGrants) of a client (§3.3).
  'read-grants': ['Directory.Read.All'],
  // accountEnabled and assignedLicenses of another user need User.Read.All (§3.12).
  'read-users': ['User.Read.All'],
  // identitySecurityDefaultsEnforcementPolicy (§3.13).
  'read-security-defaults': ['Policy.Read.All'],
  // Create/repair the app registration, addPassword, create its service principal (§3.4–3.7).
  'write-apps': ['Application.ReadWrite.All'],
  // Assign users/groups, grant an app role such as SMTP.SendAsApp (§3.8, §3.9).
  'assign-app-roles': ['AppRoleAssignment.ReadWrite.All'],
  // Grant delegated consent for all users (§3.10).
  'grant-delegated': ['DelegatedPermissionGrant.ReadWrite.All'],
};

/** The Graph scope strings for some steps in a cloud, without duplicates. */
export function scopesForSteps(profile: CloudProfile, steps: readonly ConsentStep[]): string[] {
  const permissions = new Set(steps.flatMap((s) => STEP_PERMISSIONS[s]));
  return [...permissions].map((p) => graphScope(profile, p));
}
