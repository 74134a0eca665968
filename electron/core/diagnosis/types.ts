/**
 * Shared types of the diagnosis: the catalogue's shape, what the caller knows (DiagnosisContext)
 * and what decode() returns (RankedCause). Plain data only, so results cross IPC and --json as is.
 */
import type { CategoryId } from './categories.js';

/** The wizard steps a cause can point at (the renderer's wizard maps each to its screen). */
export const WIZARD_STEPS = [
  'consent', 'object-id', 'smtp-auth', 'exchange-powershell', 'app-registration', 'client-secret',
  'assign-users', 'etron-settings', 'inventory360-settings', 'client-settings', 'security-policy',
  'network', 'sign-in', 'wait',
] as const;

/** A wizard step id. */
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The product profiles (DESIGN.md "The three profiles"). */
export const PROFILES = ['inventory360', 'etron', 'generic'] as const;

/** A product profile. */
export type Profile = (typeof PROFILES)[number];

/** App-only = client credentials (SMTP.SendAsApp); delegated = a user signs in (SMTP.Send). */
export const FLOWS = ['app-only', 'delegated'] as const;

/** How the application signs in. */
export type Flow = (typeof FLOWS)[number];

/** Which mail protocol the failure came from, when known. */
export type Protocol = 'smtp' | 'imap';

/** Languages the catalogue is written in. */
export type Language = 'de' | 'en';

/** How bad a cause is: blocking = mail fails until fixed; transient = retry later; info = nothing broken. */
export type Severity = 'blocking' | 'transient' | 'info';

/** The text of one category in one language. */
export interface CategoryText {
  readonly title: string;
  readonly cause: string;
  /** Steps in order, each naming the exact screen or command. */
  readonly fix: readonly string[];
  /** Why waiting may be the answer; present when the category's waitLikely is true. */
  readonly waitHint?: string;
}

/** Fix steps that replace the general ones for a profile, per category (profile-fixes-*.ts). */
export type ProfileFixes = Readonly<Partial<Record<CategoryId, Readonly<Partial<Record<Profile, readonly string[]>>>>>>;

/** The language-independent facts of one category. */
export interface CatalogueEntry {
  readonly category: CategoryId;
  readonly step: WizardStep;
  /** A different step for a profile (e.g. the product's own settings screen). */
  readonly stepFor?: Partial<Record<Profile, WizardStep>>;
  readonly severity: Severity;
  /** Whether waiting for Microsoft 365 replication (30 minutes to 24 hours) is often the answer. */
  readonly waitLikely: boolean;
  /** The profiles this cause can occur in. */
  readonly profiles: readonly Profile[];
}

/** Mismatches the token check reports (claims of the token vs. what SMTP/IMAP need). */
export const TOKEN_CHECK_MISMATCHES = [
  'audience_graph_for_smtp', 'audience_graph_for_imap', 'audience_other', 'missing_scope_smtp_send',
  'missing_scope_imap', 'missing_role_smtp_sendasapp', 'missing_role_imap_accessasapp', 'token_expired',
  'token_not_yet_valid', 'wrong_tenant', 'wrong_app', 'upn_mismatch', 'smtp_login_not_signed_in_user',
] as const;

/** A token-check mismatch id. */
export type TokenCheckMismatch = (typeof TOKEN_CHECK_MISMATCHES)[number];

/** A yes/no finding that could not always be established (Exchange settings have no Graph API). */
export type Finding = boolean | 'unknown';

/** What the Graph check (and the optional PowerShell read-back) found; absent = not checked. */
export interface GraphFindings {
  /** The permission the flow needs is consented (SMTP.SendAsApp / SMTP.Send …). */
  readonly consentOk?: boolean;
  /** Exchange has a service principal for the app with the enterprise app's Object ID. */
  readonly servicePrincipalRegisteredInExchange?: Finding;
  /** The app (or signed-in user) has FullAccess on the mailbox. */
  readonly mailboxPermission?: Finding;
  /** The mailbox's SmtpClientAuthenticationDisabled: false = enabled, true = disabled, null = inherit. */
  readonly smtpAuthMailbox?: 'enabled' | 'disabled' | 'inherit' | 'unknown';
  /** The organisation's TransportConfig SmtpClientAuthenticationDisabled. */
  readonly smtpAuthTenant?: 'enabled' | 'disabled' | 'unknown';
  readonly securityDefaultsEnabled?: boolean;
  /** The user is assigned to an app that requires assignment (true when assignment is not required). */
  readonly userAssigned?: boolean;
  readonly clientSecretExpired?: boolean;
  readonly redirectUriRegistered?: boolean;
  readonly imapEnabled?: Finding;
}

/** Everything besides the error text that changes the ranking. */
export interface DiagnosisContext {
  readonly profile?: Profile;
  readonly flow?: Flow;
  readonly protocol?: Protocol;
  readonly graphFindings?: GraphFindings;
  readonly tokenCheck?: readonly TokenCheckMismatch[];
  /** Minutes since the last configuration change in Microsoft 365 (replication takes up to 24 h). */
  readonly recentChangeMinutes?: number;
  /** Languages of the texts in the result; default both. */
  readonly languages?: readonly Language[];
}

/** One likely cause, most likely first in DecodeResult.causes. */
export interface RankedCause {
  readonly category: CategoryId;
  /** 0..1, two decimals. */
  readonly confidence: number;
  /** The matched excerpts (token-looking strings redacted) and context findings, strongest first. */
  readonly evidence: readonly string[];
  readonly waitLikely: boolean;
  readonly step: WizardStep;
  readonly severity: Severity;
  /** Title, cause, fix (profile-specific where known) and wait hint, per requested language. */
  readonly texts: Partial<Record<Language, CategoryText>>;
}

/** The answer of decode(): causes most likely first; a hint when nothing was recognized. */
export interface DecodeResult {
  readonly causes: readonly RankedCause[];
  /** What to paste instead; present when the text has no mail or sign-in content at all. */
  readonly hint?: Partial<Record<Language, string>>;
  /** True when no known message was found and the causes are guesses from protocol and wording. */
  readonly guess?: boolean;
  /** Says that the causes are a guess, or that a long input was shortened; shown with the causes. */
  readonly note?: Partial<Record<Language, string>>;
  /**
   * The one question whose answer re-ranks the causes: 'flow' = does the application sign in as
   * itself (app-only) or as a user (delegated)? Present only when neither the caller, the text nor
   * the product tell, and a cause found depends on it (e.g. a bare "535 5.7.3").
   */
  readonly ask?: 'flow';
  /**
   * True when the text alone does not decide between its causes: a guess, a first cause below DECISIVE_MIN, or a second
   * cause within DECISIVE_MARGIN of the first (decode.ts). The check, which tries each setting, tells which one it is.
   */
  readonly undecided?: boolean;
}
