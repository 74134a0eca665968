/**
 * The sign-ins of a tenant check on the command line: the admin (Graph reads) and, with
 * --delegated, the mailbox user (SMTP/IMAP tokens) — in the system browser through the OS
 * opener, or with a device code for machines without one. Prompts go to stderr in German or
 * English; tokens stay in memory and go only to the check.
 *
 * The admin consents to every Graph step of the profile at once: a device code session cannot
 * come back for more consent later. The admin's client (by default Microsoft Graph Command Line
 * Tools) is asked for Microsoft Graph only — a first-party client gets no Exchange token
 * (AADSTS65002, core/auth/client-id.ts). So the mailbox user signs in through the product's own
 * app for exactly the mail scopes: ETRON's registration with its secret, as ETRON does
 * (core/auth/etron-sign-in.ts), or the generic app as a public client.
 */
import type { AccessTokenProvider } from '../core/auth/app-only-token.js';
import { authErrorOf } from '../core/auth/auth-errors.js';
import { SignInSession } from '../core/auth/auth-session.js';
import type { ConsentStep } from '../core/auth/consent-steps.js';
import { signInWithDeviceCode, type DeviceCodePrompt } from '../core/auth/device-code-sign-in.js';
import { signInInteractive } from '../core/auth/interactive-sign-in.js';
import { createPublicClient, msalNetwork } from '../core/auth/msal-apps.js';
import { osBrowser } from '../core/auth/os-browser.js';
import { etronRedirectUri, signInThroughEtron } from '../core/auth/etron-sign-in.js';
import type { CheckProfile } from '../core/check/check-types.js';
import { fail, ok, type Result } from '../core/result.js';
import { pastedRedirectCatcher } from './pasted-redirect.js';
import type { TenantCheckRequest } from './tenant-check-options.js';

/** The Graph steps each profile's check reads (the least permissions for each). */
export const ADMIN_STEPS: Readonly<Record<CheckProfile, readonly ConsentStep[]>> = {
  inventory360: ['read-tenant', 'read-apps', 'read-users', 'read-security-defaults'],
  etron: ['read-tenant', 'read-apps', 'read-grants', 'read-users'],
  generic: ['read-tenant', 'read-apps', 'read-grants'],
};

/** How long one sign-in may wait for the user. */
const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/** What a sign-in needs from the command. */
export interface SignInContext {
  readonly request: TenantCheckRequest;
  readonly language: 'de' | 'en';
  readonly signal: AbortSignal;
  /** A line for the person at the terminal (stderr). */
  readonly say: (line: string) => void;
}

/** Who is asked to sign in. */
export type Who = { readonly kind: 'admin'; readonly tenant: string } | { readonly kind: 'mailbox'; readonly address: string };

function whoText(who: Who, lang: 'de' | 'en'): string {
  if (who.kind === 'mailbox') return who.address;
  return lang === 'de' ? `Administrator von ${who.tenant}` : `an administrator of ${who.tenant}`;
}

/** The device code prompt: where to go and which code to type. */
export function deviceCodeText(p: DeviceCodePrompt, who: Who, lang: 'de' | 'en'): string {
  const minutes = Math.max(1, Math.round(p.expiresInSeconds / 60));
  return lang === 'de'
    ? `Zur Anmeldung als ${whoText(who, lang)} öffnen Sie ${p.verificationUri} in einem Browser (auf einem beliebigen Gerät) und geben Sie den Code ${p.userCode} ein. Der Code ist ${minutes} Minuten gültig.`
    : `To sign in as ${whoText(who, lang)}, open ${p.verificationUri} in a browser (on any device) and enter the code ${p.userCode}. The code is valid for ${minutes} minutes.`;
}

/**
 * Says the device code prompt. MSAL calls back even when the devicecode endpoint refused (then
 * without a code); the refusal arrives as the sign-in's error instead, so nothing is said here.
 */
function devicePrompt(c: SignInContext, who: Who): (p: DeviceCodePrompt) => void {
  return (p) => {
    if (p.userCode && p.verificationUri) c.say(deviceCodeText(p, who, c.language));
  };
}

function browserText(who: Who, lang: 'de' | 'en'): string {
  return lang === 'de'
    ? `Der Browser wird geöffnet: Melden Sie sich als ${whoText(who, lang)} an …`
    : `Opening the browser: sign in as ${whoText(who, lang)} …`;
}

/**
 * Signs the admin in; the session then serves the check's Graph reads (and `extraSteps`, e.g. the
 * writes of `fix`, consented in the same sign-in: a device code session cannot ask again later).
 */
export async function signInAdmin(c: SignInContext, extraSteps: readonly ConsentStep[] = []): Promise<Result<SignInSession>> {
  const r = c.request;
  const browser = r.signIn === 'browser';
  const session = new SignInSession({
    profile: r.cloud, clientId: r.clientId, tenant: r.tenant, language: c.language, timeoutMs: SIGN_IN_TIMEOUT_MS,
    ...(r.caPem ? { caPem: r.caPem } : {}),
    ...(browser ? { openBrowser: osBrowser() } : {}),
  });
  const who: Who = { kind: 'admin', tenant: r.tenant };
  const steps = [...new Set([...ADMIN_STEPS[r.profile], ...extraSteps])];
  if (browser) c.say(browserText(who, c.language));
  const signedIn = browser
    ? await session.signInInteractive({ steps, signal: c.signal })
    : await session.signInWithDeviceCode({ steps, signal: c.signal, onPrompt: devicePrompt(c, who) });
  return signedIn.ok ? ok(session) : signedIn;
}

/** The mail scopes the mailbox user consents to: SMTP.Send, and IMAP where it is probed. */
export function mailboxScopes(r: TenantCheckRequest): string[] {
  const imap = r.profile === 'etron' || r.imap;
  return [...new Set([...r.cloud.scopes.delegatedSmtp, ...(imap ? r.cloud.scopes.delegatedImap : [])])];
}

/** The app the mailbox user signs in through: the product's own, never the assistant's client. */
export function mailboxClientId(r: TenantCheckRequest): string | undefined {
  return r.profile === 'etron' ? r.etron?.appId : r.appId;
}

/** Signs the mailbox user in through ETRON's app, as ETRON does; the address is pasted back. */
async function signInMailboxThroughEtron(c: SignInContext): Promise<Result<AccessTokenProvider>> {
  const r = c.request;
  if (!r.etron?.appId || !r.etron.clientSecret) {
    return fail('invalid_input', 'the ETRON mailbox signs in through ETRON\'s app: --delegated needs --etron-app-id and --etron-secret-file', { field: 'etron-secret-file' });
  }
  return signInThroughEtron({
    cloud: r.cloud, clientId: r.etron.appId, clientSecret: r.etron.clientSecret, redirectUri: etronRedirectUri(r.etron.instance),
    loginHint: r.mailbox, ...(r.caPem ? { caPem: r.caPem } : {}), signal: c.signal, timeoutMs: SIGN_IN_TIMEOUT_MS,
    catchRedirect: pastedRedirectCatcher({
      language: c.language, mailbox: r.mailbox, say: c.say, ...(r.signIn === 'browser' ? { openBrowser: osBrowser() } : {}),
    }),
  });
}

/** Signs the mailbox user in; resolves with the provider of their SMTP/IMAP tokens. */
export async function signInMailbox(c: SignInContext): Promise<Result<AccessTokenProvider>> {
  const r = c.request;
  if (r.profile === 'etron') return signInMailboxThroughEtron(c);
  const clientId = mailboxClientId(r);
  if (!clientId) return fail('invalid_input', '--delegated signs the mailbox user in through the app: --app-id ID', { field: 'app-id' });
  const authority = { profile: r.cloud, tenant: r.tenant, ...(r.caPem ? { caPem: r.caPem } : {}) };
  const network = msalNetwork(authority);
  const app = createPublicClient({ ...authority, clientId, network });
  const scopes = mailboxScopes(r);
  const who: Who = { kind: 'mailbox', address: r.mailbox };
  const lastTransportFailure = (): ReturnType<typeof network.lastFailure> => network.lastFailure();
  if (r.signIn === 'browser') c.say(browserText(who, c.language));
  const signedIn = r.signIn === 'browser'
    ? await signInInteractive(app, { scopes, openBrowser: osBrowser(), language: c.language, loginHint: r.mailbox, timeoutMs: SIGN_IN_TIMEOUT_MS, signal: c.signal, lastTransportFailure })
    : await signInWithDeviceCode(app, { scopes, signal: c.signal, lastTransportFailure, lastEntraError: () => network.lastEntraError(), onPrompt: devicePrompt(c, who) });
  if (!signedIn.ok) return signedIn;
  const account = signedIn.value.account;
  if (!account) return fail('not_signed_in', 'the sign-in returned no account');
  // Tokens of another user would make SMTP answer 535 for the wrong reason.
  if (account.username.toLowerCase() !== r.mailbox.toLowerCase()) {
    return fail('not_signed_in', `signed in as ${account.username}, not as the mailbox ${r.mailbox}: sign in with the mailbox's own account`, { field: 'mailbox' });
  }
  return ok(async (wanted, signal) => {
    if (signal?.aborted) return fail('cancelled', 'the token request was cancelled');
    try {
      const t = await app.acquireTokenSilent({ account, scopes: [...wanted] });
      return ok(t.accessToken);
    } catch (err) {
      return { ok: false, error: authErrorOf(err, network.lastFailure()) };
    }
  });
}
