/**
 * What one check is asked to do: the profile, the cloud and tenant, the mailbox, and each part
 * it may run (Graph as the admin, mail tokens, probes). Leave a part out to skip it.
 */
import type { AccessTokenProvider } from '../auth/app-only-token.js';
import type { CloudProfile } from '../clouds.js';
import type { Language } from '../diagnosis/types.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { AppOnlyAuthorization } from '../probes/token-check.js';
import type { CheckProfile, CheckProgress } from './check-types.js';

/** Everything a check needs; leave a part out to skip it. */
export interface CheckInput {
  readonly profile: CheckProfile;
  readonly cloud: CloudProfile;
  readonly tenantId: string;
  /** Extra CA to trust (the sandbox's). */
  readonly caPem?: string;
  /** The mailbox (XOAUTH2 user=). */
  readonly mailbox: string;
  /** Who signs in for delegated mail tokens, when `mailbox` names another mailbox (ETRON variant A: the shared one). */
  readonly signInUser?: string;
  /** MAIL FROM of the test message (a shared address needs SendAs); default: the mailbox. */
  readonly sender?: string;
  /** Graph as the signed-in admin; without it the tenant is not read. */
  readonly graph?: GraphClient;
  /** Tokens for SMTP/IMAP: app-only (client credentials) or delegated (the mailbox's user). */
  readonly mailTokens?: { readonly flow: 'app-only' | 'delegated'; readonly provider: AccessTokenProvider; readonly clientId?: string };
  /** ETRON: check that its client secret still works (client credentials against Graph). */
  readonly etron?: {
    readonly instance: string; readonly appId?: string; readonly secretCheck?: AccessTokenProvider;
    /** Further users who send through ETRON (variant B), checked for assignment like the first. */
    readonly moreSenders?: readonly string[];
  };
  /** Generic: the app to read in Graph. */
  readonly genericAppId?: string;
  /** Generic: the SHA-1 thumbprint of the certificate the app signs in with (its upload is checked). */
  readonly genericCertificateThumbprint?: string;
  /**
   * App-only SMTP through RBAC for Applications (New-ManagementRoleAssignment 'Application
   * SMTP.SendAsApp'): the app needs no SMTP.SendAsApp permission and its token carries no role.
   */
  readonly appOnlyAuthorization?: AppOnlyAuthorization;
  readonly probeSmtp?: boolean;
  readonly probeImap?: boolean;
  /** DNS of the mailbox's domain (off unless given); a resolver `host:port` for tests and closed networks. */
  readonly dns?: { readonly resolver?: string };
  /** Test ports and TLS when the mail probes cannot run or fail on the network. */
  readonly reachability?: boolean;
  /** Secrets to keep out of transcripts. */
  readonly secrets?: readonly string[];
  readonly languages?: readonly Language[];
  readonly recentChangeMinutes?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CheckProgress) => void;
}
