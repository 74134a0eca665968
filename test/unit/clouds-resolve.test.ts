import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { after, before, describe, it } from 'node:test';
import { EXCHANGE_SP_REQUEST, resolveExchangeOnline, type GraphGet } from '../../electron/core/clouds-resolve.js';
import { issueDelegatedToken } from '../../electron/sandbox/access-token.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { startSandbox, type RunningSandbox } from '../helpers/sandbox.js';

/** A GraphGet over node:https, verified against the sandbox CA; resolves with the body for any status. */
function graphGetFor(sb: RunningSandbox, token: string): GraphGet {
  const ca = readFileSync(sb.info.caCertPath, 'utf8');
  return (pathAndQuery) => new Promise((resolve, reject) => {
    const req = https.get(`${sb.info.graph}/v1.0${pathAndQuery}`, { ca, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))); } catch (err) { reject(err); }
      });
    });
    req.on('error', reject);
  });
}

describe('resolveExchangeOnline against the sandbox tenant', () => {
  let sb: RunningSandbox;
  let graphGet: GraphGet;

  before(async () => {
    sb = await startSandbox();
    const { token } = issueDelegatedToken(sb.context, {
      clientAppId: SANDBOX_IDS.assistantAppId, clientDisplayName: 'M365 Mail Setup Assistant', userId: SANDBOX_IDS.adminUserId,
      resource: 'graph', scopes: ['Application.Read.All'], appidacr: '0',
    });
    graphGet = graphGetFor(sb, token);
  });
  after(() => sb.close());

  it('reads the EXO service principal id, its app-role ids and resource URIs from Graph', async () => {
    const r = await resolveExchangeOnline(graphGet);
    assert.deepEqual(r, {
      ok: true,
      value: {
        servicePrincipalObjectId: SANDBOX_IDS.exchangeSpId,
        appRoleIds: {
          'SMTP.SendAsApp': '7146a1f0-8703-45b3-9eae-527a64c00995',
          'IMAP.AccessAsApp': '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
          'POP.AccessAsApp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
        },
        delegatedScopeIds: {
          'SMTP.Send': '76faac2a-0f20-42f1-928a-50de5b9dbe52',
          'IMAP.AccessAsUser.All': '195adc35-e27b-454b-a7ed-1ecdffa1c09f',
          'POP.AccessAsUser.All': 'fb698133-92fa-453e-a9ed-688e10f2e5ac',
        },
        servicePrincipalNames: [
          'https://outlook.office365.com/', 'https://outlook.office365.com', 'https://outlook.office.com/', 'https://outlook.office.com',
          'https://ps.outlook.com/', 'https://ps.outlook.com', '00000002-0000-0ff1-ce00-000000000000',
        ],
      },
    });
  });

  it('uses the tenant’s own role ids, not the community-observed ones', async () => {
    const otherRoleId = '11111111-2222-4333-8444-555555555555';
    sb.context.state.update('test: tenant with its own SMTP.SendAsApp id, IMAP role disabled', (t) => {
      const exo = t.servicePrincipals.find((s) => s.id === SANDBOX_IDS.exchangeSpId)!;
      exo.appRoles = exo.appRoles.map((r) =>
        r.value === 'SMTP.SendAsApp' ? { ...r, id: otherRoleId } : r.value === 'IMAP.AccessAsApp' ? { ...r, isEnabled: false } : r);
    });
    const r = await resolveExchangeOnline(graphGet);
    assert.equal(r.ok, true);
    assert.deepEqual(r.ok && r.value.appRoleIds, {
      'SMTP.SendAsApp': otherRoleId,
      'POP.AccessAsApp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
    });
  });

  it('says plainly that a tenant without the Exchange Online service principal has no Exchange licence', async () => {
    sb.context.state.update('test: tenant without Exchange Online', (t) => {
      t.servicePrincipals = t.servicePrincipals.filter((s) => s.id !== SANDBOX_IDS.exchangeSpId);
    });
    const r = await resolveExchangeOnline(graphGet);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'not_found');
    assert.equal(!r.ok && r.error.message,
      'The tenant has no Office 365 Exchange Online service principal — usually a tenant without an Exchange Online licence. ' +
      'Assign a licence that includes Exchange Online, or add an Exchange permission to the app registration, which creates it.');
    assert.match(!r.ok ? r.error.detail ?? '' : '', /^Request_ResourceNotFound: /);
  });
});

describe('resolveExchangeOnline with replies Graph gives in other situations', () => {
  const reply = (body: unknown): GraphGet => async (p) => {
    assert.equal(p, EXCHANGE_SP_REQUEST);
    return body;
  };

  it('sends exactly the request of M365-REFERENCE §1.5', () => {
    assert.equal(EXCHANGE_SP_REQUEST,
      "/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')?$select=id,appRoles,oauth2PermissionScopes,servicePrincipalNames");
  });

  it('maps 403 Authorization_RequestDenied to insufficient_privileges', async () => {
    const r = await resolveExchangeOnline(reply({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }));
    assert.deepEqual(r, {
      ok: false,
      error: {
        code: 'insufficient_privileges',
        message: 'The signed-in account may not read service principals (Application.Read.All is needed).',
        detail: 'Authorization_RequestDenied: Insufficient privileges to complete the operation.',
      },
    });
  });

  it('maps a network failure to graph_error with the cause as detail', async () => {
    const r = await resolveExchangeOnline(async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:443'); });
    assert.deepEqual(r, {
      ok: false,
      error: { code: 'graph_error', message: 'Microsoft Graph could not be reached to look up Exchange Online.', detail: 'connect ECONNREFUSED 127.0.0.1:443' },
    });
  });

  it('refuses a reply without a GUID id and ignores delegated-only roles', async () => {
    assert.equal((await resolveExchangeOnline(reply({ id: 'x' }))).ok, false);
    const r = await resolveExchangeOnline(reply({
      id: 'C3000000-0000-4000-8000-000000000002',
      appRoles: [{ id: '7146a1f0-8703-45b3-9eae-527a64c00995', value: 'SMTP.SendAsApp', allowedMemberTypes: ['User'], isEnabled: true }],
    }));
    assert.deepEqual(r, {
      ok: true,
      value: { servicePrincipalObjectId: 'c3000000-0000-4000-8000-000000000002', appRoleIds: {}, delegatedScopeIds: {}, servicePrincipalNames: [] },
    });
  });
});
