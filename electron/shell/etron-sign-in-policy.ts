/**
 * The ETRON sign-in window's decisions as pure functions (electron/etron-sign-in-window.ts is only
 * the Electron glue that applies them). The window plays ETRON's browser tab: it opens ETRON's
 * authorize URL at Entra, lets the mailbox user sign in, and catches the redirect to
 * https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm BEFORE it is loaded — the code
 * never reaches ETRON's server, and nothing but Microsoft's sign-in pages is loaded.
 *
 * Allowed to load: the Entra authority hosts of the clouds the app knows (core/clouds.ts), https
 * only. Not allowed: anything else, including a federated identity provider (AD FS, Okta): such
 * a tenant's mailbox cannot be signed in here (the window ends with `left-microsoft`), and the
 * test mail from ETRON is the proof there.
 */

/** Entra's sign-in hosts of the clouds in core/clouds.ts (global, US Government, China/21Vianet). */
export const ENTRA_SIGN_IN_HOSTS: readonly string[] = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn'];

/** What the window does with a navigation or redirect. */
export type EtronNavigation =
  /** The redirect to ETRON: hand its address to the sign-in, do not load it. */
  | { readonly kind: 'catch'; readonly url: string }
  /** A Microsoft sign-in page: load it. */
  | { readonly kind: 'allow' }
  /** Anything else: do not load it, end the sign-in. */
  | { readonly kind: 'block'; readonly reason: 'left-microsoft' | 'not-https' };

/**
 * `will-navigate` / `will-redirect`: the redirect URI (same origin and path, any query) is caught;
 * an https page on an Entra sign-in host loads; everything else is blocked.
 */
export function etronNavigation(target: string, redirectUri: string, hosts: readonly string[] = ENTRA_SIGN_IN_HOSTS): EtronNavigation {
  let url: URL;
  let redirect: URL;
  try {
    url = new URL(target);
    redirect = new URL(redirectUri);
  } catch {
    return { kind: 'block', reason: 'not-https' };
  }
  if (url.protocol !== 'https:') return { kind: 'block', reason: 'not-https' };
  if (url.origin === redirect.origin && url.pathname === redirect.pathname && url.username === '' && url.password === '') return { kind: 'catch', url: url.href };
  return hosts.includes(url.hostname) && url.port === '' ? { kind: 'allow' } : { kind: 'block', reason: 'left-microsoft' };
}

/**
 * The error a sign-in page shows, from its visible text: Entra's error page ("Sorry, but we're
 * having trouble signing you in." / "Bei der Anmeldung ist ein Problem aufgetreten.") names the
 * error as `AADSTS<number>: <message>` — e.g. "AADSTS50011: The redirect URI '…' specified in the
 * request does not match the redirect URIs configured for the application '…'." (Microsoft Learn,
 * "AADSTS error codes" / error-code-aadsts50011-redirect-uri-mismatch). Undefined on a page with
 * no such line (the sign-in form itself, the consent page).
 */
export function signInPageError(pageText: string): string | undefined {
  const text = pageText.slice(0, 20_000);
  const match = /AADSTS\d{4,9}\b[^\r\n]{0,600}/.exec(text);
  return match ? match[0].trim() : undefined;
}

/** How long the mailbox user has to sign in before the window gives up (ETRON's own flow has no limit; 5 minutes here). */
export const ETRON_SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/** Why the window's sign-in ended without a redirect: each a rejection message the check shows as the token step's failure. */
export function etronWindowFailure(kind: 'closed' | 'timeout' | 'cancelled' | 'left-microsoft' | 'not-https', pageError?: string): string {
  if (pageError) return pageError;
  switch (kind) {
    case 'closed': return 'the ETRON sign-in window was closed before the sign-in finished';
    case 'timeout': return 'the ETRON sign-in took longer than 5 minutes';
    case 'cancelled': return 'the ETRON sign-in was cancelled';
    case 'left-microsoft': return "the ETRON sign-in left Microsoft's sign-in pages (a federated sign-in cannot be checked here; send a test mail from ETRON)";
    case 'not-https': return 'the ETRON sign-in tried to load a page without https';
  }
}
