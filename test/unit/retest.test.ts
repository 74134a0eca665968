import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retestInterval, retestUntilPass, type RetestProgress } from '../../electron/core/retest/retest.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => { t += ms; } };
}

describe('wait and retest', () => {
  it('grows the interval and doubles it after a throttled reply, never beyond the maximum', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => retestInterval(n, 60_000, 2, 30 * 60_000, false)),
      [60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000]);
    assert.equal(retestInterval(1, 60_000, 2, 30 * 60_000, true), 120_000);
    assert.equal(retestInterval(6, 60_000, 2, 30 * 60_000, true), 1_800_000);
  });

  it('retries until the check passes, reporting each next try time', async () => {
    const clock = fakeClock();
    const events: RetestProgress<string>[] = [];
    let calls = 0;
    const out = await retestUntilPass({
      run: async () => { calls++; return { passed: calls === 3, throttled: false, result: `try ${calls}` }; },
      onProgress: (p) => events.push(p), ...clock,
    });
    assert.deepEqual(out, { passed: true, reason: 'passed', attempts: ['try 1', 'try 2', 'try 3'] });
    const waits = events.filter((e) => e.kind === 'waiting');
    assert.deepEqual(waits.map((w) => w.kind === 'waiting' && w.nextAt.getTime()), [60_000, 60_000 + 120_000]);
  });

  it('gives up at the cap', async () => {
    const clock = fakeClock();
    const out = await retestUntilPass({
      run: async () => ({ passed: false, throttled: false, result: 'x' }), capMs: 10 * 60_000, ...clock,
    });
    assert.equal(out.reason, 'cap-reached');
    assert.equal(out.attempts.length, 4); // tries at 0, 1, 3 and 7 min; waiting 8 more would pass the cap
  });

  it('stops when cancelled during a wait', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const out = await retestUntilPass({
      run: async () => ({ passed: false, throttled: false, result: 'x' }), firstIntervalMs: 60_000, signal: controller.signal,
    });
    assert.equal(out.reason, 'cancelled');
    assert.ok(Date.now() - started < 5_000);
  });
});
