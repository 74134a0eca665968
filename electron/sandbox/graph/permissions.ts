/**
 * Which Graph permissions (delegated `scp` / application `roles`) open which operation, and which
 * directory roles a signed-in user needs for a delegated write. Taken from the permission tables
 * of the v1.0 API pages (microsoft-graph-docs-contrib api-reference/v1.0/includes/permissions/),
 * least privileged first; Graph accepts any of the listed ones.
 */

/** The permissions that open one operation, per token kind. */
export interface PermissionRule {
  readonly delegated: readonly string[];
  readonly application: readonly string[];
}

const rule = (delegated: readonly string[], application: readonly string[] = delegated): PermissionRule => ({ delegated, application });

/** Operations the sandbox's Graph checks. */
export const GRAPH_PERMISSION_RULES = {
  readApplications: rule(
    ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  ),
  writeApplications: rule(['Application.ReadWrite.All', 'Directory.AccessAsUser.All'], ['Application.ReadWrite.All']),
  /** POST /applications also takes the narrower AppRegistration.Create. */
  createApplication: rule(['AppRegistration.Create', 'Application.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['AppRegistration.Create', 'Application.ReadWrite.All']),
  assignAppRoles: rule(['AppRoleAssignment.ReadWrite.All', 'Directory.AccessAsUser.All'], ['AppRoleAssignment.ReadWrite.All']),
  readGrants: rule(
    ['Directory.Read.All', 'DelegatedPermissionGrant.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['Directory.Read.All', 'DelegatedPermissionGrant.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All'],
  ),
  writeGrants: rule(['DelegatedPermissionGrant.ReadWrite.All', 'Directory.AccessAsUser.All'], ['DelegatedPermissionGrant.ReadWrite.All']),
  readOrganization: rule(
    ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All'],
  ),
  readSubscribedSkus: rule(
    ['Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All'],
  ),
  readMe: rule(['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'], []),
  /** Other users' basic profile (displayName, mail, userPrincipalName, …). */
  readUsersBasic: rule(
    ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  ),
  /** Other users' full profile (accountEnabled, assignedLicenses, proxyAddresses). */
  readUsersFull: rule(
    ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  ),
  readGroups: rule(
    ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  ),
  readPolicies: rule(['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']),
  writeSecurityDefaults: rule(['Policy.ReadWrite.ConditionalAccess']),
} as const satisfies Record<string, PermissionRule>;

/** An operation name. */
export type GraphOperation = keyof typeof GRAPH_PERMISSION_RULES;

/**
 * Directory roles that may make a delegated change (the signed-in user must hold one of them;
 * the token's scopes alone are not enough). Entra docs: grant-admin-consent.md and the role
 * reference — Cloud Application Administrator can do everything here except grant Microsoft
 * Graph app roles, which needs Privileged Role Administrator or Global Administrator.
 */
export const ADMIN_ROLES = {
  manageApplications: ['Global Administrator', 'Application Administrator', 'Cloud Application Administrator'],
  grantConsent: ['Global Administrator', 'Privileged Role Administrator', 'Application Administrator', 'Cloud Application Administrator'],
  grantGraphAppRoles: ['Global Administrator', 'Privileged Role Administrator'],
  manageSecurityDefaults: ['Global Administrator', 'Security Administrator', 'Conditional Access Administrator'],
} as const satisfies Record<string, readonly string[]>;

/** A group of admin roles. */
export type AdminRoleSet = keyof typeof ADMIN_ROLES;
