/**
 * The data model of the sandbox tenant: the directory (what Graph shows) and the Exchange
 * Online side (what PowerShell changes). Plain data only, so a whole tenant can be cloned into
 * a snapshot — which is how replication delay is modelled (see tenant-state.ts).
 */

/** A user in the directory, with the mailbox settings Exchange keeps for it. */
export interface SandboxUser {
  readonly id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  accountEnabled: boolean;
  /** Graph `assignedLicenses`; empty = unlicensed (no mailbox can log on). */
  assignedLicenses: { skuId: string; disabledPlans: string[] }[];
  proxyAddresses: string[];
  /** Sandbox-only: the demo password shown on the sign-in page. */
  password: string;
  /** Directory role names, e.g. "Global Administrator". */
  directoryRoles: string[];
  /** A shared mailbox has no sign-in of its own. */
  isSharedMailbox: boolean;
  /** Exchange CASMailbox: `$null` = inherit the tenant's TransportConfig. */
  smtpClientAuthenticationDisabled: boolean | null;
  imapEnabled: boolean;
}

/** A client secret of an application; the sandbox keeps the value to check it. */
export interface SandboxPasswordCredential {
  readonly keyId: string;
  displayName: string | null;
  hint: string;
  /** Sandbox-only: the value, as Entra keeps its hash. Never leaves the sandbox through Graph. */
  secretText: string;
  startDateTime: string;
  endDateTime: string;
}

/** A certificate credential (client_assertion). */
export interface SandboxKeyCredential {
  readonly keyId: string;
  displayName: string | null;
  type: 'AsymmetricX509Cert';
  usage: 'Verify';
  /** base64 DER of the certificate. */
  key: string;
  /** SHA-1 thumbprint, upper-case hex (Graph's `customKeyIdentifier`). */
  customKeyIdentifier: string;
  startDateTime: string;
  endDateTime: string;
}

/** One `requiredResourceAccess` entry of an application (Graph shape). */
export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: { id: string; type: 'Scope' | 'Role' }[];
}

/** An app registration (Graph `application`). */
export interface SandboxApplication {
  /** The application's object id — NOT the value New-ServicePrincipal needs. */
  readonly id: string;
  readonly appId: string;
  displayName: string;
  signInAudience: 'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount' | 'PersonalMicrosoftAccount';
  /**
   * Graph `api.requestedAccessTokenVersion`. Absent = what Entra sets on create: 2 for apps open to
   * personal accounts (they must use v2 tokens), null otherwise (application-input.ts).
   */
  requestedAccessTokenVersion?: 1 | 2 | null;
  web: { redirectUris: string[] };
  publicClient: { redirectUris: string[] };
  spa: { redirectUris: string[] };
  isFallbackPublicClient: boolean;
  requiredResourceAccess: RequiredResourceAccess[];
  passwordCredentials: SandboxPasswordCredential[];
  keyCredentials: SandboxKeyCredential[];
  createdDateTime: string;
  /**
   * Where the registration lives. `home` = this tenant (Graph lists it under /applications);
   * `publisher` = another tenant (a gallery or vendor app such as Inventory360): only its
   * service principal is visible here, but the sandbox can still issue its tokens.
   */
  readonly homeTenant: 'home' | 'publisher';
  /**
   * Set only on Microsoft's own (first-party) clients: the first-party resources (appIds) the
   * client is pre-authorized for. Entra refuses any other first-party resource with AADSTS65002
   * instead of asking for consent (entra/first-party.ts).
   */
  readonly preAuthorizedResources?: readonly string[];
}

/** An app role or delegated scope declared by a service principal. */
export interface SandboxAppRole {
  id: string;
  value: string;
  displayName: string;
  description: string;
  allowedMemberTypes: ('Application' | 'User')[];
  isEnabled: boolean;
  origin: 'Application';
}

/** A delegated permission scope declared by a service principal. */
export interface SandboxPermissionScope {
  id: string;
  value: string;
  adminConsentDisplayName: string;
  adminConsentDescription: string;
  userConsentDisplayName: string;
  userConsentDescription: string;
  type: 'User' | 'Admin';
  isEnabled: boolean;
}

/** An enterprise application (Graph `servicePrincipal`). Its `id` is the Object ID. */
export interface SandboxServicePrincipal {
  readonly id: string;
  readonly appId: string;
  displayName: string;
  appOwnerOrganizationId: string;
  appRoleAssignmentRequired: boolean;
  accountEnabled: boolean;
  servicePrincipalType: 'Application';
  servicePrincipalNames: string[];
  appRoles: SandboxAppRole[];
  oauth2PermissionScopes: SandboxPermissionScope[];
  replyUrls: string[];
  tags: string[];
}

/** Graph `appRoleAssignment`: an app permission granted to an SP, or a user assigned to an app. */
export interface SandboxAppRoleAssignment {
  readonly id: string;
  appRoleId: string;
  principalId: string;
  principalType: 'ServicePrincipal' | 'User' | 'Group';
  principalDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
  createdDateTime: string;
}

/** Graph `oauth2PermissionGrant`: delegated consent. */
export interface SandboxOAuth2PermissionGrant {
  readonly id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  /** Space-separated scope values. */
  scope: string;
}

/** A group (for assignment to apps). */
export interface SandboxGroup {
  readonly id: string;
  displayName: string;
  memberIds: string[];
}

/** Exchange Online's pointer to an Entra service principal (`New-ServicePrincipal`). */
export interface ExchangeServicePrincipal {
  appId: string;
  /** The `-ObjectId` given to New-ServicePrincipal; must equal the Entra SP id to work. */
  objectId: string;
  displayName: string;
}

/** `Add-MailboxPermission … -AccessRights FullAccess` / `Add-RecipientPermission … SendAs`. */
export interface ExchangeMailboxPermission {
  /** The user id of the mailbox. */
  mailboxId: string;
  /** A user id, or the `objectId` of an Exchange service principal. */
  trusteeId: string;
  accessRights: 'FullAccess' | 'SendAs';
}

/** `New-ManagementScope`: which recipients a scoped role assignment covers. */
export interface ExchangeManagementScope {
  name: string;
  /** As written, e.g. `PrimarySmtpAddress -eq 'a@b'` (exchange/rbac-scope.ts reads it). */
  recipientRestrictionFilter: string;
}

/** `New-ManagementRoleAssignment -App`: a role given to an Exchange service principal pointer. */
export interface ExchangeRoleAssignment {
  name: string;
  /** e.g. `Application SMTP.SendAsApp`. */
  role: string;
  /** The pointer's object id (the Entra enterprise app's id). */
  appObjectId: string;
  /** The management scope's name; null = the whole organization. */
  customResourceScope: string | null;
}

/** The whole tenant: directory plus Exchange. */
export interface TenantData {
  readonly tenantId: string;
  organization: {
    displayName: string;
    verifiedDomains: { name: string; isDefault: boolean; isInitial: boolean; type: 'Managed'; capabilities: string }[];
    /** Licences present in the tenant (Graph `subscribedSkus` subset). */
    skus: { skuId: string; skuPartNumber: string }[];
  };
  users: SandboxUser[];
  groups: SandboxGroup[];
  applications: SandboxApplication[];
  servicePrincipals: SandboxServicePrincipal[];
  appRoleAssignments: SandboxAppRoleAssignment[];
  oauth2PermissionGrants: SandboxOAuth2PermissionGrant[];
  securityDefaults: { isEnabled: boolean };
  exchange: {
    servicePrincipals: ExchangeServicePrincipal[];
    permissions: ExchangeMailboxPermission[];
    transportConfig: { smtpClientAuthenticationDisabled: boolean };
    /** RBAC for Applications (absent = none). */
    managementScopes?: ExchangeManagementScope[];
    roleAssignments?: ExchangeRoleAssignment[];
  };
}
