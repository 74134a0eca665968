/**
 * The SMTP probe against the sandbox's Exchange SMTP: a healthy tenant passes (235 + 250), and
 * each broken tenant shows Exchange's exact reply at the step where Exchange gives it, mapped
 * to the right category.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeAll } from '../../electron/core/probes/index.js';
import { probeSmtp, type SmtpProbeOptions } from '../../electron/core/probes/smtp-probe.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { appOnlyToken, delegatedToken } from '../helpers/probe-tokens.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

function probeOptions(sb: RunningSandbox, accessToken: string, extra: Partial<SmtpProbeOptions> = {}): SmtpProbeOptions {
  return { host: sb.info.smtp.host, port: sb.info.smtp.port, user: sb.info.mailbox, accessToken, caCertPath: sb.info.caCertPath, timeoutMs: 10_000, ...extra };
}

const last = (r: { steps: readonly { name: string; ok: boolean }[] }): string => {
  const failed = r.steps.find((s) => !s.ok);
  return failed ? `${failed.name}:failed` : 'none failed';
};

describe('SMTP probe: healthy sandbox tenant', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(() => sb.close());

  it('authenticates app-only (235) and the test message is queued (250)', async () => {
    const r = await probeSmtp(probeOptions(sb, await appOnlyToken(sb), { testMessage: { from: sb.info.mailbox, to: 'anna.schmidt@contoso.example' } }));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.steps.find((s) => s.name === 'auth')?.reply, '235 2.7.0 Authentication successful');
    assert.match(r.steps.find((s) => s.name === 'message')?.reply ?? '', /^250 2\.6\.0 <[^>]+@m365-mail-assistant\.invalid> \[InternalId=\d+, Hostname=EXO-SANDBOX\.contoso\.example\] \d+ bytes in [\d.]+, [\d.]+ KB\/sec Queued mail for delivery$/);
    assert.deepEqual(r.details.authMechanisms, ['LOGIN', 'XOAUTH2']);
    assert.deepEqual({ authenticated: r.details.authenticated, messageAccepted: r.details.messageAccepted }, { authenticated: true, messageAccepted: true });
    assert.equal(r.serverReply, '221 2.0.0 Service closing transmission channel');
  });

  it('authenticates a delegated Outlook token (ETRON)', async () => {
    const r = await probeSmtp(probeOptions(sb, delegatedToken(sb)));
    assert.equal(r.ok, true, JSON.stringify(r.error));
  });

  it('a Microsoft Graph token gets 535 5.7.3 (the token check names it before: audience_graph_for_smtp)', async () => {
    const r = await probeSmtp(probeOptions(sb, delegatedToken(sb, { resource: 'graph', scopes: ['User.Read', 'SMTP.Send'] })));
    assert.equal(r.category, 'smtp_auth_failed_generic');
    assert.match(r.serverReply ?? '', /^535 5\.7\.3 Authentication unsuccessful \[EXO-SANDBOX\.contoso\.example [^\]]+\]$/);
  });

  it('a shared mailbox as SMTP login with the delegate\'s token: 535 5.7.3 → shared_mailbox_smtp_login (the token check knows who signed in)', async () => {
    sb.context.state.reset(['shared-mailbox-smtp-login']);
    try {
      const r = await probeAll({ smtp: { ...probeOptions(sb, delegatedToken(sb)), user: sb.info.sharedMailbox } });
      assert.deepEqual({ category: r.smtp?.category, code: r.smtp?.error?.code, failed: last(r.smtp!) },
        { category: 'shared_mailbox_smtp_login', code: 'shared_mailbox_smtp_login', failed: 'auth:failed' });
      assert.match(r.smtp?.serverReply ?? '', /^535 5\.7\.3 Authentication unsuccessful \[/);
      assert.deepEqual(r.tokenChecks.smtp?.mismatches.map((m) => m.id), ['smtp_login_not_signed_in_user']);
    } finally {
      sb.context.state.reset(['healthy']);
    }
  });

  it('sends as the shared mailbox the app has SendAs on (the send-as-denied scenario below removes it)', async () => {
    const r = await probeSmtp(probeOptions(sb, await appOnlyToken(sb), { testMessage: { from: sb.info.sharedMailbox, to: 'anna.schmidt@contoso.example' } }));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.steps.find((s) => s.name === 'mail_from')?.reply, '250 2.1.0 Sender OK');
  });
});

const SCENARIOS: Array<{ scenario: ScenarioName; from?: 'mailbox' | 'shared'; failedStep: string; reply: RegExp; category: string }> = [
  { scenario: 'service-principal-missing', failedStep: 'auth:failed', reply: /^535 5\.7\.3 Authentication unsuccessful \[/, category: 'smtp_auth_failed_generic' },
  { scenario: 'smtp-auth-disabled-mailbox', failedStep: 'auth:failed', reply: /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\. Visit https:\/\/aka\.ms\/smtp_auth_disabled for more information\. \[/, category: 'smtp_auth_disabled_mailbox' },
  { scenario: 'smtp-auth-disabled-tenant', failedStep: 'auth:failed', reply: /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\./, category: 'smtp_auth_disabled_tenant' },
  { scenario: 'mailbox-permission-missing', failedStep: 'message:failed', reply: /^430 4\.2\.0 STOREDRV; mailbox logon failure; .*MapiExceptionLogonFailed/, category: 'mailbox_permission_missing' },
  // 5.7.60 answers the end of DATA: MAIL FROM and DATA pass, the message step fails.
  { scenario: 'send-as-denied', from: 'shared', failedStep: 'message:failed', reply: /^550 5\.7\.60 SMTP; Client does not have permissions to send as this sender \[EXO-SANDBOX\.contoso\.example\]$/, category: 'send_as_denied' },
];

for (const c of SCENARIOS) {
  describe(`SMTP probe: scenario ${c.scenario}`, () => {
    let sb: RunningSandbox;
    before(async () => { sb = await sandbox({ scenarios: [c.scenario] }); });
    after(() => sb.close());

    it(`fails at ${c.failedStep} with Exchange's reply → ${c.category}`, async () => {
      const from = c.from === 'shared' ? sb.info.sharedMailbox : sb.info.mailbox;
      const r = await probeSmtp(probeOptions(sb, await appOnlyToken(sb), { testMessage: { from, to: 'anna.schmidt@contoso.example' } }));
      assert.equal(r.ok, false);
      assert.equal(last(r), c.failedStep);
      assert.match(r.serverReply ?? '', c.reply);
      assert.deepEqual({ category: r.category, code: r.error?.code }, { category: c.category, code: c.category });
      assert.equal(r.error?.detail, r.serverReply);
    });
  });
}
