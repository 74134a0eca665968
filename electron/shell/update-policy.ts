/**
 * When the packaged app looks for updates, as a pure function. electron-updater reads the feed
 * (a generic https server) and, on Windows, the publisher names to verify the installer's
 * Authenticode signature from app-update.yml, which electron-builder writes at packaging time
 * from the release settings (scripts/release-plan.mjs). macOS: Squirrel.Mac accepts only an
 * update signed like the running app. Linux AppImages carry no signature electron-updater checks,
 * so they are never updated automatically. https://www.electron.build/auto-update
 */

/** What the updater knows at start. */
export interface UpdateContext {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  /** app-update.yml as electron-builder wrote it (undefined when the build configured no feed). */
  readonly updateConfig?: { readonly provider?: unknown; readonly url?: unknown; readonly publisherName?: unknown };
}

/** Check for updates, or why not. */
export type UpdateDecision = { readonly check: true; readonly url: string } | { readonly check: false; readonly reason: string };

/** Decides whether to check for updates at all. */
export function updateDecision(context: UpdateContext): UpdateDecision {
  if (!context.isPackaged) return { check: false, reason: 'not a packaged app' };
  if (context.platform !== 'win32' && context.platform !== 'darwin') return { check: false, reason: `no signed updates on ${context.platform}` };
  const config = context.updateConfig;
  if (!config) return { check: false, reason: 'this build has no update feed' };
  if (config.provider !== 'generic' || typeof config.url !== 'string') return { check: false, reason: 'the update feed is not a generic server' };
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    return { check: false, reason: 'the update feed URL is not a URL' };
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return { check: false, reason: 'the update feed must be plain https' };
  // Without publisher names electron-updater installs a Windows update without checking its signature.
  const names = config.publisherName;
  if (context.platform === 'win32' && !(Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string' && n !== ''))) {
    return { check: false, reason: 'no publisher name to verify the installer signature' };
  }
  return { check: true, url: url.href };
}
