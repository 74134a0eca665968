/**
 * Device code sign-in (RFC 8628) for servers without a browser: the user opens the verification
 * URL on any device and types the code. MSAL polls; it checks `request.cancel` before each poll,
 * so an abort also settles at once here rather than after the polling interval.
 */
import type { AuthenticationResult, DeviceCodeRequest, PublicClientApplication } from '@azure/msal-node';
import { fail, ok, type Result } from '../result.js';
import type { EntraError, TransportFailure } from './network-error-memo.js';
import { authErrorOf, oauthErrorCode } from './auth-errors.js';
import { aadstsCodeOf } from './loopback-pages.js';

/** What the user must do: open `verificationUri` and enter `userCode`. */
export interface DeviceCodePrompt {
  readonly userCode: string;
  readonly verificationUri: string;
  /** Entra's own sentence ("To sign in, use a web browser to open …"). */
  readonly message: string;
  readonly expiresInSeconds: number;
}

/** Options of a device code sign-in. */
export interface DeviceCodeSignInOptions {
  readonly scopes: readonly string[];
  readonly onPrompt: (prompt: DeviceCodePrompt) => void;
  readonly signal?: AbortSignal;
  /** Give up after this many seconds (default: when the code expires). */
  readonly timeoutSeconds?: number;
  /** The network module's last transport failure, to tell TLS from blocked network. */
  readonly lastTransportFailure?: () => TransportFailure | undefined;
  /** The network module's last Entra refusal, for the AADSTS sentence MSAL drops. */
  readonly lastEntraError?: () => EntraError | undefined;
}

/** The sign-in error, with Entra's own AADSTS sentence when MSAL's error lost it. */
function deviceCodeError(err: unknown, options: DeviceCodeSignInOptions): Result<AuthenticationResult> {
  const error = authErrorOf(err, options.lastTransportFailure?.());
  const entra = options.lastEntraError?.();
  if (!entra || aadstsCodeOf(error.detail ?? '') || !aadstsCodeOf(entra.description)) return { ok: false, error };
  const sentence = entra.description.split(/\r?\n/)[0] ?? entra.description;
  return fail(oauthErrorCode(entra.error, entra.description), `sign-in failed: ${entra.error} (${aadstsCodeOf(entra.description)})`, { detail: sentence });
}

/** Runs the device code flow. */
export async function signInWithDeviceCode(app: PublicClientApplication, options: DeviceCodeSignInOptions): Promise<Result<AuthenticationResult>> {
  if (options.signal?.aborted) return fail('cancelled', 'the sign-in was cancelled');
  const request: DeviceCodeRequest = {
    scopes: [...options.scopes],
    deviceCodeCallback: (response) => {
      // No code means Entra refused the device code request: stop instead of polling for nothing.
      if (!response.userCode) {
        request.cancel = true;
        refused?.();
        return;
      }
      options.onPrompt({
        userCode: response.userCode,
        verificationUri: response.verificationUri,
        message: response.message,
        expiresInSeconds: response.expiresIn,
      });
    },
    ...(options.timeoutSeconds !== undefined ? { timeout: options.timeoutSeconds } : {}),
  };
  let refused: (() => void) | undefined;
  const refusedEarly = new Promise<Result<AuthenticationResult>>((resolve) => {
    refused = () => resolve(deviceCodeError(new Error('the device code request was refused'), options));
  });
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<Result<AuthenticationResult>>((resolve) => {
    onAbort = () => {
      // MSAL stops polling at its next turn; the caller is answered now.
      request.cancel = true;
      resolve(fail('cancelled', 'the sign-in was cancelled'));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  const polled = app.acquireTokenByDeviceCode(request).then(
    (result): Result<AuthenticationResult> => (result ? ok(result) : fail('not_signed_in', 'the device code sign-in returned no result')),
    (err: unknown): Result<AuthenticationResult> => deviceCodeError(err, options),
  );
  try {
    return await Promise.race([polled, aborted, refusedEarly]);
  } finally {
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
  }
}
