/**
 * The reachability probe: can this machine open 587 (SMTP + STARTTLS), 993 (IMAPS) and 443
 * (sign-in) — directly or through the configured / environment proxy — and is the TLS on them
 * Microsoft's, or a TLS-inspecting proxy's? Each target gets one outcome: ok, blocked
 * (timeout), refused (ECONNREFUSED, proxy 403/502), dns (ENOTFOUND), tls_intercepted (chain
 * from an untrusted CA), tls_failed. Sockets are closed before the probe returns.
 */
import type { Socket } from 'node:net';
import type { CategoryId } from '../diagnosis/categories.js';
import { startDeadline } from './deadline.js';
import { describeProxy, proxyFromEnv, type ProxyConfig } from './proxy-config.js';
import { ConnectError, openConnection } from './proxy-tunnel.js';
import { Redactor } from './redact.js';
import { loadTrust } from './tls-facts.js';
import { handshake, smtpStartTls, UNKNOWN_ISSUER_CODES, type HandshakeReport } from './tls-handshake.js';
import type { CertificateSummary, DeadlineOptions, ProbeResult, ProbeStep, TrustOptions } from './types.js';

/** One host:port to test; `smtp-starttls` speaks EHLO/STARTTLS before TLS (port 587). */
export interface ReachTarget {
  readonly host: string;
  readonly port: number;
  readonly mode: 'tcp' | 'tls' | 'smtp-starttls';
  /** TLS name when `host` is an address. */
  readonly servername?: string;
}

/** The Microsoft 365 endpoints (worldwide cloud, M365-REFERENCE.md §2). */
export const M365_TARGETS: readonly ReachTarget[] = [
  { host: 'smtp.office365.com', port: 587, mode: 'smtp-starttls' },
  { host: 'outlook.office365.com', port: 993, mode: 'tls' },
  { host: 'login.microsoftonline.com', port: 443, mode: 'tls' },
];

/** Options of the reachability probe. */
export interface ReachabilityOptions extends TrustOptions, DeadlineOptions {
  readonly targets?: readonly ReachTarget[];
  /** A proxy for every target, `'env'` (default) to follow HTTPS_PROXY/ALL_PROXY/NO_PROXY, or `'none'`. */
  readonly proxy?: ProxyConfig | 'env' | 'none';
  /** The environment to read proxies from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Secrets to keep out of the transcript (proxy passwords are added by the probe). */
  readonly redactor?: Redactor;
}

/** How one target fared. */
export type ReachOutcome = 'ok' | 'blocked' | 'refused' | 'dns' | 'tls_intercepted' | 'tls_failed';

/** The finding for one target. */
export interface ReachFinding {
  readonly host: string;
  readonly port: number;
  readonly mode: ReachTarget['mode'];
  /** `direct`, or the proxy as `http://host:port` / `socks5://host:port`. */
  readonly via: string;
  readonly outcome: ReachOutcome;
  readonly message: string;
  readonly errorCode?: string;
  readonly tls?: { readonly protocol: string | null; readonly chain: readonly CertificateSummary[]; readonly nameCheck: HandshakeReport['nameCheck'] };
}

/** The reachability probe's findings. */
export interface ReachabilityDetails {
  readonly findings: readonly ReachFinding[];
}

/** The reachability probe's result. */
export type ReachabilityResult = ProbeResult<'reachability', ReachabilityDetails>;

const DEFAULT_TIMEOUT_MS = 10_000;

function tlsFinding(base: Omit<ReachFinding, 'outcome' | 'message'>, report: HandshakeReport): ReachFinding {
  const tlsInfo = { protocol: report.protocol, chain: report.chain, nameCheck: report.nameCheck };
  const code = report.errorCode ? { errorCode: report.errorCode } : {};
  if (report.ok) return { ...base, outcome: 'ok', message: `TLS ${report.protocol ?? ''} with a trusted certificate.`.replace('  ', ' '), tls: tlsInfo };
  if (report.timedOut) return { ...base, outcome: 'blocked', message: 'The connection opened but the TLS handshake never finished.', tls: tlsInfo };
  if (report.chain.length > 0 && report.errorCode && UNKNOWN_ISSUER_CODES.has(report.errorCode)) {
    const root = report.chain.at(-1)!;
    return {
      ...base, ...code, outcome: 'tls_intercepted', tls: tlsInfo,
      message: `The certificate is issued by "${root.issuer}", which this computer does not trust: a TLS-inspecting proxy or firewall is likely in between.`,
    };
  }
  return { ...base, ...code, outcome: 'tls_failed', message: `The TLS handshake failed: ${report.errorMessage ?? 'unknown error'}.`, tls: tlsInfo };
}

async function checkTarget(target: ReachTarget, proxy: ProxyConfig | null, ca: string | undefined, signal: AbortSignal, timeoutMs: number, lines: string[]): Promise<ReachFinding> {
  const base = { host: target.host, port: target.port, mode: target.mode, via: proxy ? describeProxy(proxy) : 'direct' };
  const label = `${target.host}:${target.port}`;
  lines.push(`* ${label}: connecting (${base.via})`);
  let socket: Socket | undefined;
  try {
    socket = await openConnection(target.host, target.port, proxy, signal, timeoutMs);
    lines.push(`* ${label}: connected`);
    if (target.mode === 'tcp') return { ...base, outcome: 'ok', message: 'The port is reachable.' };
    if (target.mode === 'smtp-starttls') {
      try {
        lines.push(...(await smtpStartTls(socket, 'm365-mail-assistant.local', signal)).map((l) => l.replace(/^(C|S): /, `$1: [${label}] `)));
      } catch (err) {
        const e = err as Error & { code?: string; transcript?: string[] };
        lines.push(...(e.transcript ?? []).map((l) => l.replace(/^(C|S): /, `$1: [${label}] `)));
        if (e.code === 'ETIMEDOUT') return { ...base, outcome: 'blocked', errorCode: 'ETIMEDOUT', message: 'The port accepted the connection but the SMTP server never answered.' };
        return { ...base, outcome: 'tls_failed', message: `STARTTLS was not possible: ${e.message}` };
      }
    }
    const report = await handshake(socket, target.servername ?? target.host, ca, signal);
    report.socket?.destroy();
    const finding = tlsFinding(base, report);
    lines.push(`* ${label}: ${finding.outcome}${report.protocol ? ` ${report.protocol}` : ''}${report.chain[0] ? `, certificate ${report.chain[0].subject} issued by ${report.chain[0].issuer}` : ''}`);
    return finding;
  } catch (err) {
    const e = err instanceof ConnectError ? err : new ConnectError('refused', (err as Error).message);
    lines.push(`* ${label}: ${e.outcome} (${e.message})`);
    return { ...base, outcome: e.outcome, message: e.message, ...(e.code ? { errorCode: e.code } : {}) };
  } finally {
    socket?.destroy();
  }
}

function categoryOf(outcome: ReachOutcome): CategoryId | null {
  if (outcome === 'ok') return null;
  return outcome === 'tls_intercepted' || outcome === 'tls_failed' ? 'tls_problem' : 'network_blocked';
}

/** Tests every target concurrently. Never throws. */
export async function probeReachability(options: ReachabilityOptions = {}): Promise<ReachabilityResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = startDeadline(timeoutMs, options.signal);
  const targets = options.targets ?? M365_TARGETS;
  let ca: string | undefined;
  try {
    ca = await loadTrust(options);
  } catch (err) {
    deadline.dispose();
    return {
      kind: 'reachability', ok: false, steps: [], serverReply: null, category: 'tls_problem', transcript: [], details: { findings: [] },
      error: { code: 'tls_problem', message: `The CA file could not be read: ${(err as Error).message}` },
    };
  }
  const perTarget = targets.map((target) => {
    const proxy = options.proxy === 'none' ? null
      : options.proxy === undefined || options.proxy === 'env' ? proxyFromEnv(target.host, target.port, options.env) : options.proxy;
    return { target, proxy, lines: [] as string[], startedAt: Date.now() };
  });
  const redactor = new Redactor();
  if (options.redactor) redactor.merge(options.redactor);
  for (const t of perTarget) redactor.addSecret(t.proxy?.password);
  const findings = (await Promise.all(perTarget.map((t) => checkTarget(t.target, t.proxy, ca, deadline.signal, deadline.remaining(), t.lines))))
    .map((f) => ({ ...f, message: redactor.redact(f.message) }));
  const reason = deadline.reason();
  deadline.dispose();
  const steps: ProbeStep[] = findings.map((f, i) => ({
    name: `${f.host}:${f.port}`, startedAt: perTarget[i]!.startedAt, durationMs: Date.now() - perTarget[i]!.startedAt,
    ok: f.outcome === 'ok', reply: f.outcome,
  }));
  const transcript = perTarget.flatMap((t) => t.lines).map((l) => redactor.redact(l));
  const failed = findings.find((f) => f.outcome !== 'ok');
  if (!failed) return { kind: 'reachability', ok: true, steps, serverReply: null, category: null, transcript, details: { findings } };
  const category = reason === 'cancelled' ? null : categoryOf(failed.outcome);
  return {
    kind: 'reachability', ok: false, steps, serverReply: null, category, transcript, details: { findings },
    error: { code: reason === 'cancelled' ? 'cancelled' : failed.outcome === 'blocked' ? 'timeout' : category ?? 'internal', message: `${failed.host}:${failed.port}: ${failed.message}` },
  };
}
