/**
 * Entry of the installable command (`bin` in package.json → dist/bin/m365-mail-assistant.js): one
 * self-contained file with every command, for servers that run `m365-mail-assistant check …`
 * without tsx or node_modules. The build defines `require.main` away in this bundle, so no
 * bundled module's "run when started directly" block fires; this entry starts the CLI itself.
 */
import { EXIT } from './cli/exit-codes.js';
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT.failed;
  },
);
