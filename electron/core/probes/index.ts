/**
 * The probes as one check (the shape runFullCheck builds on): the token check first — it
 * needs no network and explains a wrong token before any server does — then DNS,
 * reachability, SMTP and IMAP concurrently (they do not depend on each other). Each probe keeps
 * its own deadline; one cancel signal stops them all. Never throws.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import { probeDns, type DnsProbeOptions, type DnsProbeResult } from './dns-probe.js';
import { probeImap, type ImapProbeOptions, type ImapProbeResult } from './imap-probe.js';
import { probeReachability, type ReachabilityOptions, type ReachabilityResult } from './reachability-probe.js';
import { Redactor } from './redact.js';
import { probeSmtp, type SmtpProbeOptions, type SmtpProbeResult } from './smtp-probe.js';
import { checkToken, type AppOnlyAuthorization, type TokenCheckResult } from './token-check.js';
import type { DeadlineOptions, TrustOptions } from './types.js';

/** The single probes and the token check, for callers that run one (CLI `probe`, the wizard's retest). */
export { probeDns, probeImap, probeReachability, probeSmtp, checkToken, Redactor };
export type { DnsProbeResult, ImapProbeResult, ReachabilityResult, SmtpProbeResult, TokenCheckResult };
export type { DnsProbeOptions, ImapProbeOptions, ReachabilityOptions, SmtpProbeOptions };
export type { TokenCheckInput, TokenMismatch, TokenMismatchId } from './token-check.js';
export { parseProxyUrl, proxyFromEnv, type ProxyConfig } from './proxy-config.js';
export type { ProbeKind, ProbeResult, ProbeStep, TlsFacts, CertificateSummary } from './types.js';
export { M365_TARGETS, type ReachTarget, type ReachFinding, type ReachOutcome } from './reachability-probe.js';
export { classifyProbeFailure } from './classify.js';

/** What the token check compares against, shared by SMTP and IMAP. */
export interface TokenExpectations {
  readonly expectedTenantId?: string;
  readonly expectedClientId?: string;
  /** How Exchange authorizes an app-only sender (token-check.ts). */
  readonly appOnlyAuthorization?: AppOnlyAuthorization;
  /** Fixed clock for tests. */
  readonly now?: number;
}

/** Options of probeAll: leave a probe out to skip it. */
export interface ProbeAllOptions {
  readonly smtp?: SmtpProbeOptions;
  readonly imap?: ImapProbeOptions;
  readonly dns?: DnsProbeOptions;
  readonly reachability?: ReachabilityOptions;
  readonly token?: TokenExpectations;
  /** Trust for every probe that does TLS, unless the probe's own options say otherwise. */
  readonly trust?: TrustOptions;
  /** Cancels every probe. */
  readonly signal?: AbortSignal;
  /** Secrets to keep out of every transcript (client secret, refresh token). */
  readonly redactor?: Redactor;
}

/** Everything probeAll found. */
export interface ProbeAllResult {
  readonly ok: boolean;
  readonly tokenChecks: { readonly smtp?: TokenCheckResult; readonly imap?: TokenCheckResult };
  readonly smtp?: SmtpProbeResult;
  readonly imap?: ImapProbeResult;
  readonly dns?: DnsProbeResult;
  readonly reachability?: ReachabilityResult;
  /** Distinct categories found: token mismatches (errors) first, then SMTP, IMAP, reachability, DNS. */
  readonly categories: readonly CategoryId[];
  readonly startedAt: number;
  readonly durationMs: number;
}

/** A probe's own options, completed with what probeAll shares (trust, cancel signal, secrets). */
function withShared<T extends TrustOptions & DeadlineOptions & { readonly redactor?: Redactor }>(own: T, all: ProbeAllOptions): T {
  const redactor = all.redactor && own.redactor ? new Redactor().merge(all.redactor).merge(own.redactor) : own.redactor ?? all.redactor;
  return {
    ...(own.ca || own.caCertPath ? {} : all.trust), ...own,
    ...(own.signal ?? all.signal ? { signal: own.signal ?? all.signal } : {}),
    ...(redactor ? { redactor } : {}),
  };
}

/**
 * "BAD User is authenticated but not connected." after a delegated AUTHENTICATE whose user= is
 * not the signed-in user: the user has no FullAccess on that mailbox. Exchange accepts the token
 * and refuses the mailbox (OK AUTHENTICATE, then BAD, then "* BYE Connection closed. 14"), so
 * only the token check, which knows the token's user, can tell this from IMAP being off.
 */
function withUserMismatch(imap: ImapProbeResult, check: TokenCheckResult | undefined): ImapProbeResult {
  const notConnected = !imap.ok && /\bBAD User is authenticated but not connected\b/i.test(imap.serverReply ?? '');
  if (!notConnected || !check?.mismatches.some((m) => m.id === 'upn_mismatch')) return imap;
  const category: CategoryId = 'mailbox_permission_missing';
  return { ...imap, category, ...(imap.error ? { error: { ...imap.error, code: category } } : {}) };
}

/**
 * "535 5.7.3" to AUTH when the token check already saw that user= is not the signed-in user:
 * Exchange takes only the signed-in user as SMTP login (a shared mailbox gets this reply).
 */
function withSharedMailboxLogin(smtp: SmtpProbeResult, check: TokenCheckResult | undefined): SmtpProbeResult {
  const refused = !smtp.ok && /^535 5\.7\.3\b/.test(smtp.serverReply ?? '');
  if (!refused || !check?.mismatches.some((m) => m.id === 'smtp_login_not_signed_in_user')) return smtp;
  const category: CategoryId = 'shared_mailbox_smtp_login';
  return { ...smtp, category, ...(smtp.error ? { error: { ...smtp.error, code: category } } : {}) };
}

/** Runs the token check, then every configured probe concurrently. */
export async function probeAll(options: ProbeAllOptions): Promise<ProbeAllResult> {
  const startedAt = Date.now();
  const tokenChecks = {
    ...(options.smtp ? { smtp: checkToken({ accessToken: options.smtp.accessToken, protocol: 'smtp', user: options.smtp.user, ...options.token }) } : {}),
    ...(options.imap ? { imap: checkToken({ accessToken: options.imap.accessToken, protocol: 'imap', user: options.imap.user, ...options.token }) } : {}),
  };
  // The probes still run after a token mismatch: the server's own reply is the evidence support asks for.
  const [smtpRaw, imapRaw, dns, reachability] = await Promise.all([
    options.smtp ? probeSmtp(withShared(options.smtp, options)) : undefined,
    options.imap ? probeImap(withShared(options.imap, options)) : undefined,
    options.dns ? probeDns(withShared(options.dns, options)) : undefined,
    options.reachability ? probeReachability(withShared(options.reachability, options)) : undefined,
  ]);
  const smtp = smtpRaw && withSharedMailboxLogin(smtpRaw, tokenChecks.smtp);
  const imap = imapRaw && withUserMismatch(imapRaw, tokenChecks.imap);
  const categories = new Set<CategoryId>();
  for (const check of [tokenChecks.smtp, tokenChecks.imap]) {
    for (const m of check?.mismatches ?? []) if (m.severity === 'error') categories.add(m.category);
  }
  for (const probe of [smtp, imap, reachability, dns]) if (probe?.category) categories.add(probe.category);
  const probes = [smtp, imap, dns, reachability].filter((p) => p !== undefined);
  const ok = probes.every((p) => p.ok) && Object.values(tokenChecks).every((c) => c.ok);
  return {
    ok, tokenChecks, categories: [...categories], startedAt, durationMs: Date.now() - startedAt,
    ...(smtp ? { smtp } : {}), ...(imap ? { imap } : {}), ...(dns ? { dns } : {}), ...(reachability ? { reachability } : {}),
  };
}
