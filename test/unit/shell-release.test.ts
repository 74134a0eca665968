/**
 * Release builds: signing, notarization and the update feed follow the environment, and a build
 * without them is plainly unsigned with no feed (scripts/release-plan.mjs); the packaged app looks
 * for updates only where electron-updater can verify them (electron/shell/update-policy.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { updateDecision } from '../../electron/shell/update-policy.js';
// @ts-expect-error — a plain .mjs script without type declarations
import { releasePlan } from '../../scripts/release-plan.mjs';

type Plan = { args: string[]; env: Record<string, string>; notes: string[] };
const plan = releasePlan as (env: Record<string, string | undefined>, target: 'win' | 'mac' | 'linux') => Plan;
const FEED = 'https://updates.example.com/assistant/';

describe('release plan from the environment', () => {
  it('without any variable: unsigned, not notarized, no feed, never published', () => {
    assert.deepEqual(plan({}, 'win'), { args: ['--win', '--publish', 'never'], env: {}, notes: ['windows: unsigned (WIN_CSC_LINK not set)', 'updates: off (M365_ASSISTANT_UPDATE_URL not set)'] });
    const mac = plan({}, 'mac');
    assert.deepEqual(mac.args, ['--mac', '-c.mac.notarize=false', '--publish', 'never']);
    assert.deepEqual(mac.env, { CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
  });

  it('a feed URL alone gives no feed: updates are verified by signature, so only signed builds get one', () => {
    assert.ok(!plan({ M365_ASSISTANT_UPDATE_URL: FEED }, 'win').args.some((a) => a.startsWith('-c.publish')));
    assert.ok(plan({ M365_ASSISTANT_UPDATE_URL: FEED }, 'win').notes.includes('updates: off — only signed builds get an update feed'));
    assert.ok(!plan({ M365_ASSISTANT_UPDATE_URL: FEED, CSC_LINK: 'cert.p12' }, 'linux').args.some((a) => a.startsWith('-c.publish')));
    assert.throws(() => plan({ M365_ASSISTANT_UPDATE_URL: 'http://updates.example.com/' }, 'win'), /plain https/);
  });

  it('signed Windows build with a feed: generic provider at that URL, publisher name for the signature check', () => {
    const win = plan({ WIN_CSC_LINK: 'cert.pfx', M365_ASSISTANT_UPDATE_URL: FEED, M365_ASSISTANT_WIN_PUBLISHER: 'Contoso GmbH' }, 'win');
    assert.deepEqual(win.args, ['--win', '-c.publish.provider=generic', `-c.publish.url=${FEED}`, '-c.win.signtoolOptions.publisherName=Contoso GmbH', '--publish', 'never']);
  });

  it('signed macOS build notarizes only with a complete set of Apple credentials', () => {
    const signed = { CSC_LINK: 'devid.p12' };
    assert.ok(plan({ ...signed, APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x' }, 'mac').args.includes('-c.mac.notarize=false'));
    assert.ok(plan({ ...signed, APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' }, 'mac').args.includes('-c.mac.notarize=true'));
    assert.ok(plan({ APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' }, 'mac').args.includes('-c.mac.notarize=false'));
  });
});

describe('update policy of the packaged app', () => {
  const feed = { provider: 'generic', url: FEED, publisherName: ['Contoso GmbH'] };
  it('checks a signed https feed on Windows and macOS', () => {
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'win32', updateConfig: feed }), { check: true, url: FEED });
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'darwin', updateConfig: { provider: 'generic', url: FEED } }), { check: true, url: FEED });
  });

  it('does not look when it could not verify, or when there is nothing to look at', () => {
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'win32', updateConfig: { provider: 'generic', url: FEED } }), { check: false, reason: 'no publisher name to verify the installer signature' });
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'linux', updateConfig: feed }), { check: false, reason: 'no signed updates on linux' });
    assert.deepEqual(updateDecision({ isPackaged: false, platform: 'win32', updateConfig: feed }), { check: false, reason: 'not a packaged app' });
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'win32' }), { check: false, reason: 'this build has no update feed' });
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'win32', updateConfig: { ...feed, url: 'http://updates.example.com/' } }), { check: false, reason: 'the update feed must be plain https' });
    assert.deepEqual(updateDecision({ isPackaged: true, platform: 'darwin', updateConfig: { provider: 'github', url: FEED } }), { check: false, reason: 'the update feed is not a generic server' });
  });
});
