/**
 * The full check of one profile, as the list of its stages. Independent parts run concurrently:
 * the Graph read of the tenant, the app-credential test, DNS and the mail token start together;
 * SMTP and IMAP start as soon as their token is there; reachability only when the network is in
 * question. Nothing is repeated: each probe makes only its protocol's round trips. At the end the
 * evidence goes through the diagnosis together (check-verdict.ts).
 */
import { Redactor } from '../probes/index.js';
import type { CheckInput } from './check-input.js';
import {
  appCredentialStage, dnsStage, mailStage, reachabilityStage, readTenantStage, type CheckRun,
} from './check-stages.js';
import { appCredentialStep, mailSteps, mismatchIds, probeStep, tenantStep } from './check-steps.js';
import type { CheckResult, CheckStepResult } from './check-types.js';
import { verdict } from './check-verdict.js';

export type { CheckInput } from './check-input.js';

/** The shared state of one run: progress events and a redactor that knows the secrets. */
function startRun(input: CheckInput): CheckRun {
  const redactor = new Redactor();
  for (const s of input.secrets ?? []) redactor.addSecret(s);
  return { input, progress: input.onProgress ?? (() => undefined), redactor, domain: input.mailbox.split('@')[1] ?? '' };
}

/** Runs the check; never throws (a part that cannot run is reported as such). */
export async function runCheck(input: CheckInput): Promise<CheckResult> {
  const startedAt = Date.now();
  const run = startRun(input);

  // 1. Start every independent part.
  const tenantPart = readTenantStage(run);
  const secretPart = appCredentialStage(run);
  const dnsPart = dnsStage(run);
  const mailPart = mailStage(run);
  const reachPart = mailPart.then((mail) => reachabilityStage(run, mail));
  const [tenant, secret, dns, mail, reach] = await Promise.all([tenantPart, secretPart, dnsPart, mailPart, reachPart]);

  // 2. Each finished part becomes the steps a person reads.
  const steps: CheckStepResult[] = [];
  const finish = (s: CheckStepResult): void => {
    steps.push(s);
    run.progress({ kind: 'step-finished', step: s.id, status: s.status, category: s.category });
  };
  if (tenant) finish(tenantStep(tenant));
  if (secret) finish(appCredentialStep(secret, run.redactor));
  if (mail) mailSteps(input, mail, run.redactor).forEach(finish);
  if (dns?.value.dns) finish(probeStep('dns', dns.value.dns, `DNS records of ${run.domain} read`));
  if (reach?.value.reachability) finish(probeStep('reachability', reach.value.reachability, 'ports 587, 993 and 443 reachable, TLS verified'));

  // 3. The diagnosis of all the evidence together, and the result.
  return verdict({
    input, startedAt, steps,
    findings: tenant ? [...tenant.value.findings] : [], read: tenant?.value, mismatches: mismatchIds(mail),
  });
}
