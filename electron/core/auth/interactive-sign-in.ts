/**
 * Interactive sign-in: authorization code + PKCE in the system browser, with our own loopback
 * listener (loopback-client.ts explains why). The steps are the ones MSAL Node's
 * acquireTokenInteractive runs — PKCE, getAuthCodeUrl with response_mode=form_post, open the
 * browser, wait for the reply, acquireTokenByCode — plus a timeout, cancel, and pages that show
 * Entra's error. The listener is closed on every path (finally).
 */
import { CryptoProvider, ResponseMode, type AuthenticationResult, type PublicClientApplication } from '@azure/msal-node';
import { fail, ok, type Result } from '../result.js';
import type { TransportFailure } from './network-error-memo.js';
import { authErrorOf, oauthErrorCode } from './auth-errors.js';
import { LoopbackClient } from './loopback-client.js';
import { aadstsCodeOf, type PageLanguage } from './loopback-pages.js';

/** Opens a URL in a browser: shell.openExternal in Electron, the OS opener in the CLI, Playwright in tests. */
export type OpenBrowser = (url: string) => Promise<void>;

/** Options of one interactive sign-in. */
export interface InteractiveSignInOptions {
  readonly scopes: readonly string[];
  readonly openBrowser: OpenBrowser;
  readonly language: PageLanguage;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Pre-fills the user name (incremental consent for the account already signed in). */
  readonly loginHint?: string;
  /** `select_account` to pick another account, `consent` to show the consent page again. */
  readonly prompt?: 'select_account' | 'consent' | 'login';
  /** Told the port as soon as the listener runs (tests check that it is closed afterwards). */
  readonly onListening?: (redirectUri: string) => void;
  /** The network module's last transport failure, to tell TLS from blocked network. */
  readonly lastTransportFailure?: () => TransportFailure | undefined;
}

/** Runs the sign-in; resolves with MSAL's result (tokens stay in the auth module). */
export async function signInInteractive(app: PublicClientApplication, options: InteractiveSignInOptions): Promise<Result<AuthenticationResult>> {
  const crypto = new CryptoProvider();
  const { verifier, challenge } = await crypto.generatePkceCodes();
  const state = crypto.createNewGuid();
  const loopback = new LoopbackClient({
    language: options.language,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const scopes = [...options.scopes];
  try {
    const replyPromise = loopback.listenForAuthCode(state);
    // Settle the promise early so a timeout before the browser opens is not an unhandled rejection.
    const reply = replyPromise.then((r) => ({ r }), (e: unknown) => ({ e }));
    const redirectUri = await Promise.race([loopback.whenListening(), reply.then(() => undefined)]);
    if (redirectUri === undefined) {
      const early = await reply;
      return { ok: false, error: authErrorOf('e' in early ? early.e : new Error('the loopback listener stopped')) };
    }
    options.onListening?.(redirectUri);
    const url = await app.getAuthCodeUrl({
      scopes, redirectUri, state,
      responseMode: ResponseMode.FORM_POST,
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
      ...(options.loginHint ? { loginHint: options.loginHint } : {}),
      ...(options.prompt ? { prompt: options.prompt } : {}),
      // The sign-in and consent pages in the UI's language: OIDC's ui_locales (OpenID Connect Core
      // §3.1.2.1); the sandbox honours it (page-language.ts). That Entra honours it is not confirmed here.
      extraQueryParameters: { ui_locales: options.language },
    });
    try {
      await options.openBrowser(url);
    } catch (err) {
      // A browser driver may stop at an Entra error page (AADSTS50011 is shown, not redirected).
      const detail = err instanceof Error ? err.message : String(err);
      const aadsts = aadstsCodeOf(detail);
      return aadsts
        ? fail(oauthErrorCode('', detail), `sign-in failed (${aadsts})`, { detail })
        : fail('internal', 'the browser could not be opened for the sign-in', { detail });
    }
    const settled = await reply;
    if ('e' in settled) return { ok: false, error: authErrorOf(settled.e) };
    const r = settled.r;
    if (r.error) {
      const code = oauthErrorCode(r.error, r.error_description);
      return fail(code, `sign-in failed: ${r.error}`, { detail: (r.error_description ?? r.error).split(/\r?\n/)[0] });
    }
    if (!r.code) return fail('internal', 'the sign-in reply carried no authorization code');
    const result = await app.acquireTokenByCode({
      code: r.code, codeVerifier: verifier, redirectUri, scopes,
      ...(r.client_info ? { clientInfo: r.client_info } : {}),
    });
    return ok(result);
  } catch (err) {
    return { ok: false, error: authErrorOf(err, options.lastTransportFailure?.()) };
  } finally {
    loopback.closeServer();
  }
}
