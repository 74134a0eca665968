/**
 * MSAL Node's network module (`system.networkClient`) over node:https, so that MSAL verifies
 * TLS against the CA we choose: the sandbox tenant's CA in demo mode and tests, or a company's
 * TLS-inspection CA added to the system ones. MSAL's default client uses fetch, which cannot
 * take a CA per request. Verification always stays on — there is deliberately no option to
 * switch it off; a certificate error is a finding (tls_problem), not something to work around.
 */
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** How the client connects. */
export interface HttpsNetworkClientOptions {
  /** Extra trusted CA certificates (PEM). Without it, Node's bundled roots are used. */
  readonly ca?: string | readonly string[];
  /** Give up after this many milliseconds (default 30 000). */
  readonly timeoutMs?: number;
  /** An agent for a proxy (it must keep verification on). */
  readonly agent?: https.Agent;
}

/** A non-JSON reply (a proxy's HTML page, a captive portal): MSAL can only read JSON. */
export class NonJsonResponseError extends Error {
  constructor(readonly status: number, readonly url: string) {
    super(`HTTP ${status} from ${new URL(url).host} was not JSON`);
    this.name = 'NonJsonResponseError';
  }
}

/** MSAL's INetworkModule with a CA of our choice. */
export class HttpsNetworkClient implements INetworkModule {
  constructor(private readonly options: HttpsNetworkClientOptions = {}) {}

  /** GET, as MSAL uses it for discovery documents. */
  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  /** POST, as MSAL uses it for the token and device code endpoints. */
  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  private send<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    const body = method === 'POST' ? options?.body ?? '' : undefined;
    const headers: Record<string, string | number> = { ...(options?.headers ?? {}) };
    if (body !== undefined) headers['Content-Length'] = Buffer.byteLength(body);
    const ca = this.options.ca === undefined ? undefined : typeof this.options.ca === 'string' ? this.options.ca : [...this.options.ca];
    return new Promise((resolve, reject) => {
      const req = https.request(url, { method, headers, ca, agent: this.options.agent, timeout: timeout ?? this.options.timeoutMs ?? 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          let parsed: unknown = {};
          if (text.trim() !== '') {
            try {
              parsed = JSON.parse(text);
            } catch {
              reject(new NonJsonResponseError(status, url));
              return;
            }
          }
          const responseHeaders: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) responseHeaders[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          }
          resolve({ headers: responseHeaders, body: parsed as T, status });
        });
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error(`request to ${new URL(url).host} timed out`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
