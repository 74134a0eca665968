/**
 * App-only mailbox access (the Inventory360 guide's step 4, and the same for any app sending with
 * SMTP.SendAsApp or reading with IMAP.AccessAsApp): register the enterprise application in
 * Exchange Online, give it FullAccess on the mailbox, optionally SendAs for another From
 * address, enable SMTP AUTH for the mailbox, then show the result.
 */
import { fail, ok, type Result } from '../result.js';
import type { ScriptStep } from './command.js';
import { buildScript, type GeneratedScript, type ScriptTarget } from './header.js';
import { collect, DISPLAY_NAME_MAX, validateAddress, validateGuid, validateName } from './quote.js';
import { servicePrincipalBlock } from './service-principal.js';
import { enableMailboxSmtpAuthStep } from './smtp-auth.js';
import { casMailboxCheckStep, mailboxPermissionCheckStep, recipientPermissionCheckStep, servicePrincipalCheckStep } from './verify.js';

/** The Inventory360 gallery app's id (the same in every tenant). */
export const INVENTORY360_APP_ID = '15dd278a-3da9-4654-9edd-568380df74d0';

/** The display name the Inventory360 guide uses for the Exchange service principal. */
export const INVENTORY360_DISPLAY_NAME = 'Inventory360_Mail_Notification';

/** Input of the mailbox-access script. */
export interface MailboxAccessInput extends ScriptTarget {
  /** The application (client) id. */
  readonly appId: string;
  /** The enterprise application's (service principal's) Object ID, fetched from Graph. */
  readonly servicePrincipalObjectId: string;
  readonly displayName: string;
  /** The mailbox the app signs in to (user= in XOAUTH2). */
  readonly mailbox: string;
  /** A different From address the app sends as (adds Add-RecipientPermission … SendAs). */
  readonly sendAsAddress?: string;
  /** Adds -AutoMapping:$false, so the mailbox does not appear in admins' Outlook. */
  readonly disableAutoMapping?: boolean;
  /** Also enable SMTP AUTH for the mailbox (default true: the app sends over SMTP). */
  readonly enableSmtpAuth?: boolean;
}

/** Validates the input; field names in errors are the input's property names. */
function validate(input: MailboxAccessInput) {
  const v = collect({
    appId: validateGuid('appId', 'The Application (client) ID', input.appId),
    servicePrincipalObjectId: validateGuid('servicePrincipalObjectId', 'The Object ID', input.servicePrincipalObjectId),
    displayName: validateName('displayName', 'The display name', input.displayName, DISPLAY_NAME_MAX),
    mailbox: validateAddress('mailbox', 'The mailbox', input.mailbox),
    sendAsAddress: input.sendAsAddress === undefined ? ok(undefined) : validateAddress('sendAsAddress', 'The From address', input.sendAsAddress),
  });
  // Pasting the client id into the Object ID field is the classic mistake behind 535 5.7.3.
  if (v.ok && v.value.appId === v.value.servicePrincipalObjectId) {
    return fail<typeof v.value>('invalid_input', 'The Object ID must be the enterprise application\'s Object ID, not its Application (client) ID.', {
      field: 'servicePrincipalObjectId',
    });
  }
  return v;
}

/** The script granting an app-only sender access to its mailbox. */
export function mailboxAccessScript(input: MailboxAccessInput): Result<GeneratedScript> {
  const v = validate(input);
  if (!v.ok) return v;
  const { appId, servicePrincipalObjectId: sp, displayName, mailbox } = v.value;
  // Sending as the mailbox itself needs no SendAs grant.
  const sendAsAddress = v.value.sendAsAddress?.toLowerCase() === mailbox.toLowerCase() ? undefined : v.value.sendAsAddress;
  const grant: ScriptStep = {
    comments: ['Let the app open the mailbox (without it: "430 4.2.0 STOREDRV; mailbox logon failure").'],
    command: {
      cmdlet: 'Add-MailboxPermission',
      parameters: { Identity: mailbox, User: sp, AccessRights: 'FullAccess', ...(input.disableAutoMapping === true ? { AutoMapping: false } : {}) },
    },
  };
  const sendAs: ScriptStep[] = sendAsAddress === undefined ? [] : [{
    comments: ['Let the app send as the From address (without it: "550 5.7.60" / "SendAsDenied").'],
    command: { cmdlet: 'Add-RecipientPermission', parameters: { Identity: sendAsAddress, AccessRights: 'SendAs', Trustee: sp, Confirm: false } },
  }];
  const smtpAuth = input.enableSmtpAuth === false ? [] : [enableMailboxSmtpAuthStep(mailbox)];
  return buildScript(input, {
    fileName: appId === INVENTORY360_APP_ID ? 'inventory360-exchange-setup.ps1' : 'exchange-online-app-mailbox-access.ps1',
    title: `Exchange Online access for the app "${displayName}" (app-only SMTP/IMAP)`,
    explanation: [
      `Registers the app ${appId} (enterprise application Object ID ${sp}) in Exchange Online`,
      'and gives it access to the mailbox. Afterwards wait 30 minutes, sometimes up to 24 hours,',
      'before sending a test mail.',
    ],
    mailbox,
    body: [
      servicePrincipalBlock({ appId, servicePrincipalObjectId: sp, displayName }),
      grant,
      ...sendAs,
      ...smtpAuth,
      servicePrincipalCheckStep(sp),
      mailboxPermissionCheckStep(mailbox, sp),
      ...(sendAsAddress === undefined ? [] : [recipientPermissionCheckStep(sendAsAddress, sp)]),
      ...(smtpAuth.length > 0 ? [casMailboxCheckStep(mailbox)] : []),
      { lines: ["Write-Host 'Done. Exchange Online needs about 30 minutes (sometimes up to 24 hours) before the app can send.'"], commands: [] },
    ],
  });
}

/** Input of the Inventory360 script: the app id is fixed, the display name defaults to the guide's. */
export type Inventory360Input = Omit<MailboxAccessInput, 'appId' | 'displayName'> & { readonly displayName?: string };

/** The Inventory360 guide's step 4 with the tenant's real values. */
export function inventory360Script(input: Inventory360Input): Result<GeneratedScript> {
  return mailboxAccessScript({ ...input, appId: INVENTORY360_APP_ID, displayName: input.displayName ?? INVENTORY360_DISPLAY_NAME });
}
