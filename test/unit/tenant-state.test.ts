import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TenantState } from '../../electron/sandbox/tenant-state.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';

describe('tenant state', () => {
  it('builds the healthy tenant with the mailbox explicitly allowing SMTP AUTH over a disabled tenant default', () => {
    const s = new TenantState();
    const mailbox = s.current().users.find((u) => u.id === SANDBOX_IDS.mailboxUserId)!;
    assert.equal(mailbox.smtpClientAuthenticationDisabled, false);
    assert.equal(s.current().exchange.transportConfig.smtpClientAuthenticationDisabled, true);
  });

  it('smtp-auth-disabled-tenant makes the mailbox inherit the tenant setting', () => {
    const s = new TenantState({ scenarios: ['smtp-auth-disabled-tenant'] });
    const mailbox = s.current().users.find((u) => u.id === SANDBOX_IDS.mailboxUserId)!;
    assert.equal(mailbox.smtpClientAuthenticationDisabled, null);
  });

  it('with replication delay, a change is current at once and effective only after the delay', () => {
    let now = 1_000_000;
    const s = new TenantState({ scenarios: ['service-principal-missing'], replicationDelayMs: 30_000, now: () => now });
    s.update('New-ServicePrincipal', (t) => {
      t.exchange.servicePrincipals.push({ appId: 'x', objectId: 'y', displayName: 'z' });
    });
    assert.equal(s.current().exchange.servicePrincipals.some((p) => p.appId === 'x'), true);
    assert.equal(s.effective().exchange.servicePrincipals.some((p) => p.appId === 'x'), false);
    assert.equal(s.pendingReplicationMs(), 30_000);
    now += 30_000;
    assert.equal(s.effective().exchange.servicePrincipals.some((p) => p.appId === 'x'), true);
    assert.equal(s.pendingReplicationMs(), 0);
  });
});
