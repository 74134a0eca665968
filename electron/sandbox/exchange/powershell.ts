/** Exchange Online PowerShell stand-in (placeholder until implemented). */
import type { SandboxContext } from '../context.js';

/** The result of one cmdlet: its output objects, or an error as Exchange prints it. */
export type CmdletResult = { ok: true; output: unknown[] } | { ok: false; error: string };

/** Runs one Exchange cmdlet against the tenant state. */
export function runExchangeCmdlet(_ctx: SandboxContext, cmdlet: string, _parameters: Record<string, unknown>): CmdletResult {
  return { ok: false, error: `The term '${cmdlet}' is not recognized in the sandbox yet.` };
}
