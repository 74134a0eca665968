/**
 * The healthy sandbox tenant "Contoso Sandbox": the state in which every profile's check passes.
 * Scenarios (scenarios.ts) break it in the ways real tenants are broken.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type {
  SandboxAppRole, SandboxPermissionScope, SandboxServicePrincipal, TenantData,
} from './tenant-model.js';
import {
  APP_IDS, DEFAULT_ACCESS_ROLE_ID, EXO_ROLE_IDS, EXO_SCOPE_IDS, GRAPH_ROLE_IDS, GRAPH_SCOPE_IDS, MICROSOFT_SERVICES_TENANT_ID,
} from '../core/well-known.js';

/** Fixed ids of the sandbox's own objects, so docs, demos and tests can name them. */
export const SANDBOX_IDS = {
  tenantId: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  microsoftAccountsTenantId: '9188040d-6c67-4c5b-b112-36a304b66dad',
  publisherTenantId: '0a7c1e2b-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
  adminUserId: 'a1000000-0000-4000-8000-000000000001',
  mailboxUserId: 'a1000000-0000-4000-8000-000000000002',
  sharedMailboxId: 'a1000000-0000-4000-8000-000000000003',
  otherUserId: 'a1000000-0000-4000-8000-000000000004',
  mailUsersGroupId: 'b2000000-0000-4000-8000-000000000001',
  graphSpId: 'c3000000-0000-4000-8000-000000000003',
  exchangeSpId: 'c3000000-0000-4000-8000-000000000002',
  inventory360SpId: 'c3000000-0000-4000-8000-000000000360',
  genericAppObjectId: 'd4000000-0000-4000-8000-000000000001',
  genericAppId: 'e5000000-0000-4000-8000-00000000a001',
  genericSpId: 'c3000000-0000-4000-8000-00000000a001',
  etronAppObjectId: 'd4000000-0000-4000-8000-000000000002',
  etronAppId: 'e5000000-0000-4000-8000-00000000e7a0',
  etronSpId: 'c3000000-0000-4000-8000-00000000e7a0',
  /** The assistant's default client: Microsoft Graph Command Line Tools (first-party, core/auth/client-id.ts). */
  assistantAppId: APP_IDS.microsoftGraphCommandLineTools,
  assistantSpId: 'c3000000-0000-4000-8000-00000000c11a',
  /** A publisher's own registration of the assistant (the M365_ASSISTANT_CLIENT_ID override): third-party. */
  publisherAssistantAppId: 'e5000000-0000-4000-8000-0000000a55a1',
  publisherAssistantSpId: 'c3000000-0000-4000-8000-0000000a55a1',
  inventory360PublisherAppObjectId: 'd4000000-0000-4000-8000-000000000360',
} as const;

/** The licence every mailbox user has (Microsoft 365 Business Standard). */
export const BUSINESS_STANDARD_SKU = 'f245ecc8-75af-4f8e-b61f-27d8114de5f3';

/** Names and addresses of the sandbox tenant. */
export const SANDBOX_NAMES = {
  organization: 'Contoso Sandbox',
  domain: 'contoso.example',
  initialDomain: 'contososandbox.onmicrosoft.com',
  admin: 'admin@contoso.example',
  mailbox: 'notifications@contoso.example',
  sharedMailbox: 'info@contoso.example',
  otherUser: 'anna.schmidt@contoso.example',
  etronInstance: 'contoso',
  etronRedirectUri: 'https://contoso.wawi.onretail.eu/microsoft_outlook/confirm',
} as const;

/** Secrets the sandbox hands to demos and tests (they are sandbox-only values). */
export interface SeedSecrets {
  readonly genericClientSecret: string;
  readonly etronClientSecret: string;
  readonly inventory360ClientSecret: string;
}

/** Makes a secret in Entra's style: 40 characters, with `~` and `.`. */
export function newClientSecret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-';
  const bytes = randomBytes(40);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Test hook: with this variable set, every sandbox start derives the same secrets from it. */
export const SECRET_SEED_ENV = 'M365_SANDBOX_SECRET_SEED';

/**
 * The secrets a seed gives (HMAC-SHA256 per app, in the secret alphabet), so a test that runs the
 * CLI as a separate process knows the raw values and can search every output for them.
 */
export function seedSecretsFrom(seed: string): SeedSecrets {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-';
  const derive = (name: string): string => [...createHmac('sha256', seed).update(name).digest().subarray(0, 32),
    ...createHmac('sha256', seed).update(`${name}/2`).digest().subarray(0, 8)].map((b) => alphabet[b % alphabet.length]).join('');
  return { genericClientSecret: derive('generic'), etronClientSecret: derive('etron'), inventory360ClientSecret: derive('inventory360') };
}

/** Fresh secrets for one sandbox start (or the seed's, see SECRET_SEED_ENV). */
export function newSeedSecrets(): SeedSecrets {
  const seed = process.env[SECRET_SEED_ENV];
  if (seed) return seedSecretsFrom(seed);
  return {
    genericClientSecret: newClientSecret(),
    etronClientSecret: newClientSecret(),
    inventory360ClientSecret: newClientSecret(),
  };
}

function role(id: string, value: string, displayName: string, member: 'Application' | 'User' = 'Application'): SandboxAppRole {
  return { id, value, displayName, description: displayName, allowedMemberTypes: [member], isEnabled: true, origin: 'Application' };
}

function scope(id: string, value: string, displayName: string, type: 'User' | 'Admin' = 'User'): SandboxPermissionScope {
  return {
    id, value, type, isEnabled: true,
    adminConsentDisplayName: displayName, adminConsentDescription: displayName,
    userConsentDisplayName: displayName, userConsentDescription: displayName,
  };
}

function firstPartySp(id: string, appId: string, displayName: string, names: string[], roles: SandboxAppRole[], scopes: SandboxPermissionScope[]): SandboxServicePrincipal {
  return {
    id, appId, displayName, appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT_ID,
    appRoleAssignmentRequired: false, accountEnabled: true, servicePrincipalType: 'Application',
    servicePrincipalNames: names, appRoles: roles, oauth2PermissionScopes: scopes, replyUrls: [], tags: [],
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();
const YEAR = 365 * 24 * 60 * 60 * 1000;

/** The healthy tenant. `now` fixes creation and expiry dates. */
export function healthyTenant(secrets: SeedSecrets, now = Date.now()): TenantData {
  const ids = SANDBOX_IDS;
  const n = SANDBOX_NAMES;
  const created = iso(now - 90 * 24 * 60 * 60 * 1000);
  const licensed = [{ skuId: BUSINESS_STANDARD_SKU, disabledPlans: [] }];
  const graphScopes = Object.entries(GRAPH_SCOPE_IDS).map(([value, id]) =>
    scope(id, value, value, /(All|ReadWrite)/.test(value) && value !== 'IMAP.AccessAsUser.All' ? 'Admin' : 'User'));
  const exoRoles = Object.entries(EXO_ROLE_IDS).map(([value, id]) => role(id, value, value));
  const exoScopes = Object.entries(EXO_SCOPE_IDS).map(([value, id]) => scope(id, value, value));

  return {
    tenantId: ids.tenantId,
    organization: {
      displayName: n.organization,
      verifiedDomains: [
        { name: n.domain, isDefault: true, isInitial: false, type: 'Managed', capabilities: 'Email, OfficeCommunicationsOnline' },
        { name: n.initialDomain, isDefault: false, isInitial: true, type: 'Managed', capabilities: 'Email, OfficeCommunicationsOnline' },
      ],
      skus: [{ skuId: BUSINESS_STANDARD_SKU, skuPartNumber: 'O365_BUSINESS_PREMIUM' }],
    },
    users: [
      {
        id: ids.adminUserId, userPrincipalName: n.admin, mail: n.admin, displayName: 'Sandbox Admin',
        accountEnabled: true, assignedLicenses: licensed, proxyAddresses: [`SMTP:${n.admin}`],
        password: 'Sandbox-Admin-1', directoryRoles: ['Global Administrator'], isSharedMailbox: false,
        smtpClientAuthenticationDisabled: null, imapEnabled: true,
      },
      {
        id: ids.mailboxUserId, userPrincipalName: n.mailbox, mail: n.mailbox, displayName: 'Notifications',
        accountEnabled: true, assignedLicenses: licensed, proxyAddresses: [`SMTP:${n.mailbox}`, `smtp:noreply@${n.domain}`],
        password: 'Sandbox-Mail-1', directoryRoles: [], isSharedMailbox: false,
        smtpClientAuthenticationDisabled: false, imapEnabled: true,
      },
      {
        id: ids.sharedMailboxId, userPrincipalName: n.sharedMailbox, mail: n.sharedMailbox, displayName: 'Contoso Info',
        accountEnabled: false, assignedLicenses: [], proxyAddresses: [`SMTP:${n.sharedMailbox}`],
        password: '', directoryRoles: [], isSharedMailbox: true,
        smtpClientAuthenticationDisabled: null, imapEnabled: true,
      },
      {
        id: ids.otherUserId, userPrincipalName: n.otherUser, mail: n.otherUser, displayName: 'Anna Schmidt',
        accountEnabled: true, assignedLicenses: licensed, proxyAddresses: [`SMTP:${n.otherUser}`],
        password: 'Sandbox-Anna-1', directoryRoles: [], isSharedMailbox: false,
        smtpClientAuthenticationDisabled: null, imapEnabled: true,
      },
    ],
    groups: [{ id: ids.mailUsersGroupId, displayName: 'Mail senders', memberIds: [ids.mailboxUserId] }],
    applications: [
      {
        id: ids.genericAppObjectId, appId: ids.genericAppId, displayName: 'Contoso Mail Sender',
        signInAudience: 'AzureADMyOrg', web: { redirectUris: [] }, publicClient: { redirectUris: [] }, spa: { redirectUris: [] },
        isFallbackPublicClient: false,
        requiredResourceAccess: [{ resourceAppId: APP_IDS.exchangeOnline, resourceAccess: [
          { id: EXO_ROLE_IDS['SMTP.SendAsApp'], type: 'Role' }, { id: EXO_ROLE_IDS['IMAP.AccessAsApp'], type: 'Role' },
        ] }],
        passwordCredentials: [{
          keyId: randomUUID(), displayName: 'sandbox', hint: secrets.genericClientSecret.slice(0, 3),
          secretText: secrets.genericClientSecret, startDateTime: created, endDateTime: iso(now + YEAR),
        }],
        keyCredentials: [], createdDateTime: created, homeTenant: 'home',
      },
      {
        id: ids.etronAppObjectId, appId: ids.etronAppId, displayName: 'ETRON onRetail',
        signInAudience: 'AzureADandPersonalMicrosoftAccount', web: { redirectUris: [n.etronRedirectUri] },
        publicClient: { redirectUris: [] }, spa: { redirectUris: [] }, isFallbackPublicClient: false,
        requiredResourceAccess: [{ resourceAppId: APP_IDS.microsoftGraph, resourceAccess: [
          { id: GRAPH_SCOPE_IDS['SMTP.Send'], type: 'Scope' }, { id: GRAPH_SCOPE_IDS['IMAP.AccessAsUser.All'], type: 'Scope' },
          { id: GRAPH_SCOPE_IDS['User.Read'], type: 'Scope' },
        ] }],
        passwordCredentials: [{
          keyId: randomUUID(), displayName: 'ETRON-OAuth', hint: secrets.etronClientSecret.slice(0, 3),
          secretText: secrets.etronClientSecret, startDateTime: created, endDateTime: iso(now + 2 * YEAR - 91 * 24 * 60 * 60 * 1000),
        }],
        keyCredentials: [], createdDateTime: created, homeTenant: 'home',
      },
      {
        // Microsoft's registration, seen from the tenant: a multi-tenant public client with the
        // loopback redirect and public client flows (device code), pre-authorized for Graph only.
        id: ids.assistantSpId.replace(/^c3/, 'd4'), appId: ids.assistantAppId, displayName: 'Microsoft Graph Command Line Tools',
        signInAudience: 'AzureADMultipleOrgs', web: { redirectUris: [] }, publicClient: { redirectUris: ['http://localhost'] },
        spa: { redirectUris: [] }, isFallbackPublicClient: true, requiredResourceAccess: [],
        passwordCredentials: [], keyCredentials: [], createdDateTime: created, homeTenant: 'publisher',
        preAuthorizedResources: [APP_IDS.microsoftGraph],
      },
      {
        id: ids.publisherAssistantSpId.replace(/^c3/, 'd4'), appId: ids.publisherAssistantAppId, displayName: 'M365 Mail Setup Assistant',
        signInAudience: 'AzureADMultipleOrgs', web: { redirectUris: [] }, publicClient: { redirectUris: ['http://localhost'] },
        spa: { redirectUris: [] }, isFallbackPublicClient: true, requiredResourceAccess: [],
        passwordCredentials: [], keyCredentials: [], createdDateTime: created, homeTenant: 'publisher',
      },
      {
        id: ids.inventory360PublisherAppObjectId, appId: APP_IDS.inventory360, displayName: 'Inventory360',
        signInAudience: 'AzureADMultipleOrgs', web: { redirectUris: ['https://app.inventory360.example/oauth/microsoft'] },
        publicClient: { redirectUris: [] }, spa: { redirectUris: [] }, isFallbackPublicClient: false,
        requiredResourceAccess: [
          { resourceAppId: APP_IDS.microsoftGraph, resourceAccess: [{ id: GRAPH_SCOPE_IDS['User.Read'], type: 'Scope' }] },
          { resourceAppId: APP_IDS.exchangeOnline, resourceAccess: [{ id: EXO_ROLE_IDS['SMTP.SendAsApp'], type: 'Role' }] },
        ],
        passwordCredentials: [{
          keyId: randomUUID(), displayName: 'vendor', hint: secrets.inventory360ClientSecret.slice(0, 3),
          secretText: secrets.inventory360ClientSecret, startDateTime: created, endDateTime: iso(now + YEAR),
        }],
        keyCredentials: [], createdDateTime: created, homeTenant: 'publisher',
      },
    ],
    servicePrincipals: [
      firstPartySp(ids.graphSpId, APP_IDS.microsoftGraph, 'Microsoft Graph',
        ['https://graph.microsoft.com', 'https://graph.microsoft.com/', APP_IDS.microsoftGraph],
        [role(GRAPH_ROLE_IDS['Mail.Send'], 'Mail.Send', 'Send mail as any user')], graphScopes),
      firstPartySp(ids.exchangeSpId, APP_IDS.exchangeOnline, 'Office 365 Exchange Online',
        ['https://outlook.office365.com/', 'https://outlook.office365.com', 'https://outlook.office.com/', 'https://outlook.office.com',
          'https://ps.outlook.com/', 'https://ps.outlook.com', APP_IDS.exchangeOnline],
        exoRoles, exoScopes),
      {
        id: ids.inventory360SpId, appId: APP_IDS.inventory360, displayName: 'Inventory360',
        appOwnerOrganizationId: ids.publisherTenantId, appRoleAssignmentRequired: false, accountEnabled: true,
        servicePrincipalType: 'Application', servicePrincipalNames: [APP_IDS.inventory360], appRoles: [], oauth2PermissionScopes: [],
        replyUrls: ['https://app.inventory360.example/oauth/microsoft'], tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      },
      {
        id: ids.genericSpId, appId: ids.genericAppId, displayName: 'Contoso Mail Sender',
        appOwnerOrganizationId: ids.tenantId, appRoleAssignmentRequired: false, accountEnabled: true,
        servicePrincipalType: 'Application', servicePrincipalNames: [ids.genericAppId], appRoles: [], oauth2PermissionScopes: [],
        replyUrls: [], tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      },
      {
        id: ids.etronSpId, appId: ids.etronAppId, displayName: 'ETRON onRetail',
        appOwnerOrganizationId: ids.tenantId, appRoleAssignmentRequired: true, accountEnabled: true,
        servicePrincipalType: 'Application', servicePrincipalNames: [ids.etronAppId], appRoles: [], oauth2PermissionScopes: [],
        replyUrls: [n.etronRedirectUri], tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      },
      {
        id: ids.assistantSpId, appId: ids.assistantAppId, displayName: 'Microsoft Graph Command Line Tools',
        appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT_ID, appRoleAssignmentRequired: false, accountEnabled: true,
        servicePrincipalType: 'Application', servicePrincipalNames: [ids.assistantAppId], appRoles: [], oauth2PermissionScopes: [],
        replyUrls: ['http://localhost'], tags: [],
      },
      {
        id: ids.publisherAssistantSpId, appId: ids.publisherAssistantAppId, displayName: 'M365 Mail Setup Assistant',
        appOwnerOrganizationId: ids.publisherTenantId, appRoleAssignmentRequired: false, accountEnabled: true,
        servicePrincipalType: 'Application', servicePrincipalNames: [ids.publisherAssistantAppId], appRoles: [], oauth2PermissionScopes: [],
        replyUrls: ['http://localhost'], tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      },
    ],
    appRoleAssignments: [
      {
        id: 'aRa-inv360-smtp', appRoleId: EXO_ROLE_IDS['SMTP.SendAsApp'], principalId: ids.inventory360SpId,
        principalType: 'ServicePrincipal', principalDisplayName: 'Inventory360', resourceId: ids.exchangeSpId,
        resourceDisplayName: 'Office 365 Exchange Online', createdDateTime: created,
      },
      {
        id: 'aRa-generic-smtp', appRoleId: EXO_ROLE_IDS['SMTP.SendAsApp'], principalId: ids.genericSpId,
        principalType: 'ServicePrincipal', principalDisplayName: 'Contoso Mail Sender', resourceId: ids.exchangeSpId,
        resourceDisplayName: 'Office 365 Exchange Online', createdDateTime: created,
      },
      {
        id: 'aRa-generic-imap', appRoleId: EXO_ROLE_IDS['IMAP.AccessAsApp'], principalId: ids.genericSpId,
        principalType: 'ServicePrincipal', principalDisplayName: 'Contoso Mail Sender', resourceId: ids.exchangeSpId,
        resourceDisplayName: 'Office 365 Exchange Online', createdDateTime: created,
      },
      {
        id: 'aRa-etron-mailbox', appRoleId: DEFAULT_ACCESS_ROLE_ID, principalId: ids.mailboxUserId,
        principalType: 'User', principalDisplayName: 'Notifications', resourceId: ids.etronSpId,
        resourceDisplayName: 'ETRON onRetail', createdDateTime: created,
      },
      {
        id: 'aRa-etron-admin', appRoleId: DEFAULT_ACCESS_ROLE_ID, principalId: ids.adminUserId,
        principalType: 'User', principalDisplayName: 'Sandbox Admin', resourceId: ids.etronSpId,
        resourceDisplayName: 'ETRON onRetail', createdDateTime: created,
      },
    ].map((a) => ({ ...a, id: stableAssignmentId(a.id) })) as TenantData['appRoleAssignments'],
    oauth2PermissionGrants: [
      {
        id: 'grant-etron-graph', clientId: ids.etronSpId, consentType: 'AllPrincipals', principalId: null,
        resourceId: ids.graphSpId, scope: 'SMTP.Send IMAP.AccessAsUser.All User.Read offline_access openid profile email',
      },
    ],
    securityDefaults: { isEnabled: false },
    exchange: {
      servicePrincipals: [
        { appId: APP_IDS.inventory360, objectId: ids.inventory360SpId, displayName: 'Inventory360_Mail_Notification' },
        { appId: ids.genericAppId, objectId: ids.genericSpId, displayName: 'EXO SP for Contoso Mail Sender' },
      ],
      permissions: [
        { mailboxId: ids.mailboxUserId, trusteeId: ids.inventory360SpId, accessRights: 'FullAccess' },
        { mailboxId: ids.mailboxUserId, trusteeId: ids.genericSpId, accessRights: 'FullAccess' },
        { mailboxId: ids.sharedMailboxId, trusteeId: ids.mailboxUserId, accessRights: 'FullAccess' },
        { mailboxId: ids.sharedMailboxId, trusteeId: ids.mailboxUserId, accessRights: 'SendAs' },
        { mailboxId: ids.sharedMailboxId, trusteeId: ids.inventory360SpId, accessRights: 'SendAs' },
        { mailboxId: ids.sharedMailboxId, trusteeId: ids.genericSpId, accessRights: 'SendAs' },
      ],
      transportConfig: { smtpClientAuthenticationDisabled: true },
    },
  };
}

/** appRoleAssignment ids in Graph are base64url strings; keep ours stable and of that shape. */
function stableAssignmentId(label: string): string {
  return Buffer.from(label.padEnd(32, '_')).toString('base64url');
}
