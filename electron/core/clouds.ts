/**
 * The clouds table: every host, port, scope and portal the assistant talks to or links to, per
 * Microsoft cloud (shared/M365-REFERENCE.md §2, §1.4). One row per cloud; `cloudProfile` picks a
 * row. Values marked ⚠ in the reference are 'unverified' in `confidence`: the UI says so, and
 * run-time checks (clouds-resolve.ts) confirm them where Graph can.
 */

/** The clouds the assistant supports. GCC (moderate) uses the worldwide endpoints: 'global'. */
export const CLOUD_IDS = ['global', 'usgov-gcchigh', 'usgov-dod', 'china', 'sandbox'] as const;

/** A cloud id. */
export type CloudId = (typeof CLOUD_IDS)[number];

/** Narrows a string to a cloud id. */
export function isCloudId(value: string): value is CloudId {
  return (CLOUD_IDS as readonly string[]).includes(value);
}

/** `Connect-ExchangeOnline -ExchangeEnvironmentName` values for the national clouds (S19). */
export const EXCHANGE_ENVIRONMENT_NAMES = ['O365USGovGCCHigh', 'O365USGovDoD', 'O365China'] as const;

/** An -ExchangeEnvironmentName value; global omits the parameter (its default is O365Default). */
export type ExchangeEnvironmentName = (typeof EXCHANGE_ENVIRONMENT_NAMES)[number];

/** How sure the reference is about a value. */
export type Confidence = 'documented' | 'unverified';

/** A mail endpoint. SMTP AUTH is STARTTLS on 587 (465 is not supported); IMAP is implicit TLS on 993. */
export interface MailEndpoint {
  readonly host: string;
  readonly port: number;
  readonly security: 'starttls' | 'tls';
}

/** The sandbox tenant's endpoints, as `sandbox --json` prints them (a SandboxInfo fits). */
export interface SandboxEndpoints {
  /** `https://127.0.0.1:PORT/<tenantId>`; only its origin is used. */
  readonly authority: string;
  /** `https://127.0.0.1:PORT`, the Graph origin. */
  readonly graph: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
}

/** Token scope strings for one cloud. */
export interface CloudScopes {
  /** Delegated SMTP AUTH, with offline_access for a refresh token. */
  readonly delegatedSmtp: readonly string[];
  /** Delegated IMAP, with offline_access. */
  readonly delegatedImap: readonly string[];
  /** Client credentials for SMTP/IMAP/POP ("You must use" the .default of Exchange, S1). */
  readonly appOnly: readonly string[];
  /** Prefix of Microsoft Graph scopes: `${graphScopePrefix}${permission}`. */
  readonly graphScopePrefix: string;
  /** Admin-consent scope for SMTP.SendAsApp in a multi-tenant app (S1). */
  readonly adminConsentSmtpApp: string;
  /** Admin-consent scope for IMAP/POP.AccessAsApp in a multi-tenant app (S1). */
  readonly adminConsentImapPopApp: string;
}

/** Everything the assistant needs to know about one cloud. Plain data: it crosses IPC. */
export interface CloudProfile {
  readonly id: CloudId;
  readonly displayName: string;
  /** Entra sign-in origin; the authority is `${authorityHost}/${tenant}`. */
  readonly authorityHost: string;
  /** Microsoft Graph origin; requests go to `${graphEndpoint}/v1.0/…`. */
  readonly graphEndpoint: string;
  readonly smtp: MailEndpoint;
  readonly imap: MailEndpoint;
  readonly scopes: CloudScopes;
  /** Microsoft 365 admin center origin (Users → Active users → Mail → Manage email apps). */
  readonly adminCenter: string;
  readonly entraPortal: string;
  readonly azurePortal: string;
  /** Omitted (undefined) for the worldwide cloud and the sandbox. */
  readonly exchangeEnvironmentName: ExchangeEnvironmentName | undefined;
  /** Which values the reference marks ⚠; check them at run time before relying on them. */
  readonly confidence: Readonly<Record<CloudField, Confidence>>;
}

/** The fields whose confidence is tracked; deep links and consent URLs derive from the hosts. */
export type CloudField =
  | 'authorityHost' | 'graphEndpoint' | 'smtp' | 'imap' | 'scopes' | 'adminCenter' | 'entraPortal'
  | 'azurePortal' | 'exchangeEnvironmentName' | 'adminConsentUrls' | 'portalDeepLinks';

const withOfflineAccess = (resource: string, permission: string): readonly string[] =>
  [`${resource}/${permission}`, 'offline_access'];

function scopesFor(delegatedResource: string, appResource: string, graphResource: string, psResource: string): CloudScopes {
  return {
    delegatedSmtp: withOfflineAccess(delegatedResource, 'SMTP.Send'),
    delegatedImap: withOfflineAccess(delegatedResource, 'IMAP.AccessAsUser.All'),
    appOnly: [`${appResource}/.default`],
    graphScopePrefix: `${graphResource}/`,
    adminConsentSmtpApp: `${appResource}/.default`,
    adminConsentImapPopApp: `${psResource}/.default`,
  };
}

const D: Confidence = 'documented';
const U: Confidence = 'unverified';

/** Deep links and the per-cloud consent host are ⚠ everywhere (undocumented portal routes, S18). */
function confidence(overrides: Partial<Record<CloudField, Confidence>>): Record<CloudField, Confidence> {
  return {
    authorityHost: D, graphEndpoint: D, smtp: D, imap: D, scopes: D, adminCenter: D, entraPortal: D,
    azurePortal: D, exchangeEnvironmentName: D, adminConsentUrls: D, portalDeepLinks: U, ...overrides,
  };
}

const GLOBAL: CloudProfile = {
  id: 'global',
  displayName: 'Microsoft 365 (worldwide, also GCC)',
  authorityHost: 'https://login.microsoftonline.com',
  graphEndpoint: 'https://graph.microsoft.com',
  smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
  imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
  // Microsoft documents outlook.office.com for delegated scopes and outlook.office365.com for .default (S1).
  scopes: scopesFor('https://outlook.office.com', 'https://outlook.office365.com', 'https://graph.microsoft.com', 'https://ps.outlook.com'),
  adminCenter: 'https://admin.microsoft.com',
  entraPortal: 'https://entra.microsoft.com',
  azurePortal: 'https://portal.azure.com',
  exchangeEnvironmentName: undefined,
  confidence: confidence({}),
};

const GCC_HIGH: CloudProfile = {
  id: 'usgov-gcchigh',
  displayName: 'Microsoft 365 US Government GCC High',
  authorityHost: 'https://login.microsoftonline.us',
  graphEndpoint: 'https://graph.microsoft.us',
  smtp: { host: 'outlook.office365.us', port: 587, security: 'starttls' },
  imap: { host: 'outlook.office365.us', port: 993, security: 'tls' },
  scopes: scopesFor('https://outlook.office365.us', 'https://outlook.office365.us', 'https://graph.microsoft.us', 'https://outlook.office365.us'),
  adminCenter: 'https://portal.office365.us',
  entraPortal: 'https://entra.microsoft.us',
  azurePortal: 'https://portal.azure.us',
  exchangeEnvironmentName: 'O365USGovGCCHigh',
  confidence: confidence({ scopes: U, adminConsentUrls: U }),
};

const DOD: CloudProfile = {
  id: 'usgov-dod',
  displayName: 'Microsoft 365 US Government DoD',
  authorityHost: 'https://login.microsoftonline.us',
  graphEndpoint: 'https://dod-graph.microsoft.us',
  smtp: { host: 'outlook-dod.office365.us', port: 587, security: 'starttls' },
  imap: { host: 'outlook-dod.office365.us', port: 993, security: 'tls' },
  scopes: scopesFor('https://outlook-dod.office365.us', 'https://outlook-dod.office365.us', 'https://dod-graph.microsoft.us', 'https://outlook-dod.office365.us'),
  adminCenter: 'https://portal.apps.mil',
  entraPortal: 'https://entra.microsoft.us',
  azurePortal: 'https://portal.azure.us',
  exchangeEnvironmentName: 'O365USGovDoD',
  confidence: confidence({ scopes: U, adminConsentUrls: U }),
};

const CHINA: CloudProfile = {
  id: 'china',
  displayName: 'Microsoft 365 operated by 21Vianet (China)',
  authorityHost: 'https://login.partner.microsoftonline.cn',
  graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
  // Only `*.partner.outlook.cn:587/993` is documented (S8); these hosts are the usual ones ⚠.
  smtp: { host: 'smtp.partner.outlook.cn', port: 587, security: 'starttls' },
  imap: { host: 'partner.outlook.cn', port: 993, security: 'tls' },
  scopes: scopesFor('https://partner.outlook.cn', 'https://partner.outlook.cn', 'https://microsoftgraph.chinacloudapi.cn', 'https://partner.outlook.cn'),
  adminCenter: 'https://portal.partner.microsoftonline.cn',
  entraPortal: 'https://entra.microsoftonline.cn',
  azurePortal: 'https://portal.azure.cn',
  exchangeEnvironmentName: 'O365China',
  confidence: confidence({ smtp: U, imap: U, scopes: U, adminCenter: U, adminConsentUrls: U }),
};

/**
 * The sandbox speaks the worldwide resource URIs (its Entra maps them like the real one), so
 * scopes are the global ones; hosts come from the running sandbox. It serves no portal pages,
 * so portal links point at the login origin where the admin endpoint lives.
 */
function sandboxProfile(endpoints: SandboxEndpoints): CloudProfile {
  const loginOrigin = new URL(endpoints.authority).origin;
  return {
    id: 'sandbox',
    displayName: 'Sandbox tenant (demo)',
    authorityHost: loginOrigin,
    graphEndpoint: new URL(endpoints.graph).origin,
    smtp: { host: endpoints.smtp.host, port: endpoints.smtp.port, security: 'starttls' },
    imap: { host: endpoints.imap.host, port: endpoints.imap.port, security: 'tls' },
    scopes: GLOBAL.scopes,
    adminCenter: loginOrigin,
    entraPortal: loginOrigin,
    azurePortal: loginOrigin,
    exchangeEnvironmentName: undefined,
    confidence: confidence({ portalDeepLinks: D }),
  };
}

const TABLE: Readonly<Record<Exclude<CloudId, 'sandbox'>, CloudProfile>> = {
  global: GLOBAL, 'usgov-gcchigh': GCC_HIGH, 'usgov-dod': DOD, china: CHINA,
};

/**
 * The profile of a cloud. 'sandbox' needs the running sandbox's endpoints; without them it is
 * undefined, as is any unknown id (the id may come from IPC or a config file).
 */
export function cloudProfile(id: Exclude<CloudId, 'sandbox'>): CloudProfile;
export function cloudProfile(id: 'sandbox', sandbox: SandboxEndpoints): CloudProfile;
export function cloudProfile(id: CloudId, sandbox?: SandboxEndpoints): CloudProfile | undefined;
export function cloudProfile(id: CloudId, sandbox?: SandboxEndpoints): CloudProfile | undefined {
  if (id === 'sandbox') return sandbox ? sandboxProfile(sandbox) : undefined;
  return Object.hasOwn(TABLE, id) ? TABLE[id] : undefined;
}

/** A Microsoft Graph scope in a cloud, e.g. graphScope(p, 'Application.Read.All'). */
export function graphScope(profile: CloudProfile, permission: string): string {
  return `${profile.scopes.graphScopePrefix}${permission}`;
}
