/**
 * Read-only checks of the Exchange Online side: the service-principal pointer, the mailbox and
 * SendAs permissions, SMTP AUTH per mailbox and per tenant, and RBAC-for-applications access.
 * The steps are reused at the end of the setup scripts; verifyScript runs them alone.
 */
import { ok, type Result } from '../result.js';
import type { ScriptStep } from './command.js';
import { buildScript, type GeneratedScript, type ScriptTarget } from './header.js';
import { collect, validateAddress, validateGuid } from './quote.js';

/** Get-ServicePrincipal: the pointer exists and carries the enterprise application's Object ID. */
export function servicePrincipalCheckStep(servicePrincipalObjectId: string): ScriptStep {
  return {
    comments: ['The app as Exchange Online knows it: ObjectId must be the enterprise application\'s Object ID.'],
    command: { cmdlet: 'Get-ServicePrincipal', parameters: { Identity: servicePrincipalObjectId } },
    formatList: [],
  };
}

/** Get-MailboxPermission: the app holds FullAccess on the mailbox. */
export function mailboxPermissionCheckStep(mailbox: string, servicePrincipalObjectId: string): ScriptStep {
  return {
    comments: ['Expect AccessRights {FullAccess}; nothing means "430 4.2.0 STOREDRV; mailbox logon failure".'],
    command: { cmdlet: 'Get-MailboxPermission', parameters: { Identity: mailbox, User: servicePrincipalObjectId } },
    formatList: ['User', 'AccessRights', 'IsInherited', 'Deny'],
  };
}

/** Get-RecipientPermission: the app may send as the From address. */
export function recipientPermissionCheckStep(sendAsAddress: string, servicePrincipalObjectId: string): ScriptStep {
  return {
    comments: ['Expect AccessRights {SendAs}; without it Exchange answers "550 5.7.60" or "SendAsDenied".'],
    command: { cmdlet: 'Get-RecipientPermission', parameters: { Identity: sendAsAddress, Trustee: servicePrincipalObjectId } },
    formatList: ['Trustee', 'AccessRights'],
  };
}

/** Get-CASMailbox: the mailbox's SMTP AUTH and IMAP switches. */
export function casMailboxCheckStep(mailbox: string): ScriptStep {
  return {
    comments: [
      'SmtpClientAuthenticationDisabled: False = SMTP AUTH enabled for this mailbox, True = disabled,',
      'empty ($null) = the mailbox follows the organization setting (Get-TransportConfig).',
    ],
    command: { cmdlet: 'Get-CASMailbox', parameters: { Identity: mailbox } },
    formatList: ['SmtpClientAuthenticationDisabled', 'ImapEnabled'],
  };
}

/** Get-TransportConfig: the organization-wide SMTP AUTH default. */
export function transportConfigCheckStep(): ScriptStep {
  return {
    comments: ['The organization default: True (disabled) for organizations created after January 2020.'],
    command: { cmdlet: 'Get-TransportConfig', parameters: {} },
    formatList: ['SmtpClientAuthenticationDisabled'],
  };
}

/** Test-ServicePrincipalAuthorization: RBAC for Applications grants the app this mailbox. */
export function rbacAuthorizationCheckStep(servicePrincipalObjectId: string, mailbox: string): ScriptStep {
  return {
    comments: ['Expect the role "Application SMTP.SendAsApp" with InScope True (new assignments can take a while to show).'],
    command: { cmdlet: 'Test-ServicePrincipalAuthorization', parameters: { Identity: servicePrincipalObjectId, Resource: mailbox } },
    formatList: [],
  };
}

/** Input of the verification script. */
export interface VerifyInput extends ScriptTarget {
  readonly servicePrincipalObjectId: string;
  readonly mailbox: string;
  /** The From address, when it differs from the mailbox (checks SendAs). */
  readonly sendAsAddress?: string;
  /** The app uses RBAC for Applications instead of FullAccess. */
  readonly rbac?: boolean;
}

/** A read-only script that shows everything Exchange Online knows about the app and mailbox. */
export function verifyScript(input: VerifyInput): Result<GeneratedScript> {
  const v = collect({
    servicePrincipalObjectId: validateGuid('servicePrincipalObjectId', 'The Object ID', input.servicePrincipalObjectId),
    mailbox: validateAddress('mailbox', 'The mailbox', input.mailbox),
    sendAsAddress: input.sendAsAddress === undefined ? ok(undefined) : validateAddress('sendAsAddress', 'The From address', input.sendAsAddress),
  });
  if (!v.ok) return v;
  const { servicePrincipalObjectId: sp, mailbox, sendAsAddress } = v.value;
  const steps: ScriptStep[] = [
    servicePrincipalCheckStep(sp),
    input.rbac === true ? rbacAuthorizationCheckStep(sp, mailbox) : mailboxPermissionCheckStep(mailbox, sp),
    ...(sendAsAddress === undefined ? [] : [recipientPermissionCheckStep(sendAsAddress, sp)]),
    casMailboxCheckStep(mailbox),
    transportConfigCheckStep(),
  ];
  return buildScript(input, {
    fileName: 'exchange-online-verify.ps1',
    title: 'Check the Exchange Online settings for app-only mail (changes nothing)',
    explanation: ['Shows the service principal, the mailbox permissions and the SMTP AUTH switches.'],
    mailbox,
    body: steps,
  });
}
