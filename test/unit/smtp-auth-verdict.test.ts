/**
 * "Authenticated SMTP" from the SMTP probe (renderer/src/wizard/smtp-auth-verdict.ts) and the
 * step's state (step-findings.ts stepState): green only when the probe got past AUTH, failed on
 * Exchange's 535 5.7.139 SmtpClientAuthentication reply (the sandbox's, which imitates Exchange
 * Online's), not proven by 5.7.3 or a refused token; the admin's tick counts only where no probe ran.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckResult, CheckStepResult } from '../../electron/ipc/contract.js';
import { SMTP_REPLIES } from '../../electron/sandbox/exchange/replies.js';
import { smtpAuthVerdict } from '../../renderer/src/wizard/smtp-auth-verdict.js';
import { stepState, type ProgressState } from '../../renderer/src/wizard/step-findings.js';
import { WizardStep } from '../../renderer/src/wizard/steps.js';

const TAG = '[EXO-SANDBOX.contoso.example 2026-12-04T10:00:00.000Z 08DD3DD7D75D7743]';
const replyOf = (r: { code: number; text: string }): string => `${r.code} ${r.text}`;

function result(smtp?: Partial<CheckStepResult>, profile: CheckResult['profile'] = 'generic'): CheckResult {
  const steps: CheckStepResult[] = smtp ? [{ id: 'smtp', status: 'fail', startedAt: '2026-12-04T10:00:00.000Z', durationMs: 10, summary: 'x', category: null, ...smtp }] : [];
  return { profile, steps, startedAt: '2026-12-04T10:00:00.000Z', durationMs: 10, overall: 'fail', categories: [] } as unknown as CheckResult;
}

function state(checkResult: CheckResult | undefined, extra: Partial<ProgressState> = {}): ProgressState {
  return {
    step: WizardStep.SmtpAuth, profile: 'generic', account: null, checkKind: 'tenant', checkResult, checkRunning: undefined,
    confirmedSteps: [], psSavedPath: undefined, waitOutcome: undefined, ...extra,
  } as ProgressState;
}

describe('Authenticated SMTP from the SMTP probe', () => {
  it('on: the probe passed, or Exchange answered 235 to AUTH even if a later step failed', () => {
    assert.deepEqual(smtpAuthVerdict(result({ status: 'pass' })), { state: 'on' });
    assert.deepEqual(smtpAuthVerdict(result({ status: 'fail', transcript: ['C: AUTH XOAUTH2 <redacted>', `S: ${replyOf(SMTP_REPLIES.authenticated)}`, 'C: MAIL FROM:<a@b.c>', 'S: 554 5.2.252 SendAsDenied'] })), { state: 'on' });
  });

  it('still off: 535 5.7.139 SmtpClientAuthentication is disabled for the Mailbox or the Tenant', () => {
    for (const reply of [replyOf(SMTP_REPLIES.smtpAuthDisabledMailbox(TAG)), replyOf(SMTP_REPLIES.smtpAuthDisabledTenant(TAG))]) {
      assert.match(reply, /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the (Mailbox|Tenant)\. Visit https:\/\/aka\.ms\/smtp_auth_disabled for more information\./);
      assert.deepEqual(smtpAuthVerdict(result({ serverReply: reply })), { state: 'off', reply });
    }
  });

  it('not proven: 5.7.3 (a token Exchange does not take), 5.7.139 for security defaults, a refused token; none when no probe ran', () => {
    for (const reply of [replyOf(SMTP_REPLIES.authUnsuccessful(TAG)), replyOf(SMTP_REPLIES.securityDefaults(TAG))]) {
      assert.deepEqual(smtpAuthVerdict(result({ serverReply: reply })), { state: 'unproven', reply });
    }
    assert.deepEqual(smtpAuthVerdict(result({ status: 'skipped' })), undefined);
    assert.equal(smtpAuthVerdict(result()), undefined);
    assert.equal(smtpAuthVerdict(undefined), undefined);
  });

  it('the step: green only past AUTH, failed on 5.7.139 even when ticked; the tick counts only without a probe', () => {
    const ticked = { confirmedSteps: [WizardStep.SmtpAuth] };
    assert.equal(stepState(WizardStep.SmtpAuth, state(result({ status: 'pass' }))), 'done');
    assert.equal(stepState(WizardStep.SmtpAuth, state(result({ serverReply: replyOf(SMTP_REPLIES.smtpAuthDisabledMailbox(TAG)) }), ticked)), 'failed');
    assert.equal(stepState(WizardStep.SmtpAuth, state(result({ serverReply: replyOf(SMTP_REPLIES.authUnsuccessful(TAG)) }), ticked)), 'open');
    // ETRON/generic without a probe (no secret pasted): the admin's word.
    assert.equal(stepState(WizardStep.SmtpAuth, state(result())), 'open');
    assert.equal(stepState(WizardStep.SmtpAuth, state(result(), ticked)), 'done');
    // Another product's result does not count; the last try of "wait and test" does.
    assert.equal(stepState(WizardStep.SmtpAuth, state(result({ status: 'pass' }, 'etron'))), 'open');
    assert.equal(stepState(WizardStep.SmtpAuth, state(undefined, { waitOutcome: { passed: true, reason: 'passed', attempts: 1, startedAt: '', windowEndsAt: '', last: result({ status: 'pass' }) } as ProgressState['waitOutcome'] })), 'done');
  });
});
