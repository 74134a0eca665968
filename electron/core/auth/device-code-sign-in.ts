/**
 * Device code sign-in (RFC 8628) for servers without a browser: the user opens the verification
 * URL on any device and types the code. MSAL polls; it checks `request.cancel` before each poll,
 * so an abort also settles at once here rather than after the polling interval.
 */
import type { AuthenticationResult, DeviceCodeRequest, PublicClientApplication } from '@azure/msal-node';
import { fail, ok, type Result } from '../result.js';
import type { TransportFailure } from './network-error-memo.js';
import { authErrorOf } from './auth-errors.js';

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
}

/** Runs the device code flow. */
export async function signInWithDeviceCode(app: PublicClientApplication, options: DeviceCodeSignInOptions): Promise<Result<AuthenticationResult>> {
  if (options.signal?.aborted) return fail('cancelled', 'the sign-in was cancelled');
  const request: DeviceCodeRequest = {
    scopes: [...options.scopes],
    deviceCodeCallback: (response) => options.onPrompt({
      userCode: response.userCode,
      verificationUri: response.verificationUri,
      message: response.message,
      expiresInSeconds: response.expiresIn,
    }),
    ...(options.timeoutSeconds !== undefined ? { timeout: options.timeoutSeconds } : {}),
  };
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
    (err: unknown): Result<AuthenticationResult> => ({ ok: false, error: authErrorOf(err, options.lastTransportFailure?.()) }),
  );
  try {
    return await Promise.race([polled, aborted]);
  } finally {
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
  }
}
