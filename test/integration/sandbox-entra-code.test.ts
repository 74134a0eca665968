import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { request, sandbox, type HttpReply, type RunningSandbox } from '../helpers/sandbox.js';
import { jwtClaims } from './sandbox-entra-helpers.js';

const IMAP = 'https://outlook.office.com/IMAP.AccessAsUser.All';
const SMTP_SEND = 'https://outlook.office.com/SMTP.Send';
const ETRON_SCOPE = `openid offline_access ${IMAP} ${SMTP_SEND}`;

const aadstsOf = (reply: HttpReply): string => reply.json().error_description.split('\r\n')[0];

describe('sandbox Entra: authorization code flow of a Web app (ETRON) with autoApprove', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox({ autoApprove: true }); });
  after(async () => { await sb.close(); });

  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  function authorize(scope = ETRON_SCOPE): Promise<HttpReply> {
    return request(sb, 'GET', `${sb.info.authority}/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: SANDBOX_IDS.etronAppId, response_type: 'code', redirect_uri: SANDBOX_NAMES.etronRedirectUri, scope,
      state: 'odoo-state', nonce: 'n-123', code_challenge: challenge, code_challenge_method: 'S256',
    })}`);
  }

  function redeem(fields: Record<string, string>): Promise<HttpReply> {
    return request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({
      client_id: SANDBOX_IDS.etronAppId, redirect_uri: SANDBOX_NAMES.etronRedirectUri, scope: ETRON_SCOPE, ...fields,
    }) });
  }

  it('signs in, redirects with code/state/client_info, and redeems once with secret and PKCE', async () => {
    const reply = await authorize();
    assert.equal(reply.status, 302);
    const location = new URL(reply.headers.location as string);
    assert.equal(location.origin + location.pathname, SANDBOX_NAMES.etronRedirectUri);
    assert.equal(location.searchParams.get('state'), 'odoo-state');
    assert.deepEqual(JSON.parse(Buffer.from(location.searchParams.get('client_info')!, 'base64url').toString()),
      { uid: SANDBOX_IDS.mailboxUserId, utid: sb.info.tenantId });
    const code = location.searchParams.get('code')!;
    const secret = sb.info.apps.etron.clientSecret;

    const noSecret = await redeem({ grant_type: 'authorization_code', code, code_verifier: verifier });
    assert.equal(noSecret.status, 401);
    assert.equal(aadstsOf(noSecret), "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    const badVerifier = await redeem({ grant_type: 'authorization_code', code, client_secret: secret, code_verifier: `${verifier}x` });
    assert.equal(badVerifier.json().error, 'invalid_grant');
    assert.equal(aadstsOf(badVerifier), 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.');

    const ok = await redeem({ grant_type: 'authorization_code', code, client_secret: secret, code_verifier: verifier });
    assert.equal(ok.status, 200);
    const body = ok.json();
    assert.deepEqual(body.scope.split(' ').sort(), ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send', 'openid']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(typeof body.refresh_token, 'string');
    const access = jwtClaims(body.access_token);
    assert.equal(access.aud, 'https://outlook.office.com');
    assert.equal(access.appidacr, '1');
    assert.equal(access.upn, SANDBOX_NAMES.mailbox);
    const id = jwtClaims(body.id_token);
    assert.equal(id.nonce, 'n-123');
    assert.equal(id.aud, SANDBOX_IDS.etronAppId);
    assert.equal(id.preferred_username, SANDBOX_NAMES.mailbox);

    const again = await redeem({ grant_type: 'authorization_code', code, client_secret: secret, code_verifier: verifier });
    assert.equal(aadstsOf(again), 'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');

    const refreshed = await redeem({ grant_type: 'refresh_token', refresh_token: body.refresh_token, client_secret: secret });
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.json().refresh_token, body.refresh_token);
    const refreshNoSecret = await redeem({ grant_type: 'refresh_token', refresh_token: body.refresh_token });
    assert.deepEqual(refreshNoSecret.json().error_codes, [7000218]);
  });

  it('refuses an unknown code (AADSTS9002313) and a secret sent for a desktop redirect URI (AADSTS700025)', async () => {
    const unknown = await redeem({ grant_type: 'authorization_code', code: 'not-a-code', client_secret: sb.info.apps.etron.clientSecret });
    assert.equal(unknown.json().error, 'invalid_grant');
    assert.equal(aadstsOf(unknown), 'AADSTS9002313: Invalid request. Request is malformed or invalid.');

    // The assistant registers http://localhost under "Mobile and desktop": any loopback port matches.
    const loopback = 'http://localhost:5555';
    const reply = await request(sb, 'GET', `${sb.info.authority}/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: SANDBOX_IDS.publisherAssistantAppId, response_type: 'code', redirect_uri: loopback, scope: `openid ${SMTP_SEND}`,
    })}`);
    const location = new URL(reply.headers.location as string);
    assert.equal(location.origin, loopback);
    const withSecret = await request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: SANDBOX_IDS.publisherAssistantAppId, redirect_uri: loopback,
      code: location.searchParams.get('code')!, client_secret: 'any',
    }) });
    assert.equal(withSecret.status, 401);
    assert.equal(aadstsOf(withSecret), "AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.");
  });

  it('redirects scopes of two resources back to the app as AADSTS70011', async () => {
    const reply = await authorize(`${SMTP_SEND} https://graph.microsoft.com/User.Read`);
    const location = new URL(reply.headers.location as string);
    assert.equal(location.searchParams.get('error'), 'invalid_scope');
    assert.equal(location.searchParams.get('error_description')!.split('\r\n')[0],
      `AADSTS70011: The provided value for the input parameter 'scope' isn't valid. One or more scopes in '${SMTP_SEND} https://graph.microsoft.com/User.Read' are not compatible with each other.`);
  });

  it('redeeming ETRON\'s code checks its secret as Entra does: AADSTS7000222 expired, AADSTS7000215 wrong (the code stays unused)', async () => {
    const codeOf = async (): Promise<string> => new URL((await authorize()).headers.location as string).searchParams.get('code')!;
    sb.context.state.reset(['secret-expired']);
    const code = await codeOf();
    const expired = await redeem({ grant_type: 'authorization_code', code, code_verifier: verifier, client_secret: sb.info.apps.etron.clientSecret });
    assert.equal(expired.status, 401);
    assert.equal(expired.json().error, 'invalid_client');
    assert.equal(aadstsOf(expired),
      `AADSTS7000222: The provided client secret keys for app '${SANDBOX_IDS.etronAppId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`);
    sb.context.state.reset(['healthy']);
    const wrong = await redeem({ grant_type: 'authorization_code', code: await codeOf(), code_verifier: verifier, client_secret: 'Secret-ID-not-its-value' });
    assert.equal(wrong.status, 401);
    assert.equal(aadstsOf(wrong),
      `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${SANDBOX_IDS.etronAppId}'.`);
  });

  it('Microsoft Graph Command Line Tools (first-party) gets Graph tokens, and AADSTS65002 for Exchange\'s SMTP.Send', async () => {
    const loopback = 'http://localhost:5556';
    const ask = (scope: string): Promise<HttpReply> => request(sb, 'GET', `${sb.info.authority}/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', response_type: 'code', redirect_uri: loopback, scope, state: 's1',
    })}`);
    const graph = new URL((await ask('openid offline_access https://graph.microsoft.com/User.Read')).headers.location as string);
    assert.equal(graph.origin, loopback);
    const token = await request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', redirect_uri: loopback, code: graph.searchParams.get('code')!,
    }) });
    assert.equal(token.status, 200);
    assert.equal(jwtClaims(token.json().access_token).aud, 'https://graph.microsoft.com');

    // Not pre-authorized for Exchange Online: refused after the sign-in, redirected to the app.
    const smtp = new URL((await ask(`openid ${SMTP_SEND}`)).headers.location as string);
    assert.equal(smtp.origin, loopback);
    assert.equal(smtp.searchParams.get('error'), 'invalid_request');
    assert.equal(smtp.searchParams.get('state'), 's1');
    assert.equal(smtp.searchParams.get('error_description')!.split('\r\n')[0],
      "AADSTS65002: Consent between first party application '14d82eec-204b-4c2f-b7e8-296a70dab67e' and first party resource '00000002-0000-0ff1-ce00-000000000000' must be configured via preauthorization - applications owned and operated by Microsoft must get approval from the API owner before requesting tokens for that API.");
    assert.match(smtp.searchParams.get('error_description')!, /\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    assert.equal(smtp.searchParams.get('error_uri'), `${new URL(sb.info.authority).origin}/error?code=65002`);
    // Its refresh token cannot be turned into an Exchange token either.
    const refreshed = await request(sb, 'POST', sb.info.tokenEndpoint, { body: new URLSearchParams({
      grant_type: 'refresh_token', client_id: '14d82eec-204b-4c2f-b7e8-296a70dab67e', refresh_token: token.json().refresh_token, scope: SMTP_SEND,
    }) });
    assert.equal(refreshed.status, 400);
    assert.match(aadstsOf(refreshed), /^AADSTS65002: Consent between first party application '14d82eec-204b-4c2f-b7e8-296a70dab67e'/);
  });

  it('autoApprove still refuses an unassigned user with AADSTS50105 on the page', async () => {
    sb.context.state.reset(['user-not-assigned']);
    const reply = await authorize();
    assert.equal(reply.status, 400);
    assert.match(reply.text, /AADSTS50105: Your administrator has configured the application ETRON onRetail/);
    sb.context.state.reset(['healthy']);
  });

  it('password grant (ROPC): works without MFA, AADSTS50126 for a wrong password, AADSTS50076 under security defaults', async () => {
    const ropc = (password: string) => redeem({ grant_type: 'password', username: SANDBOX_NAMES.mailbox, password, client_secret: sb.info.apps.etron.clientSecret });
    const ok = await ropc('Sandbox-Mail-1');
    assert.equal(ok.status, 200);
    assert.ok(jwtClaims(ok.json().access_token).scp.includes('SMTP.Send'));
    assert.equal(aadstsOf(await ropc('wrong')), 'AADSTS50126: Error validating credentials due to invalid username or password.');
    sb.context.state.reset(['security-defaults']);
    const mfa = await ropc('Sandbox-Mail-1');
    assert.equal(mfa.json().error, 'invalid_grant');
    assert.equal(mfa.json().suberror, 'basic_action');
    assert.equal(aadstsOf(mfa),
      "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.");
    sb.context.state.reset(['healthy']);
  });
});
