/**
 * Request, result and event types of the real-tenant operations: the admin's sign-in, the check
 * of the signed-in tenant, and the events the main process pushes to the renderer while they run.
 * Types only: contract.ts re-exports them. Tokens never appear here — the main process keeps the
 * sign-in session and hands out display data.
 */
import type { AccountDisplay } from '../core/auth/auth-session.js';
import type { CheckProgress } from '../core/check/check-types.js';
import type { Language, Profile } from '../core/diagnosis/types.js';
import type { ScenarioName } from '../sandbox/scenarios.js';
import type { RetestProgressView } from './wait-types.js';
import type { MailCloudId } from './wizard-types.js';

/** Where the admin signs in: a Microsoft cloud, or the running demo sandbox. */
export type SignInCloudId = MailCloudId | 'sandbox';

/** How the admin signs in: the browser (authorization code + PKCE) or a device code. */
export type SignInMode = 'browser' | 'device-code';

/** Request of signIn. */
export interface SignInRequest {
  readonly cloud: SignInCloudId;
  /** Tenant domain (contoso.onmicrosoft.com) or ID; empty = any work or school account. Ignored for the sandbox. */
  readonly tenant?: string;
  readonly mode: SignInMode;
  /** The assistant's client ID from the settings; empty = the default. Ignored for the sandbox. */
  readonly clientId?: string;
  /** Language of the page the browser shows after the sign-in. */
  readonly language?: Language;
}

/** The signed-in admin, as display data (no token), and where they signed in. */
export interface SignedInAccount extends AccountDisplay {
  readonly cloud: SignInCloudId;
}

/** What the settings area shows about the assistant's client ID. */
export interface SignInDefaults {
  /** The client ID used when the settings leave it empty. */
  readonly clientId: string;
  /** `environment` = M365_ASSISTANT_CLIENT_ID is set; `built-in` = the shipped default. */
  readonly source: 'built-in' | 'environment';
  /** True when that default is Microsoft Graph Command Line Tools (Microsoft's public client; no registration needed). */
  readonly isMicrosoftGraphCli: boolean;
}

/** Request of runTenantCheck: what the check of the signed-in tenant is about. */
export interface RunTenantCheckRequest {
  readonly profile: Profile;
  /** The sending mailbox. */
  readonly mailbox: string;
  /** A different From address (a shared mailbox). */
  readonly sender?: string;
  /** ETRON: `<instance>` of https://<instance>.wawi.onretail.eu and, when known, its app's client ID. */
  readonly etron?: {
    readonly instance: string; readonly appId?: string;
    /** Further users who send through ETRON (variant B): their assignment to the app is checked too. */
    readonly moreMailboxes?: readonly string[];
    /**
     * ETRON's client secret as the admin pasted it on the client-secret page: with it the check tests
     * the secret and signs the mailbox user in through ETRON's app for the live SMTP/IMAP probes.
     * Memory only: never kept in the progress file, redacted from results and reports.
     */
    readonly clientSecret?: string;
  };
  /** Generic: the app's client ID, how it signs in to Exchange, and whether it reads with IMAP. */
  readonly generic?: {
    readonly appId: string; readonly flow: 'app-only' | 'delegated'; readonly imap?: boolean;
    /** SHA-1 thumbprint of the app's certificate (40 hex digits; spaces and colons allowed): its upload is checked. */
    readonly certificateThumbprint?: string;
    /**
     * App-only: the app's client secret as pasted on the client-secret page. With it the check gets
     * the app's own token (client credentials) and probes SMTP (and IMAP) as the app would.
     * Memory only, as ETRON's.
     */
    readonly clientSecret?: string;
  };
  /** Language of the explanations; default English. */
  readonly language?: Language;
}

/** Request of openLink: a link the main process handed out (a fix link of the last check, the device code page). */
export interface OpenLinkRequest {
  readonly url: string;
}

/** Request of enableDemoScenario: break the running demo tenant one more way. */
export interface EnableDemoScenarioRequest {
  readonly scenario: ScenarioName;
}

/** The events the main process pushes to the renderer (channel EVENT_CHANNEL). */
export type AssistantEvent =
  /** A device code sign-in waits: the admin opens `url` on any device and types `code`. */
  | { readonly kind: 'device-code'; readonly url: string; readonly code: string; readonly expiresInSeconds: number }
  /** A step of a check started or finished; `run` grows with every check, so late events of an older run can be told apart. */
  | { readonly kind: 'check-progress'; readonly run: number; readonly progress: CheckProgress }
  /** "Wait and test": a try started, the next one's time, or the end; `retest` grows with every wait. */
  | { readonly kind: 'retest-progress'; readonly retest: number; readonly progress: RetestProgressView };

/** Receives the events; the function returned by onEvent stops them. */
export type AssistantEventListener = (event: AssistantEvent) => void;
