/**
 * The product's own credential for the live mail probes of a real-tenant check (and of each "wait
 * and test" try). The admin's Graph session cannot get an Exchange token (a first-party client,
 * auth/client-id.ts), so SMTP/IMAP are probed only where the app has what the product itself uses:
 * - the Other application, app-only, with a client secret: a client-credentials token for
 *   `https://outlook.office365.com/.default`, as the app gets it (core/auth/app-only-token.ts);
 * - ETRON with its client secret and a way to catch its redirect (the ETRON sign-in window): the
 *   mailbox user signs in through ETRON's app (core/auth/etron-sign-in.ts);
 * - Inventory360: never — its app is the vendor's multi-tenant app and the customer has no secret.
 * The secret lives only in this request's memory: it is returned among `secrets` for redaction.
 */
import { createHash } from 'node:crypto';
import type { AccessTokenProvider } from '../../core/auth/app-only-token.js';
import type { ClientCredential } from '../../core/auth/msal-apps.js';
import { ETRON_SIGN_IN_TIMEOUT_MS } from '../../shell/etron-sign-in-policy.js';
import { etronRedirectUri, etronTokenProvider, type CatchRedirect } from '../../core/auth/etron-sign-in.js';
import type { CloudProfile } from '../../core/clouds.js';
import type { TenantCheckOptions } from '../../core/check/tenant-check.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { RunTenantCheckRequest } from '../tenant-types.js';

/** A pasted client secret's bounds: Entra's values are 40 characters; anything printable up to 256 is taken. */
const SECRET = /^[\x21-\x7e]{8,256}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an optional pasted client secret: bounded, printable, and not the Secret ID (a GUID). */
export function optionalClientSecret(value: unknown, field: string): Result<string | undefined> {
  if (value === undefined) return ok(undefined);
  if (typeof value !== 'string' || value.length > 256) return fail('invalid_input', `"${field}" must be a text of at most 256 characters.`, { field });
  const secret = value.trim();
  if (secret === '') return ok(undefined);
  // Never echo the value: the message names the field only.
  if (GUID.test(secret)) return fail('invalid_input', `"${field}" is a GUID: that is the secret's ID, not its value.`, { field });
  if (!SECRET.test(secret)) return fail('invalid_input', `"${field}" must be the secret's value (8 to 256 visible characters, no spaces).`, { field });
  return ok(secret);
}

/** The secrets a request carries (each to be redacted from what the check returns and the report). */
export function requestSecrets(request: RunTenantCheckRequest): string[] {
  return [request.generic?.clientSecret, request.etron?.clientSecret].filter((s): s is string => typeof s === 'string' && s !== '');
}

/** What the check needs beyond the admin's session, and the secrets to redact. */
export interface MailCredentials {
  readonly options: Pick<TenantCheckOptions, 'appCredential' | 'mailboxTokens' | 'etron'>;
  readonly secrets: readonly string[];
}

/** The connection's parts the ETRON sign-in needs. */
export interface MailCredentialContext {
  readonly cloud: CloudProfile;
  readonly caPem?: string;
  /** Drives ETRON's sign-in (Electron: the ETRON sign-in window); none = no ETRON probe. */
  readonly catchRedirect?: CatchRedirect;
  /** Keeps a signed-in ETRON session between checks, so "wait and test" does not open the window every try. */
  readonly etronSessions?: EtronSessions;
  /**
   * False for the later tries of a "wait and test": a sign-in the person did not finish (window closed,
   * or not completed in time) is not asked for again; the try reports it instead. Default true.
   */
  readonly reopenEtronSignIn?: boolean;
}

/** Sign-in outcomes that mean the person did not finish ETRON's sign-in window (signInThroughEtron). */
const UNFINISHED_SIGN_IN = new Set(['not_signed_in', 'timeout']);

/**
 * The ETRON sessions of this app run, in memory: one per instance, app, mailbox and secret. A
 * session whose sign-in or token failed is dropped, so the next check signs in again. A sign-in the
 * person did not finish is remembered, so that the later tries of a wait do not open the window
 * again and again (`reopen: false`); a new check asks again.
 */
export class EtronSessions {
  private readonly sessions = new Map<string, AccessTokenProvider>();
  private readonly unfinished = new Map<string, Awaited<ReturnType<AccessTokenProvider>>>();

  /** The session for this key, made by `create` when there is none. */
  provider(key: string, create: () => AccessTokenProvider, options: { readonly reopen?: boolean } = {}): AccessTokenProvider {
    return async (scopes, signal) => {
      const declined = this.unfinished.get(key);
      if (declined && options.reopen === false) return declined;
      let provider = this.sessions.get(key);
      if (!provider) {
        provider = create();
        this.sessions.set(key, provider);
      }
      const token = await provider(scopes, signal);
      if (!token.ok && this.sessions.get(key) === provider) this.sessions.delete(key);
      if (!token.ok && UNFINISHED_SIGN_IN.has(token.error.code)) this.unfinished.set(key, token);
      else this.unfinished.delete(key);
      return token;
    };
  }

  /** Forgets every session (sign-out). */
  clear(): void {
    this.sessions.clear();
    this.unfinished.clear();
  }
}

/** The product's credential for this request, where the app can have it. */
export function mailCredentials(request: RunTenantCheckRequest, context: MailCredentialContext): MailCredentials {
  if (request.profile === 'generic' && request.generic?.flow === 'app-only' && request.generic.clientSecret) {
    const credential: ClientCredential = { kind: 'secret', clientSecret: request.generic.clientSecret };
    return { options: { appCredential: { clientId: request.generic.appId, credential } }, secrets: requestSecrets(request) };
  }
  if (request.profile === 'etron' && request.etron) {
    const { clientSecret, ...etron } = request.etron;
    if (!clientSecret) return { options: { etron }, secrets: [] };
    const appId = etron.appId;
    const catchRedirect = context.catchRedirect;
    const create = (): AccessTokenProvider => etronTokenProvider({
      cloud: context.cloud, clientId: appId!, clientSecret, redirectUri: etronRedirectUri(etron.instance),
      loginHint: request.mailbox, catchRedirect: catchRedirect!, timeoutMs: ETRON_SIGN_IN_TIMEOUT_MS,
      ...(context.caPem ? { caPem: context.caPem } : {}),
    });
    // The key holds the secret only as its hash.
    const key = [etron.instance, appId, request.mailbox.toLowerCase(), createHash('sha256').update(clientSecret).digest('base64url')].join('|');
    const tokens = appId && catchRedirect
      ? {
        clientId: appId,
        provider: context.etronSessions
          ? context.etronSessions.provider(key, create, { reopen: context.reopenEtronSignIn ?? true })
          : create(),
      }
      : undefined;
    return { options: { etron: { ...etron, clientSecret }, ...(tokens ? { mailboxTokens: tokens } : {}) }, secrets: requestSecrets(request) };
  }
  return { options: request.etron ? { etron: request.etron } : {}, secrets: [] };
}

/** The demo tenant's own app credentials (DemoSandbox.productCredential). */
export type DemoProductCredential = (profile: 'inventory360' | 'generic') => { readonly clientId: string; readonly clientSecret: string } | undefined;

/**
 * The credentials of one check of the signed-in tenant: the pasted secret where there is one; on
 * the demo tenant, where none was pasted, the assistant plays the product's server with the demo
 * tenant's own app credential (Inventory360's, the generic app's when its ID is the demo app's),
 * so the demo shows the SMTP logon a real product would make.
 */
export function checkCredentials(
  request: RunTenantCheckRequest, context: MailCredentialContext & { readonly demoTenant: boolean; readonly demo?: DemoProductCredential },
): MailCredentials {
  const mail = mailCredentials(request, context);
  if (mail.options.appCredential || !context.demoTenant || !context.demo || request.profile === 'etron') return mail;
  const product = context.demo(request.profile);
  const plays = product && (request.profile === 'inventory360' || (request.generic?.flow === 'app-only' && request.generic.appId === product.clientId));
  if (!product || !plays) return mail;
  const credential: ClientCredential = { kind: 'secret', clientSecret: product.clientSecret };
  return { options: { ...mail.options, appCredential: { clientId: product.clientId, credential } }, secrets: [...mail.secrets, product.clientSecret] };
}
