/**
 * Remembers why MSAL's last request failed on the wire. MSAL reports a failed discovery or token
 * request as `endpoints_resolution_error` / `network_error` without the cause, but "the company
 * proxy replaces certificates" (tls_problem) and "port 443 is blocked" (network_blocked) need
 * different fixes — so the network module keeps the cause for the error mapping.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** The last transport failure: Node's error code and message. */
export interface TransportFailure {
  readonly code: string;
  readonly message: string;
}

/** An OAuth error reply of Entra. */
export interface EntraError {
  readonly error: string;
  readonly description: string;
}

/** Wraps a network module and keeps its last transport failure (cleared by a success). */
export class NetworkErrorMemo implements INetworkModule {
  private failure: TransportFailure | undefined;

  constructor(private readonly inner: INetworkModule) {}

  /** The failure of the most recent request, if it failed on the wire. */
  lastFailure(): TransportFailure | undefined {
    return this.failure;
  }

  /** GET through the wrapped module. */
  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.track(this.inner.sendGetRequestAsync<T>(url, options, timeout));
  }

  /** POST through the wrapped module. */
  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.track(this.inner.sendPostRequestAsync<T>(url, options));
  }

  /**
   * Entra's last refusal ({error, error_description}) — MSAL keeps only the short error name of
   * a failed device code poll, and hands an empty prompt to the callback when the device code
   * request itself is refused, so the AADSTS sentence is kept here.
   */
  lastEntraError(): EntraError | undefined {
    return this.entraError;
  }

  private entraError: EntraError | undefined;

  private async track<T>(request: Promise<NetworkResponse<T>>): Promise<NetworkResponse<T>> {
    try {
      const response = await request;
      this.failure = undefined;
      const body = response.body as { error?: unknown; error_description?: unknown } | undefined;
      if (response.status >= 400 && typeof body?.error === 'string') {
        this.entraError = { error: body.error, description: typeof body.error_description === 'string' ? body.error_description : '' };
      } else if (response.status < 400) this.entraError = undefined;
      return response;
    } catch (err) {
      const e = err as { code?: unknown; message?: unknown };
      this.failure = { code: typeof e.code === 'string' ? e.code : '', message: typeof e.message === 'string' ? e.message : String(err) };
      throw err;
    }
  }
}
