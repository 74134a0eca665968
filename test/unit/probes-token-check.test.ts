import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkToken, decodeJwtPayload } from '../../electron/core/probes/token-check.js';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const SEC = NOW / 1000;
const TENANT = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const USER = 'notifications@contoso.example';

/** A token as Entra shapes it (the signature is never checked by the client). */
function jwt(claims: Record<string, unknown>): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'k1' })}.${part({ tid: TENANT, iat: SEC - 60, nbf: SEC - 60, exp: SEC + 3600, ...claims })}.c2ln`;
}

const delegated = (claims: Record<string, unknown> = {}): string =>
  jwt({ aud: 'https://outlook.office.com', idtyp: 'user', upn: USER, oid: 'u1', appid: 'app-1', scp: 'SMTP.Send IMAP.AccessAsUser.All offline_access', ...claims });
const appOnly = (claims: Record<string, unknown> = {}): string =>
  jwt({ aud: 'https://outlook.office365.com', idtyp: 'app', oid: 'sp-1', appid: 'app-2', roles: ['SMTP.SendAsApp', 'IMAP.AccessAsApp'], ...claims });

const ids = (r: ReturnType<typeof checkToken>): string[] => r.mismatches.map((m) => m.id);

describe('checkToken', () => {
  it('passes a delegated Outlook token with SMTP.Send for SMTP and IMAP.AccessAsUser.All for IMAP', () => {
    for (const protocol of ['smtp', 'imap'] as const) {
      const r = checkToken({ accessToken: delegated(), protocol, user: USER, expectedTenantId: TENANT, now: NOW });
      assert.deepEqual({ ok: r.ok, ids: ids(r), flow: r.summary.flow, upn: r.summary.upn }, { ok: true, ids: [], flow: 'delegated', upn: USER });
    }
  });

  it('passes an app-only token with SMTP.SendAsApp / IMAP.AccessAsApp', () => {
    const r = checkToken({ accessToken: appOnly(), protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual({ ok: r.ok, flow: r.summary.flow, roles: r.summary.roles }, { ok: true, flow: 'app-only', roles: ['SMTP.SendAsApp', 'IMAP.AccessAsApp'] });
  });

  it('names a Microsoft Graph token used for SMTP or IMAP (the ETRON/delegated classic)', () => {
    const graph = delegated({ aud: '00000003-0000-0000-c000-000000000000', scp: 'User.Read SMTP.Send' });
    const smtp = checkToken({ accessToken: graph, protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual(smtp.mismatches.map((m) => [m.id, m.category, m.severity]), [['audience_graph_for_smtp', 'wrong_scope_or_resource', 'error']]);
    const imap = checkToken({ accessToken: delegated({ aud: 'https://graph.microsoft.com' }), protocol: 'imap', user: USER, now: NOW });
    assert.deepEqual(ids(imap), ['audience_graph_for_imap']);
    assert.equal(imap.ok, false);
  });

  it('names another audience', () => {
    const r = checkToken({ accessToken: appOnly({ aud: 'api://my-api' }), protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual(r.mismatches.map((m) => [m.id, m.category, m.actual]), [['audience_other', 'wrong_scope_or_resource', 'api://my-api']]);
  });

  it('names the missing scope or role per protocol, with consent_missing', () => {
    const cases: Array<[string, 'smtp' | 'imap', string]> = [
      [delegated({ scp: 'IMAP.AccessAsUser.All' }), 'smtp', 'missing_scope_smtp_send'],
      [delegated({ scp: 'SMTP.Send' }), 'imap', 'missing_scope_imap'],
      [appOnly({ roles: ['IMAP.AccessAsApp'] }), 'smtp', 'missing_role_smtp_sendasapp'],
      [appOnly({ roles: undefined }), 'imap', 'missing_role_imap_accessasapp'],
    ];
    for (const [token, protocol, id] of cases) {
      const r = checkToken({ accessToken: token, protocol, user: USER, now: NOW });
      assert.deepEqual(r.mismatches.map((m) => [m.id, m.category]), [[id, 'consent_missing']]);
    }
  });

  it('names an expired token, a token from the future, another tenant and another app', () => {
    const expired = checkToken({ accessToken: appOnly({ exp: SEC - 1 }), protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual(expired.mismatches.map((m) => [m.id, m.category, m.actual]), [['token_expired', 'token_expired_or_invalid', new Date((SEC - 1) * 1000).toISOString()]]);
    const future = checkToken({ accessToken: appOnly({ nbf: SEC + 3600 }), protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual(ids(future), ['token_not_yet_valid']);
    const tenant = checkToken({ accessToken: appOnly({ tid: '11111111-1111-1111-1111-111111111111' }), protocol: 'smtp', user: USER, expectedTenantId: TENANT, now: NOW });
    assert.deepEqual(tenant.mismatches.map((m) => [m.id, m.category]), [['wrong_tenant', 'wrong_tenant_or_app']]);
    const app = checkToken({ accessToken: appOnly(), protocol: 'smtp', user: USER, expectedClientId: 'app-9', now: NOW });
    assert.deepEqual(app.mismatches.map((m) => [m.id, m.expected, m.actual]), [['wrong_app', 'app-9', 'app-2']]);
  });

  it('IMAP: only warns when the XOAUTH2 user is not the signed-in user (a shared mailbox with FullAccess works)', () => {
    const r = checkToken({ accessToken: delegated(), protocol: 'imap', user: 'info@contoso.example', now: NOW });
    assert.equal(r.ok, true);
    assert.deepEqual(r.mismatches.map((m) => [m.id, m.severity, m.category, m.expected, m.actual]),
      [['upn_mismatch', 'warning', 'mailbox_permission_missing', 'info@contoso.example', USER]]);
  });

  it('SMTP: fails when the XOAUTH2 user is not the signed-in user — Exchange takes only the signed-in user as SMTP login', () => {
    const r = checkToken({ accessToken: delegated(), protocol: 'smtp', user: 'info@contoso.example', now: NOW });
    assert.equal(r.ok, false);
    assert.deepEqual(r.mismatches.map((m) => [m.id, m.severity, m.category, m.expected, m.actual]),
      [['smtp_login_not_signed_in_user', 'error', 'shared_mailbox_smtp_login', USER, 'info@contoso.example']]);
    assert.match(r.mismatches[0]!.message, /Log in to SMTP as notifications@contoso\.example, put info@contoso\.example in From/);
  });

  it('reports several mismatches at once', () => {
    const r = checkToken({ accessToken: delegated({ scp: 'IMAP.AccessAsUser.All', exp: SEC - 10 }), protocol: 'smtp', user: USER, now: NOW });
    assert.deepEqual(ids(r), ['missing_scope_smtp_send', 'token_expired']);
  });

  it('says not_a_jwt (as a warning) for opaque tokens and never throws on garbage', () => {
    for (const token of ['EwBwA8l6BAAU...opaque', '', 'a.b.c', 'x.eyJub3QganNvbg.y']) {
      const r = checkToken({ accessToken: token, protocol: 'smtp', user: USER, now: NOW });
      assert.deepEqual(r.mismatches.map((m) => [m.id, m.severity, m.category]), [['not_a_jwt', 'warning', 'token_expired_or_invalid']]);
    }
    assert.equal(decodeJwtPayload('a.W10.c'), null); // an array is not a claim set
  });

  it('keeps the token itself out of its result', () => {
    const token = delegated();
    assert.ok(!JSON.stringify(checkToken({ accessToken: token, protocol: 'smtp', user: USER, now: NOW })).includes(token.split('.')[1]!));
  });
});
