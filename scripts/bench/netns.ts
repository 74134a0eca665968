/**
 * A network namespace joined to the root namespace by a veth pair, optionally with netem delay
 * on both ends — real kernel latency that TCP (Nagle, delayed ACKs) and TLS feel. Needs root
 * (CAP_NET_ADMIN) and iproute2, netem also the sch_netem qdisc; when one is missing, setup
 * answers why and leaves nothing behind. Without netem the namespace still serves the full
 * check: its own 127.0.0.1, where relays can take the sandbox's very port numbers.
 * Only namespaces named `m365bench-<pid>[-tag]` are ever touched.
 */
import { spawnSync } from 'node:child_process';

/** A namespace ready for use. */
export interface BenchNamespace {
  readonly name: string;
  /** The root side's veth address (the namespace reaches the host here). */
  readonly hostAddress: string;
  readonly nsAddress: string;
  /** The veth ends: in the root namespace and in this one. */
  readonly hostVeth: string;
  readonly nsVeth: string;
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
    const m = new RegExp(`^(${PREFIX}(\\d+)(?:-[a-z]+)?)(?:\\s|$)`).exec(line.trim());
    if (m && !isAlive(Number(m[2]))) run('ip', ['netns', 'del', m[1]!]);
  }
}

/**
 * Creates a namespace with a veth pair and no delay (`tag` names a second one next to the first,
 * e.g. `check`; at most one at a time per tag), or says why it cannot.
 */
export function createBenchNamespace(tag = ''): BenchNamespace | { readonly unavailable: string } {
  if (process.platform !== 'linux') return { unavailable: 'network namespaces need Linux' };
  if (!run('ip', ['-V']).ok) return { unavailable: '`ip` (iproute2) is not installed' };
  removeStaleNamespaces();
  const name = `${PREFIX}${process.pid}${tag ? `-${tag}` : ''}`;
  // Interface names have at most 15 characters: the tag gives only its first letter.
  const hostVeth = `m3b${process.pid}${tag.slice(0, 1)}h`;
  const nsVeth = `m3b${process.pid}${tag.slice(0, 1)}n`;
  // 10.200.N.0/30 per process (the 3rd octet) and tag (the 4th), so benches do not collide.
  const subnet = `10.200.${(process.pid % 250) + 1}`;
  const base = tag ? 4 : 0;
  const ns = { name, hostAddress: `${subnet}.${base + 1}`, nsAddress: `${subnet}.${base + 2}` };
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
  return { ...ns, hostVeth, nsVeth, remove };
}

/** Creates a namespace with `delayMs` of netem on each veth end, or says why it cannot. */
export function createDelayNamespace(delayMs: number, tag = ''): BenchNamespace | { readonly unavailable: string } {
  if (!run('tc', ['-V']).ok) return { unavailable: '`tc` (iproute2) is not installed' };
  const ns = createBenchNamespace(tag);
  if ('unavailable' in ns) return ns;
  run('modprobe', ['sch_netem']);
  const netem = ['qdisc', 'add', 'dev', ns.hostVeth, 'root', 'netem', 'delay', `${delayMs}ms`];
  const hostSide = run('tc', netem);
  const nsSide = hostSide.ok ? run('ip', ['netns', 'exec', ns.name, 'tc', 'qdisc', 'add', 'dev', ns.nsVeth, 'root', 'netem', 'delay', `${delayMs}ms`]) : hostSide;
  if (!nsSide.ok) {
    ns.remove();
    return { unavailable: `netem is not available (\`tc qdisc add … netem\`: ${nsSide.output || 'failed'}; the kernel lacks sch_netem)` };
  }
  return ns;
}
