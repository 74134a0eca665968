/**
 * Ids the tenant checks may hard-code because Microsoft documents them as the same in every
 * tenant (shared/M365-REFERENCE.md §1.1, §1.2 ✅). Exchange Online's role ids are ⚠ and are
 * resolved at run time instead (clouds-resolve.ts).
 */

/** Microsoft Graph's appId (`resourceAppId` of Graph permissions). */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The Inventory360 gallery app (DESIGN.md, profile Inventory360). */
export const INVENTORY360_APP_ID = '15dd278a-3da9-4654-9edd-568380df74d0';

/** Microsoft Graph delegated permission ids (S3, auto-generated "All permissions and IDs"). */
export const GRAPH_DELEGATED_IDS = {
  'SMTP.Send': '258f6531-6087-4cc4-bb90-092c5fb3ed3f',
  'IMAP.AccessAsUser.All': '652390e4-393a-48de-9484-05f9b1212954',
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
} as const;

/** The app role id for "default access", used to assign users to an app without roles (§3.8). */
export const DEFAULT_ACCESS_APP_ROLE_ID = '00000000-0000-0000-0000-000000000000';
