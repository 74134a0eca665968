/**
 * Ids the tenant checks may hard-code because Microsoft documents them as the same in every
 * tenant (shared/M365-REFERENCE.md §1.1, §1.2 ✅), taken from the one table in well-known.ts.
 * Exchange Online's role ids are ⚠ and are resolved at run time instead (clouds-resolve.ts).
 */
import { APP_IDS, DEFAULT_ACCESS_ROLE_ID, GRAPH_SCOPE_IDS } from '../well-known.js';

/** Microsoft Graph's appId (`resourceAppId` of Graph permissions). */
export const MICROSOFT_GRAPH_APP_ID = APP_IDS.microsoftGraph;

/** The Inventory360 gallery app (DESIGN.md, profile Inventory360). */
export const INVENTORY360_APP_ID = APP_IDS.inventory360;

/** Microsoft Graph delegated permission ids (S3, auto-generated "All permissions and IDs"). */
export const GRAPH_DELEGATED_IDS = {
  'SMTP.Send': GRAPH_SCOPE_IDS['SMTP.Send'],
  'IMAP.AccessAsUser.All': GRAPH_SCOPE_IDS['IMAP.AccessAsUser.All'],
  'User.Read': GRAPH_SCOPE_IDS['User.Read'],
} as const;

/** The app role id for "default access", used to assign users to an app without roles (§3.8). */
export const DEFAULT_ACCESS_APP_ROLE_ID = DEFAULT_ACCESS_ROLE_ID;
