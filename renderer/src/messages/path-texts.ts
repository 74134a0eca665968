/**
 * The shape of the texts of the wizard's path pages (one page per step of a vendor guide). Every
 * language file fills every field, so a missing translation fails to compile.
 */
import type { Profile } from '../../../electron/ipc/contract.js';

/** The path pages that have their own two sentences (what to do, why). */
export type PathPage =
  | 'consent' | 'object-id' | 'smtp-auth' | 'app-registration' | 'users-groups' | 'client-id' | 'client-secret'
  | 'etron-mail-servers' | 'etron-credentials' | 'etron-outgoing' | 'etron-incoming' | 'generic-app' | 'exchange-powershell';

/** What to do, and why, in two plain sentences. */
export interface PageTexts {
  readonly what: string;
  readonly why: string;
}

/** The values a page shows with Copy, or asks back. */
export type ValueName =
  | 'tenantId' | 'mailbox' | 'objectId' | 'appIdNotThis' | 'clientId' | 'redirectUri' | 'instance' | 'appName'
  | 'accountTypes' | 'permissions' | 'secretDescription' | 'aliasDomain' | 'outgoingName' | 'userName' | 'fromFilter'
  | 'systemFrom' | 'systemCatchall' | 'incomingUser' | 'consentLink' | 'secretValue';

/** Texts of the path. */
export interface PathTexts {
  readonly pages: Readonly<Record<PathPage, PageTexts>>;
  /** A product's own version of a page, where it differs. */
  readonly byProduct: Readonly<Partial<Record<`${PathPage}.${Profile}`, PageTexts>>>;
  readonly values: Readonly<Record<ValueName, string>>;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly required: string;
  readonly notGuid: string;
  readonly notAddress: string;
  readonly notInstance: string;
  readonly looksLikeSecretId: string;
  readonly secretLooksRight: string;
  readonly openPortal: string;
  readonly openPortalAfterCheck: string;
  readonly portalOpened: string;
  readonly enlarge: string;
  readonly shrink: string;
  readonly illustrationComing: (name: string) => string;
  readonly technicalDetails: string;
  readonly verifyHeading: string;
  readonly checkNow: string;
  readonly checkAgain: string;
  readonly checking: string;
  readonly checkedAt: (when: string) => string;
  readonly stepDone: string;
  readonly stepFailed: string;
  readonly fixOn: (page: string) => string;
  readonly goThere: (page: string) => string;
  readonly notReadable: string;
  readonly confirmHeading: string;
  readonly confirmLabel: string;
  readonly confirmed: string;
  readonly signInFirst: string;
  readonly goToSignIn: string;
  readonly needsInput: (what: string) => string;
  readonly findings: Readonly<Record<string, { readonly ok: string; readonly problem: string }>>;
  readonly findingUnknown: string;
  readonly existingCustomers: string;
  readonly crossedOut: string;
  readonly mailboxHeading: string;
  readonly mailboxHelp: string;
  readonly instanceHelp: string;
  readonly clientIdPasteHelp: string;
  readonly secretPasteLabel: string;
  readonly secretPasteHelp: string;
  readonly secretCreatedNote: string;
  readonly variantLegend: string;
  readonly variants: { readonly A: string; readonly B: string };
  readonly variantHelp: { readonly A: string; readonly B: string };
  readonly flowLegend: string;
  readonly flows: { readonly 'app-only': string; readonly delegated: string };
  readonly genericImap: string;
  /** ETRON: the further sending mailboxes (variant B). */
  readonly moreMailboxesHeading: string;
  readonly moreMailboxesHelp: string;
  readonly mailboxNumber: (n: number) => string;
  readonly addMailbox: string;
  readonly remove: string;
  readonly removeMailbox: (name: string) => string;
  readonly eachMailboxHeading: string;
  readonly outgoingServerFor: (n: number, mailbox: string) => string;
  readonly variantAOnlyFirst: string;
  readonly scriptAlsoFor: (mailboxes: string) => string;
  /** Generic: how the app proves itself — a client secret or a certificate. */
  readonly credentialLegend: string;
  readonly credentials: { readonly secret: string; readonly certificate: string };
  readonly certificateSteps: readonly string[];
  readonly certificateKeyNote: string;
  readonly thumbprintLabel: string;
  readonly thumbprintHelp: string;
  readonly notThumbprint: string;
  readonly certificateCheckNote: string;
  readonly demoCertificate: string;
  readonly demoCertificateDone: (thumbprint: string) => string;
  readonly powershellInstall: readonly string[];
  readonly powershellPolicy: string;
  readonly powershellVerify: string;
  readonly powershellNotNeeded: string;
  readonly smtpAuthVerify: string;
  readonly smtpAuthPowerShell: string;
  /** The SMTP probe's verdict on the Authenticated SMTP page (and why there is none). */
  readonly smtpAuthProbe: {
    readonly heading: string; readonly on: string; readonly off: string; readonly unproven: string;
    readonly checkAgain: string; readonly readyGeneric: string; readonly readyEtron: string; readonly running: string; readonly noSecret: (page: string) => string; readonly inventory360: string;
  };
  readonly waitPlaceholder: string;
  readonly finishPlaceholder: string;
  readonly skipLink: string;
  readonly stepRunning: string;
  readonly stepFailedNav: string;
  readonly welcomeStart: string;
  readonly tryDemo: string;
  readonly demoHeading: string;
  readonly aboutHeading: string;
  readonly aboutIntro: string;
  readonly configNotOurs: string;
  readonly formProblems: (count: number) => string;
  readonly pathLabel: string;
  readonly theme: string;
}
