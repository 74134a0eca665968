/**
 * The full check of one profile. Independent parts run concurrently: the Graph read of the
 * tenant, the token request and the network probes start together; SMTP and IMAP start as soon
 * as their token is there. Nothing is repeated: each probe makes only its protocol's round trips.
 * At the end the evidence (server replies, Graph findings, token-check mismatches) goes through
 * the diagnosis together, so "535 5.7.3" after a clean consent check reads differently from
 * "535 5.7.3" after a missing one.
 */
import type { CloudProfile } from '../clouds.js';
import { isCategoryId, type CategoryId } from '../diagnosis/categories.js';
import { decodeAll } from '../diagnosis/decode.js';
import type { DiagnosisContext, Language, RankedCause, TokenCheckMismatch } from '../diagnosis/types.js';
import type { AccessTokenProvider } from '../auth/app-only-token.js';
import type { GraphClient } from '../graph/graph-client.js';
import { probeAll, Redactor, type ProbeAllResult } from '../probes/index.js';
import type { ProbeResult } from '../probes/types.js';
import type { Result } from '../result.js';
import { categoriesOf, type Finding } from '../tenant/findings.js';
import type { CheckFacts, CheckProfile, CheckProgress, CheckResult, CheckStepId, CheckStepResult } from './check-types.js';
import { withFindingCauses } from './finding-causes.js';
import { graphFindingsOf } from './findings-context.js';
import { readTenant, type TenantRead } from './read-tenant.js';

/** Everything a check needs; leave a part out to skip it. */
export interface CheckInput {
  readonly profile: CheckProfile;
  readonly cloud: CloudProfile;
  readonly tenantId: string;
  /** Extra CA to trust (the sandbox's). */
  readonly caPem?: string;
  /** The mailbox (XOAUTH2 user=). */
  readonly mailbox: string;
  /** Who signs in for delegated mail tokens, when `mailbox` names another mailbox (ETRON variant A: the shared one). */
  readonly signInUser?: string;
  /** MAIL FROM of the test message (a shared address needs SendAs); default: the mailbox. */
  readonly sender?: string;
  /** Graph as the signed-in admin; without it the tenant is not read. */
  readonly graph?: GraphClient;
  /** Tokens for SMTP/IMAP: app-only (client credentials) or delegated (the mailbox's user). */
  readonly mailTokens?: { readonly flow: 'app-only' | 'delegated'; readonly provider: AccessTokenProvider; readonly clientId?: string };
  /** ETRON: check that its client secret still works (client credentials against Graph). */
  readonly etron?: { readonly instance: string; readonly appId?: string; readonly secretCheck?: AccessTokenProvider };
  /** Generic: the app to read in Graph. */
  readonly genericAppId?: string;
  readonly probeSmtp?: boolean;
  readonly probeImap?: boolean;
  /** DNS of the mailbox's domain (off unless given); a resolver `host:port` for tests and closed networks. */
  readonly dns?: { readonly resolver?: string };
  /** Test ports and TLS when the mail probes cannot run or fail on the network. */
  readonly reachability?: boolean;
  /** Secrets to keep out of transcripts. */
  readonly secrets?: readonly string[];
  readonly languages?: readonly Language[];
  readonly recentChangeMinutes?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CheckProgress) => void;
}

interface Timed<T> { readonly value: T; readonly startedAt: number; readonly durationMs: number }

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const startedAt = Date.now();
  const value = await work();
  return { value, startedAt, durationMs: Date.now() - startedAt };
}

function step(id: CheckStepId, t: { startedAt: number; durationMs: number }, rest: Omit<CheckStepResult, 'id' | 'startedAt' | 'durationMs'>): CheckStepResult {
  return { id, startedAt: new Date(t.startedAt).toISOString(), durationMs: t.durationMs, ...rest };
}

function probeStep(id: CheckStepId, probe: ProbeResult<any, any>, okSummary: string): CheckStepResult {
  return step(id, { startedAt: probe.steps[0]?.startedAt ?? Date.now(), durationMs: probe.steps.reduce((s, x) => s + x.durationMs, 0) }, {
    status: probe.ok ? 'pass' : 'fail',
    summary: probe.ok ? okSummary : (probe.error?.message ?? `failed at ${probe.steps.find((s) => !s.ok)?.name ?? 'start'}`),
    category: probe.category,
    ...(probe.serverReply ? { serverReply: probe.serverReply } : {}),
    transcript: probe.transcript,
  });
}

function mailScopes(input: CheckInput): string[] {
  if (input.mailTokens?.flow === 'app-only') return [...input.cloud.scopes.appOnly];
  const scopes = new Set<string>();
  if (input.probeSmtp !== false) input.cloud.scopes.delegatedSmtp.forEach((s) => scopes.add(s));
  if (input.probeImap) input.cloud.scopes.delegatedImap.forEach((s) => scopes.add(s));
  return [...scopes];
}

/** Runs the check; never throws (a part that cannot run is reported as such). */
export async function runCheck(input: CheckInput): Promise<CheckResult> {
  const started = Date.now();
  const progress = input.onProgress ?? (() => undefined);
  const redactor = new Redactor();
  for (const s of input.secrets ?? []) redactor.addSecret(s);
  const domain = input.mailbox.split('@')[1] ?? '';

  const tenantPart = input.graph
    ? (progress({ kind: 'step-started', step: 'tenant' }), timed(() => readTenant(input)))
    : undefined;
  const secretPart = input.etron?.secretCheck
    ? (progress({ kind: 'step-started', step: 'app-credential' }), timed(() => input.etron!.secretCheck!([`${input.cloud.scopes.graphScopePrefix}.default`], input.signal)))
    : undefined;
  const dnsPart = input.dns && domain
    ? timed(() => probeAll({ dns: { domain, ...(input.dns!.resolver ? { servers: [input.dns!.resolver] } : {}) }, ...(input.signal ? { signal: input.signal } : {}), redactor }))
    : undefined;
  const mailPart = (async (): Promise<{ token: Timed<Result<string>>; probes?: ProbeAllResult } | undefined> => {
    if (!input.mailTokens || (input.probeSmtp === false && !input.probeImap)) return undefined;
    progress({ kind: 'step-started', step: 'token' });
    const token = await timed(() => input.mailTokens!.provider(mailScopes(input), input.signal));
    if (!token.value.ok) return { token };
    redactor.addXOAuth2(input.mailbox, token.value.value);
    const accessToken = token.value.value;
    const trust = input.caPem ? { ca: input.caPem } : {};
    const probes = await probeAll({
      ...(input.probeSmtp !== false ? { smtp: {
        host: input.cloud.smtp.host, port: input.cloud.smtp.port, user: input.mailbox, accessToken,
        testMessage: { from: input.sender ?? input.mailbox, to: input.mailbox }, ...trust,
      } } : {}),
      ...(input.probeImap ? { imap: { host: input.cloud.imap.host, port: input.cloud.imap.port, user: input.mailbox, accessToken, ...trust } } : {}),
      token: { expectedTenantId: input.tenantId, ...(input.mailTokens!.clientId ? { expectedClientId: input.mailTokens!.clientId } : {}) },
      ...(input.signal ? { signal: input.signal } : {}),
      redactor,
    });
    return { token, probes };
  })();

  // Reachability repeats connections the SMTP/IMAP probes already make, so it runs only when
  // those could not run or failed on the network: then it tells blocked, refused and a
  // TLS-inspecting proxy apart.
  const reachPart = mailPart.then((mail) => {
    if (!input.reachability) return undefined;
    const networkish = (c: CategoryId | null | undefined): boolean => c === 'network_blocked' || c === 'tls_problem';
    const token = mail?.token.value;
    const needed = !mail
      || (token && !token.ok && networkish(isCategoryId(token.error.code) ? token.error.code : null))
      || networkish(mail.probes?.smtp?.category) || networkish(mail.probes?.imap?.category);
    if (!needed) return undefined;
    progress({ kind: 'step-started', step: 'reachability' });
    const login = new URL(input.cloud.authorityHost);
    return timed(() => probeAll({
      reachability: { targets: [
        { host: input.cloud.smtp.host, port: input.cloud.smtp.port, mode: 'smtp-starttls' as const },
        { host: input.cloud.imap.host, port: input.cloud.imap.port, mode: 'tls' as const },
        { host: login.hostname, port: Number(login.port || 443), mode: 'tls' as const },
      ], proxy: 'env' as const },
      ...(input.caPem ? { trust: { ca: input.caPem } } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
      redactor,
    }));
  });
  const [tenant, secret, dns, mail, reach] = await Promise.all([tenantPart, secretPart, dnsPart, mailPart, reachPart]);
  const steps: CheckStepResult[] = [];
  const finish = (s: CheckStepResult): void => {
    steps.push(s);
    progress({ kind: 'step-finished', step: s.id, status: s.status, category: s.category });
  };

  let findings: Finding[] = [];
  let read: TenantRead | undefined;
  if (tenant) {
    read = tenant.value;
    findings = [...read.findings];
    const problems = findings.filter((f) => f.status === 'missing' || f.status === 'wrong');
    const unknown = findings.filter((f) => f.status === 'unknown');
    finish(step('tenant', tenant, {
      status: problems.length > 0 ? 'fail' : unknown.length > 0 || findings.some((f) => f.warning) ? 'warn' : 'pass',
      summary: problems.length > 0 ? problems.map((f) => f.evidence).join(' ') : `${findings.length} settings read through Microsoft Graph`,
      category: categoriesOf(findings)[0] ?? null,
      findings,
    }));
  }
  if (secret) {
    const r = secret.value;
    finish(step('app-credential', secret, r.ok
      ? { status: 'pass', summary: 'the client secret works', category: null }
      : { status: 'fail', summary: r.error.message, category: isCategoryId(r.error.code) ? r.error.code : null, serverReply: redactor.redact(r.error.detail ?? r.error.message) }));
  }
  const mismatches: TokenCheckMismatch[] = [];
  if (mail) {
    const t = mail.token.value;
    const checks = [mail.probes?.tokenChecks.smtp, mail.probes?.tokenChecks.imap].filter((c) => c !== undefined);
    const errors = checks.flatMap((c) => c.mismatches.filter((m) => m.severity === 'error'));
    for (const m of errors) if (m.id !== 'not_a_jwt') mismatches.push(m.id as TokenCheckMismatch);
    // IMAP for another mailbox than the signed-in user's is only a warning, until IMAP fails:
    // then it says the user lacks rights on that mailbox (probes/index.ts withUserMismatch).
    if (mail.probes?.imap && !mail.probes.imap.ok && mail.probes.tokenChecks.imap?.mismatches.some((m) => m.id === 'upn_mismatch')) mismatches.push('upn_mismatch');
    finish(step('token', mail.token, !t.ok
      ? { status: 'fail', summary: t.error.message, category: isCategoryId(t.error.code) ? t.error.code : null, serverReply: redactor.redact(t.error.detail ?? t.error.message) }
      : errors.length > 0
        ? { status: 'fail', summary: errors.map((m) => m.message).join(' '), category: errors[0]!.category }
        : { status: 'pass', summary: 'the access token has the audience, permission and tenant the protocol needs', category: null }));
    if (mail.probes?.smtp) finish(probeStep('smtp', mail.probes.smtp, 'SMTP: STARTTLS, AUTH XOAUTH2 and a test message accepted'));
    if (mail.probes?.imap) finish(probeStep('imap', mail.probes.imap, 'IMAP: AUTHENTICATE XOAUTH2 and the mailbox opened'));
    if (!mail.probes) {
      for (const id of ['smtp', 'imap'] as const) {
        if (id === 'smtp' ? input.probeSmtp === false : !input.probeImap) continue;
        finish(step(id, mail.token, { status: 'skipped', summary: 'no access token, so the server was not asked', category: null }));
      }
    }
  }
  if (dns?.value.dns) finish(probeStep('dns', dns.value.dns, `DNS records of ${domain} read`));
  if (reach?.value.reachability) finish(probeStep('reachability', reach.value.reachability, 'ports 587, 993 and 443 reachable, TLS verified'));

  const context: DiagnosisContext = {
    profile: input.profile,
    ...(input.mailTokens ? { flow: input.mailTokens.flow } : {}),
    graphFindings: graphFindingsOf(input.profile, findings),
    tokenCheck: mismatches,
    ...(input.recentChangeMinutes !== undefined ? { recentChangeMinutes: input.recentChangeMinutes } : {}),
    languages: input.languages ?? ['de', 'en'],
  };
  const failing = steps.filter((s) => s.status === 'fail');
  const diagnosis: RankedCause[] = [];
  const categories: CategoryId[] = [];
  const causeOf = new Map<CheckStepId, CategoryId>();
  for (const s of failing) {
    const texts = s.serverReply ? [s.serverReply] : [];
    const protocol = s.id === 'imap' ? 'imap' : s.id === 'smtp' ? 'smtp' : undefined;
    const top = texts.length > 0 ? decodeAll(texts, { ...context, ...(protocol ? { protocol } : {}) }).causes[0] : undefined;
    if (top) {
      if (!diagnosis.some((d) => d.category === top.category)) diagnosis.push(top);
      categories.push(top.category);
      causeOf.set(s.id, top.category);
    } else if (s.category) categories.push(s.category);
  }
  for (const c of categoriesOf(findings)) categories.push(c);
  const unique = [...new Set(categories)];
  const facts: CheckFacts = {
    tenantId: input.tenantId,
    ...(read?.servicePrincipalObjectId ? { servicePrincipalObjectId: read.servicePrincipalObjectId } : {}),
    ...(read?.clientId ? { clientId: read.clientId } : {}),
    ...(read?.secretExpires ? { secretExpires: read.secretExpires } : {}),
    smtp: { host: input.cloud.smtp.host, port: input.cloud.smtp.port },
    imap: { host: input.cloud.imap.host, port: input.cloud.imap.port },
  };
  const order: CheckStepId[] = ['sign-in', 'tenant', 'app-credential', 'token', 'dns', 'reachability', 'smtp', 'imap'];
  steps.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const result: CheckResult = {
    profile: input.profile, cloud: input.cloud.id, mailbox: input.mailbox,
    startedAt: new Date(started).toISOString(), durationMs: Date.now() - started,
    overall: unique.length > 0 || failing.length > 0 ? 'fail' : steps.some((s) => s.status === 'warn') ? 'warn' : 'pass',
    categories: unique, diagnosis, facts,
    steps: steps.map((s) => (causeOf.has(s.id) ? { ...s, cause: causeOf.get(s.id)! } : s)),
    graphRequests: input.graph ? input.graph.log.entries() : [],
  };
  // A category found without a server reply (a Graph finding, a refused token) gets its cause too.
  return withFindingCauses(result, context.languages ?? ['de', 'en']);
}

