/**
 * `fix`: everything the check offers to fix through Microsoft Graph, then the check again in the
 * same tenant (core/fix/fix-tenant.ts — the same fixes as the app's "Do it for me").
 *
 *   fix --sandbox --profile P [--scenario NAME]… [--json]   the demo tenant, unattended
 *   fix --profile P --tenant … --mailbox … [check options] [--yes]   a real tenant: asks before each write
 *
 * Exit codes as `check`: 0 the check passes after the fixes, 1 problems remain, 2 usage (also: a
 * real tenant without a terminal to ask and without --yes), 3 could not run, 4 cancelled.
 */
import { createInterface } from 'node:readline/promises';
import type { CheckProfile } from '../core/check/check-types.js';
import { runCheck, type CheckInput } from '../core/check/run-check.js';
import { tenantCheckInput } from '../core/check/tenant-check.js';
import { fixTenant, type FixEvent, type FixTenantResult } from '../core/fix/fix-tenant.js';
import type { FixTarget } from '../core/fix/fix-types.js';
import { ok, type Result } from '../core/result.js';
import type { Finding } from '../core/tenant/findings.js';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from '../sandbox/scenarios.js';
import { pickLanguage, type OptionSpec, type ParsedArgs } from './args.js';
import { EXIT } from './exit-codes.js';
import { attemptLine, printFix } from './fix-output.js';
import { fixSandbox } from './fix-sandbox.js';
import { parseSandboxOrTenant } from './sandbox-or-tenant.js';
import { readTenantCheckRequest } from './tenant-check-options.js';
import { signInAdmin } from './tenant-sign-in.js';

type Lang = 'de' | 'en';

/** `fix --help`. */
export const FIX_HELP = `Usage:
  fix --sandbox --profile inventory360|etron|generic [--scenario NAME]… [--json]
  fix --profile inventory360|etron|generic --tenant TENANT --mailbox ADDRESS [check options] [--yes]

Runs the check, makes every change it offers through Microsoft Graph (create or repair the ETRON
app registration, its enterprise app, a client secret, user assignment, admin consent, Exchange
application permissions), then checks the same tenant again. Graph shows new objects with a
delay; the check is repeated until it sees the changes.
A real tenant: an administrator signs in (as for check) and is asked before each change;
without a terminal to ask, pass --yes to make every change unasked.
  --json  --lang de|en  --quiet
Exit codes: 0 the check passes afterwards, 1 problems remain, 2 usage error, 3 could not run, 4 cancelled
`;

const PROFILES = new Set<CheckProfile>(['inventory360', 'etron', 'generic']);
const COMMON: OptionSpec = { profile: 'value', json: 'flag', lang: 'value', quiet: 'flag' };
const SANDBOX_ONLY: OptionSpec = { sandbox: 'flag', scenario: 'list' };
const TENANT_ONLY: OptionSpec = {
  yes: 'flag', tenant: 'value', mailbox: 'value', cloud: 'value', 'sandbox-info': 'value', 'client-id': 'value',
  'device-code': 'flag', browser: 'flag', sender: 'value', 'app-id': 'value', 'app-secret-file': 'value',
  'app-cert-file': 'value', 'app-cert-thumbprint': 'value', 'etron-instance': 'value', 'etron-app-id': 'value',
  'etron-secret-file': 'value', delegated: 'flag', 'no-imap': 'flag', 'dns-server': 'value', rbac: 'flag',
};

const TEXT = {
  noTerminal: {
    de: 'In einem echten Mandanten fragt fix vor jeder Änderung nach; ohne Terminal bitte --yes angeben, um alle Änderungen ohne Rückfrage zu machen.',
    en: 'In a real tenant fix asks before each change; without a terminal, pass --yes to make every change unasked.',
  },
  ask: { de: 'Jetzt ändern? [j/N] ', en: 'Make this change now? [y/N] ' },
  waiting: { de: 'Microsoft Graph zeigt die Änderung noch nicht; neuer Versuch in', en: 'Microsoft Graph does not show the change yet; trying again in' },
  checking: { de: 'Prüfung', en: 'Check' },
} as const;

function usage(message: string): number {
  process.stderr.write(`fix: ${message}\n`);
  return EXIT.usage;
}

/** Progress on stderr. */
function progress(lang: Lang, quiet: boolean): (e: FixEvent) => void {
  return (e) => {
    if (quiet) return;
    if (e.kind === 'check') process.stderr.write(`… ${TEXT.checking[lang]} ${e.round + 1}\n`);
    else if (e.kind === 'waiting') process.stderr.write(`… ${TEXT.waiting[lang]} ${Math.round(e.ms / 1000)} s\n`);
    else process.stderr.write(`${attemptLine(e.attempt, lang)}\n`);
  };
}

function finish(result: Result<FixTenantResult>, o: { json: boolean; language: Lang }, signal: AbortSignal): number {
  if (!result.ok) {
    process.stderr.write(`fix: ${result.error.message}\n`);
    return signal.aborted ? EXIT.cancelled : EXIT.failed;
  }
  printFix(result.value, o);
  return result.value.after.overall === 'fail' ? EXIT.problems : EXIT.ok;
}

async function fixSandboxCommand(args: ParsedArgs, profile: CheckProfile, o: { json: boolean; language: Lang; quiet: boolean }, signal: AbortSignal): Promise<number> {
  const scenarios: ScenarioName[] = [];
  for (const s of args.lists.get('scenario') ?? []) {
    if (!isScenarioName(s)) return usage(`unknown scenario "${s}"; known: ${SCENARIO_NAMES.join(', ')}`);
    scenarios.push(s);
  }
  const result = await fixSandbox({ profile, scenarios, language: o.language, signal, onEvent: progress(o.language, o.quiet) });
  if ('error' in result) {
    process.stderr.write(`fix: ${result.error}\n`);
    return EXIT.failed;
  }
  return finish(result, o, signal);
}

/** Asks at the terminal before a write. */
function terminalConfirm(lang: Lang): (finding: Finding) => Promise<boolean> {
  return async (finding) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      process.stderr.write(`\n${finding.fixStep?.action}: ${finding.evidence}\n`);
      const answer = (await rl.question(TEXT.ask[lang])).trim().toLowerCase();
      return answer === 'y' || answer === 'yes' || answer === 'j' || answer === 'ja';
    } finally {
      rl.close();
    }
  };
}

async function fixTenantCommand(args: ParsedArgs, o: { json: boolean; language: Lang; quiet: boolean }, signal: AbortSignal): Promise<number> {
  const yes = args.flags.has('yes');
  // Refused before anyone signs in: nothing may change unasked.
  if (!yes && !process.stdin.isTTY) return usage(TEXT.noTerminal[o.language]);
  const request = readTenantCheckRequest(args, { platform: process.platform, env: process.env });
  if (!request.ok) return request.error.code === 'invalid_input' ? usage(request.error.message) : (process.stderr.write(`fix: ${request.error.message}\n`), EXIT.failed);
  const r = request.value;
  // The fixes' write permissions are consented with the sign-in (a device code cannot come back for more).
  const admin = await signInAdmin({ request: r, language: o.language, signal, say: (line) => process.stderr.write(`${line}\n`) },
    ['write-apps', 'assign-app-roles', 'grant-delegated']);
  if (!admin.ok) {
    process.stderr.write(`fix: ${admin.error.message}\n`);
    return admin.error.code === 'cancelled' ? EXIT.cancelled : EXIT.failed;
  }
  const target: FixTarget = {
    profile: r.profile, mailbox: r.mailbox,
    ...(r.etron ? { etron: { instance: r.etron.instance, ...(r.etron.appId ? { appId: r.etron.appId } : {}) } } : {}),
    ...(r.appId ? { generic: { appId: r.appId } } : {}),
  };
  const build = (t: FixTarget): Result<CheckInput> => tenantCheckInput({
    profile: r.profile, cloud: r.cloud, admin: admin.value, mailbox: r.mailbox, languages: [o.language], signal,
    ...(r.caPem ? { caPem: r.caPem } : {}),
    ...(r.sender ? { sender: r.sender } : {}),
    ...(r.appCredential ? { appCredential: r.appCredential } : {}),
    ...(r.etron ? { etron: { ...r.etron, ...(t.etron?.appId ? { appId: t.etron.appId } : {}) } } : {}),
    ...(r.appId ? { generic: { appId: r.appId, flow: r.delegated ? 'delegated' as const : 'app-only' as const, imap: r.imap } } : {}),
    ...(r.rbac ? { appOnlyAuthorization: 'rbac' as const } : {}),
  });
  const first = build(target);
  if (!first.ok) return usage(first.error.message);
  const result = await fixTenant({
    graph: first.value.graph!, target, signal, onEvent: progress(o.language, o.quiet),
    ...(yes ? {} : { confirm: terminalConfirm(o.language) }),
    check: async (t) => {
      const input = build(t);
      return input.ok ? ok(await runCheck(input.value)) : input;
    },
  });
  return finish(result, o, signal);
}

/** Runs `fix`; resolves with the exit code. */
export async function runFixCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(FIX_HELP);
    return EXIT.ok;
  }
  const parsed = parseSandboxOrTenant(argv, { common: COMMON, sandboxOnly: SANDBOX_ONLY, tenantOnly: TENANT_ONLY }, 'fixes the demo tenant');
  if (typeof parsed === 'string') return usage(parsed);
  const { args, sandbox } = parsed;
  const profile = (args.values.get('profile') ?? (sandbox ? 'inventory360' : '')) as CheckProfile;
  if (!PROFILES.has(profile)) return usage('--profile must be inventory360, etron or generic');
  const o = { json: args.flags.has('json'), language: pickLanguage(args.values.get('lang')), quiet: args.flags.has('quiet') };
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    return sandbox ? await fixSandboxCommand(args, profile, o, controller.signal) : await fixTenantCommand(args, o, controller.signal);
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}
