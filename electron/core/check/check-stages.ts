/**
 * The parts of a check that talk to the outside, each started on its own so independent parts
 * run concurrently: the Graph read of the tenant, the app's client-secret test, DNS, the mail
 * token with the SMTP/IMAP probes, and — only when the network is in question — reachability.
 * Each resolves with its timed value, or undefined when the input leaves the part out.
 */
import { isCategoryId, type CategoryId } from '../diagnosis/categories.js';
import { probeAll, type ProbeAllResult, type Redactor } from '../probes/index.js';
import type { Result } from '../result.js';
import type { CheckProgress } from './check-types.js';
import type { CheckInput } from './check-input.js';
import { readTenant, type TenantRead } from './read-tenant.js';

/** A part's value with when it started and how long it took. */
export interface Timed<T> { readonly value: T; readonly startedAt: number; readonly durationMs: number }

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const startedAt = Date.now();
  const value = await work();
  return { value, startedAt, durationMs: Date.now() - startedAt };
}

/** What every stage shares: the input, progress events and the transcript redactor. */
export interface CheckRun {
  readonly input: CheckInput;
  readonly progress: (p: CheckProgress) => void;
  readonly redactor: Redactor;
  /** The mailbox's domain (DNS). */
  readonly domain: string;
}

/** The mail token and, when there was one, the probes made with it. */
export interface MailPart {
  readonly token: Timed<Result<string>>;
  readonly probes?: ProbeAllResult;
}

const signalOf = (input: CheckInput): { signal?: AbortSignal } => (input.signal ? { signal: input.signal } : {});

/** Reads the tenant through Microsoft Graph as the signed-in admin. */
export function readTenantStage(run: CheckRun): Promise<Timed<TenantRead>> | undefined {
  if (!run.input.graph) return undefined;
  run.progress({ kind: 'step-started', step: 'tenant' });
  return timed(() => readTenant(run.input));
}

/** ETRON: tests that its client secret still works (client credentials against Graph). */
export function appCredentialStage(run: CheckRun): Promise<Timed<Result<string>>> | undefined {
  const { input } = run;
  const secretCheck = input.etron?.secretCheck;
  if (!secretCheck) return undefined;
  run.progress({ kind: 'step-started', step: 'app-credential' });
  return timed(() => secretCheck([`${input.cloud.scopes.graphScopePrefix}.default`], input.signal));
}

/** Reads the DNS records of the mailbox's domain. */
export function dnsStage(run: CheckRun): Promise<Timed<ProbeAllResult>> | undefined {
  const { input, domain } = run;
  if (!input.dns || !domain) return undefined;
  const resolver = input.dns.resolver;
  return timed(() => probeAll({ dns: { domain, ...(resolver ? { servers: [resolver] } : {}) }, ...signalOf(input), redactor: run.redactor }));
}

/** The scopes of the mail token: app-only `.default`, or the delegated permissions of the probed protocols. */
export function mailScopes(input: CheckInput): string[] {
  if (input.mailTokens?.flow === 'app-only') return [...input.cloud.scopes.appOnly];
  const scopes = new Set<string>();
  if (input.probeSmtp !== false) input.cloud.scopes.delegatedSmtp.forEach((s) => scopes.add(s));
  if (input.probeImap) input.cloud.scopes.delegatedImap.forEach((s) => scopes.add(s));
  return [...scopes];
}

/** Gets the mail token, then probes SMTP and IMAP with it (and checks its claims). */
export async function mailStage(run: CheckRun): Promise<MailPart | undefined> {
  const { input, redactor } = run;
  const tokens = input.mailTokens;
  if (!tokens || (input.probeSmtp === false && !input.probeImap)) return undefined;
  run.progress({ kind: 'step-started', step: 'token' });
  const token = await timed(() => tokens.provider(mailScopes(input), input.signal));
  if (!token.value.ok) return { token };
  const accessToken = token.value.value;
  redactor.addXOAuth2(input.mailbox, accessToken);
  const trust = input.caPem ? { ca: input.caPem } : {};
  const probes = await probeAll({
    ...(input.probeSmtp !== false ? { smtp: {
      host: input.cloud.smtp.host, port: input.cloud.smtp.port, user: input.mailbox, accessToken,
      testMessage: { from: input.sender ?? input.mailbox, to: input.mailbox }, ...trust,
    } } : {}),
    ...(input.probeImap ? { imap: { host: input.cloud.imap.host, port: input.cloud.imap.port, user: input.mailbox, accessToken, ...trust } } : {}),
    token: {
      expectedTenantId: input.tenantId, ...(tokens.clientId ? { expectedClientId: tokens.clientId } : {}),
      ...(input.appOnlyAuthorization ? { appOnlyAuthorization: input.appOnlyAuthorization } : {}),
    },
    ...signalOf(input),
    redactor,
  });
  return { token, probes };
}

const networkish = (c: CategoryId | null | undefined): boolean => c === 'network_blocked' || c === 'tls_problem';

/** Whether the network is in question: no mail part ran, or it failed on the network. */
function networkInQuestion(mail: MailPart | undefined): boolean {
  if (!mail) return true;
  const token = mail.token.value;
  return (!token.ok && networkish(isCategoryId(token.error.code) ? token.error.code : null))
    || networkish(mail.probes?.smtp?.category) || networkish(mail.probes?.imap?.category);
}

/**
 * Ports and TLS of SMTP, IMAP and the sign-in service. It repeats connections the mail probes
 * already make, so it runs only when those could not run or failed on the network: then it tells
 * blocked, refused and a TLS-inspecting proxy apart.
 */
export function reachabilityStage(run: CheckRun, mail: MailPart | undefined): Promise<Timed<ProbeAllResult>> | undefined {
  const { input } = run;
  if (!input.reachability || !networkInQuestion(mail)) return undefined;
  run.progress({ kind: 'step-started', step: 'reachability' });
  const login = new URL(input.cloud.authorityHost);
  return timed(() => probeAll({
    reachability: { targets: [
      { host: input.cloud.smtp.host, port: input.cloud.smtp.port, mode: 'smtp-starttls' as const },
      { host: input.cloud.imap.host, port: input.cloud.imap.port, mode: 'tls' as const },
      { host: login.hostname, port: Number(login.port || 443), mode: 'tls' as const },
    ], proxy: 'env' as const },
    ...(input.caPem ? { trust: { ca: input.caPem } } : {}),
    ...signalOf(input),
    redactor: run.redactor,
  }));
}
