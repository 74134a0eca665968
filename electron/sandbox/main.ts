/**
 * `npm run sandbox -- [--json] [--scenario NAME]… [--replication-delay MS] [--auto-approve]`
 * Starts the sandbox tenant and serves until SIGINT/SIGTERM. With --json the first stdout line
 * is the SandboxInfo object (DESIGN.md "Interfaces other tools rely on").
 */
import { isScenarioName, SCENARIO_DESCRIPTIONS, SCENARIO_NAMES, type ScenarioName } from './scenarios.js';
import { startSandbox } from './start.js';

interface Args { json: boolean; scenarios: ScenarioName[]; replicationDelayMs?: number; autoApprove: boolean; list: boolean; help: boolean }

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, scenarios: [], autoApprove: false, list: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--auto-approve') args.autoApprove = true;
    else if (a === '--list-scenarios') args.list = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--scenario') {
      const v = argv[++i];
      if (!v || !isScenarioName(v)) return `unknown scenario "${v ?? ''}"; known: ${SCENARIO_NAMES.join(', ')}`;
      args.scenarios.push(v);
    } else if (a === '--replication-delay') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) return '--replication-delay needs milliseconds (a number ≥ 0)';
      args.replicationDelayMs = v;
    } else return `unknown option "${a}"`;
  }
  return args;
}

/** Runs the sandbox command; resolves with the exit code when it has stopped. */
export async function runSandboxCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`sandbox: ${args}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write('usage: sandbox [--json] [--scenario NAME]... [--replication-delay MS] [--auto-approve] [--list-scenarios]\n');
    return 0;
  }
  if (args.list) {
    for (const n of SCENARIO_NAMES) process.stdout.write(`${n.padEnd(28)} ${SCENARIO_DESCRIPTIONS[n]}\n`);
    return 0;
  }
  const sandbox = await startSandbox({
    scenarios: args.scenarios.length > 0 ? args.scenarios : ['healthy'],
    replicationDelayMs: args.replicationDelayMs,
    autoApprove: args.autoApprove,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const { info } = sandbox;
  if (args.json) process.stdout.write(`${JSON.stringify(info)}\n`);
  else {
    process.stdout.write([
      'Sandbox tenant is running (not Microsoft 365 — a local stand-in).',
      `  Tenant ID:     ${info.tenantId}`,
      `  Authority:     ${info.authority}`,
      `  Graph:         ${info.graph}`,
      `  SMTP:          ${info.smtp.host}:${info.smtp.port} (STARTTLS)`,
      `  IMAP:          ${info.imap.host}:${info.imap.port} (TLS)`,
      `  CA certificate ${info.caCertPath}`,
      `  Mailbox:       ${info.mailbox}`,
      `  Admin sign-in: ${info.admin.username} / ${info.admin.password}`,
      `  Admin API:     ${info.adminEndpoint} (Authorization: Bearer ${info.adminSecret})`,
      `  Scenarios:     ${info.scenarios.join(', ')}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'));
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}

if (require.main === module) {
  runSandboxCommand(process.argv.slice(2)).then((code) => process.exit(code), (err: unknown) => {
    process.stderr.write(`sandbox: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
