/**
 * A network namespace joined to the root namespace by a veth pair with netem delay on both
 * ends — real kernel latency that TCP (Nagle, delayed ACKs) and TLS feel. Needs root
 * (CAP_NET_ADMIN), iproute2 and the sch_netem qdisc; when one is missing, setup answers why
 * and leaves nothing behind. Only namespaces named `m365bench-<pid>` are ever touched.
 */
import { spawnSync } from 'node:child_process';

/** A namespace ready for use. */
export interface BenchNamespace {
  readonly name: string;
  /** The root side's veth address (the namespace reaches the host here). */
  readonly hostAddress: string;
  readonly nsAddress: string;
  /** Deletes the namespace and the veth pair; safe to call twice. */
  remove(): void;
}

const PREFIX = 'm365bench-';

function run(cmd: string, args: readonly string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return { ok: false, output: r.error.message };
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes namespaces a crashed earlier bench left behind (only ours: the prefix, a dead pid). */
function removeStaleNamespaces(): void {
  const list = run('ip', ['netns', 'list']);
  for (const line of list.ok ? list.output.split('\n') : []) {
    const m = new RegExp(`^${PREFIX}(\\d+)\\b`).exec(line.trim());
    if (m && !isAlive(Number(m[1]))) run('ip', ['netns', 'del', `${PREFIX}${m[1]}`]);
  }
}

/** Creates the namespace with `delayMs` of netem on each veth end, or says why it cannot. */
export function createDelayNamespace(delayMs: number): BenchNamespace | { readonly unavailable: string } {
  if (process.platform !== 'linux') return { unavailable: 'network namespaces need Linux' };
  if (!run('ip', ['-V']).ok) return { unavailable: '`ip` (iproute2) is not installed' };
  if (!run('tc', ['-V']).ok) return { unavailable: '`tc` (iproute2) is not installed' };
  removeStaleNamespaces();
  const name = `${PREFIX}${process.pid}`;
  const hostVeth = `m3b${process.pid}h`;
  const nsVeth = `m3b${process.pid}n`;
  // 10.200.N.0/30 per process, so two benches on one machine do not collide.
  const subnet = `10.200.${(process.pid % 250) + 1}`;
  const ns = { name, hostAddress: `${subnet}.1`, nsAddress: `${subnet}.2` };
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    run('ip', ['netns', 'del', name]);
    // Deleting the namespace takes the pair with it; this covers a half-made setup.
    run('ip', ['link', 'del', hostVeth]);
  };
  const steps: [string, string[]][] = [
    ['ip', ['netns', 'add', name]],
    ['ip', ['link', 'add', hostVeth, 'type', 'veth', 'peer', 'name', nsVeth]],
    ['ip', ['link', 'set', nsVeth, 'netns', name]],
    ['ip', ['addr', 'add', `${ns.hostAddress}/30`, 'dev', hostVeth]],
    ['ip', ['link', 'set', hostVeth, 'up']],
    ['ip', ['-n', name, 'addr', 'add', `${ns.nsAddress}/30`, 'dev', nsVeth]],
    ['ip', ['-n', name, 'link', 'set', nsVeth, 'up']],
    ['ip', ['-n', name, 'link', 'set', 'lo', 'up']],
  ];
  for (const [cmd, args] of steps) {
    const r = run(cmd, args);
    if (!r.ok) {
      remove();
      return { unavailable: `\`${cmd} ${args.join(' ')}\` failed: ${r.output || 'no output'} (needs root / CAP_NET_ADMIN)` };
    }
  }
  run('modprobe', ['sch_netem']);
  const netem = ['qdisc', 'add', 'dev', hostVeth, 'root', 'netem', 'delay', `${delayMs}ms`];
  const hostSide = run('tc', netem);
  const nsSide = hostSide.ok ? run('ip', ['netns', 'exec', name, 'tc', 'qdisc', 'add', 'dev', nsVeth, 'root', 'netem', 'delay', `${delayMs}ms`]) : hostSide;
  if (!nsSide.ok) {
    remove();
    return { unavailable: `netem is not available (\`tc qdisc add … netem\`: ${nsSide.output || 'failed'}; the kernel lacks sch_netem)` };
  }
  return { ...ns, remove };
}
