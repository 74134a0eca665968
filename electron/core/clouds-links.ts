/**
 * Admin-consent URLs and portal deep links for a cloud (shared/M365-REFERENCE.md §4). The
 * portal routes are undocumented (⚠, profile.confidence.portalDeepLinks): the UI always shows
 * the documented click path next to the link, so a changed route costs a click, not the step.
 * Every inserted value is URI-encoded, so no input can change the page a link opens.
 */
import type { CloudProfile } from './clouds.js';

const seg = encodeURIComponent;

function query(params: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

/**
 * v1 admin consent: grants everything in the app's required permissions (S16).
 * `organization` = tenant id, a verified domain, or `organizations`.
 */
export function adminConsentUrlV1(profile: CloudProfile, organization: string, clientId: string): string {
  return `${profile.authorityHost}/${seg(organization)}/adminconsent?${query({ client_id: clientId })}`;
}

/** Input of the v2 admin-consent URL. */
export interface AdminConsentV2Input {
  /** Tenant id or verified domain; never `common` (S17). */
  readonly tenant: string;
  readonly clientId: string;
  /** Required; `…/.default` for application permissions. Joined with spaces. */
  readonly scopes: readonly string[];
  /** Must match a redirect URI registered on the app exactly. */
  readonly redirectUri: string;
  readonly state?: string;
}

/** v2 admin consent (S17); the reply comes back to redirectUri with admin_consent=True or error. */
export function adminConsentUrlV2(profile: CloudProfile, input: AdminConsentV2Input): string {
  const q = query({ client_id: input.clientId, scope: input.scopes.join(' '), redirect_uri: input.redirectUri, state: input.state });
  return `${profile.authorityHost}/${seg(input.tenant)}/v2.0/adminconsent?${q}`;
}

/**
 * Admin consent for Exchange application permissions of a multi-tenant app (S1): SMTP.SendAsApp
 * consents with the Exchange `.default`, IMAP/POP.AccessAsApp with `https://ps.outlook.com/.default`.
 */
export function exchangeAppConsentUrl(
  profile: CloudProfile,
  input: Omit<AdminConsentV2Input, 'scopes'> & { readonly protocol: 'smtp' | 'imap-pop' },
): string {
  const scope = input.protocol === 'smtp' ? profile.scopes.adminConsentSmtpApp : profile.scopes.adminConsentImapPopApp;
  const { protocol: _protocol, ...rest } = input;
  return adminConsentUrlV2(profile, { ...rest, scopes: [scope] });
}

/** Entra → Enterprise applications → app → Overview, where the Object ID is copied. */
export function enterpriseAppOverviewUrl(profile: CloudProfile, servicePrincipalObjectId: string, appId: string): string {
  return `${profile.entraPortal}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${seg(servicePrincipalObjectId)}/appId/${seg(appId)}`;
}

/** Entra → Enterprise applications → app → Security → Permissions ("Grant admin consent for …"). */
export function enterpriseAppPermissionsUrl(profile: CloudProfile, servicePrincipalObjectId: string, appId: string): string {
  return `${profile.entraPortal}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/${seg(servicePrincipalObjectId)}/appId/${seg(appId)}`;
}

/** Pages of an app registration the assistant links to. */
export type AppRegistrationPage = 'api-permissions' | 'certificates-secrets' | 'authentication';

const REGISTRATION_BLADES: Readonly<Record<AppRegistrationPage, string>> = {
  'api-permissions': 'CallAnAPI',
  'certificates-secrets': 'Credentials',
  authentication: 'Authentication',
};

/** Entra → App registrations → app → API permissions / Certificates & secrets / Authentication. */
export function appRegistrationUrl(profile: CloudProfile, appId: string, page: AppRegistrationPage): string {
  return `${profile.entraPortal}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${REGISTRATION_BLADES[page]}/appId/${seg(appId)}/isMSAApp~/false`;
}

/** Microsoft 365 admin center → user → Mail (Manage email apps → Authenticated SMTP). */
export function adminCenterUserMailUrl(profile: CloudProfile, userObjectId: string): string {
  return `${profile.adminCenter}/#/users/:/UserDetails/${seg(userObjectId)}/Mail`;
}

/** Azure portal → Enterprise applications list (quoted in the New-ServicePrincipal doc, S19). */
export function enterpriseAppsListUrl(profile: CloudProfile): string {
  return `${profile.azurePortal}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null`;
}
