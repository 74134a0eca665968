/**
 * `check` and `report`: the whole check of a profile, with progress on stderr, the result as
 * text (default) or JSON (--json) on stdout, and an exit code by outcome.
 *
 * --sandbox runs it unattended against a sandbox tenant started for the run (the demo). Without
 * it the check runs against a real tenant after an admin sign-in in the browser or with a
 * device code (tenant-check-command.ts).
 */
import { runSandboxCheck } from '../demo/sandbox-check.js';
import type { CheckProfile } from '../core/check/check-types.js';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from '../sandbox/scenarios.js';
import { EXIT } from './exit-codes.js';
import { pickLanguage, type OptionSpec } from './args.js';
import { CHECK_HELP } from './check-help.js';
import { progressPrinter, runAndReport, type CheckOutputOptions } from './check-run.js';
import { parseSandboxOrTenant } from './sandbox-or-tenant.js';

const PROFILES = new Set<CheckProfile>(['inventory360', 'etron', 'generic']);

/** Options of both ways to run the check. */
const COMMON: OptionSpec = {
  profile: 'value', json: 'flag', lang: 'value', out: 'value', report: 'value',
  retest: 'flag', 'retest-interval': 'value', 'retest-cap': 'value', quiet: 'flag',
};
/** Only the sandbox demo. */
const SANDBOX_ONLY: OptionSpec = { sandbox: 'flag', scenario: 'list', 'replication-delay': 'value' };
/** Only a real tenant (tenant-check-options.ts reads them). */
export const TENANT_ONLY: OptionSpec = {
  tenant: 'value', mailbox: 'value', cloud: 'value', 'sandbox-info': 'value', 'client-id': 'value',
  'device-code': 'flag', browser: 'flag', sender: 'value', 'app-id': 'value', 'app-secret-file': 'value',
  'app-cert-file': 'value', 'app-cert-thumbprint': 'value', 'etron-instance': 'value', 'etron-app-id': 'value',
  'etron-secret-file': 'value', delegated: 'flag', 'no-imap': 'flag', 'dns-server': 'value', rbac: 'flag',
};

/** Runs `check` or `report`. */
export async function runCheckCommand(command: 'check' | 'report', argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const parsed = parseSandboxOrTenant(argv, { common: COMMON, sandboxOnly: SANDBOX_ONLY, tenantOnly: TENANT_ONLY }, 'checks the demo tenant');
  if (typeof parsed === 'string') return usage(parsed);
  const { args, sandbox } = parsed;
  const reportFile = command === 'report' ? args.values.get('out') : args.values.get('report');
  if (command === 'report' && !reportFile) return usage('report needs --out FILE.html or FILE.json');
  const language = pickLanguage(args.values.get('lang'));
  const quiet = args.flags.has('quiet');
  const out: Omit<CheckOutputOptions, 'signal' | 'notes'> = {
    language, json: args.flags.has('json'), quiet,
    ...(reportFile ? { reportFile } : {}),
    ...(args.flags.has('retest') ? { retest: {
      firstIntervalMs: Number(args.values.get('retest-interval') ?? 60_000),
      capMs: Number(args.values.get('retest-cap') ?? 24 * 60 * 60_000),
    } } : {}),
  };
  if (!sandbox) {
    const { runTenantCheck } = await import('./tenant-check-command.js');
    return runTenantCheck(args, out);
  }

  const profile = (args.values.get('profile') ?? 'inventory360') as CheckProfile;
  if (!PROFILES.has(profile)) return usage('--profile must be inventory360, etron or generic');
  const scenarios: ScenarioName[] = [];
  for (const s of args.lists.get('scenario') ?? []) {
    if (!isScenarioName(s)) return usage(`unknown scenario "${s}"; known: ${SCENARIO_NAMES.join(', ')}`);
    scenarios.push(s);
  }
  const delay = args.values.get('replication-delay');
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    return await runAndReport(() => runSandboxCheck({
      profile, scenarios: scenarios.length > 0 ? scenarios : ['healthy'], language, signal: controller.signal, onProgress: progressPrinter(quiet),
      ...(delay !== undefined && Number.isFinite(Number(delay)) ? { replicationDelayMs: Number(delay) } : {}),
    }), { ...out, signal: controller.signal });
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

function usage(message: string): number {
  process.stderr.write(`check: ${message}\n`);
  return EXIT.usage;
}
