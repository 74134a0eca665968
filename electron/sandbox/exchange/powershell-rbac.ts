/**
 * RBAC for Applications cmdlets: New-/Get-ManagementScope, New-/Get-/Remove-ManagementRoleAssignment
 * with -App, and Test-ServicePrincipalAuthorization (SMTP onboarding to App RBAC, S2 in
 * M365-REFERENCE.md §5.3). The assignment names the Exchange service principal pointer
 * (New-ServicePrincipal) by object id, app id or name, and records the pointer's object id.
 */
import type { ExchangeRoleAssignment } from '../tenant-model.js';
import { cmdletError, output, type CmdletDefinition } from './powershell-cmdlet.js';
import { findExchangeServicePrincipal, findMailbox } from './mailbox-directory.js';
import { PS_MESSAGES } from './powershell-messages.js';
import { stringParam } from './powershell-params.js';
import { APPLICATION_ROLES, holdsApplicationRole, parseRecipientFilter } from './rbac-scope.js';

const assignmentView = (a: Readonly<ExchangeRoleAssignment>) => ({
  Name: a.name, Role: a.role, RoleAssigneeType: 'ServicePrincipal', RoleAssignee: a.appObjectId,
  CustomResourceScope: a.customResourceScope, RecipientWriteScope: a.customResourceScope ? 'CustomRecipientScope' : 'Organization',
});

const newManagementScope: CmdletDefinition = {
  params: { Name: { kind: 'string', mandatory: true }, RecipientRestrictionFilter: { kind: 'string', mandatory: true } },
  run(ctx, params) {
    const name = stringParam(params, 'Name')!;
    const filter = stringParam(params, 'RecipientRestrictionFilter')!;
    if (!parseRecipientFilter(filter)) return cmdletError(PS_MESSAGES.unsupportedFilter(filter));
    if ((ctx.state.current().exchange.managementScopes ?? []).some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      return cmdletError(PS_MESSAGES.alreadyExists(name));
    }
    ctx.state.update(`New-ManagementScope -Name ${name}`, (draft) => {
      draft.exchange.managementScopes = [...(draft.exchange.managementScopes ?? []), { name, recipientRestrictionFilter: filter }];
    });
    return output([{ Name: name, RecipientRestrictionFilter: filter, ScopeRestrictionType: 'RecipientScope' }]);
  },
};

const getManagementScope: CmdletDefinition = {
  params: { Identity: { kind: 'string' } },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity')?.toLowerCase();
    const scopes = (ctx.state.current().exchange.managementScopes ?? []).filter((s) => identity === undefined || s.name.toLowerCase() === identity);
    if (identity !== undefined && scopes.length === 0) return cmdletError(PS_MESSAGES.objectNotFound(stringParam(params, 'Identity')!));
    return output(scopes.map((s) => ({ Name: s.name, RecipientRestrictionFilter: s.recipientRestrictionFilter, ScopeRestrictionType: 'RecipientScope' })));
  },
};

const newManagementRoleAssignment: CmdletDefinition = {
  params: {
    Name: { kind: 'string' }, Role: { kind: 'string', mandatory: true }, App: { kind: 'string', mandatory: true },
    CustomResourceScope: { kind: 'string' },
  },
  run(ctx, params) {
    const t = ctx.state.current();
    const roleName = stringParam(params, 'Role')!;
    const role = APPLICATION_ROLES.find((r) => r.toLowerCase() === roleName.toLowerCase());
    if (!role) return cmdletError(PS_MESSAGES.objectNotFound(roleName));
    const appIdentity = stringParam(params, 'App')!;
    const pointer = findExchangeServicePrincipal(t, appIdentity);
    if (!pointer) return cmdletError(PS_MESSAGES.objectNotFound(appIdentity));
    const scopeName = stringParam(params, 'CustomResourceScope') ?? null;
    if (scopeName !== null && !(t.exchange.managementScopes ?? []).some((s) => s.name.toLowerCase() === scopeName.toLowerCase())) {
      return cmdletError(PS_MESSAGES.objectNotFound(scopeName));
    }
    const name = stringParam(params, 'Name') ?? `${role}-${pointer.objectId}`;
    if ((t.exchange.roleAssignments ?? []).some((a) => a.name.toLowerCase() === name.toLowerCase())) return cmdletError(PS_MESSAGES.alreadyExists(name));
    const assignment: ExchangeRoleAssignment = { name, role, appObjectId: pointer.objectId.toLowerCase(), customResourceScope: scopeName };
    ctx.state.update(`New-ManagementRoleAssignment -Name ${name} -Role '${role}' -App ${pointer.objectId}`, (draft) => {
      draft.exchange.roleAssignments = [...(draft.exchange.roleAssignments ?? []), { ...assignment }];
    });
    return output([assignmentView(assignment)]);
  },
};

const getManagementRoleAssignment: CmdletDefinition = {
  params: { Identity: { kind: 'string' }, Role: { kind: 'string' } },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity')?.toLowerCase();
    const role = stringParam(params, 'Role')?.toLowerCase();
    return output((ctx.state.current().exchange.roleAssignments ?? [])
      .filter((a) => (identity === undefined || a.name.toLowerCase() === identity) && (role === undefined || a.role.toLowerCase() === role))
      .map(assignmentView));
  },
};

const removeManagementRoleAssignment: CmdletDefinition = {
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity')!;
    if (!(ctx.state.current().exchange.roleAssignments ?? []).some((a) => a.name.toLowerCase() === identity.toLowerCase())) {
      return cmdletError(PS_MESSAGES.objectNotFound(identity));
    }
    ctx.state.update(`Remove-ManagementRoleAssignment -Identity ${identity}`, (draft) => {
      draft.exchange.roleAssignments = (draft.exchange.roleAssignments ?? []).filter((a) => a.name.toLowerCase() !== identity.toLowerCase());
    });
    return output([]);
  },
};

/**
 * Test-ServicePrincipalAuthorization -Identity <pointer> -Resource <mailbox>: one row per role the
 * app holds, InScope saying whether the mailbox is covered. Column names as the cmdlet's doc
 * shows them (RoleName, GrantedPermissions, AllowedResourceScope, ScopeType, InScope); the values'
 * exact wording is not confirmed.
 */
const testServicePrincipalAuthorization: CmdletDefinition = {
  params: { Identity: { kind: 'string', mandatory: true }, Resource: { kind: 'string' } },
  run(ctx, params) {
    const t = ctx.state.current();
    const identity = stringParam(params, 'Identity')!;
    const pointer = findExchangeServicePrincipal(t, identity);
    if (!pointer) return cmdletError(PS_MESSAGES.objectNotFound(identity));
    const resource = stringParam(params, 'Resource');
    const mailbox = resource === undefined ? undefined : findMailbox(t, resource);
    if (resource !== undefined && !mailbox) return cmdletError(PS_MESSAGES.objectNotFound(resource));
    const rows = (t.exchange.roleAssignments ?? []).filter((a) => a.appObjectId === pointer.objectId.toLowerCase()).map((a) => ({
      RoleName: a.role, GrantedPermissions: a.role.replace(/^Application /, ''),
      AllowedResourceScope: a.customResourceScope ?? 'Organization', ScopeType: a.customResourceScope ? 'CustomRecipientScope' : 'Organization',
      InScope: mailbox ? holdsApplicationRole(t, pointer.objectId, a.role, mailbox) : true,
    }));
    return output(rows);
  },
};

/** The RBAC for Applications cmdlets by name. */
export const RBAC_CMDLETS: Readonly<Record<string, CmdletDefinition>> = {
  'New-ManagementScope': newManagementScope,
  'Get-ManagementScope': getManagementScope,
  'New-ManagementRoleAssignment': newManagementRoleAssignment,
  'Get-ManagementRoleAssignment': getManagementRoleAssignment,
  'Remove-ManagementRoleAssignment': removeManagementRoleAssignment,
  'Test-ServicePrincipalAuthorization': testServicePrincipalAuthorization,
};
