/**
 * The portal start pages the renderer's illustrations link to (renderer/src/components/
 * illustration-catalog.ts keeps the same URLs — the renderer may not import main-process values,
 * so a test keeps the two lists equal). The handlers offer them permanently in the LinkAllowlist,
 * so `window.open` of exactly these pages reaches the system browser and nothing else does.
 */

/** Start pages of the Microsoft portals (worldwide cloud). */
export const PORTAL_LINKS: readonly string[] = [
  'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
  'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  'https://admin.microsoft.com/#/users',
];
