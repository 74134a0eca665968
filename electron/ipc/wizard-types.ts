/**
 * Request and result types of the wizard's operations (decode, PowerShell, export). Types only:
 * contract.ts re-exports them, and the renderer imports them through the contract.
 */
import type { CategoryId } from '../core/diagnosis/categories.js';
import type { Flow, Language, Profile } from '../core/diagnosis/types.js';
import type { SchemaIssue } from '../core/export/schema-issues.js';

/** The Microsoft clouds a script or config file can be for (the demo sandbox is not one). */
export type MailCloudId = 'global' | 'usgov-gcchigh' | 'usgov-dod' | 'china';

/** Request of decodeError: the pasted text, the product when the user has chosen one, and how the app signs in when the user answered that question. */
export interface DecodeErrorRequest {
  readonly text: string;
  readonly profile?: Profile;
  readonly flow?: Flow;
}

/** Every category's localized title, so the UI can name a diagnosis-category error code. */
export type CategoryTitles = Readonly<Record<Language, Readonly<Record<CategoryId, string>>>>;

/** What the script does: set the access up, or only show what Exchange Online has (app-only). */
export type ScriptPurpose = 'setup' | 'verify';

/**
 * How Exchange lets a generic app send: FullAccess on the mailbox (the app holds SMTP.SendAsApp),
 * or RBAC for Applications (New-ManagementRoleAssignment 'Application SMTP.SendAsApp', scoped to
 * the mailbox; the app holds no API permission).
 */
export type AppMailboxAccess = 'mailbox-permission' | 'rbac';

/** Request of generatePowerShellScript. Field names are the ones errors name (`error.field`). */
export interface PowerShellScriptRequest {
  /** inventory360: the guide's step 4; generic: the same for any app; etron: SMTP AUTH + IMAP. */
  readonly profile: Profile;
  /** Default `setup`; `verify` only for the app-only profiles. */
  readonly purpose?: ScriptPurpose;
  /** Tenant id or a domain of the tenant (contoso.onmicrosoft.com). */
  readonly organization: string;
  /** Default `global`. */
  readonly cloud?: MailCloudId;
  readonly mailbox: string;
  /** The enterprise application's Object ID (inventory360, generic). */
  readonly servicePrincipalObjectId?: string;
  /** The language of the script's comments and messages; default English. */
  readonly language?: 'de' | 'en';
  /** The time for the script's header (ISO, UTC), e.g. the shown script's when saving it; default: now. */
  readonly generatedAt?: string;
  /** The application (client) id (generic). */
  readonly appId?: string;
  /** Display name of the app in Exchange Online (generic). */
  readonly displayName?: string;
  /** ETRON: further sending mailboxes (variant B: one per user); the script covers each. */
  readonly moreMailboxes?: readonly string[];
  /** Also allow IMAP for the mailbox (etron). */
  readonly enableImap?: boolean;
  /** Generic: default `mailbox-permission`. */
  readonly access?: AppMailboxAccess;
}

/** A generated script: a suggested file name and its text (LF line ends). */
export interface PowerShellScript {
  readonly fileName: string;
  readonly text: string;
  /** The time in the script's header (ISO, UTC); a save request sends it back. */
  readonly generatedAt: string;
}

/**
 * Request of savePowerShellScript: the same values as generatePowerShellScript. The main process
 * writes the script it generates from them again — never text from the renderer — and asks the
 * user where to save it.
 */
export type SavePowerShellScriptRequest = PowerShellScriptRequest;

/** Where a file was saved (or read from): the path the user chose in the dialog. */
export interface SavedFile {
  readonly path: string;
}

/** The Inventory360 file's form. */
export interface Inventory360Form {
  readonly profile: 'inventory360';
  readonly cloud: MailCloudId;
  readonly tenantId: string;
  readonly senderMailbox: string;
  readonly enterpriseAppObjectId: string;
}

/** The ETRON onRetail file's form. */
export interface EtronForm {
  readonly profile: 'etron';
  readonly cloud: MailCloudId;
  /** Optional (ETRON signs in through the multi-tenant app); empty = left out. */
  readonly tenantId: string;
  readonly clientId: string;
  /** `YYYY-MM-DD` when the client secret expires; empty = unknown. */
  readonly secretExpires: string;
  readonly aliasDomain: string;
  /** `<instance>` of https://<instance>.wawi.onretail.eu. */
  readonly instance: string;
  /** A: one shared mailbox sends everything; B: one outgoing server per user. */
  readonly variant: 'A' | 'B';
  readonly mailboxes: readonly string[];
  /** Also set up incoming servers (IMAP). */
  readonly incoming: boolean;
}

/** The generic file's form. */
export interface GenericForm {
  readonly profile: 'generic';
  readonly cloud: MailCloudId;
  readonly tenantId: string;
  readonly clientId: string;
  readonly flow: 'app-only' | 'delegated';
  readonly mailbox: string;
  /** `YYYY-MM-DD`; empty = unknown. */
  readonly secretExpires: string;
  /** How the app proves itself: a client secret or a certificate uploaded to its registration. */
  readonly credential: 'secret' | 'certificate';
  /** The certificate's SHA-1 thumbprint (40 hex digits; spaces and colons allowed); empty with a secret. */
  readonly certificateThumbprint: string;
}

/** The export form of one profile; the servers, token endpoint and scopes follow from the cloud. */
export type ConfigForm = Inventory360Form | EtronForm | GenericForm;

/** A problem with one field, in both languages (field = the form's field, e.g. `mailboxes[1]`). */
export type FieldIssue = SchemaIssue;

/** Request of previewConfigFile. */
export interface PreviewConfigRequest {
  readonly form: ConfigForm;
}

/** The file as it would be written (without a secret), or what is wrong with the form. */
export interface ConfigPreview {
  readonly fileName: string;
  /** Present when the form is valid. */
  readonly text?: string;
  readonly issues: readonly FieldIssue[];
}

/** Request of exportConfigFile; the secret is sealed with the passphrase, never written in clear. */
export interface ExportConfigRequest {
  readonly form: ConfigForm;
  readonly secret?: { readonly value: string; readonly passphrase: string };
}

/** What importing a config file gave: the form to edit, or every problem, field by field. */
export type ConfigImport =
  | { readonly status: 'imported'; readonly path: string; readonly form: ConfigForm; readonly hasSealedSecret: boolean }
  | { readonly status: 'invalid'; readonly path: string; readonly code: 'invalid_input' | 'unsupported_version' | 'io_error'; readonly issues: readonly FieldIssue[] };

/** Request of runDemoCheck: the whole check of a product against a fresh sandbox tenant. */
export interface RunDemoCheckRequest {
  readonly profile: Profile;
  /** Scenario names (electron/sandbox/scenarios.ts); none = `healthy`. */
  readonly scenarios?: readonly string[];
  /** Language of the diagnosis texts; default English. */
  readonly language?: Language;
}
