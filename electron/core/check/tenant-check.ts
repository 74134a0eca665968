/**
 * The check of a real tenant (or of the sandbox treated like one): the admin has signed in to
 * the assistant (browser or device code); the caller says which mailbox and which app. Builds
 * the CheckInput that runCheck runs — the same one the sandbox demo builds (electron/demo/sandbox-check.ts).
 *
 * What a real tenant cannot give us is said plainly instead of faked: without Inventory360's own
 * client secret (it stays with the vendor) the SMTP probe cannot log on as Inventory360, so that
 * check reads the tenant through Graph and the support person sends a test mail from
 * Inventory360 and pastes the reply into "Explain an error".
 */
import { appOnlyTokenProvider, type AccessTokenProvider } from '../auth/app-only-token.js';
import type { SignInSession } from '../auth/auth-session.js';
import type { ClientCredential } from '../auth/msal-apps.js';
import type { CloudProfile } from '../clouds.js';
import type { AppOnlyAuthorization } from '../probes/token-check.js';
import { GraphClient } from '../graph/graph-client.js';
import type { Language } from '../diagnosis/types.js';
import { fail, ok, type Result } from '../result.js';
import type { CheckProfile, CheckProgress } from './check-types.js';
import type { CheckInput } from './check-input.js';

/** What the caller knows about the tenant check. */
export interface TenantCheckOptions {
  readonly profile: CheckProfile;
  readonly cloud: CloudProfile;
  /** Extra CA (only the sandbox needs one). */
  readonly caPem?: string;
  /** The signed-in admin (Graph reads). */
  readonly admin: SignInSession;
  /** The sending mailbox. */
  readonly mailbox: string;
  /** MAIL FROM of the test message, when it differs from the mailbox (shared address). */
  readonly sender?: string;
  /** App-only credentials for SMTP/IMAP: the generic app's (or Inventory360's, where known). */
  readonly appCredential?: { readonly clientId: string; readonly credential: ClientCredential };
  /** ETRON: its instance, app id and (optional) client secret to test. */
  readonly etron?: {
    readonly instance: string; readonly appId?: string; readonly clientSecret?: string;
    /** Further users who send through ETRON (variant B): each must be assigned to its app too. */
    readonly moreMailboxes?: readonly string[];
  };
  /** Generic: the app's client ID and how it signs in to Exchange. */
  readonly generic?: {
    readonly appId: string; readonly flow: 'app-only' | 'delegated'; readonly imap: boolean;
    /** The SHA-1 thumbprint of the app's certificate, when it signs in with one (checked in Graph). */
    readonly certificateThumbprint?: string;
  };
  /**
   * Delegated SMTP/IMAP tokens of the mailbox user, from the product's own app (ETRON's
   * registration, the generic app) — never from the admin's client, which is asked for
   * Microsoft Graph only (AADSTS65002 for a first-party client, auth/client-id.ts).
   */
  readonly mailboxTokens?: { readonly provider: AccessTokenProvider; readonly clientId: string };
  readonly dnsResolver?: string;
  /** Generic app-only SMTP through RBAC for Applications: no SMTP.SendAsApp role is expected. */
  readonly appOnlyAuthorization?: AppOnlyAuthorization;
  readonly languages?: readonly Language[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CheckProgress) => void;
}

/** Builds the check input; invalid_input names what is missing. */
export function tenantCheckInput(o: TenantCheckOptions): Result<CheckInput> {
  const account = o.admin.currentAccount();
  if (!account) return fail('not_signed_in', 'sign in as an administrator first');
  const tenantId = account.tenantId;
  const graph = new GraphClient({ graphEndpoint: o.cloud.graphEndpoint, getToken: o.admin.graphTokenSource(), ...(o.caPem ? { caPem: o.caPem } : {}) });
  const appOnly = (clientId: string, credential: ClientCredential): AccessTokenProvider =>
    appOnlyTokenProvider({ profile: o.cloud, tenant: tenantId, clientId, credential, ...(o.caPem ? { caPem: o.caPem } : {}) });
  const base = {
    cloud: o.cloud, tenantId, mailbox: o.mailbox, graph, reachability: true,
    ...(o.caPem ? { caPem: o.caPem } : {}),
    ...(o.sender ? { sender: o.sender } : {}),
    ...(o.dnsResolver !== undefined ? { dns: { resolver: o.dnsResolver } } : {}),
    ...(o.appOnlyAuthorization ? { appOnlyAuthorization: o.appOnlyAuthorization } : {}),
    ...(o.languages ? { languages: o.languages } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  };
  const secretOf = (c?: { readonly credential: ClientCredential }): string[] => (c?.credential.kind === 'secret' ? [c.credential.clientSecret] : []);
  switch (o.profile) {
    case 'inventory360':
      return ok({
        ...base, profile: 'inventory360', probeImap: false, probeSmtp: o.appCredential !== undefined,
        ...(o.appCredential ? { mailTokens: { flow: 'app-only' as const, provider: appOnly(o.appCredential.clientId, o.appCredential.credential), clientId: o.appCredential.clientId } } : {}),
        secrets: secretOf(o.appCredential),
      });
    case 'etron': {
      if (!o.etron) return fail('invalid_input', 'the ETRON instance is needed (<instance>.wawi.onretail.eu)', { field: 'instance' });
      const secret = o.etron.clientSecret;
      const appId = o.etron.appId;
      return ok({
        ...base, profile: 'etron', probeSmtp: o.mailboxTokens !== undefined, probeImap: o.mailboxTokens !== undefined,
        etron: {
          instance: o.etron.instance, ...(appId ? { appId } : {}),
          ...(o.etron.moreMailboxes && o.etron.moreMailboxes.length > 0 ? { moreSenders: o.etron.moreMailboxes } : {}),
          ...(secret && appId ? { secretCheck: appOnly(appId, { kind: 'secret', clientSecret: secret }) } : {}),
        },
        ...(o.mailboxTokens ? { mailTokens: { flow: 'delegated' as const, ...o.mailboxTokens } } : {}),
        secrets: secret ? [secret] : [],
      });
    }
    case 'generic': {
      if (!o.generic) return fail('invalid_input', 'the application (client) ID is needed', { field: 'appId' });
      const tokens = o.generic.flow === 'app-only'
        ? (o.appCredential ? { flow: 'app-only' as const, provider: appOnly(o.appCredential.clientId, o.appCredential.credential), clientId: o.appCredential.clientId } : undefined)
        : (o.mailboxTokens ? { flow: 'delegated' as const, ...o.mailboxTokens } : undefined);
      return ok({
        ...base, profile: 'generic', genericAppId: o.generic.appId,
        ...(o.generic.certificateThumbprint ? { genericCertificateThumbprint: o.generic.certificateThumbprint } : {}),
        probeSmtp: tokens !== undefined, probeImap: tokens !== undefined && o.generic.imap,
        ...(tokens ? { mailTokens: tokens } : {}),
        secrets: secretOf(o.appCredential),
      });
    }
  }
}
