/**
 * Wait and retest against the replication-delay scenario: the admin runs New-ServicePrincipal,
 * Graph and PowerShell show it at once, Exchange only after the delay — the retest turns green
 * by itself once the change has replicated.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheckResult } from '../../electron/core/check/check-types.js';
import { runSandboxCheck } from '../../electron/demo/sandbox-check.js';
import { retestUntilPass } from '../../electron/core/retest/retest.js';
import { runExchangeCmdlet } from '../../electron/sandbox/exchange/powershell.js';
import { startSandbox, type RunningSandbox } from '../helpers/sandbox.js';

describe('wait and retest with replication delay', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startSandbox({ scenarios: ['service-principal-missing', 'replication-delay'], replicationDelayMs: 2_500, autoApprove: true });
  });
  after(() => sb.close());

  it('fails with a wait-likely cause right after the fix, and passes once the change has replicated', async () => {
    const fixed = runExchangeCmdlet(sb.context, 'New-ServicePrincipal', {
      AppId: '15dd278a-3da9-4654-9edd-568380df74d0', ObjectId: sb.info.apps.inventory360.servicePrincipalObjectId, DisplayName: 'Inventory360_Mail_Notification',
    });
    assert.equal(fixed.ok, true);
    const waits: number[] = [];
    const outcome = await retestUntilPass<CheckResult>({
      run: async () => {
        const r = await runSandboxCheck({ profile: 'inventory360', sandbox: sb });
        assert.ok(!('error' in r));
        return { passed: r.overall === 'pass', throttled: false, result: r };
      },
      firstIntervalMs: 700, factor: 1.5, maxIntervalMs: 2_000, capMs: 20_000,
      onProgress: (p) => { if (p.kind === 'waiting') waits.push(p.waitMs); },
    });
    assert.equal(outcome.passed, true);
    const first = outcome.attempts[0]!;
    assert.equal(first.categories[0], 'service_principal_missing_or_wrong_id');
    assert.equal(first.diagnosis[0]?.waitLikely, true);
    assert.ok(outcome.attempts.length >= 2, 'the first attempt must have failed');
    // Growing waits (how many depends on how fast this machine runs the check): 700, 1050, 1575, then the 2 s cap.
    assert.deepEqual(waits, [700, 1050, 1575, 2000, 2000, 2000, 2000, 2000].slice(0, waits.length));
    assert.ok(waits.length >= 1);
  });
});
