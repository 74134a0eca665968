/**
 * The admin's Graph session for tenant tests: one real interactive sign-in through Chromium
 * (the sandbox started with autoApprove signs in and consents as the admin, so the browser only
 * follows redirects and posts the form), asking for every Graph step at once; later calls get
 * their tokens silently from MSAL's in-memory cache.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { SignInSession } from '../../../electron/core/auth/auth-session.js';
import { ASSISTANT_CLIENT_ID_DEFAULT } from '../../../electron/core/auth/client-id.js';
import { CONSENT_STEPS } from '../../../electron/core/auth/consent-steps.js';
import { cloudProfile, type CloudProfile } from '../../../electron/core/clouds.js';
import { GraphClient } from '../../../electron/core/graph/graph-client.js';
import type { ScenarioName } from '../../../electron/sandbox/scenarios.js';
import { request, sandbox, type RunningSandbox, adminRequest } from '../../helpers/sandbox.js';
import { launchChromium } from './chromium.js';

/** A signed-in admin with a Graph client. */
export interface AdminSession {
  readonly profile: CloudProfile;
  readonly caPem: string;
  readonly session: SignInSession;
  readonly graph: GraphClient;
  close(): Promise<void>;
}

/** Signs the sandbox admin in (sandbox must run with autoApprove). */
export async function signInAdmin(sb: RunningSandbox): Promise<AdminSession> {
  const browser: Browser = await launchChromium(sb);
  const profile = cloudProfile('sandbox', sb.info);
  const caPem = readFileSync(sb.info.caCertPath, 'utf8');
  const session = new SignInSession({
    profile, clientId: ASSISTANT_CLIENT_ID_DEFAULT, tenant: sb.info.tenantId, caPem, language: 'en',
    openBrowser: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-outcome]');
      await page.close();
    },
  });
  const signedIn = await session.signInInteractive({ steps: CONSENT_STEPS, loginHint: sb.info.admin.username });
  if (!signedIn.ok) throw new Error(`admin sign-in failed: ${JSON.stringify(signedIn.error)}`);
  const graph = new GraphClient({ graphEndpoint: profile.graphEndpoint, caPem, getToken: session.graphTokenSource() });
  return {
    profile, caPem, session, graph,
    async close() {
      graph.close();
      await browser.close();
    },
  };
}

/** A sandbox with a signed-in admin for one test file, and a reset of its scenarios. */
export interface SignedInSandbox {
  readonly sb: RunningSandbox;
  readonly admin: AdminSession;
  /** Rebuilds the tenant from these scenarios through the admin endpoint. */
  reset(scenarios: ScenarioName[], replicationDelayMs?: number): Promise<void>;
}

/** Registers before/after hooks: an auto-approving sandbox and its admin, closed after the file. */
export function useSignedInSandbox(): SignedInSandbox {
  let sb: RunningSandbox | undefined;
  let admin: AdminSession | undefined;
  before(async () => {
    sb = await sandbox({ autoApprove: true });
    admin = await signInAdmin(sb);
  });
  after(async () => {
    await admin?.close();
    await sb?.close();
  });
  return {
    get sb() { return sb!; },
    get admin() { return admin!; },
    async reset(scenarios, replicationDelayMs) {
      const r = await adminRequest(sb!, 'POST', '/reset', { scenarios, ...(replicationDelayMs ? { replicationDelayMs } : {}) });
      assert.equal(r.status, 200);
    },
  };
}
