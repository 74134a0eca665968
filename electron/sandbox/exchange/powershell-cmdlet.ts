/** The shape of one Exchange cmdlet in the PowerShell stand-in, and its result. */
import type { SandboxContext } from '../context.js';
import type { BoundParams, CmdletParams } from './powershell-params.js';

/**
 * The result of one cmdlet: the objects it writes (as Format-List would show their
 * properties) plus any WARNING lines, or the error as Exchange prints it.
 */
export type CmdletResult =
  | { readonly ok: true; readonly output: unknown[]; readonly warnings?: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** One cmdlet: its parameters and what it does to the tenant. */
export interface CmdletDefinition {
  readonly params: CmdletParams;
  run(ctx: SandboxContext, params: BoundParams): CmdletResult;
}

/** Success with output objects (and warnings). */
export function output(objects: unknown[], warnings: readonly string[] = []): CmdletResult {
  return warnings.length > 0 ? { ok: true, output: objects, warnings } : { ok: true, output: objects };
}

/** Failure with Exchange's error text. */
export function cmdletError(error: string): CmdletResult {
  return { ok: false, error };
}
