/**
 * What the app reports about itself (About box, support report header). Plain Node: Electron's
 * main process passes its locale in; the versions come from `process.versions`, which under
 * Electron also carries `electron` and `chrome`.
 */
import { name as packageName, version as packageVersion } from '../../package.json';

/** Runtime versions; `electron` and `chrome` exist only when running inside Electron. */
export interface RuntimeVersions {
  readonly node: string;
  readonly electron?: string;
  readonly chrome?: string;
}

/** The app's identity and the runtime it runs on. */
export interface AppInfo {
  /** The package name (`m365-mail-assistant`). */
  readonly name: string;
  /** The version from package.json, baked in at build time. */
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
  readonly versions: RuntimeVersions;
  /** The host's UI locale, e.g. `de-DE` (Electron: `app.getLocale()`). */
  readonly locale: string;
}

/** Where the app-info values come from; the defaults are the current process. */
export interface AppInfoSource {
  readonly locale: () => string;
  readonly versions?: Readonly<Record<string, string | undefined>>;
  readonly platform?: string;
  readonly arch?: string;
}

/** Collects the app info. */
export function readAppInfo(source: AppInfoSource): AppInfo {
  const versions = source.versions ?? process.versions;
  const node = versions['node'] ?? process.versions.node;
  const electron = versions['electron'];
  const chrome = versions['chrome'];
  return {
    name: packageName,
    version: packageVersion,
    platform: source.platform ?? process.platform,
    arch: source.arch ?? process.arch,
    versions: { node, ...(electron ? { electron } : {}), ...(chrome ? { chrome } : {}) },
    locale: source.locale(),
  };
}

/** The locale Node sees (outside Electron, e.g. in tests and the CLI). */
export function hostLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
