/**
 * The namespace side of a link, run with `ip netns exec <ns>`: relays on 127.0.0.1 inside the
 * namespace (the name the sandbox certificate carries) that forward across the veth pair.
 * Usage: relay-main.ts <targetHost> <targetPort>[@<listenPort>]…  Each relay listens on
 * `listenPort` (the full check's link takes the sandbox's own port numbers there) or a free
 * port. Prints {"ports":[…]} (same order) once listening, and runs until stdin closes.
 */
import { startRelay, type Relay } from './relay.js';

async function main(argv: readonly string[]): Promise<void> {
  const [targetHost, ...ports] = argv;
  if (!targetHost || ports.length === 0) throw new Error('usage: relay-main.ts <targetHost> <targetPort>[@<listenPort>]…');
  const relays: Relay[] = [];
  for (const spec of ports) {
    const [targetPort, listenPort] = spec.split('@').map(Number);
    relays.push(await startRelay({ listenHost: '127.0.0.1', listenPort: listenPort ?? 0, targetHost, targetPort: targetPort! }));
  }
  process.stdout.write(`${JSON.stringify({ ports: relays.map((r) => r.port) })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void Promise.all(relays.map((r) => r.close())).then(() => process.exit(0));
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench relay: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
