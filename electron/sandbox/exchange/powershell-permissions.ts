/**
 * Mailbox permissions: Add-/Remove-/Get-MailboxPermission (FullAccess, `-User`) and
 * Add-/Remove-/Get-RecipientPermission (SendAs, `-Trustee`). A trustee is a directory user or an
 * Exchange service principal pointer (by object id, app id or name); the permission records the
 * pointer's object id, which is what a token's `oid` must match.
 */
import type { TenantData } from '../tenant-model.js';
import { cmdletError, output, type CmdletDefinition } from './powershell-cmdlet.js';
import { findExchangeServicePrincipal, findMailbox, findUser, mailboxAlias } from './mailbox-directory.js';
import { PS_MESSAGES } from './powershell-messages.js';
import { stringParam, stringsParam, type BoundParams } from './powershell-params.js';

type Right = 'FullAccess' | 'SendAs';

interface Trustee {
  readonly id: string;
  readonly name: string;
}

function resolveTrustee(t: Readonly<TenantData>, identity: string): Trustee | undefined {
  const user = findUser(t, identity);
  if (user) return { id: user.id, name: user.userPrincipalName };
  const sp = findExchangeServicePrincipal(t, identity);
  if (sp) return { id: sp.objectId.toLowerCase(), name: sp.objectId };
  return undefined;
}

function trusteeName(t: Readonly<TenantData>, trusteeId: string): string {
  return resolveTrustee(t, trusteeId)?.name ?? trusteeId;
}

/** How Exchange shows one entry of each kind. */
function view(right: Right, mailbox: string, trustee: string) {
  return right === 'FullAccess'
    ? { Identity: mailbox, User: trustee, AccessRights: ['FullAccess'], IsInherited: false, Deny: false, InheritanceType: 'All' }
    : { Identity: mailbox, Trustee: trustee, AccessControlType: 'Allow', AccessRights: ['SendAs'], IsInherited: false, InheritanceType: 'None' };
}

interface Names {
  readonly cmdlet: string;
  /** `User` for mailbox permissions, `Trustee` for recipient permissions. */
  readonly trusteeParam: 'User' | 'Trustee';
}

/** Resolves -Identity, -User/-Trustee and checks -AccessRights; a string is the error. */
function target(t: Readonly<TenantData>, right: Right, names: Names, params: BoundParams) {
  const identity = stringParam(params, 'Identity')!;
  const mailbox = findMailbox(t, identity);
  if (!mailbox) return PS_MESSAGES.objectNotFound(identity);
  const rights = stringsParam(params, 'AccessRights');
  if (rights.length !== 1 || rights[0]!.toLowerCase() !== right.toLowerCase()) {
    return PS_MESSAGES.unsupportedRights(names.cmdlet, right);
  }
  const trusteeIdentity = stringParam(params, names.trusteeParam)!;
  const trustee = resolveTrustee(t, trusteeIdentity);
  if (!trustee) return PS_MESSAGES.objectNotFound(trusteeIdentity);
  return { mailbox, trustee };
}

function permissionCmdlets(right: Right, noun: 'MailboxPermission' | 'RecipientPermission', trusteeParam: 'User' | 'Trustee') {
  const has = (t: Readonly<TenantData>, mailboxId: string, trusteeId: string): boolean =>
    t.exchange.permissions.some((p) => p.mailboxId === mailboxId && p.trusteeId.toLowerCase() === trusteeId && p.accessRights === right);
  const changeParams = {
    Identity: { kind: 'string', mandatory: true },
    [trusteeParam]: { kind: 'string', mandatory: true },
    AccessRights: { kind: 'strings', mandatory: true },
  } as const;

  const add: CmdletDefinition = {
    params: changeParams,
    run(ctx, params) {
      const t = ctx.state.current();
      const found = target(t, right, { cmdlet: `Add-${noun}`, trusteeParam }, params);
      if (typeof found === 'string') return cmdletError(found);
      const { mailbox, trustee } = found;
      const alias = mailboxAlias(mailbox);
      if (has(t, mailbox.id, trustee.id)) {
        return output([], [right === 'FullAccess'
          ? PS_MESSAGES.existingMailboxPermission(trustee.name)
          : PS_MESSAGES.existingRecipientPermission(alias, trustee.name)]);
      }
      ctx.state.update(`Add-${noun} -Identity ${alias} -${trusteeParam} ${trustee.name} -AccessRights ${right}`, (draft) => {
        draft.exchange.permissions.push({ mailboxId: mailbox.id, trusteeId: trustee.id, accessRights: right });
      });
      return output([view(right, alias, trustee.name)]);
    },
  };

  const remove: CmdletDefinition = {
    params: changeParams,
    run(ctx, params) {
      const t = ctx.state.current();
      const found = target(t, right, { cmdlet: `Remove-${noun}`, trusteeParam }, params);
      if (typeof found === 'string') return cmdletError(found);
      const { mailbox, trustee } = found;
      const alias = mailboxAlias(mailbox);
      if (!has(t, mailbox.id, trustee.id)) return output([], [PS_MESSAGES.missingAce(alias, trustee.name)]);
      ctx.state.update(`Remove-${noun} -Identity ${alias} -${trusteeParam} ${trustee.name} -AccessRights ${right}`, (draft) => {
        draft.exchange.permissions = draft.exchange.permissions.filter((p) =>
          !(p.mailboxId === mailbox.id && p.trusteeId.toLowerCase() === trustee.id && p.accessRights === right));
      });
      return output([]);
    },
  };

  const get: CmdletDefinition = {
    params: { Identity: { kind: 'string', mandatory: true }, [trusteeParam]: { kind: 'string' } },
    run(ctx, params) {
      const t = ctx.state.current();
      const identity = stringParam(params, 'Identity')!;
      const mailbox = findMailbox(t, identity);
      if (!mailbox) return cmdletError(PS_MESSAGES.objectNotFound(identity));
      const filterIdentity = stringParam(params, trusteeParam);
      const only = filterIdentity === undefined ? undefined : resolveTrustee(t, filterIdentity);
      if (filterIdentity !== undefined && !only) return cmdletError(PS_MESSAGES.objectNotFound(filterIdentity));
      const rows = t.exchange.permissions
        .filter((p) => p.mailboxId === mailbox.id && p.accessRights === right && (!only || p.trusteeId.toLowerCase() === only.id))
        .map((p) => view(right, mailboxAlias(mailbox), trusteeName(t, p.trusteeId)));
      return output(rows);
    },
  };
  return { [`Add-${noun}`]: add, [`Remove-${noun}`]: remove, [`Get-${noun}`]: get };
}

/** The permission cmdlets by name. */
export const PERMISSION_CMDLETS: Readonly<Record<string, CmdletDefinition>> = {
  ...permissionCmdlets('FullAccess', 'MailboxPermission', 'User'),
  ...permissionCmdlets('SendAs', 'RecipientPermission', 'Trustee'),
};
