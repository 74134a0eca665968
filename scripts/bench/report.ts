/**
 * Prints the bench as plain-text tables: per link the probes beside curl (median and p90 in
 * ms, ratio, command lines, wire round trips), the full check beside its parts on loopback and
 * over the delayed link, the CLI beside bare Node, and the verdicts.
 */
import type { CliStartup } from './cli-startup.js';
import type { ShapeSpeed } from './decode-speed.js';
import type { DelayedFullCheck, EndpointTraffic } from './delayed-check.js';
import type { FullCheckComparison } from './full-check.js';
import type { ProtocolComparison } from './protocol-bench.js';
import type { Summary } from './stats.js';
import type { Measured, Verdict } from './verdicts.js';

/** One link's comparison. */
export interface LinkResult {
  readonly title: string;
  readonly description: string;
  readonly notice?: string;
  readonly rttMs: number;
  readonly smtp: ProtocolComparison;
  readonly imap: ProtocolComparison;
}

/** What the numbers were measured on. */
export interface MachineFacts {
  readonly cores: number;
  /** 1-minute load average when the bench started. */
  readonly loadAtStart: number;
  readonly node: string;
  readonly curl: string;
}

/** Everything the bench measured. */
export interface BenchResults {
  readonly machine: MachineFacts;
  readonly warmups: number;
  readonly runs: number;
  readonly loopback: Measured<LinkResult>;
  readonly delayed: Measured<LinkResult>;
  /** The full check on loopback (information only: CPU-bound here) and over the delayed link (judged). */
  readonly fullCheck: Measured<FullCheckComparison>;
  readonly fullCheckDelayed: Measured<DelayedFullCheck>;
  readonly cli: Measured<CliStartup>;
  readonly decodeSpeed: Measured<{ readonly shapes: readonly ShapeSpeed[] }>;
  readonly verdicts: readonly Verdict[];
}

const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '–');
const cell = (s: Summary): string => `${ms(s.medianMs)} (${ms(s.p90Ms)})`;
const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
const pair = (a?: number, b?: number): string => `${a ?? '–'} / ${b ?? '–'}`;

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

function linkLines(link: Measured<LinkResult>, fallbackTitle: string): string[] {
  if ('skipped' in link) return [`${fallbackTitle}: not measured — ${link.skipped}`];
  const rows = [['exchange', 'ours (wire)', 'curl (wire)', 'ours/curl', 'round trips', 'commands', 'ours call→return', 'curl time_total']];
  for (const c of [link.smtp, link.imap]) {
    rows.push([
      c.protocol === 'smtp' ? 'SMTP (STARTTLS, XOAUTH2, test message)' : 'IMAP (TLS, XOAUTH2, LIST)',
      cell(c.ours.wire), cell(c.curl.wire), ratio(c.ours.wire.medianMs, c.curl.wire.medianMs),
      pair(c.ours.flights, c.curl.flights), pair(c.ours.commands, c.curl.commands), cell(c.ours.own), cell(c.curl.own),
    ]);
  }
  const failures = [link.smtp, link.imap].filter((c) => c.failure).map((c) => `  ! ${c.protocol.toUpperCase()} run failed: ${c.failure}`);
  return [`${link.title}: ${link.description}`, ...(link.notice ? [`  note: ${link.notice}`] : []), ...table(rows), ...failures];
}

const traffic = (t: readonly EndpointTraffic[]): string =>
  t.map((e) => `${e.endpoint} ${+e.connections.toFixed(1)} / ${+e.flights.toFixed(1)}`).join(', ');

/** One row per link, the same parts as columns; the verdict uses the delayed row only. */
function fullCheckLines(loopback: Measured<FullCheckComparison>, delayed: Measured<DelayedFullCheck>): string[] {
  const measured = [loopback, delayed].filter((m): m is FullCheckComparison => !('skipped' in m));
  const labels = [...new Set(measured.flatMap((m) => m.parts.map((p) => p.label)))];
  const names = [...new Set(measured.map((m) => m.name))];
  const rows = [['link', 'whole check', ...labels, 'whole vs slowest part']];
  const notMeasured: string[] = [];
  const row = (title: string, m: Measured<FullCheckComparison>, role: string): void => {
    if ('skipped' in m) {
      notMeasured.push(`  ${title}: not measured — ${m.skipped}`);
      return;
    }
    const parts = labels.map((l) => m.parts.find((p) => p.label === l));
    rows.push([title, cell(m.whole), ...parts.map((p) => (p ? `${cell(p)}${p === m.slowestPart ? ' *' : ''}` : '–')),
      `${ratio(m.whole.medianMs, m.slowestPart.medianMs)} ${role}`]);
  };
  row('loopback', loopback, '(CPU-bound here: information only)');
  const d = 'skipped' in delayed ? undefined : delayed;
  row(d ? `delayed, ${d.rttMs} ms RTT` : 'delayed', delayed, `(judged; ${d?.runs ?? 0} runs)`);
  return [
    `Full check vs its slowest part — ${names.join(' / ') || 'not measured'}; ms median (p90), * = slowest part:`,
    ...(rows.length > 1 ? table(rows) : []),
    ...notMeasured,
    '  On loopback the check waits on the CPU, not the network (the sandbox runs in another process on the same',
    '  cores), so its concurrent parts cannot overlap much; the 1.25× target is judged over the delayed link.',
    ...(d ? [
      `  Delayed link: ${d.description}.`,
      `  The check runs in namespace ${d.netns}; there, 127.0.0.1 on each of the sandbox's own ports is a relay`,
      `  (${d.endpoints.map((e) => `${e.name} ${e.port}`).join(', ')}): every URL the sandbox hands out,`,
      '  discovery\'s token_endpoint too, is delayed, and nothing reaches the sandbox around the relays.',
      ...(d.notice ? [`  note: ${d.notice}`] : []),
      '  Relayed traffic, connections / client flights:',
      `    set-up (admin sign-in):                   ${traffic(d.traffic.setUp)}`,
      `    warm-ups, in all (first tokens, Graph):   ${traffic(d.traffic.warmups)}`,
      `    each measured iteration (whole + parts):  ${traffic(d.traffic.perIteration)}`,
      '  Iterations reuse the prepared check: tokens come from MSAL\'s cache and Graph from kept-alive connections, as',
      '  in a re-check within one session; a first check in a fresh process also pays for those round trips.',
    ] : []),
    ...measured.filter((m) => m.failure).map((m) => `  ! ${m === d ? 'delayed' : 'loopback'}: ${m.failure}`),
  ];
}

function cliLines(cli: Measured<CliStartup>): string[] {
  if ('skipped' in cli) return [`CLI start-up: not measured — ${cli.skipped}`];
  const size = `${(cli.bundleBytes / 1_048_576).toFixed(1)} MB`;
  return [`CLI start-up (${cli.tool}; dist/cli/cli.js ${size}, built ${cli.builtAt}):`, ...table([
    ['', 'ms median (p90)', 'ratio'],
    ['node dist/cli/cli.js --version', cell(cli.cli), ratio(cli.cli.medianMs, cli.bareNode.medianMs)],
    ['node -e ""', cell(cli.bareNode), ''],
  ])];
}

function decodeLines(d: Measured<{ readonly shapes: readonly ShapeSpeed[] }>): string[] {
  if ('skipped' in d) return [`Decoder on 1 MB pastes: not measured — ${d.skipped}`];
  return ['Decoder on 1 MB pastes (in process: warm; CLI: `node dist/cli/cli.js decode --json -`, a fresh process each):', ...table([
    ['paste', 'in process', 'CLI', 'first cause'],
    ...d.shapes.map((s) => [s.shape, cell(s.warm), cell(s.cli), s.firstCause]),
  ])];
}

/** The whole report as text. */
export function formatReport(r: BenchResults): string {
  const verdictRows = r.verdicts.map((v) => [
    v.status, v.target, v.ratio !== undefined ? `${v.ratio.toFixed(2)}×` : '–', `limit ${v.limit.toFixed(2)}×`, v.note ?? '',
  ]);
  return [
    `M365 Mail Assistant benchmark — ${r.runs} measured runs after ${r.warmups} warm-ups each; times in ms, median (p90).`,
    `Machine: ${r.machine.cores} cores, load ${r.machine.loadAtStart.toFixed(2)} at start${r.machine.loadAtStart > r.machine.cores ? ' (busy: other work competes for the CPU, so ratios are less reliable)' : ''}; Node ${r.machine.node}; ${r.machine.curl}.`,
    'Probes: ours = the app\'s probe in one long-lived Node process; curl = one curl process per exchange. Both are',
    'clocked on the wire by a relay in front of the sandbox, from accept to the client\'s FIN (QUIT/LOGOUT included).',
    'Round trips: client flights after the TCP connect, TLS handshake included (on loopback a TLS session ticket may',
    'split one). Commands: client lines (SMTP body = one); curl -v does not show the QUIT/LOGOUT curl sends on exit.',
    'Own clocks: ours from call to return; curl\'s time_total, which stops before its QUIT/LOGOUT.',
    '',
    ...linkLines(r.loopback, 'Loopback'), '',
    ...linkLines(r.delayed, 'Delayed link'), '',
    ...fullCheckLines(r.fullCheck, r.fullCheckDelayed), '',
    ...cliLines(r.cli), '',
    ...decodeLines(r.decodeSpeed), '',
    'Verdicts:', ...table(verdictRows), '',
  ].join('\n');
}
