/**
 * The finished parts of a check as the steps a person reads: pass, warn, fail or skipped, a
 * one-line summary, the category, and the server's reply where there is one (redacted).
 */
import { isCategoryId } from '../diagnosis/categories.js';
import type { TokenCheckMismatch } from '../diagnosis/types.js';
import type { ProbeAllResult, Redactor } from '../probes/index.js';
import type { ProbeResult } from '../probes/types.js';
import type { Result } from '../result.js';
import { categoriesOf, type Finding } from '../tenant/findings.js';
import type { CheckInput } from './check-input.js';
import type { MailPart, Timed } from './check-stages.js';
import type { CheckStepId, CheckStepResult } from './check-types.js';
import type { TenantRead } from './read-tenant.js';

function step(id: CheckStepId, t: { startedAt: number; durationMs: number }, rest: Omit<CheckStepResult, 'id' | 'startedAt' | 'durationMs'>): CheckStepResult {
  return { id, startedAt: new Date(t.startedAt).toISOString(), durationMs: t.durationMs, ...rest };
}

/** A probe's step: its steps' time, the reply it failed on, its transcript. */
export function probeStep(id: CheckStepId, probe: ProbeResult<any, any>, okSummary: string): CheckStepResult {
  return step(id, { startedAt: probe.steps[0]?.startedAt ?? Date.now(), durationMs: probe.steps.reduce((s, x) => s + x.durationMs, 0) }, {
    status: probe.ok ? 'pass' : 'fail',
    summary: probe.ok ? okSummary : (probe.error?.message ?? `failed at ${probe.steps.find((s) => !s.ok)?.name ?? 'start'}`),
    category: probe.category,
    ...(probe.serverReply ? { serverReply: probe.serverReply } : {}),
    transcript: probe.transcript,
  });
}

/** The tenant step: fail on a missing or wrong setting, warn on an unknown one or a warning. */
export function tenantStep(tenant: Timed<TenantRead>): CheckStepResult {
  const findings: Finding[] = [...tenant.value.findings];
  const problems = findings.filter((f) => f.status === 'missing' || f.status === 'wrong');
  const unknown = findings.filter((f) => f.status === 'unknown');
  return step('tenant', tenant, {
    status: problems.length > 0 ? 'fail' : unknown.length > 0 || findings.some((f) => f.warning) ? 'warn' : 'pass',
    summary: problems.length > 0 ? problems.map((f) => f.evidence).join(' ') : `${findings.length} settings read through Microsoft Graph`,
    category: categoriesOf(findings)[0] ?? null,
    findings,
  });
}

/** A refused token request as a failed step (Entra's reply kept, redacted). */
function refusedStep(id: CheckStepId, t: Timed<Result<string>>, redactor: Redactor): CheckStepResult | undefined {
  const r = t.value;
  if (r.ok) return undefined;
  return step(id, t, {
    status: 'fail', summary: r.error.message, category: isCategoryId(r.error.code) ? r.error.code : null,
    serverReply: redactor.redact(r.error.detail ?? r.error.message),
  });
}

/** The app-credential step: does the client secret still get a token? */
export function appCredentialStep(secret: Timed<Result<string>>, redactor: Redactor): CheckStepResult {
  return refusedStep('app-credential', secret, redactor) ?? step('app-credential', secret, { status: 'pass', summary: 'the client secret works', category: null });
}

/** The token claims that are wrong for SMTP or IMAP (errors only). */
export function tokenMismatches(probes: ProbeAllResult | undefined) {
  const checks = [probes?.tokenChecks.smtp, probes?.tokenChecks.imap].filter((c) => c !== undefined);
  return checks.flatMap((c) => c.mismatches.filter((m) => m.severity === 'error'));
}

/** The diagnosis's view of the token mismatches (a non-JWT token is no claim to diagnose). */
export function mismatchIds(mail: MailPart | undefined): TokenCheckMismatch[] {
  const ids = tokenMismatches(mail?.probes).filter((m) => m.id !== 'not_a_jwt').map((m) => m.id as TokenCheckMismatch);
  // IMAP for another mailbox than the signed-in user's is only a warning, until IMAP fails:
  // then it says the user lacks rights on that mailbox (probes/index.ts withUserMismatch).
  const imap = mail?.probes?.imap;
  if (imap && !imap.ok && mail.probes?.tokenChecks.imap?.mismatches.some((m) => m.id === 'upn_mismatch')) ids.push('upn_mismatch');
  return ids;
}

/** The token step, then SMTP and IMAP (skipped when there was no token to ask with). */
export function mailSteps(input: CheckInput, mail: MailPart, redactor: Redactor): CheckStepResult[] {
  const errors = tokenMismatches(mail.probes);
  const steps: CheckStepResult[] = [refusedStep('token', mail.token, redactor) ?? step('token', mail.token, errors.length > 0
    ? { status: 'fail', summary: errors.map((m) => m.message).join(' '), category: errors[0]!.category }
    : { status: 'pass', summary: 'the access token has the audience, permission and tenant the protocol needs', category: null })];
  if (mail.probes?.smtp) steps.push(probeStep('smtp', mail.probes.smtp, 'SMTP: STARTTLS, AUTH XOAUTH2 and a test message accepted'));
  if (mail.probes?.imap) steps.push(probeStep('imap', mail.probes.imap, 'IMAP: AUTHENTICATE XOAUTH2 and the mailbox opened'));
  if (!mail.probes) {
    for (const id of ['smtp', 'imap'] as const) {
      if (id === 'smtp' ? input.probeSmtp === false : !input.probeImap) continue;
      steps.push(step(id, mail.token, { status: 'skipped', summary: 'no access token, so the server was not asked', category: null }));
    }
  }
  return steps;
}

const ORDER: readonly CheckStepId[] = ['sign-in', 'tenant', 'app-credential', 'token', 'dns', 'reachability', 'smtp', 'imap'];

/** Steps in the order a person reads them. */
export function inReadingOrder(steps: readonly CheckStepResult[]): CheckStepResult[] {
  return [...steps].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}
