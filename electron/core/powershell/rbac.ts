/**
 * RBAC for Applications (S2, §5.3): the alternative to FullAccess for admins who want the app
 * limited to one mailbox. A management scope selects the mailbox; a role assignment gives the
 * app 'Application SMTP.SendAsApp' within that scope. The app then needs NO SMTP.SendAsApp API
 * permission in Entra — with it, Exchange would also check mailbox permissions.
 */
import type { Result } from '../result.js';
import type { ScriptStep } from './command.js';
import { buildScript, type GeneratedScript, type ScriptTarget } from './header.js';
import { collect, DISPLAY_NAME_MAX, EXCHANGE_NAME_MAX, validateAddress, validateGuid, validateName } from './quote.js';
import { servicePrincipalBlock } from './service-principal.js';
import { rbacAuthorizationCheckStep, servicePrincipalCheckStep } from './verify.js';

/** Input of the RBAC-for-Applications script. */
export interface RbacInput extends ScriptTarget {
  readonly appId: string;
  readonly servicePrincipalObjectId: string;
  readonly displayName: string;
  /** The one mailbox the app may send as. */
  readonly mailbox: string;
  /** Default: `SMTP sender <mailbox>` (at most 64 characters). */
  readonly scopeName?: string;
  /** Default: `SMTP.SendAsApp <mailbox>` (at most 64 characters). */
  readonly assignmentName?: string;
}

const defaultName = (prefix: string, mailbox: string): string => [...`${prefix} ${mailbox}`].slice(0, EXCHANGE_NAME_MAX).join('').trim();

/** The scope filter that selects exactly one mailbox (the address is validated: no quotes). */
export function mailboxRecipientFilter(mailbox: string): string {
  return `PrimarySmtpAddress -eq '${mailbox}'`;
}

/** A script that lets an app send as one mailbox through RBAC for Applications. */
export function rbacScript(input: RbacInput): Result<GeneratedScript> {
  const mailboxResult = validateAddress('mailbox', 'The mailbox', input.mailbox);
  const fallback = mailboxResult.ok ? mailboxResult.value : '';
  const v = collect({
    appId: validateGuid('appId', 'The Application (client) ID', input.appId),
    servicePrincipalObjectId: validateGuid('servicePrincipalObjectId', 'The Object ID', input.servicePrincipalObjectId),
    displayName: validateName('displayName', 'The display name', input.displayName, DISPLAY_NAME_MAX),
    mailbox: mailboxResult,
    scopeName: validateName('scopeName', 'The management scope name', input.scopeName ?? defaultName('SMTP sender', fallback), EXCHANGE_NAME_MAX),
    assignmentName: validateName('assignmentName', 'The role assignment name', input.assignmentName ?? defaultName('SMTP.SendAsApp', fallback), EXCHANGE_NAME_MAX),
  });
  if (!v.ok) return v;
  const { appId, servicePrincipalObjectId: sp, displayName, mailbox, scopeName, assignmentName } = v.value;
  const scope: ScriptStep = {
    comments: ['A management scope that contains only this mailbox.'],
    command: { cmdlet: 'New-ManagementScope', parameters: { Name: scopeName, RecipientRestrictionFilter: mailboxRecipientFilter(mailbox) } },
  };
  const assignment: ScriptStep = {
    comments: [
      'Give the app SMTP.SendAsApp within that scope. -App takes the service principal\'s Object ID.',
      'Only this role works for SMTP; "Application Mail.Send" is for Microsoft Graph, not SMTP AUTH.',
    ],
    command: {
      cmdlet: 'New-ManagementRoleAssignment',
      parameters: { Name: assignmentName, Role: 'Application SMTP.SendAsApp', App: sp, CustomResourceScope: scopeName },
    },
  };
  return buildScript(input, {
    fileName: 'exchange-online-rbac-smtp.ps1',
    title: `RBAC for Applications: let "${displayName}" send as one mailbox over SMTP`,
    explanation: [
      'Use this INSTEAD of FullAccess when the app may only use this one mailbox.',
      'The app registration then needs no SMTP.SendAsApp API permission in Entra: with it, Exchange',
      'would also check mailbox permissions. The app still requests the Exchange Online .default scope.',
      'Run as a member of Organization Management.',
    ],
    mailbox,
    body: [
      servicePrincipalBlock({ appId, servicePrincipalObjectId: sp, displayName }),
      scope,
      assignment,
      servicePrincipalCheckStep(sp),
      rbacAuthorizationCheckStep(sp, mailbox),
    ],
  });
}
