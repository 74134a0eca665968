/**
 * New-/Get-/Remove-ServicePrincipal: Exchange Online's pointers to Entra service principals.
 * Like the real cmdlet, New-ServicePrincipal accepts any pair of GUIDs — it does not check that
 * the ObjectId belongs to the AppId in Entra. A pointer made with the app registration's object
 * id is stored happily and then never matches a token's `oid`: `535 5.7.3` at AUTH, the
 * vendor guide's most common failure (mailbox-access.ts).
 */
import type { ExchangeServicePrincipal } from '../tenant-model.js';
import { cmdletError, output, type CmdletDefinition } from './powershell-cmdlet.js';
import { findExchangeServicePrincipal } from './mailbox-directory.js';
import { PS_MESSAGES } from './powershell-messages.js';
import { stringParam } from './powershell-params.js';

/** How Get-ServicePrincipal shows a pointer (Exchange names it by its object id). */
export function servicePrincipalView(sp: Readonly<ExchangeServicePrincipal>) {
  return { Identity: sp.objectId, Name: sp.objectId, DisplayName: sp.displayName, AppId: sp.appId, ObjectId: sp.objectId };
}

const newServicePrincipal: CmdletDefinition = {
  params: {
    AppId: { kind: 'guid', mandatory: true },
    ObjectId: { kind: 'guid' },
    // The current docs name the object id -ServiceId; older scripts use -ObjectId.
    ServiceId: { kind: 'guid' },
    DisplayName: { kind: 'string' },
  },
  run(ctx, params) {
    const appId = stringParam(params, 'AppId')!;
    const objectId = stringParam(params, 'ObjectId') ?? stringParam(params, 'ServiceId');
    if (objectId === undefined) return cmdletError(PS_MESSAGES.missingMandatory(['ObjectId']));
    const t = ctx.state.current();
    if (t.exchange.servicePrincipals.some((sp) => sp.appId.toLowerCase() === appId)) {
      return cmdletError(PS_MESSAGES.servicePrincipalExists('AppId', appId));
    }
    if (t.exchange.servicePrincipals.some((sp) => sp.objectId.toLowerCase() === objectId)) {
      return cmdletError(PS_MESSAGES.servicePrincipalExists('ObjectId', objectId));
    }
    const sp: ExchangeServicePrincipal = { appId, objectId, displayName: stringParam(params, 'DisplayName') ?? objectId };
    ctx.state.update(`New-ServicePrincipal -AppId ${appId} -ObjectId ${objectId}`, (draft) => {
      draft.exchange.servicePrincipals.push({ ...sp });
    });
    return output([servicePrincipalView(sp)]);
  },
};

const getServicePrincipal: CmdletDefinition = {
  params: { Identity: { kind: 'string' } },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity');
    const t = ctx.state.current();
    if (identity === undefined) return output(t.exchange.servicePrincipals.map(servicePrincipalView));
    const sp = findExchangeServicePrincipal(t, identity);
    return sp ? output([servicePrincipalView(sp)]) : cmdletError(PS_MESSAGES.objectNotFound(identity));
  },
};

const removeServicePrincipal: CmdletDefinition = {
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity')!;
    const sp = findExchangeServicePrincipal(ctx.state.current(), identity);
    if (!sp) return cmdletError(PS_MESSAGES.objectNotFound(identity));
    const objectId = sp.objectId;
    ctx.state.update(`Remove-ServicePrincipal -Identity ${objectId}`, (draft) => {
      draft.exchange.servicePrincipals = draft.exchange.servicePrincipals.filter((p) => p.objectId !== objectId);
      // Permissions granted to the pointer go with it: a new pointer needs them granted again.
      draft.exchange.permissions = draft.exchange.permissions.filter((p) => p.trusteeId.toLowerCase() !== objectId.toLowerCase());
      draft.exchange.roleAssignments = (draft.exchange.roleAssignments ?? []).filter((a) => a.appObjectId !== objectId.toLowerCase());
    });
    return output([]);
  },
};

/** The service principal cmdlets by name. */
export const SERVICE_PRINCIPAL_CMDLETS: Readonly<Record<string, CmdletDefinition>> = {
  'New-ServicePrincipal': newServicePrincipal,
  'Get-ServicePrincipal': getServicePrincipal,
  'Remove-ServicePrincipal': removeServicePrincipal,
};
