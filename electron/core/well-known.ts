/**
 * Microsoft's well-known identifiers (the same in every tenant), as listed in
 * shared/M365-REFERENCE.md §1: one table for the product and the sandbox, which seeds its
 * first-party service principals with them;
 * product code resolves the ⚠ ones at run time through Graph instead of importing them.
 */

/** First-party and gallery application ids. */
export const APP_IDS = {
  microsoftGraph: '00000003-0000-0000-c000-000000000000',
  exchangeOnline: '00000002-0000-0ff1-ce00-000000000000',
  inventory360: '15dd278a-3da9-4654-9edd-568380df74d0',
  /** "Microsoft Graph Command Line Tools", Connect-MgGraph's public client (auth/client-id.ts). */
  microsoftGraphCommandLineTools: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
} as const;

/** The tenant that owns Microsoft's first-party apps (their service principals' appOwnerOrganizationId). */
export const MICROSOFT_SERVICES_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

/** Microsoft Graph delegated permission (oauth2PermissionScope) ids, §1.2. */
export const GRAPH_SCOPE_IDS = {
  'SMTP.Send': '258f6531-6087-4cc4-bb90-092c5fb3ed3f',
  'IMAP.AccessAsUser.All': '652390e4-393a-48de-9484-05f9b1212954',
  'POP.AccessAsUser.All': 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991',
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
  openid: '37f7f235-527c-4136-accd-4a02d197296e',
  profile: '14dad69e-099b-42c9-810b-d002981feec1',
  email: '64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0',
  'Mail.Send': 'e383f46e-2787-4529-855e-0e479a3ffac0',
  'Application.Read.All': 'c79f8feb-a9db-4090-85f9-90d820caa0eb',
  'Application.ReadWrite.All': 'bdfbf15f-ee85-4955-8675-146e8e5296b5',
  'AppRoleAssignment.ReadWrite.All': '84bccea3-f856-4a8a-967b-dbe0a3d53a64',
  'DelegatedPermissionGrant.ReadWrite.All': '41ce6ca6-6826-4807-84f1-1c82854f7ee5',
  'Directory.Read.All': '06da0dbc-49e2-44d2-8312-53f166ab848a',
  'Organization.Read.All': '4908d5b9-3fb2-4b1e-9336-1888b7937185',
  'Policy.Read.All': '572fea84-0151-49b2-9301-11cb16974376',
  'User.Read.All': 'a154be20-db9c-4678-8ab7-66f6cc099a59',
  'User.ReadBasic.All': 'b340eb25-3456-403f-be2f-af7a0d370277',
} as const;

/** Microsoft Graph application permission (appRole) ids used by the sandbox. */
export const GRAPH_ROLE_IDS = {
  'Mail.Send': 'b633e1c5-b582-4048-a93e-9f11b44c7e96',
} as const;

/** Office 365 Exchange Online app roles (⚠ community-observed ids, §1.3). */
export const EXO_ROLE_IDS = {
  'SMTP.SendAsApp': '7146a1f0-8703-45b3-9eae-527a64c00995',
  'IMAP.AccessAsApp': '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
  'POP.AccessAsApp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
  full_access_as_app: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  'Exchange.ManageAsApp': 'dc50a0fb-09a3-484d-be87-e023b12c6440',
} as const;

/** Office 365 Exchange Online delegated scopes (⚠ ids, §1.3). */
export const EXO_SCOPE_IDS = {
  'SMTP.Send': '76faac2a-0f20-42f1-928a-50de5b9dbe52',
  'IMAP.AccessAsUser.All': '195adc35-e27b-454b-a7ed-1ecdffa1c09f',
  'POP.AccessAsUser.All': 'fb698133-92fa-453e-a9ed-688e10f2e5ac',
} as const;

/** Resource URIs that identify Exchange Online in token requests and in `aud`. */
export const EXO_RESOURCE_URIS = [
  'https://outlook.office365.com',
  'https://outlook.office.com',
  'https://ps.outlook.com',
] as const;

/** Resource URIs that identify Microsoft Graph. */
export const GRAPH_RESOURCE_URIS = ['https://graph.microsoft.com'] as const;

/** The appRoleId used when assigning users to an app that declares no roles (§3.8). */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';
