/**
 * The Exchange Online PowerShell stand-in: the cmdlets the mail setup needs, run against the
 * tenant state. Get-* read `current()` (what an admin sees at once); every change goes through
 * `state.update`, so SMTP and IMAP see it only after the replication delay — exactly the gap the
 * vendor guides mean by "wait 30 minutes, sometimes up to 24 hours".
 */
import type { SandboxContext } from '../context.js';
import { cmdletError, type CmdletDefinition, type CmdletResult } from './powershell-cmdlet.js';
import { MAIL_PROTOCOL_CMDLETS } from './powershell-mail-protocols.js';
import { PS_MESSAGES } from './powershell-messages.js';
import { bindParameters } from './powershell-params.js';
import { PERMISSION_CMDLETS } from './powershell-permissions.js';
import { RBAC_CMDLETS } from './powershell-rbac.js';
import { SERVICE_PRINCIPAL_CMDLETS } from './powershell-service-principals.js';

export type { CmdletResult } from './powershell-cmdlet.js';

const CMDLETS: ReadonlyMap<string, CmdletDefinition> = new Map(
  Object.entries({ ...SERVICE_PRINCIPAL_CMDLETS, ...PERMISSION_CMDLETS, ...MAIL_PROTOCOL_CMDLETS, ...RBAC_CMDLETS })
    .map(([name, definition]) => [name.toLowerCase(), definition] as const),
);

/** The cmdlet names the stand-in knows. */
export const EXCHANGE_CMDLET_NAMES: readonly string[] = Object.keys({
  ...SERVICE_PRINCIPAL_CMDLETS, ...PERMISSION_CMDLETS, ...MAIL_PROTOCOL_CMDLETS, ...RBAC_CMDLETS,
});

/** Runs one Exchange cmdlet against the tenant state. Names are case-insensitive, as in PowerShell. */
export function runExchangeCmdlet(ctx: SandboxContext, cmdlet: string, parameters: Record<string, unknown>): CmdletResult {
  const definition = CMDLETS.get(cmdlet.trim().toLowerCase());
  if (!definition) return cmdletError(PS_MESSAGES.notRecognized(cmdlet));
  const bound = bindParameters(definition.params, parameters);
  if (!bound.ok) return cmdletError(bound.error);
  return definition.run(ctx, bound.params);
}
