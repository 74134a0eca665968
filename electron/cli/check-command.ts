/**
 * `check` and `report`: the whole check of a profile, with progress on stderr, the result as
 * text (default) or JSON (--json) on stdout, and an exit code by outcome.
 *
 * This build runs the check unattended against the sandbox tenant (--sandbox). A check of a real
 * tenant needs the assistant's registered client ID and an admin sign-in in the browser or with
 * a device code; the core supports both (electron/core/auth), the command says so plainly.
 */
import { runSandboxCheck } from '../core/check/sandbox-check.js';
import { retestUntilPass } from '../core/retest/retest.js';
import type { CheckProfile, CheckProgress, CheckResult } from '../core/check/check-types.js';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from '../sandbox/scenarios.js';
import { EXIT } from './exit-codes.js';
import { parseArgs, pickLanguage } from './args.js';
import { printCheck } from './print-check.js';
import { buildReport } from './report-from-check.js';

const PROFILES = new Set<CheckProfile>(['inventory360', 'etron', 'generic']);

/** Runs `check` or `report`. */
export async function runCheckCommand(command: 'check' | 'report', argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, {
    sandbox: 'flag', profile: 'value', scenario: 'list', json: 'flag', lang: 'value', out: 'value', report: 'value',
    retest: 'flag', 'retest-interval': 'value', 'retest-cap': 'value', 'replication-delay': 'value', quiet: 'flag',
  });
  if (typeof args === 'string') return usage(args);
  const profile = (args.values.get('profile') ?? 'inventory360') as CheckProfile;
  if (!PROFILES.has(profile)) return usage('--profile must be inventory360, etron or generic');
  const scenarios: ScenarioName[] = [];
  for (const s of args.lists.get('scenario') ?? []) {
    if (!isScenarioName(s)) return usage(`unknown scenario "${s}"; known: ${SCENARIO_NAMES.join(', ')}`);
    scenarios.push(s);
  }
  const reportFile = command === 'report' ? args.values.get('out') : args.values.get('report');
  if (command === 'report' && !reportFile) return usage('report needs --out FILE.html or FILE.json');
  if (!args.flags.has('sandbox')) {
    process.stderr.write([
      'check: this command line checks the sandbox tenant unattended (add --sandbox).',
      'For your own tenant, use the app: it signs you in with your browser and runs the same check.',
      'Single probes against your tenant work here too: see `probe --help`.', '',
    ].join('\n'));
    return EXIT.usage;
  }
  const delay = args.values.get('replication-delay');
  const language = pickLanguage(args.values.get('lang'));
  const json = args.flags.has('json');
  const quiet = args.flags.has('quiet');
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  const progress = (p: CheckProgress): void => {
    if (quiet) return;
    if (p.kind === 'step-started') process.stderr.write(`… ${p.step}\n`);
    else process.stderr.write(`${p.status === 'pass' ? '✓' : p.status === 'skipped' ? '–' : '✗'} ${p.step}${p.category ? ` (${p.category})` : ''}\n`);
  };
  const once = (): Promise<CheckResult | { error: string }> => runSandboxCheck({
    profile, scenarios: scenarios.length > 0 ? scenarios : ['healthy'], language, signal: controller.signal, onProgress: progress,
    ...(delay !== undefined && Number.isFinite(Number(delay)) ? { replicationDelayMs: Number(delay) } : {}),
  });
  try {
    let result: CheckResult | { error: string };
    if (args.flags.has('retest')) {
      const outcome = await retestUntilPass({
        run: async () => {
          const r = await once();
          return { passed: !('error' in r) && r.overall !== 'fail', throttled: !('error' in r) && r.categories.includes('throttled'), result: r };
        },
        firstIntervalMs: Number(args.values.get('retest-interval') ?? 60_000),
        capMs: Number(args.values.get('retest-cap') ?? 24 * 60 * 60_000),
        signal: controller.signal,
        onProgress: (p) => {
          if (p.kind === 'waiting' && !quiet) process.stderr.write(`${language === 'de' ? 'Nächster Versuch um' : 'Next try at'} ${p.nextAt.toLocaleTimeString()}\n`);
        },
      });
      result = outcome.attempts[outcome.attempts.length - 1] ?? { error: 'cancelled' };
    } else {
      result = await once();
    }
    if ('error' in result) {
      process.stderr.write(`check: ${result.error}\n`);
      return controller.signal.aborted ? EXIT.cancelled : EXIT.failed;
    }
    if (reportFile) {
      const written = await buildReport(reportFile, result, language);
      if (!written.ok) {
        process.stderr.write(`report: ${written.error.message}\n`);
        return EXIT.failed;
      }
      if (!quiet) process.stderr.write(`${language === 'de' ? 'Bericht gespeichert' : 'Report written'}: ${written.value}\n`);
    }
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printCheck(result, language);
    return result.overall === 'fail' ? EXIT.problems : EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

function usage(message: string): number {
  process.stderr.write(`check: ${message}\n`);
  return EXIT.usage;
}
