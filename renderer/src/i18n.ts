/**
 * German and English texts. Every text the UI shows is a field of `Messages`, so a missing
 * translation fails to compile. Errors are localized by their catalogue code, not by message.
 * The texts of one language are loaded on demand (messages/load.ts): the first bundle holds none.
 */
import type { AppError, CategoryId, ErrorCode, FixStep, OperationalCode, ScenarioName } from '../../electron/ipc/contract.js';
import type { FixTexts } from './messages/fix-texts.js';
import type { WaitFinishTexts } from './messages/wait-finish-texts.js';
import type { PathTexts } from './messages/path-texts.js';
import type { CheckTexts, DecodeTexts, ExportTexts, NavTexts, PowerShellTexts, ProfileTexts, SignInTexts } from './messages/sections.js';
import type { WizardStep } from './wizard/steps.js';

/** A UI language. */
export type Language = 'de' | 'en';

/** The languages the toggle offers, in its order. */
export const LANGUAGES: readonly Language[] = ['de', 'en'];

/** Every text of the UI in one language. */
export interface Messages {
  readonly appTitle: string;
  readonly appTagline: string;
  readonly languageLabel: string;
  readonly languageNames: Record<Language, string>;
  readonly stepsLabel: string;
  readonly steps: Record<WizardStep, string>;
  /** The Other application's credential page: the portal's own name, as it covers a secret and a certificate. */
  readonly genericCredentialStep: string;
  readonly welcome: { readonly heading: string; readonly intro: string; readonly sandboxHint: string };
  readonly appInfo: {
    readonly heading: string; readonly loading: string; readonly version: string; readonly platform: string;
    readonly node: string; readonly electron: string; readonly chrome: string; readonly locale: string;
  };
  readonly demo: {
    readonly heading: string; readonly intro: string; readonly scenarioLabel: string;
    readonly start: string; readonly starting: string; readonly stop: string; readonly stopping: string;
    readonly stopped: string; readonly running: string; readonly tenantId: string; readonly authority: string;
    readonly graph: string; readonly smtp: string; readonly imap: string; readonly mailbox: string;
    readonly scenarios: string; readonly pendingReplication: (seconds: number) => string;
  };
  readonly scenarios: Record<ScenarioName, string>;
  readonly nav: NavTexts;
  readonly profile: ProfileTexts;
  readonly decode: DecodeTexts;
  /** The steps a diagnosis points at (the catalogue's step ids). */
  readonly fixSteps: Record<FixStep, string>;
  readonly powershell: PowerShellTexts;
  readonly exportStep: ExportTexts;
  readonly checks: CheckTexts;
  readonly signIn: SignInTexts;
  /** "Fix it for me": changes the assistant makes through Microsoft Graph. */
  readonly fix: FixTexts;
  /** "Wait and test", the finish page and the support report. */
  readonly waitFinish: WaitFinishTexts;
  /** The pages of the product's path. */
  readonly path: PathTexts;
  readonly errors: Record<OperationalCode, string>;
  /** For diagnosis categories while the catalogue's titles are not loaded (getCategoryTitles). */
  readonly categoryError: (code: ErrorCode) => string;
  readonly errorField: (field: string) => string;
}

/**
 * Every scenario, once (a missing or unknown one fails to compile). The texts themselves are
 * loaded per language (messages/load.ts), so this list does not come from them.
 */
const SCENARIO_SET = {
  healthy: true, 'consent-missing': true, 'service-principal-missing': true, 'smtp-auth-disabled-mailbox': true,
  'smtp-auth-disabled-tenant': true, 'security-defaults': true, 'mailbox-permission-missing': true, 'send-as-denied': true,
  'imap-disabled': true, 'user-not-assigned': true, 'secret-expired': true, 'secret-wrong': true, 'redirect-mismatch': true,
  'replication-delay': true, 'shared-mailbox-smtp-login': true, 'graph-lag': true,
} as const satisfies Record<ScenarioName, true>;

/** The scenario names in the order the select lists them. */
export const SCENARIO_OPTIONS = Object.keys(SCENARIO_SET) as ScenarioName[];

/** The UI language for a locale such as `de-DE` (German for any `de*`, else English). */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

function isOperationalCode(messages: Messages, code: ErrorCode): code is OperationalCode {
  return Object.hasOwn(messages.errors, code);
}

/**
 * The localized text for an error, with the field it is about. A diagnosis-category code is
 * named by the catalogue's title in this language when `categoryTitles` has been loaded.
 */
export function errorText(messages: Messages, error: AppError, categoryTitles?: Readonly<Record<CategoryId, string>>): string {
  const text = isOperationalCode(messages, error.code)
    ? messages.errors[error.code]
    : categoryTitles?.[error.code] ?? messages.categoryError(error.code);
  return error.field ? `${text} ${messages.errorField(error.field)}` : text;
}
