/**
 * The full check over the delayed link, run inside the check link's namespace (check-link.ts):
 * prepares the check from the sandbox's own info — its URLs and ports lead into the relays
 * there — and times the whole and its parts as the loopback measurement does.
 * Talks JSON lines over stdin/stdout. In: a CheckWorkerConfig line (it holds the sandbox's
 * secrets and a token: stdin only, never argv, env or disk), later one `go` line. Out:
 * {"prepared":name} once set-up (the admin sign-in) is done, {"warm":true} after the warm-ups
 * (then it waits for `go`, so the bench can read the relays' counters first), and finally
 * {"result":FullCheckComparison} or {"error":message}.
 */
import { createInterface } from 'node:readline';
import { fullCheckSubject } from './check-subject.js';
import { compareFullCheck, type FullCheckComparison } from './full-check.js';
import type { SandboxEndpoints } from './sandbox-process.js';

/** What the worker gets on its first stdin line. */
export interface CheckWorkerConfig {
  /** The sandbox's info line as it printed it (all of it: prepareSandboxCheck reads more). */
  readonly info: SandboxEndpoints;
  readonly accessToken: string;
  readonly warmups: number;
  readonly runs: number;
}

/** One line the worker prints. */
export type CheckWorkerMessage =
  | { readonly prepared: string }
  | { readonly warm: true }
  | { readonly result: FullCheckComparison }
  | { readonly error: string };

const say = (msg: CheckWorkerMessage): void => { process.stdout.write(`${JSON.stringify(msg)}\n`); };

async function serve(): Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error('stdin closed');
    return line.value;
  };
  const config = JSON.parse(await next()) as CheckWorkerConfig;
  const subject = await fullCheckSubject(config.info, config.accessToken);
  say({ prepared: subject.name });
  const result = await compareFullCheck(subject, config.warmups, config.runs, async () => {
    say({ warm: true });
    await next();
  });
  say({ result });
}

if (require.main === module) {
  // The bench went away (Ctrl+C): nothing left to answer.
  process.stdout.on('error', () => process.exit(0));
  serve().then(() => process.exit(0), (err: unknown) => {
    say({ error: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  });
}
