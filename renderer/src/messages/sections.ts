/**
 * The shapes of the wizard pages' texts (profile, decode, PowerShell, export). Every language
 * file fills every field, so a missing translation fails to compile.
 */
import type { CheckStepId, FixStep, MailCloudId, Profile } from '../../../electron/ipc/contract.js';

/** Back/next and the sidebar's tool section. */
export interface NavTexts {
  readonly back: string;
  readonly next: string;
  readonly toolsLabel: string;
  readonly done: string;
  readonly chooseProductFirst: string;
  readonly chooseProduct: string;
}

/** The product step. */
export interface ProfileTexts {
  readonly heading: string;
  readonly intro: string;
  readonly legend: string;
  readonly options: Record<Profile, { readonly name: string; readonly lines: readonly [string, string] }>;
  readonly chosen: (name: string) => string;
}

/** "Explain an error". */
export interface DecodeTexts {
  readonly heading: string;
  readonly intro: string;
  readonly label: string;
  readonly placeholder: string;
  readonly explain: string;
  readonly explaining: string;
  readonly clear: string;
  readonly forProduct: (name: string) => string;
  readonly resultsHeading: (count: number) => string;
  readonly mostLikely: string;
  readonly alsoPossible: string;
  readonly confidence: (percent: number) => string;
  readonly fixHeading: string;
  readonly evidenceHeading: string;
  readonly waitHeading: string;
  readonly waitFallback: string;
  readonly fixedInStep: string;
  readonly goToStep: string;
  readonly nothingFoundHeading: string;
}

/** The PowerShell form's fields (the names generatePowerShellScript's errors use). */
export type PowerShellField = 'organization' | 'cloud' | 'mailbox' | 'servicePrincipalObjectId' | 'appId' | 'displayName' | 'purpose';

/** The Exchange-PowerShell step. */
export interface PowerShellTexts {
  readonly heading: string;
  readonly intro: string;
  readonly etronIntro: string;
  readonly formHeading: string;
  readonly purposeLegend: string;
  readonly purposes: { readonly setup: string; readonly verify: string };
  readonly labels: Record<PowerShellField, string>;
  readonly help: Record<PowerShellField, string>;
  readonly objectIdHelp: Record<'inventory360' | 'generic', string>;
  readonly clouds: Record<MailCloudId, string>;
  readonly enableImap: string;
  readonly prefilled: string;
  readonly create: string;
  readonly creating: string;
  readonly fieldErrors: Record<PowerShellField, string>;
  readonly scriptHeading: string;
  readonly scriptLabel: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: (path: string) => string;
  readonly howToRunHeading: string;
  readonly howToRun: (fileName: string) => readonly string[];
}

/** The export form's fields (the names previewConfigFile's issues use). */
export type ExportField =
  | 'cloud' | 'tenantId' | 'senderMailbox' | 'enterpriseAppObjectId' | 'clientId' | 'secretExpires' | 'aliasDomain'
  | 'instance' | 'variant' | 'mailboxes' | 'incoming' | 'flow' | 'mailbox';

/** The hand-over (export) step. */
export interface ExportTexts {
  readonly heading: string;
  readonly intro: Record<Profile, string>;
  readonly formHeading: string;
  readonly labels: Record<ExportField, string>;
  readonly help: Partial<Record<ExportField, string>>;
  readonly optional: string;
  readonly variants: { readonly A: string; readonly B: string };
  readonly mailboxesFor: { readonly A: string; readonly B: string };
  readonly flows: { readonly 'app-only': string; readonly delegated: string };
  readonly line: (n: number) => string;
  readonly secret: {
    readonly include: string; readonly includeHelp: string; readonly value: string; readonly passphrase: string;
    readonly passphraseRepeat: string; readonly tooShort: string; readonly mismatch: string; readonly missingValue: string;
  };
  readonly previewHeading: string;
  readonly previewEmpty: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: (path: string) => string;
  readonly import: string;
  readonly importing: string;
  readonly imported: (path: string) => string;
  readonly importedSealedSecret: string;
  readonly importProblems: (path: string) => string;
  readonly fixFirst: string;
}

/** The check step (in this build: the demo check against a sandbox tenant). */
export interface CheckTexts {
  readonly intro: string;
  readonly demoHeading: string;
  readonly demoIntro: string;
  readonly scenarioLabel: string;
  readonly run: string;
  readonly running: string;
  readonly realTenantLater: string;
  readonly overall: Record<StepStatusName, string>;
  readonly steps: Record<CheckStepId, string>;
  readonly status: Record<StepStatusName, string>;
  readonly serverReply: string;
  readonly stepsHeading: string;
  readonly diagnosisHeading: string;
  readonly languageNote: string;
}

/** A step's or the whole check's status. */
export type StepStatusName = 'pass' | 'warn' | 'fail' | 'skipped';
