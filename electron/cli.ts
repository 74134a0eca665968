/**
 * The command line over the same core as the app, for servers without a screen and for support.
 * Commands load their modules lazily, so `--version` and `--help` start as fast as bare Node.
 *
 * Exit codes (README "Command line"):
 *   0 everything checked is OK · 1 problems found (see the diagnosis) · 2 usage error
 *   3 could not run (I/O, internal error) · 4 cancelled or timed out
 */
import { version } from '../package.json';
import { EXIT } from './cli/exit-codes.js';

export { EXIT };

const HELP = `m365-mail-assistant ${version} — Microsoft 365 mail with Modern Auth (OAuth2/XOAUTH2)

Usage: m365-mail-assistant <command> [options]   (in the source tree: npm run cli -- <command>)

Commands:
  check    Run the whole check for a profile (sign-in, Graph, token, DNS, ports, SMTP, IMAP)
             your tenant:  --profile … --tenant DOMAIN|ID --mailbox ADDRESS [--device-code|--browser]
             the sandbox:  --profile … --sandbox [--scenario NAME]…
             both:         --json --lang de|en --report FILE --retest   (check --help: all options)
  probe    One probe: probe smtp|imap|dns|ports  (--sandbox, or --host/--port, --token-file, --user)
  decode   Explain an error message: decode [--json] [--lang de|en] [--profile P] [--flow app-only|delegated] "<error text>"  (or - for stdin)
  fix      Make every change the check offers through Microsoft Graph, then check again:
             the sandbox:  fix --sandbox --profile … [--scenario NAME]… [--json]
             your tenant:  fix --profile … --tenant … --mailbox … [--yes]  (asks before each change)
  export   Write the config file for a profile: export --profile … --out FILE [--sandbox] [--with-secret]
  report   Run the check and write a support report: report --out FILE.html|FILE.json [check options]
  validate Check a config file as the app's import does: validate <file> [--json] [--lang de|en]
             exit 0 valid, 1 invalid (fields named), 2 not ours / not JSON, 3 unreadable
  sandbox  Start the sandbox tenant: sandbox [--json] [--scenario NAME]… [--auto-approve]

Options: --help, --version
Exit codes: 0 OK, 1 problems found, 2 usage error, 3 could not run, 4 cancelled or timed out
`;

/** Runs the CLI with the given arguments; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    case '--version':
    case '-v':
      process.stdout.write(`${version}\n`);
      return EXIT.ok;
    case 'sandbox': {
      const { runSandboxCommand } = await import('./sandbox/main.js');
      return runSandboxCommand(rest);
    }
    case 'decode': {
      const { runDecodeCommand } = await import('./cli/decode-command.js');
      return runDecodeCommand(rest);
    }
    case 'check':
    case 'report': {
      const { runCheckCommand } = await import('./cli/check-command.js');
      return runCheckCommand(command, rest);
    }
    case 'fix': {
      const { runFixCommand } = await import('./cli/fix-command.js');
      return runFixCommand(rest);
    }
    case 'probe': {
      const { runProbeCommand } = await import('./cli/probe-command.js');
      return runProbeCommand(rest);
    }
    case 'validate': {
      const { runValidateCommand } = await import('./cli/validate-command.js');
      return runValidateCommand(rest);
    }
    case 'export': {
      const { runExportCommand } = await import('./cli/export-command.js');
      return runExportCommand(rest);
    }
    default:
      process.stderr.write(`Unknown command "${command}". Run with --help for the list.\n`);
      return EXIT.usage;
  }
}

if (require.main === module) {
  // A reader that stops early (`… | head`) closes the pipe: the rest of the output has no one to go to. That is not an error of
  // the command — end quietly instead of with Node's unhandled EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
