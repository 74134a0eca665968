import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PublicClientApplication } from '@azure/msal-node';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS, EXO_ROLE_IDS } from '../../electron/core/well-known.js';
import { request, sandbox, type HttpReply, type RunningSandbox } from '../helpers/sandbox.js';
import { formAction, jwtClaims, msalConfig, submitForm } from './sandbox-entra-helpers.js';

const IMAP = 'https://outlook.office.com/IMAP.AccessAsUser.All';
const SMTP_SEND = 'https://outlook.office.com/SMTP.Send';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const INV360_REDIRECT = 'https://app.inventory360.example/oauth/microsoft';

const aadstsOf = (reply: HttpReply): string => reply.json().error_description.split('\r\n')[0];

/** Types the user code on the device page, signs in, and accepts consent when asked. */
async function completeDeviceLogin(sb: RunningSandbox, userCode: string, user: string, password: string): Promise<HttpReply> {
  const origin = new URL(sb.info.authority).origin;
  const signInPage = await request(sb, 'POST', `${origin}/common/oauth2/deviceauth`, { body: new URLSearchParams({ otc: userCode.toLowerCase() }) });
  assert.equal(signInPage.status, 200);
  let page = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: user, passwd: password });
  if (page.text.includes('id="consentForm"')) page = await submitForm(sb, page.text, formAction(page.text, '/Consent/Set'), { action: 'accept' });
  return page;
}

function devicecode(sb: RunningSandbox, clientId: string, scope: string): Promise<HttpReply> {
  return request(sb, 'POST', `${sb.info.authority}/oauth2/v2.0/devicecode`, { body: new URLSearchParams({ client_id: clientId, scope }) });
}

function poll(sb: RunningSandbox, clientId: string, deviceCode: string): Promise<HttpReply> {
  return request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({ grant_type: DEVICE_GRANT, client_id: clientId, device_code: deviceCode }) });
}

describe('sandbox Entra: device code flow', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  it('MSAL acquireTokenByDeviceCode completes after the user signs in on the device page', async () => {
    const pca = new PublicClientApplication(msalConfig(sb, SANDBOX_IDS.publisherAssistantAppId));
    let page: Promise<HttpReply> | undefined;
    const result = await pca.acquireTokenByDeviceCode({
      scopes: [IMAP],
      deviceCodeCallback: (r) => {
        assert.equal(r.message, `To sign in, use a web browser to open the page ${r.verificationUri} and enter the code ${r.userCode} to authenticate.`);
        page = completeDeviceLogin(sb, r.userCode, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1');
      },
    });
    assert.match((await page!).text, /You have signed in to the M365 Mail Setup Assistant application on your device\. You may now close this window\./);
    const claims = jwtClaims(result!.accessToken);
    assert.equal(claims.aud, 'https://outlook.office.com');
    assert.ok(claims.scp.split(' ').includes('IMAP.AccessAsUser.All'));
    assert.equal(result!.account?.username, SANDBOX_NAMES.mailbox);
  });

  it('answers polls with authorization_pending, then authorization_declined after Cancel', async () => {
    const code = (await devicecode(sb, SANDBOX_IDS.publisherAssistantAppId, `${SMTP_SEND} offline_access`)).json();
    assert.equal(code.interval, 5);
    assert.equal(code.expires_in, 900);
    const login = await request(sb, 'GET', code.verification_uri);
    assert.equal(login.status, 302);
    assert.equal(login.headers.location, '/common/oauth2/deviceauth');
    const pending = await poll(sb, SANDBOX_IDS.publisherAssistantAppId, code.device_code);
    assert.equal(pending.status, 400);
    assert.equal(pending.json().error, 'authorization_pending');
    assert.equal(aadstsOf(pending), 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
    const origin = new URL(sb.info.authority).origin;
    const signInPage = await request(sb, 'POST', `${origin}/common/oauth2/deviceauth`, { body: new URLSearchParams({ otc: code.user_code }) });
    const declined = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/Consent/Set'), { action: 'cancel' });
    assert.match(declined.text, /You have declined to sign in to M365 Mail Setup Assistant on your device/);
    const answer = await poll(sb, SANDBOX_IDS.publisherAssistantAppId, code.device_code);
    assert.equal(answer.json().error, 'authorization_declined');
    assert.equal(aadstsOf(answer), 'AADSTS65004: User declined to consent to access the app.');
  });

  it('a confidential app (no "Allow public client flows") gets AADSTS7000218 when it redeems without a secret', async () => {
    const code = (await devicecode(sb, SANDBOX_IDS.etronAppId, `offline_access ${IMAP} ${SMTP_SEND}`)).json();
    const done = await completeDeviceLogin(sb, code.user_code, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1');
    assert.match(done.text, /You have signed in to the ETRON onRetail application/);
    const answer = await poll(sb, SANDBOX_IDS.etronAppId, code.device_code);
    assert.equal(answer.status, 401);
    assert.equal(answer.json().error, 'invalid_client');
    assert.equal(aadstsOf(answer), "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  });

  it('Microsoft Graph Command Line Tools (first-party): Exchange\'s SMTP.Send is refused after the sign-in with AADSTS65002, on the page and to the poll', async () => {
    const code = (await devicecode(sb, APP_IDS.microsoftGraphCommandLineTools, `${SMTP_SEND} offline_access`)).json();
    const page = await completeDeviceLogin(sb, code.user_code, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1');
    assert.match(page.text, /AADSTS65002: Consent between first party application &#39;14d82eec-204b-4c2f-b7e8-296a70dab67e&#39; and first party resource &#39;00000002-0000-0ff1-ce00-000000000000&#39; must be configured via preauthorization|AADSTS65002: Consent between first party application '14d82eec-204b-4c2f-b7e8-296a70dab67e' and first party resource '00000002-0000-0ff1-ce00-000000000000' must be configured via preauthorization/);
    const answer = await poll(sb, APP_IDS.microsoftGraphCommandLineTools, code.device_code);
    assert.equal(answer.status, 400);
    assert.equal(aadstsOf(answer),
      "AADSTS65002: Consent between first party application '14d82eec-204b-4c2f-b7e8-296a70dab67e' and first party resource '00000002-0000-0ff1-ce00-000000000000' must be configured via preauthorization - applications owned and operated by Microsoft must get approval from the API owner before requesting tokens for that API.");
    // The same client gets Microsoft Graph, the resource it is pre-authorized for.
    const graph = (await devicecode(sb, APP_IDS.microsoftGraphCommandLineTools, 'https://graph.microsoft.com/User.Read')).json();
    assert.match((await completeDeviceLogin(sb, graph.user_code, SANDBOX_NAMES.mailbox, 'Sandbox-Mail-1')).text, /You have signed in to the Microsoft Graph Command Line Tools application on your device/);
    const token = await poll(sb, APP_IDS.microsoftGraphCommandLineTools, graph.device_code);
    assert.equal(token.status, 200);
    assert.equal(jwtClaims(token.json().access_token).aud, 'https://graph.microsoft.com');
  });

  it('refuses scopes of two resources with AADSTS28000', async () => {
    const reply = await devicecode(sb, SANDBOX_IDS.publisherAssistantAppId, `${SMTP_SEND} https://graph.microsoft.com/User.Read`);
    assert.equal(reply.json().error, 'invalid_scope');
    assert.equal(aadstsOf(reply),
      `AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${SMTP_SEND} https://graph.microsoft.com/User.Read is not valid.`);
  });
});

describe('sandbox Entra: admin consent (v2.0)', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox({ scenarios: ['consent-missing'] }); });
  after(async () => { await sb.close(); });

  const consentUrl = (sbx: RunningSandbox): string => `${sbx.info.authority}/v2.0/adminconsent?${new URLSearchParams({
    client_id: APP_IDS.inventory360, scope: 'https://graph.microsoft.com/.default', redirect_uri: INV360_REDIRECT, state: 'step-1',
  })}`;

  it('a non-admin gets "Need admin approval" (AADSTS90094)', async () => {
    const signInPage = await request(sb, 'GET', consentUrl(sb));
    const page = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: SANDBOX_NAMES.otherUser, passwd: 'Sandbox-Anna-1' });
    assert.match(page.text, /<h1>Need admin approval<\/h1>/);
    assert.match(page.text, /AADSTS90094: The grant requires admin permission\./);
  });

  it('the admin accepts: SMTP.SendAsApp is granted, the redirect says admin_consent=True, the app\'s token has the role', async () => {
    const signInPage = await request(sb, 'GET', consentUrl(sb));
    assert.match(signInPage.text, /Demo accounts/);
    const consent = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: SANDBOX_NAMES.admin, passwd: 'Sandbox-Admin-1' });
    assert.match(consent.text, /SMTP\.SendAsApp \(Application, Office 365 Exchange Online\)/);
    const done = await submitForm(sb, consent.text, formAction(consent.text, '/Consent/Set'), { action: 'accept' });
    assert.equal(done.status, 302);
    assert.equal(done.headers.location,
      `${INV360_REDIRECT}?admin_consent=True&tenant=${sb.info.tenantId}&state=step-1&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default`);
    const t = sb.context.state.current();
    assert.ok(t.appRoleAssignments.some((a) => a.principalId === SANDBOX_IDS.inventory360SpId
      && a.resourceId === SANDBOX_IDS.exchangeSpId && a.appRoleId === EXO_ROLE_IDS['SMTP.SendAsApp']));
    const grant = t.oauth2PermissionGrants.find((g) => g.clientId === SANDBOX_IDS.inventory360SpId && g.resourceId === SANDBOX_IDS.graphSpId);
    assert.equal(grant?.consentType, 'AllPrincipals');
    assert.equal(grant?.scope, 'User.Read');
    const token = await request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({
      grant_type: 'client_credentials', client_id: APP_IDS.inventory360, client_secret: sb.info.apps.inventory360.clientSecret,
      scope: 'https://outlook.office365.com/.default',
    }) });
    assert.deepEqual(jwtClaims(token.json().access_token).roles, ['SMTP.SendAsApp']);
  });

  it('Cancel redirects error=access_denied with AADSTS65004', async () => {
    const signInPage = await request(sb, 'GET', consentUrl(sb));
    const consent = await submitForm(sb, signInPage.text, formAction(signInPage.text, '/login'), { loginfmt: SANDBOX_NAMES.admin, passwd: 'Sandbox-Admin-1' });
    const done = await submitForm(sb, consent.text, formAction(consent.text, '/Consent/Set'), { action: 'cancel' });
    const location = new URL(done.headers.location as string);
    assert.equal(location.origin + location.pathname, INV360_REDIRECT);
    assert.equal(location.searchParams.get('error'), 'access_denied');
    assert.equal(location.searchParams.get('error_subcode'), 'cancel');
    assert.equal(location.searchParams.get('state'), 'step-1');
    assert.equal(location.searchParams.get('error_description')!.split('\r\n')[0], 'AADSTS65004: User declined to consent to access the app.');
  });
});
