/**
 * Client credentials (app-only) tokens for an application with a secret or a certificate: what
 * a generic sender or Inventory360's server uses for SMTP/IMAP (`https://outlook.office365.com/.default`)
 * and what the assistant uses for Graph when a CLI run is unattended. The token goes only to
 * core consumers through the returned provider; MSAL caches it in memory until it expires.
 */
import { fail, ok, type Result } from '../result.js';
import { authErrorOf } from './auth-errors.js';
import { createConfidentialClient, msalNetwork, type AuthorityInput, type ClientCredential } from './msal-apps.js';

/** Hands an access token for some scopes to a core consumer (Graph client, probes). */
export type AccessTokenProvider = (scopes: readonly string[], signal?: AbortSignal) => Promise<Result<string>>;

/** Input of an app-only token provider. */
export interface AppOnlyInput extends AuthorityInput {
  readonly clientId: string;
  readonly credential: ClientCredential;
}

/**
 * A provider of app-only tokens. Client credentials only know `<resource>/.default`: a scope
 * list without `.default` is refused as wrong_scope_or_resource (Entra's AADSTS1002012).
 */
export function appOnlyTokenProvider(input: AppOnlyInput): AccessTokenProvider {
  const network = msalNetwork(input);
  const app = createConfidentialClient({ ...input, network });
  return async (scopes, signal) => {
    if (signal?.aborted) return fail('cancelled', 'the token request was cancelled');
    if (scopes.length !== 1 || !scopes[0]!.endsWith('/.default')) {
      return fail('wrong_scope_or_resource', 'client credentials need exactly one `<resource>/.default` scope', { field: 'scopes', detail: scopes.join(' ') });
    }
    try {
      const result = await app.acquireTokenByClientCredential({ scopes: [...scopes] });
      return result?.accessToken ? ok(result.accessToken) : fail('not_signed_in', 'the token endpoint returned no access token');
    } catch (err) {
      return { ok: false, error: authErrorOf(err, network.lastFailure()) };
    }
  };
}
