/**
 * The shapes of the wizard pages' texts (profile, decode, PowerShell, export). Every language
 * file fills every field, so a missing translation fails to compile.
 */
import type { CheckStepId, FindingStatus, FixAction, FixStep, MailCloudId, Profile, SignInMode } from '../../../electron/ipc/contract.js';

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
  /** The first cause when no known message was found (DecodeResult.guess). */
  readonly bestGuess: string;
  readonly alsoPossible: string;
  readonly confidence: (percent: number) => string;
  readonly fixHeading: string;
  readonly evidenceHeading: string;
  readonly waitHeading: string;
  readonly waitFallback: string;
  readonly fixedInStep: string;
  readonly goToStep: string;
  readonly nothingFoundHeading: string;
  /** When the text alone does not decide between its causes (DecodeResult.undecided): the check does. */
  readonly undecided: { readonly text: string; readonly action: string };
  /** The one question (DecodeResult.ask 'flow'): how the application signs in. */
  readonly askFlow: {
    readonly heading: string;
    readonly question: string;
    readonly appOnly: readonly [string, string];
    readonly delegated: readonly [string, string];
    readonly answered: string;
  };
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
  /** Generic apps: how Exchange lets the app send (mailbox permission or RBAC for Applications). */
  readonly accessLegend: string;
  readonly accesses: { readonly 'mailbox-permission': string; readonly rbac: string };
  readonly accessHelp: string;
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
  | 'instance' | 'variant' | 'mailboxes' | 'incoming' | 'flow' | 'mailbox' | 'credential' | 'certificateThumbprint';

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
  /** ETRON: which default-sender settings the file gives for which Odoo generation. */
  readonly defaultSenderByOdoo: string;
  readonly flows: { readonly 'app-only': string; readonly delegated: string };
  /** Generic: how the app proves itself. */
  readonly credentials: { readonly secret: string; readonly certificate: string };
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

/** The fields of the tenant check's form (the names runTenantCheck's errors use). */
export type TenantCheckField = 'mailbox' | 'sender' | 'etron.instance' | 'etron.appId' | 'generic.appId' | 'generic.flow' | 'generic.imap';

/** The check step: the signed-in tenant's check, and the trial run against a demo tenant. */
export interface CheckTexts {
  readonly intro: string;
  readonly tenantHeading: string;
  readonly tenantIntro: (account: string) => string;
  readonly demoTenantNote: string;
  readonly signInFirst: string;
  readonly goToSignIn: string;
  readonly labels: Record<TenantCheckField, string>;
  readonly help: Partial<Record<TenantCheckField, string>>;
  readonly fieldErrors: Record<TenantCheckField, string>;
  readonly flows: { readonly 'app-only': string; readonly delegated: string };
  readonly cancel: string;
  readonly progressHeading: string;
  readonly progressStatus: Record<'running' | StepStatusName, string>;
  /** Why the result has no SMTP/IMAP part for a tenant check of this product. */
  readonly noMailProbe: Record<Profile, string>;
  readonly breakDemoLabel: string;
  readonly breakDemoApply: string;
  readonly breakDemoApplied: (names: string) => string;
  /** The button of a finding's fix page, by what it fixes; others use fixLinkOther. */
  readonly fixLinks: Partial<Record<FixAction, string>>;
  readonly fixLinkOther: string;
  readonly fixLinkOpened: string;
  readonly resultOf: { readonly demo: string; readonly tenant: (account: string) => string };
  readonly demoHeading: string;
  readonly demoIntro: string;
  readonly scenarioLabel: string;
  readonly run: string;
  readonly running: string;
  readonly overall: Record<StepStatusName, string>;
  /** A passing tenant check that could not log on to the mail server (no product token): not "everything works". */
  readonly passWithoutMail: string;
  readonly steps: Record<CheckStepId, string>;
  readonly status: Record<StepStatusName, string>;
  readonly serverReply: string;
  readonly findingsHeading: string;
  readonly findingStatus: Record<FindingStatus, string>;
  readonly stepsHeading: string;
  readonly diagnosisHeading: string;
  readonly languageNote: string;
}

/** A step's or the whole check's status. */
export type StepStatusName = 'pass' | 'warn' | 'fail' | 'skipped';

/** The fields of the sign-in form (the names signIn's errors use). */
export type SignInField = 'cloud' | 'tenant' | 'mode' | 'clientId';

/** The sign-in step. */
export interface SignInTexts {
  readonly intro: string;
  readonly readOnlyNote: string;
  readonly demoHeading: string;
  readonly demoIntro: string;
  readonly demoButton: string;
  readonly tenantHeading: string;
  readonly tenantIntro: string;
  readonly labels: Record<SignInField, string>;
  readonly help: { readonly tenant: string; readonly clientId: string };
  readonly clouds: Record<MailCloudId, string>;
  readonly modes: Record<SignInMode, { readonly name: string; readonly line: string }>;
  readonly signIn: string;
  readonly waiting: { readonly browser: string; readonly demo: string; readonly 'device-code': string };
  readonly cancel: string;
  readonly deviceCodeHeading: string;
  readonly deviceCodeStep1: string;
  readonly deviceCodeStep2: string;
  readonly deviceCodeOpen: string;
  readonly signedInHeading: string;
  readonly signedInAs: (name: string, username: string) => string;
  readonly tenantId: string;
  readonly where: string;
  readonly demoTenant: string;
  readonly signOut: string;
  readonly settingsHeading: string;
  readonly settingsIntro: string;
  readonly defaultClientId: (clientId: string, fromEnvironment: boolean) => string;
  readonly graphCliNote: string;
  readonly fieldErrors: Record<SignInField, string>;
}
