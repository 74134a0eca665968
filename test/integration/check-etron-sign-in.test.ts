/**
 * The ETRON check proves mail through ETRON's own app: the mailbox user signs in with ETRON's
 * client ID and secret through /common, the redirect to the instance's
 * /microsoft_outlook/confirm is caught before it leaves the machine, and SMTP/IMAP are probed
 * with that token — so the check fails exactly where ETRON's "Connect your Outlook account" fails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { etronRedirectUri, signInThroughEtron, type CatchRedirect } from '../../electron/core/auth/etron-sign-in.js';
import { sandboxRedirectCatcher } from '../../electron/core/auth/sandbox-browser.js';
import { cloudProfile } from '../../electron/core/clouds.js';
import { prepareSandboxCheck, runSandboxCheck } from '../../electron/demo/sandbox-check.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { startSandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { jwtClaims } from './sandbox-entra-helpers.js';

const SMTP_SEND = 'https://outlook.office.com/SMTP.Send';
const IMAP = 'https://outlook.office.com/IMAP.AccessAsUser.All';

describe('ETRON sign-in through ETRON\'s app (sandbox)', () => {
  let sb: RunningSandbox;
  let caPem: string;
  before(async () => {
    sb = await startSandbox({ autoApprove: true });
    caPem = readFileSync(sb.info.caCertPath, 'utf8');
  });
  after(async () => { await sb.close(); });

  function signIn(catchRedirect: CatchRedirect, clientSecret = sb.info.apps.etron.clientSecret) {
    return signInThroughEtron({
      cloud: cloudProfile('sandbox', sb.info), clientId: sb.info.apps.etron.clientId, clientSecret,
      redirectUri: etronRedirectUri(sb.info.apps.etron.instance), loginHint: sb.info.mailbox, caPem, catchRedirect,
    });
  }

  it('asks as Odoo does and redeems the caught code with the secret: the token is ETRON\'s, for SMTP and IMAP', async () => {
    const seen: { authorize?: URL; caught?: URL } = {};
    const browser = sandboxRedirectCatcher(new URL(sb.info.authority).origin, caPem);
    const provider = await signIn(async (url, redirectUri, signal) => {
      seen.authorize = new URL(url);
      const caught = await browser(url, redirectUri, signal);
      seen.caught = new URL(caught);
      return caught;
    });
    assert.ok(provider.ok, !provider.ok ? provider.error.message : '');
    const q = seen.authorize!.searchParams;
    assert.equal(seen.authorize!.pathname, '/common/oauth2/v2.0/authorize');
    assert.equal(q.get('client_id'), sb.info.apps.etron.clientId);
    assert.equal(q.get('response_type'), 'code');
    assert.equal(q.get('response_mode'), 'query');
    assert.equal(q.get('redirect_uri'), 'https://contoso.wawi.onretail.eu/microsoft_outlook/confirm');
    assert.equal(q.get('scope'), `offline_access ${SMTP_SEND} ${IMAP}`);
    assert.equal(q.get('code_challenge'), null, 'Odoo sends no PKCE');
    // The redirect was caught at ETRON's confirm page, with the code and our state.
    assert.equal(`${seen.caught!.origin}${seen.caught!.pathname}`, 'https://contoso.wawi.onretail.eu/microsoft_outlook/confirm');
    assert.equal(seen.caught!.searchParams.get('state'), q.get('state'));
    assert.ok(seen.caught!.searchParams.get('code'));

    const token = await provider.value([SMTP_SEND]);
    assert.ok(token.ok);
    const claims = jwtClaims(token.value);
    assert.equal(claims.appid, sb.info.apps.etron.clientId);
    assert.equal(claims.appidacr, '1', 'a confidential client that authenticated with its secret');
    assert.equal(claims.aud, 'https://outlook.office.com');
    assert.deepEqual(claims.scp.split(' ').sort(), ['IMAP.AccessAsUser.All', 'SMTP.Send']);
    assert.equal(claims.upn, sb.info.mailbox);
  });

  it('an address that is not the confirm redirect of this request is refused', async () => {
    const other = await signIn(async (url) => `https://contoso.wawi.onretail.eu/microsoft_outlook/confirm?code=x&state=not-${new URL(url).searchParams.get('state')}`);
    assert.deepEqual(!other.ok && [other.error.code, other.error.field], ['invalid_input', 'state']);
  });

  it('a wrong secret fails where ETRON fails: at the code redemption, AADSTS7000215', async () => {
    const wrong = await signIn(sandboxRedirectCatcher(new URL(sb.info.authority).origin, caPem), 'the-secret-id-not-its-value');
    assert.ok(!wrong.ok);
    assert.equal(wrong.error.code, 'bad_client_secret');
    assert.match(wrong.error.message, /refused at the token endpoint \(AADSTS7000215\)/);
    assert.match(wrong.error.detail ?? '', /^AADSTS7000215: Invalid client secret provided\./);
  });

  it('the demo check\'s mail token comes from ETRON\'s app, not from the assistant', async () => {
    const setup = await prepareSandboxCheck(sb, { profile: 'etron' });
    assert.ok(!('error' in setup));
    assert.equal(setup.input.mailTokens?.clientId, sb.info.apps.etron.clientId);
    const token = await setup.input.mailTokens!.provider([SMTP_SEND, 'offline_access']);
    assert.ok(token.ok);
    assert.equal(jwtClaims(token.value).appid, sb.info.apps.etron.clientId);
    setup.input.graph?.close();
  });
});

describe('ETRON check: each refusal at ETRON\'s sign-in, with Entra\'s reply', () => {
  const cases: readonly [ScenarioName, string, RegExp][] = [
    ['user-not-assigned', 'user_not_assigned', /^AADSTS50105: Your administrator has configured the application ETRON onRetail \('e5000000-0000-4000-8000-00000000e7a0'\) to block users unless they are specifically granted \('assigned'\) access to the application\. The signed in user 'notifications@contoso\.example' is blocked/],
    ['secret-expired', 'bad_client_secret', /^AADSTS7000222: The provided client secret keys for app 'e5000000-0000-4000-8000-00000000e7a0' are expired\./],
    ['secret-wrong', 'bad_client_secret', /^AADSTS7000215: Invalid client secret provided\./],
    ['redirect-mismatch', 'redirect_uri_mismatch', /^AADSTS50011: The redirect URI 'https:\/\/contoso\.wawi\.onretail\.eu\/microsoft_outlook\/confirm' specified in the request does not match/],
  ];
  for (const [scenario, category, reply] of cases) {
    it(`${scenario}: the mail token step fails with ${category}, and SMTP/IMAP are not asked`, async () => {
      const r = await runSandboxCheck({ profile: 'etron', scenarios: [scenario] });
      assert.ok(!('error' in r), 'error' in r ? r.error : '');
      assert.equal(r.overall, 'fail');
      assert.ok((r.categories as readonly string[]).includes(category), r.categories.join(', '));
      const token = r.steps.find((s) => s.id === 'token')!;
      assert.equal(token.status, 'fail');
      assert.equal(token.category, category);
      assert.match(token.summary, /sign-in through ETRON's app was refused/);
      assert.match(token.serverReply ?? '', reply);
      for (const id of ['smtp', 'imap'] as const) assert.equal(r.steps.find((s) => s.id === id)?.status, 'skipped');
    });
  }
});
