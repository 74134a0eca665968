/**
 * Which proxy a connection goes through: the one configured, or the one the environment names
 * (HTTPS_PROXY for 443, ALL_PROXY for everything, NO_PROXY exceptions — curl's rules). Mail
 * clients (nodemailer, Inventory360's server) do not read these variables, so the mail ports
 * only go through a proxy that ALL_PROXY or the caller names.
 */

/** An HTTP CONNECT or SOCKS5 proxy. */
export interface ProxyConfig {
  readonly kind: 'http' | 'socks5';
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
}

/** Reads `http://[user:pass@]host:port` or `socks5://…` (socks5h, socks); null when unusable. */
export function parseProxyUrl(value: string | undefined): ProxyConfig | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value.trim() : `http://${value.trim()}`);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  const kind = scheme === 'http' || scheme === 'https' ? 'http' : /^socks5?h?$/.test(scheme) ? 'socks5' : null;
  if (!kind || !url.hostname) return null;
  const port = url.port ? Number(url.port) : kind === 'http' ? (scheme === 'https' ? 443 : 80) : 1080;
  return {
    kind, host: url.hostname.replace(/^\[|\]$/g, ''), port,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

/** True when NO_PROXY exempts host:port (`*`, exact names, domain suffixes, `.suffix`, `host:port`). */
export function isNoProxy(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const target = host.toLowerCase().replace(/\.$/, '');
  return noProxy.split(/[\s,]+/).filter(Boolean).some((raw) => {
    const entry = raw.toLowerCase();
    if (entry === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[(.*)\](:\d+)?$/, '$1$2'))!;
    if (m[2] && Number(m[2]) !== port) return false;
    const name = m[1]!.replace(/^\*?\./, '');
    return target === name || target.endsWith(`.${name}`);
  });
}

/** The proxy the environment names for host:port, or null for a direct connection. */
export function proxyFromEnv(host: string, port: number, env: Readonly<Record<string, string | undefined>> = process.env): ProxyConfig | null {
  const get = (name: string): string | undefined => env[name] ?? env[name.toLowerCase()];
  if (isNoProxy(host, port, get('NO_PROXY'))) return null;
  const value = port === 443 ? get('HTTPS_PROXY') ?? get('ALL_PROXY') : get('ALL_PROXY');
  return parseProxyUrl(value);
}

/** `http://host:port` / `socks5://host:port` without credentials (for transcripts and reports). */
export function describeProxy(proxy: ProxyConfig): string {
  return `${proxy.kind === 'http' ? 'http' : 'socks5'}://${proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host}:${proxy.port}`;
}
