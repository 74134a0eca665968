/**
 * The mailbox user's sign-in exactly as ETRON onRetail makes it: through ETRON's own app
 * registration (its client ID and client secret), with the delegated Exchange scopes, through
 * `/common`, redirected to `https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm`.
 * So the check fails where ETRON would fail: AADSTS50105 (user not assigned) on the sign-in
 * page, AADSTS50011 (redirect URI), AADSTS7000215/7000222 (wrong or expired secret) when the
 * code is redeemed — and its SMTP/IMAP probes use the token ETRON would use.
 *
 * What ETRON (Odoo's microsoft_outlook module) sends — odoo/odoo
 * addons/microsoft_outlook/models/microsoft_outlook_mixin.py:
 * - authorize: `_OUTLOOK_ENDPOINT = 'https://login.microsoftonline.com/common/oauth2/v2.0/'`,
 *   `client_id`, `response_type=code`, `redirect_uri = base_url + '/microsoft_outlook/confirm'`,
 *   `response_mode=query`, `scope = 'offline_access ' + _OUTLOOK_SCOPE`, a `state` (no PKCE);
 * - token (`_fetch_outlook_token`): a form POST with `client_id`, `client_secret`,
 *   `scope`, `redirect_uri`, `grant_type` (authorization_code, later refresh_token) and `code`.
 * `_OUTLOOK_SCOPE` is `https://outlook.office.com/SMTP.Send` for the outgoing server
 * (ir_mail_server.py) and `https://outlook.office.com/IMAP.AccessAsUser.All` for the incoming
 * one (fetchmail_server.py); one sign-in here asks for both, which Entra grants in one token.
 *
 * The code never reaches ETRON's server: `catchRedirect` drives the sign-in (an embedded window
 * in the app, the sandbox's sign-in page in demo mode and tests, the pasted address on a command
 * line) and hands back the address the browser was sent to before it is loaded.
 */
import { randomBytes } from 'node:crypto';
import type { CloudProfile } from '../clouds.js';
import { fail, ok, type Result } from '../result.js';
import type { AccessTokenProvider } from './app-only-token.js';
import { oauthErrorCode } from './auth-errors.js';
import { HttpsNetworkClient } from './https-network-client.js';

/**
 * Opens `authorizeUrl` and resolves with the first address under `redirectUri` the sign-in is
 * sent to (with `code` or `error`), without loading it. Rejects when the sign-in stops on a page
 * (an Entra error page: the rejection's message carries its AADSTS text).
 */
export type CatchRedirect = (authorizeUrl: string, redirectUri: string, signal?: AbortSignal) => Promise<string>;

/** ETRON's redirect URI for an instance (DESIGN.md, ETRON step 1). */
export function etronRedirectUri(instance: string): string {
  return `https://${instance}.wawi.onretail.eu/microsoft_outlook/confirm`;
}

/** What the ETRON sign-in needs. */
export interface EtronSignInOptions {
  readonly cloud: Pick<CloudProfile, 'authorityHost' | 'scopes'>;
  /** ETRON's app registration. */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** The mailbox; Odoo sends none, the user picks the account (a hint only pre-fills it). */
  readonly loginHint?: string;
  /** Extra CA (the sandbox's). */
  readonly caPem?: string;
  readonly catchRedirect: CatchRedirect;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

interface TokenReply {
  readonly access_token?: unknown;
  readonly refresh_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
  readonly error_description?: unknown;
}

const firstLine = (text: string): string => text.split(/\r?\n/)[0]!.trim();

function refusal(error: string, description: string, where: string): Result<never> {
  const code = oauthErrorCode(error, description);
  const aadsts = /AADSTS\d+/.exec(description)?.[0];
  return fail(code, `the mailbox user's sign-in through ETRON's app was refused at ${where} (${aadsts ?? error})`, { detail: firstLine(description) });
}

/** Odoo's scope parameter: offline_access, then the Exchange permissions. */
export function etronScope(cloud: Pick<CloudProfile, 'scopes'>): string {
  const permissions = [...cloud.scopes.delegatedSmtp, ...cloud.scopes.delegatedImap].filter((s) => s !== 'offline_access');
  return ['offline_access', ...new Set(permissions)].join(' ');
}

/** The authorize URL ETRON's "Connect your Outlook account" button opens. */
export function etronAuthorizeUrl(o: Pick<EtronSignInOptions, 'cloud' | 'clientId' | 'redirectUri' | 'loginHint'>, state: string): string {
  const query = new URLSearchParams({
    client_id: o.clientId, response_type: 'code', redirect_uri: o.redirectUri, response_mode: 'query',
    scope: etronScope(o.cloud), state, ...(o.loginHint ? { login_hint: o.loginHint } : {}),
  });
  return `${o.cloud.authorityHost}/common/oauth2/v2.0/authorize?${query}`;
}

async function postToken(o: EtronSignInOptions, fields: Record<string, string>): Promise<Result<{ accessToken: string; refreshToken?: string; expiresAt: number }>> {
  const body = new URLSearchParams({
    client_id: o.clientId, client_secret: o.clientSecret, scope: etronScope(o.cloud), redirect_uri: o.redirectUri, ...fields,
  }).toString();
  let reply: { status: number; body: TokenReply };
  try {
    reply = await new HttpsNetworkClient({ ...(o.caPem ? { ca: o.caPem } : {}), timeoutMs: 15_000 })
      .sendPostRequestAsync<TokenReply>(`${o.cloud.authorityHost}/common/oauth2/v2.0/token`, {
        body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
  } catch (err) {
    const text = err instanceof Error ? `${(err as NodeJS.ErrnoException).code ?? ''} ${err.message}` : String(err);
    const tls = /CERT|SELF_SIGNED|UNABLE_TO|ERR_TLS|certificate/i.test(text);
    return fail(tls ? 'tls_problem' : 'network_blocked', 'the token endpoint could not be reached', { detail: text.trim() });
  }
  const r = reply.body;
  if (reply.status !== 200 || typeof r.access_token !== 'string') {
    return refusal(typeof r.error === 'string' ? r.error : `HTTP ${reply.status}`, typeof r.error_description === 'string' ? r.error_description : '', 'the token endpoint');
  }
  const expiresIn = typeof r.expires_in === 'number' ? r.expires_in : Number(r.expires_in ?? 0);
  return ok({
    accessToken: r.access_token,
    ...(typeof r.refresh_token === 'string' ? { refreshToken: r.refresh_token } : {}),
    expiresAt: Date.now() + Math.max(0, expiresIn - 60) * 1000,
  });
}

/** Reads the redirect: the code when `state` matches, else ETRON's error. */
export function readConfirmRedirect(address: string, redirectUri: string, state: string): Result<string> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('invalid_input', 'that is not the address the sign-in ended at', { field: 'redirect' });
  }
  if (`${url.origin}${url.pathname}` !== redirectUri) return fail('invalid_input', `the sign-in did not come back to ${redirectUri}`, { field: 'redirect' });
  const params = url.searchParams;
  if (params.get('state') !== state) return fail('invalid_input', 'the sign-in came back for another request (state differs)', { field: 'state' });
  const error = params.get('error');
  if (error) return refusal(error, params.get('error_description') ?? '', 'the sign-in');
  const code = params.get('code');
  return code ? ok(code) : fail('not_signed_in', 'the sign-in came back without a code');
}

/**
 * Signs the mailbox user in through ETRON's app; resolves with the provider of the tokens ETRON
 * would send as XOAUTH2 (renewed with the refresh token and the secret, as Odoo renews them).
 */
export async function signInThroughEtron(o: EtronSignInOptions): Promise<Result<AccessTokenProvider>> {
  const state = randomBytes(16).toString('base64url');
  let address: string;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), o.timeoutMs ?? 5 * 60_000);
  const signal = o.signal ? AbortSignal.any([o.signal, timeout.signal]) : timeout.signal;
  try {
    address = await o.catchRedirect(etronAuthorizeUrl(o, state), o.redirectUri, signal);
  } catch (err) {
    if (o.signal?.aborted) return fail('cancelled', 'the sign-in was cancelled');
    if (timeout.signal.aborted) return fail('timeout', 'the sign-in through ETRON\'s app was not completed in time');
    const text = err instanceof Error ? err.message : String(err);
    return /AADSTS\d+/.test(text)
      ? refusal('', text, 'the sign-in page')
      : fail('not_signed_in', 'the sign-in through ETRON\'s app did not finish', { detail: firstLine(text) });
  } finally {
    clearTimeout(timer);
  }
  const code = readConfirmRedirect(address, o.redirectUri, state);
  if (!code.ok) return code;
  const first = await postToken(o, { grant_type: 'authorization_code', code: code.value });
  if (!first.ok) return first;
  let current = first.value;
  return ok(async (_scopes, signal) => {
    if (signal?.aborted) return fail('cancelled', 'the token request was cancelled');
    if (current.expiresAt > Date.now()) return ok(current.accessToken);
    if (!current.refreshToken) return fail('token_expired_or_invalid', 'the token expired and ETRON\'s sign-in gave no refresh token');
    const renewed = await postToken(o, { grant_type: 'refresh_token', refresh_token: current.refreshToken });
    if (!renewed.ok) return renewed;
    current = { ...renewed.value, refreshToken: renewed.value.refreshToken ?? current.refreshToken };
    return ok(current.accessToken);
  });
}

/**
 * A token provider that signs in through ETRON's app on its first use, so the sign-in is part of
 * the check's token step (and its failure — AADSTS50105, 7000215, 7000222, 50011 — that step's).
 */
export function etronTokenProvider(o: Omit<EtronSignInOptions, 'signal'>): AccessTokenProvider {
  let session: Promise<Result<AccessTokenProvider>> | undefined;
  return async (scopes, signal) => {
    session ??= signInThroughEtron({ ...o, ...(signal ? { signal } : {}) });
    const signedIn = await session;
    return signedIn.ok ? signedIn.value(scopes, signal) : signedIn;
  };
}
