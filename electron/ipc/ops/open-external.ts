/**
 * Opening a page outside the app (the sign-in page, an admin consent link, the device code page),
 * as the handlers see it. The host decides how: Electron hands https to the system browser and
 * opens the demo tenant's pages in a window that trusts exactly the sandbox's CA; the browser
 * tests open a second page of the same Chromium. The renderer never names a URL it made up:
 * it may only ask for links the main process handed out (LinkAllowlist).
 */

/** The demo tenant's origin and the CA its certificate must chain to. */
export interface SandboxTrust {
  readonly origin: string;
  readonly caPem: string;
}

/** Opens `url`; `trust` is given for the demo tenant's pages. Rejects when it cannot. */
export type OpenExternal = (url: string, trust?: SandboxTrust) => Promise<void>;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for URLs the assistant may open outside the app: https without embedded credentials, the
 * loopback page of a sign-in (http://localhost, http://127.0.0.1), or the demo tenant's origin.
 */
export function isOpenableUrl(url: string, trust?: SandboxTrust): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  if (trust && parsed.origin === new URL(trust.origin).origin) return true;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
}

/** The links the main process handed to the renderer, by what they are for; only these may be opened on request. */
export class LinkAllowlist {
  private readonly groups = new Map<string, ReadonlySet<string>>();

  /** Replaces the links of one group (e.g. `check` = the last check's fix links). */
  set(group: string, urls: readonly string[]): void {
    this.groups.set(group, new Set(urls));
  }

  /** True when some group holds `url`. */
  has(url: string): boolean {
    for (const urls of this.groups.values()) if (urls.has(url)) return true;
    return false;
  }
}
