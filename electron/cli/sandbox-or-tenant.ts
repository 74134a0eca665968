/**
 * The arguments of a command that runs either against the demo tenant (--sandbox) or against a
 * real tenant (check, report, fix): a secret given as an option value is refused, and so is an
 * option that belongs to the other kind of run.
 */
import { parseArgs, type OptionSpec, type ParsedArgs } from './args.js';
import { secretValueProblem } from './tenant-check-options.js';

/** The options of such a command, by the kind of run they belong to. */
export interface SandboxOrTenantSpec {
  readonly common: OptionSpec;
  readonly sandboxOnly: OptionSpec;
  readonly tenantOnly: OptionSpec;
}

/** The parsed arguments and the kind of run, or the usage message that refuses them. */
export function parseSandboxOrTenant(
  argv: readonly string[], spec: SandboxOrTenantSpec, sandboxDoes: string,
): { readonly args: ParsedArgs; readonly sandbox: boolean } | string {
  const secretProblem = secretValueProblem(argv);
  if (secretProblem) return secretProblem;
  const args = parseArgs(argv, { ...spec.common, ...spec.sandboxOnly, ...spec.tenantOnly });
  if (typeof args === 'string') return args;
  const sandbox = args.flags.has('sandbox');
  const misplaced = Object.keys(sandbox ? spec.tenantOnly : spec.sandboxOnly).find((n) => args.flags.has(n) || args.values.has(n) || args.lists.has(n));
  if (misplaced) {
    return sandbox
      ? `--${misplaced} is for a real tenant; --sandbox ${sandboxDoes}`
      : `--${misplaced} goes with --sandbox (the demo tenant)`;
  }
  return { args, sandbox };
}
