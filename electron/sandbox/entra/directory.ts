/**
 * What Entra looks up in the directory while signing someone in: which tenant a URL names,
 * the app registration and its enterprise app, users, admin roles and app assignment.
 */
import type {
  SandboxApplication, SandboxServicePrincipal, SandboxUser, TenantData,
} from '../tenant-model.js';
import { AADSTS, type AadstsError } from './aadsts.js';

/** The tenant segment of an Entra URL as the sandbox understood it. */
export interface TenantSegment {
  /** The segment as written in the URL (`organizations`, a tenant id or a domain). */
  readonly segment: string;
  /** `organizations` and `common` sign in to "the user's home tenant" — the sandbox tenant. */
  readonly multiTenant: boolean;
}

/** Maps a URL's tenant segment to the sandbox tenant, or refuses with AADSTS90002. */
export function resolveTenant(t: Readonly<TenantData>, segment: string): { ok: true; tenant: TenantSegment } | { ok: false; error: AadstsError } {
  const s = segment.toLowerCase();
  if (s === 'organizations' || s === 'common') return { ok: true, tenant: { segment, multiTenant: true } };
  if (s === t.tenantId.toLowerCase() || t.organization.verifiedDomains.some((d) => d.name.toLowerCase() === s)) {
    return { ok: true, tenant: { segment, multiTenant: false } };
  }
  return { ok: false, error: AADSTS.tenantNotFound(segment) };
}

/** The app registration with this client id (home or publisher tenant). */
export function findApplication(t: Readonly<TenantData>, appId: string): SandboxApplication | undefined {
  const id = appId.toLowerCase();
  return t.applications.find((a) => a.appId.toLowerCase() === id);
}

/** The enterprise application (service principal) of a client in this tenant. */
export function findServicePrincipal(t: Readonly<TenantData>, appId: string): SandboxServicePrincipal | undefined {
  const id = appId.toLowerCase();
  return t.servicePrincipals.find((sp) => sp.appId.toLowerCase() === id);
}

/**
 * An app Entra can issue tokens for in this tenant. A single-tenant app must be registered here;
 * a multi-tenant app of another publisher needs its enterprise app here for non-interactive
 * flows (interactive sign-in creates it on consent). Otherwise AADSTS700016.
 */
export function appForTokenRequest(t: Readonly<TenantData>, appId: string, interactive: boolean): { ok: true; app: SandboxApplication } | { ok: false; error: AadstsError } {
  const app = findApplication(t, appId);
  const notFound = { ok: false as const, error: AADSTS.appNotFound(appId, t.organization.displayName) };
  if (!app) return notFound;
  if (app.homeTenant === 'publisher' && app.signInAudience === 'AzureADMyOrg') return notFound;
  if (!interactive && !findServicePrincipal(t, app.appId)) {
    // A vendor's app without an enterprise app here was never consented; our own registration
    // without one is the "missing service principal" case.
    return app.homeTenant === 'publisher' ? notFound : { ok: false, error: AADSTS.missingServicePrincipal(app.appId, t.tenantId) };
  }
  return { ok: true, app };
}

/** A user by sign-in name (UPN, or primary address), case-insensitive. */
export function findUserBySignInName(t: Readonly<TenantData>, name: string): SandboxUser | undefined {
  const n = name.trim().toLowerCase();
  return t.users.find((u) => u.userPrincipalName.toLowerCase() === n || u.mail.toLowerCase() === n);
}

/** Roles that may grant tenant-wide consent to delegated permissions and app roles. */
const CONSENT_ADMIN_ROLES = ['Global Administrator', 'Privileged Role Administrator', 'Cloud Application Administrator', 'Application Administrator'];

/** Whether a user may consent on behalf of the organization. */
export function isConsentAdmin(user: SandboxUser): boolean {
  return user.directoryRoles.some((r) => CONSENT_ADMIN_ROLES.includes(r));
}

/**
 * Whether a user may sign in to an app: always, unless its enterprise app has "Assignment
 * required?" on — then the user (or a group the user is a direct member of) must be assigned.
 */
export function isUserAssigned(t: Readonly<TenantData>, sp: SandboxServicePrincipal | undefined, userId: string): boolean {
  if (!sp || !sp.appRoleAssignmentRequired) return true;
  const groups = new Set(t.groups.filter((g) => g.memberIds.includes(userId)).map((g) => g.id));
  return t.appRoleAssignments.some((a) => a.resourceId === sp.id && (a.principalId === userId || groups.has(a.principalId)));
}

/** Demo accounts the sign-in page lists (users who can sign in). */
export function demoAccounts(t: Readonly<TenantData>): { upn: string; password: string; displayName: string; admin: boolean }[] {
  return t.users
    .filter((u) => !u.isSharedMailbox && u.accountEnabled && u.password !== '')
    .map((u) => ({ upn: u.userPrincipalName, password: u.password, displayName: u.displayName, admin: isConsentAdmin(u) }));
}
