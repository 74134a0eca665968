/**
 * The wizard's pages. Each product has one linear path that follows its vendor guide
 * (/work/shared/seeds: Inventory360's "M365 Modern Auth" guide, ETRON's "Outlook OAuth" guide):
 * one page per thing the admin must do, in the guide's order. The tools (check results for
 * support staff, the config file, "explain an error", about) are listed apart from the path.
 */
import type { Profile } from '../../../electron/ipc/contract.js';

/** Every page of the wizard (a string enum: each member is its own string literal type). */
export enum WizardStep {
  Welcome = 'welcome',
  Profile = 'profile',
  SignIn = 'sign-in',
  /** Inventory360 / generic: admin consent (SMTP.SendAsApp). */
  Consent = 'consent',
  /** Inventory360: the enterprise app's Object ID. */
  ObjectId = 'object-id',
  /** "Authenticated SMTP" for the sending mailbox(es). */
  SmtpAuth = 'smtp-auth',
  /** Inventory360 / generic app-only: Exchange Online PowerShell. */
  PowerShell = 'exchange-powershell',
  /** ETRON: the app registration (name, account types, redirect URI, permissions). */
  AppRegistration = 'app-registration',
  /** ETRON: users and groups of the enterprise app. */
  UsersGroups = 'users-groups',
  /** ETRON: the application (client) ID. */
  ClientId = 'client-id',
  /** ETRON / generic: the client secret. */
  ClientSecret = 'client-secret',
  /** ETRON settings: General Settings → custom mail servers and alias domain. */
  EtronMailServers = 'etron-mail-servers',
  /** ETRON settings: Outlook credentials (Client-ID / Secret). */
  EtronCredentials = 'etron-credentials',
  /** ETRON settings: outgoing mail server (variant A or B). */
  EtronOutgoing = 'etron-outgoing',
  /** ETRON settings: incoming mail server. */
  EtronIncoming = 'etron-incoming',
  /** Generic: the application's client ID and how it signs in. */
  GenericApp = 'generic-app',
  /** Wait for Microsoft 365 and test (another page of the wizard, see pages/wait-test-page.tsx). */
  WaitTest = 'wait-test',
  Finish = 'finish',
  /** Tools. */
  Checks = 'checks',
  Export = 'export',
  Decode = 'decode',
  About = 'about',
}

const START: readonly WizardStep[] = [WizardStep.Welcome, WizardStep.Profile, WizardStep.SignIn];
const END: readonly WizardStep[] = [WizardStep.WaitTest, WizardStep.Finish];

/** Each product's path, in the order of its guide. */
export const PATHS: Readonly<Record<Profile, readonly WizardStep[]>> = {
  inventory360: [...START, WizardStep.Consent, WizardStep.ObjectId, WizardStep.SmtpAuth, WizardStep.PowerShell, ...END],
  etron: [
    ...START, WizardStep.AppRegistration, WizardStep.UsersGroups, WizardStep.ClientId, WizardStep.ClientSecret, WizardStep.SmtpAuth,
    WizardStep.EtronMailServers, WizardStep.EtronCredentials, WizardStep.EtronOutgoing, WizardStep.EtronIncoming, ...END,
  ],
  generic: [
    ...START, WizardStep.GenericApp, WizardStep.Consent, WizardStep.ClientSecret, WizardStep.SmtpAuth, WizardStep.PowerShell, ...END,
  ],
};

/** The path before a product is chosen. */
const NO_PRODUCT: readonly WizardStep[] = [WizardStep.Welcome, WizardStep.Profile];

/** The steps of the path for a product (the first two while none is chosen). */
export function pathFor(profile: Profile | undefined): readonly WizardStep[] {
  return profile ? PATHS[profile] : NO_PRODUCT;
}

/** Tools outside the path. */
export const TOOL_STEPS: readonly WizardStep[] = [WizardStep.Checks, WizardStep.Export, WizardStep.Decode, WizardStep.About];

/** The step after `step` on the product's path (undefined after the last and for tools). */
export function nextStep(step: WizardStep, profile?: Profile): WizardStep | undefined {
  const path = pathFor(profile);
  const index = path.indexOf(step);
  return index < 0 ? undefined : path[index + 1];
}

/** The step before `step` on the product's path (undefined for the first and for tools). */
export function previousStep(step: WizardStep, profile?: Profile): WizardStep | undefined {
  const path = pathFor(profile);
  const index = path.indexOf(step);
  return index <= 0 ? undefined : path[index - 1];
}

/** For exhaustive `switch`es: a new step that is not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}
