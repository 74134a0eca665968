/**
 * The Microsoft Graph v1.0 shapes the assistant reads and writes — only the properties it
 * selects (api-reference/v1.0/resources: servicePrincipal, application, appRoleAssignment,
 * oauth2PermissionGrant, user, identitySecurityDefaultsEnforcementPolicy).
 */

/** An app role declared by a service principal. */
export interface GraphAppRole {
  readonly id: string;
  readonly value: string | null;
  readonly allowedMemberTypes?: readonly string[];
  readonly isEnabled?: boolean;
}

/** A delegated permission declared by a service principal. */
export interface GraphPermissionScope {
  readonly id: string;
  readonly value: string;
  readonly type?: string;
  readonly isEnabled?: boolean;
}

/** An enterprise application. `id` is the Object ID (what New-ServicePrincipal -ObjectId needs). */
export interface GraphServicePrincipal {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly appRoleAssignmentRequired?: boolean;
  readonly accountEnabled?: boolean;
  readonly appRoles?: readonly GraphAppRole[];
  readonly oauth2PermissionScopes?: readonly GraphPermissionScope[];
  readonly servicePrincipalNames?: readonly string[];
}

/** An app permission granted to a client, or a user/group assigned to an app. */
export interface GraphAppRoleAssignment {
  readonly id: string;
  readonly appRoleId: string;
  readonly principalId: string;
  readonly principalType?: string;
  readonly principalDisplayName?: string;
  readonly resourceId: string;
  readonly resourceDisplayName?: string;
  readonly createdDateTime?: string;
}

/** Delegated consent of a client on a resource. `clientId` is the client's SP object id. */
export interface GraphOAuth2PermissionGrant {
  readonly id: string;
  readonly clientId: string;
  readonly consentType: 'AllPrincipals' | 'Principal';
  readonly principalId: string | null;
  readonly resourceId: string;
  readonly scope: string;
}

/** A client secret as Graph lists it (never with its value). */
export interface GraphPasswordCredential {
  readonly keyId: string;
  readonly displayName: string | null;
  readonly hint?: string | null;
  readonly startDateTime?: string;
  readonly endDateTime: string;
}

/** What addPassword returns: the only time Graph shows `secretText`. */
export interface GraphNewPasswordCredential extends GraphPasswordCredential {
  readonly secretText: string;
}

/** One `requiredResourceAccess` entry. */
export interface GraphRequiredResourceAccess {
  readonly resourceAppId: string;
  readonly resourceAccess: readonly { readonly id: string; readonly type: 'Scope' | 'Role' }[];
}

/** An app registration. `id` is the application object id, `appId` the client ID. */
export interface GraphApplication {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly signInAudience: string;
  /** apiApplication: requestedAccessTokenVersion must be 2 for apps open to personal accounts. */
  readonly api?: { readonly requestedAccessTokenVersion?: number | null } & Readonly<Record<string, unknown>>;
  readonly web?: { readonly redirectUris: readonly string[] };
  readonly requiredResourceAccess: readonly GraphRequiredResourceAccess[];
  readonly passwordCredentials?: readonly GraphPasswordCredential[];
}

/** A user with the properties the sending-user check needs (User.Read.All). */
export interface GraphUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly accountEnabled?: boolean;
  readonly assignedLicenses?: readonly { readonly skuId: string; readonly disabledPlans?: readonly string[] }[];
  readonly mail?: string | null;
  readonly proxyAddresses?: readonly string[];
}

/** Security defaults (GET /policies/identitySecurityDefaultsEnforcementPolicy). */
export interface GraphSecurityDefaults {
  readonly id: string;
  readonly displayName?: string;
  readonly isEnabled: boolean;
}

/** A Graph collection page. */
export interface GraphCollection<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}
