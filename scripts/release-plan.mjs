// Which signing, notarization and update-feed steps a release build runs, from environment
// variables only (README "Release"). Pure: scripts/dist.mjs passes the result to electron-builder;
// test/unit/shell-release-plan.test.ts checks it. Absent variables skip a step with a note —
// never a half-configured build: a feed is only written for a platform whose builds are signed,
// because electron-updater verifies updates by the installer's signature.

/** @typedef {{ readonly args: string[], readonly env: Record<string, string>, readonly notes: string[] }} ReleasePlan */

const has = (env, ...names) => names.every((n) => typeof env[n] === 'string' && env[n] !== '');

/**
 * @param {Record<string, string | undefined>} env  process.env
 * @param {'win' | 'mac' | 'linux'} target
 * @returns {ReleasePlan}
 */
export function releasePlan(env, target) {
  const args = [`--${target}`];
  const extraEnv = {};
  const notes = [];
  let signed = false;
  if (target === 'win') {
    // electron-builder signs with signtool when WIN_CSC_LINK (or CSC_LINK) names a .pfx/.p12.
    signed = has(env, 'WIN_CSC_LINK') || has(env, 'CSC_LINK');
    notes.push(signed ? 'windows: signing with the certificate in WIN_CSC_LINK/CSC_LINK' : 'windows: unsigned (WIN_CSC_LINK not set)');
  } else if (target === 'mac') {
    signed = has(env, 'CSC_LINK') || has(env, 'CSC_NAME');
    if (!signed) {
      // Do not pick whatever identity the keychain happens to hold.
      extraEnv.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      notes.push('macOS: unsigned (CSC_LINK/CSC_NAME not set)');
    } else notes.push('macOS: signing with the Developer ID in CSC_LINK/CSC_NAME');
    const notarize = signed && (has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')
      || has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID')
      || has(env, 'APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'));
    args.push(`-c.mac.notarize=${notarize}`);
    notes.push(notarize ? 'macOS: notarizing with Apple' : 'macOS: not notarized (no APPLE_API_KEY/APPLE_ID credentials, or unsigned)');
  } else {
    notes.push('linux: AppImage, not signed, no automatic updates');
  }

  const url = env.M365_ASSISTANT_UPDATE_URL;
  if (url) {
    let parsed;
    try { parsed = new URL(url); } catch { parsed = undefined; }
    if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) {
      throw new Error('M365_ASSISTANT_UPDATE_URL must be a plain https URL');
    }
    if (target === 'linux') notes.push('updates: not for linux');
    else if (!signed) notes.push('updates: off — only signed builds get an update feed');
    else {
      args.push('-c.publish.provider=generic', `-c.publish.url=${parsed.href}`);
      if (target === 'win' && has(env, 'M365_ASSISTANT_WIN_PUBLISHER')) args.push(`-c.win.signtoolOptions.publisherName=${env.M365_ASSISTANT_WIN_PUBLISHER}`);
      notes.push(`updates: from ${parsed.href}, verified by the installer's signature`);
    }
  } else notes.push('updates: off (M365_ASSISTANT_UPDATE_URL not set)');
  // Never upload from a build: releases are copied to the feed by hand.
  args.push('--publish', 'never');
  return { args, env: extraEnv, notes };
}
